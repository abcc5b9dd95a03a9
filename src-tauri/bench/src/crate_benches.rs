//! The core's and the packs' own benchmarks (ignored tests that print `BENCH` lines), run in
//! release mode and read back.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::error::BenchError;
use crate::figure::Figure;

/// (crate, test target, name filter) of every benchmark test: the benchmarks are ignored tests
/// in the crates' integration binaries, picked out by module name.
pub const SUITES: [(&str, &str, &str); 3] = [
    ("sponsor-desk-core", "integration", "warnings_bench::"),
    ("sponsor-desk-core", "integration", "transfer_bench::"),
    ("sponsor-desk-packs", "integration", "bench::"),
];

/// Runs one suite and returns its figures; unreadable lines become notes.
pub fn run(
    krate: &str,
    test: &str,
    filter: &str,
    target_dir: &Path,
) -> Result<(Vec<Figure>, Vec<String>), BenchError> {
    let program = format!("cargo test --release -p {krate} --test {test} {filter}");
    let out = Command::new("cargo")
        .args(["test", "--release", "-p", krate, "--test", test, filter])
        .arg("--target-dir")
        .arg(target_dir)
        .args(["--", "--ignored", "--nocapture", "--test-threads=1"])
        .stdin(Stdio::null())
        .output()
        .map_err(|source| BenchError::Spawn {
            program: program.clone(),
            source,
        })?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let (figures, mut notes) = crate::bench_line::parse(&stdout);
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(8).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        notes.push(format!(
            "`{program}` failed ({}); its last lines: `{}`",
            out.status,
            tail.join(" / ")
        ));
    }
    if figures.is_empty() && out.status.success() {
        notes.push(format!("`{program}` printed no `BENCH` line"));
    }
    Ok((figures, notes))
}
