//! The benchmark runner of issue 9 (`bash .ci/bench` builds the release binary, then runs
//! this): generates the large demo with the release CLI, runs the core's and packs' own
//! benchmarks, measures the window (start-up and memory against a blank page of the same
//! binary, IPC round trips, scrolling), the CLI's import and export, the binary's size, and
//! writes BENCHMARKS.md. Every measurement that fails becomes a sentence in the report; the
//! others still run.

mod bench_line;
mod cli_runs;
mod crate_benches;
mod csv_file;
mod display;
mod error;
mod figure;
mod machine;
mod procs;
mod report;
mod startup;
mod webdriver;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use error::BenchError;
use figure::{Figure, Goal, Section, Unit};

#[derive(Debug, Parser)]
#[command(about = "Runs Sponsor Desk's benchmarks and writes BENCHMARKS.md")]
struct Args {
    /// The release binary to measure
    #[arg(long)]
    binary: PathBuf,
    /// Where the report goes
    #[arg(long, default_value = "BENCHMARKS.md")]
    out: PathBuf,
    /// A scratch folder for the databases and files (created; emptied of its own files)
    #[arg(long)]
    work: PathBuf,
    /// The cargo target dir for the crates' release benchmarks
    #[arg(long)]
    target_dir: PathBuf,
    /// Runs of each timed launch or command (medians are over these)
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// Timed IPC calls per case
    #[arg(long, default_value_t = 50)]
    ipc_runs: usize,
    /// Seconds the release build took (measured by .ci/bench)
    #[arg(long)]
    build_seconds: Option<f64>,
    /// Whether that build started from an empty target dir
    #[arg(long)]
    build_cold: bool,
    /// Leave out parts while working on the runner: crates, window, cli
    #[arg(long, value_delimiter = ',')]
    skip: Vec<String>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("bench: {error}");
            ExitCode::FAILURE
        }
    }
}

fn say(what: &str) {
    eprintln!("bench: {what}");
}

fn run(args: &Args) -> Result<(), BenchError> {
    std::fs::create_dir_all(&args.work).map_err(BenchError::file(&args.work))?;
    let machine = machine::Machine::detect();
    let cli = cli_runs::Cli {
        binary: args.binary.clone(),
        work: args.work.clone(),
        runs: args.runs,
    };
    let skip = |part: &str| args.skip.iter().any(|s| s == part);
    let large = args.work.join("large.sqlite");

    let mut data = Section::new("The large dataset and the command line");
    say("process start");
    let version = cli.version();
    let version_ms = version.as_ref().map(|f| f.median).unwrap_or(0.0);
    data.record("process start", version.map(|f| vec![f]));
    say("generating the large demo");
    data.record("the large demo", cli.demo(&large).map(|f| vec![f]));
    data.notes.push(
        "Each command is timed as a whole process, as a person runs it; the ratio is against \
         `sponsor-desk --version` (starting the binary at all)."
            .into(),
    );

    let mut window = Section::new("The window: start-up and memory against a blank page");
    let mut ipc = Section::new("IPC round trips on the large database (timed inside the page)");
    if !skip("window") && large.exists() {
        say("the window");
        match display::Xvfb::start() {
            Ok(xvfb) => measure_window(args, &cli, &large, &xvfb, &mut window, &mut ipc),
            Err(error) => window
                .notes
                .push(format!("**the window: not measured**: {error}")),
        }
    }
    window.notes.push(format!(
        "Start-up: the release binary is launched directly under Xvfb ({} runs of each after one \
         warm-up of each, alternating). Its hidden probe (`SPONSOR_DESK_BENCH_PROBE`, see \
         src-tauri/src/bench_hook.rs) watches the page with a MutationObserver and prints a line \
         once the first screen's data is in the DOM and the next frame has run; the runner \
         takes the time from spawn to that line. The blank page is the same binary with the \
         hidden `--bench-blank` flag: a window on a static page, same probe.",
        args.runs
    ));
    window.notes.push(
        "Memory: RSS and PSS from /proc/<pid>/smaps_rollup, summed over the app and every \
         process below it (WebKitWebProcess, WebKitNetworkProcess), 3 s after the screen settled. \
         RSS counts shared libraries once per process, PSS shares them out; the difference to \
         the blank page is taken run by run. The sponsors list is opened through WebDriver \
         (tauri-driver), and the blank page is measured the same way."
            .into(),
    );
    ipc.notes.push(
        "Each call is made from the page with `window.__TAURI_INTERNALS__.invoke` (as the UI's \
         `invoke` does) and timed with `performance.now()` around it: serialising the arguments, \
         the IPC hop, the command on its blocking worker, and parsing the reply. Two untimed \
         calls first. The ratio is against a command that does nothing."
            .into(),
    );

    let mut crates = Section::new("Core and packs (the crates' own benchmarks, release build)");
    if !skip("crates") {
        for (krate, test, filter) in crate_benches::SUITES {
            say(&format!("{krate} {test} {filter}"));
            match crate_benches::run(krate, test, filter, &args.target_dir) {
                Ok((figures, notes)) => {
                    crates.figures.extend(figures);
                    crates.notes.extend(notes);
                }
                Err(error) => crates
                    .notes
                    .push(format!("**{krate}: not measured**: {error}")),
            }
        }
        crates.notes.push(format!(
            "From `cargo test --release -p CRATE --test TEST FILTER -- --ignored --nocapture` for {}; \
             each prints one `BENCH` line per figure, in-process (no IPC, no process start).",
            crate_benches::SUITES
                .iter()
                .map(|(k, t, f)| format!("{k}/{t} {f}"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }

    if !skip("cli") && large.exists() {
        say("CSV import and JSON export");
        data.record("CSV import", cli.csv_import(version_ms / 1000.0));
        data.record(
            "JSON export",
            cli.export(&large, version_ms / 1000.0).map(|f| vec![f]),
        );
    }

    let build = build_section(args);
    let sections = [window, ipc, crates, data, build];
    let text = report::markdown(&machine, &sections);
    std::fs::write(&args.out, text).map_err(BenchError::file(&args.out))?;
    say(&format!("wrote {}", args.out.display()));
    Ok(())
}

fn measure_window(
    args: &Args,
    cli: &cli_runs::Cli,
    large: &std::path::Path,
    xvfb: &display::Xvfb,
    window: &mut Section,
    ipc: &mut Section,
) {
    // Copies: the window writes (backups beside the file, the touchpoints saved below).
    let startup_db = args.work.join("startup").join("large.sqlite");
    let ipc_db = args.work.join("ipc").join("large.sqlite");
    for db in [&startup_db, &ipc_db] {
        if let Some(dir) = db.parent() {
            let _ = std::fs::remove_dir_all(dir);
            let _ = std::fs::create_dir_all(dir);
        }
        if let Err(error) = cli.copy(large, db) {
            window
                .notes
                .push(format!("**copying the large database failed**: {error}"));
            return;
        }
    }
    say("start-up runs");
    let launch = startup::Launch {
        binary: &args.binary,
        xvfb,
    };
    window.record("start-up", launch.compare(&startup_db, args.runs));
    say("memory and IPC through WebDriver");
    match webdriver::measure(&args.binary, xvfb, &ipc_db, 3, args.ipc_runs) {
        Ok((memory, calls)) => {
            window.figures.extend(memory);
            ipc.figures.extend(calls);
        }
        Err(error) => window
            .notes
            .push(format!("**memory and IPC: not measured**: {error}")),
    }
}

fn build_section(args: &Args) -> Section {
    let mut build = Section::new("Release build");
    match std::fs::metadata(&args.binary) {
        Ok(meta) => build.figures.push(
            Figure::single("release binary size", Unit::Mb, meta.len() as f64 / 1e6)
                .goal(Goal::Below(25.0))
                .note(format!(
                    "{} bytes; the UI is embedded; profile.release: lto, codegen-units 1, strip, opt-level \"s\", panic abort",
                    meta.len()
                )),
        ),
        Err(error) => build
            .notes
            .push(format!("**binary size: not measured**: {}: {error}", args.binary.display())),
    }
    if let Some(seconds) = args.build_seconds {
        let kind = if args.build_cold {
            "cold"
        } else {
            "incremental"
        };
        build.figures.push(
            Figure::single(format!("release build ({kind}) of the app and this runner"), Unit::Seconds, seconds)
                .note("`cargo build --release` as .ci/bench runs it, on this machine as shared at the time"),
        );
    }
    build
}
