//! The core's and the packs' own benchmarks (ignored tests that print `BENCH` lines), run in
//! release mode and read back.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::error::BenchError;
use crate::figure::Figure;

/// (crate, test target) of every benchmark test.
pub const SUITES: [(&str, &str); 3] = [
    ("sponsor-desk-core", "warnings_bench"),
    ("sponsor-desk-core", "transfer_bench"),
    ("sponsor-desk-packs", "bench"),
];

/// Runs one suite and returns its figures; unreadable lines become notes.
pub fn run(
    krate: &str,
    test: &str,
    target_dir: &Path,
) -> Result<(Vec<Figure>, Vec<String>), BenchError> {
    let program = format!("cargo test --release -p {krate} --test {test}");
    let out = Command::new("cargo")
        .args(["test", "--release", "-p", krate, "--test", test])
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
