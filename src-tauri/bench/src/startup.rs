//! Start-up: from launching the release binary to the first screen showing its data (Home on
//! the large database: its warnings, follow-ups and departures), against the same binary's
//! blank page (`--bench-blank`). The app's probe (SPONSOR_DESK_BENCH_PROBE) prints a line once
//! the selectors match and the next frame has painted; no WebDriver sits in between.

use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::display::Xvfb;
use crate::error::BenchError;
use crate::figure::{median, Figure, Goal, Unit};
use crate::procs::{self, Memory};

const PROBE_ENV: &str = "SPONSOR_DESK_BENCH_PROBE";
const READY: &str = "BENCH-READY";
const PATIENCE: Duration = Duration::from_secs(120);
/// What Home shows once each of its three lists has arrived.
pub const HOME_DATA: &str =
    "[data-testid=warning]; [data-testid=follow-up]; [data-testid=departure]";
const BLANK: &str = "#bench-blank";

pub struct Launch<'a> {
    pub binary: &'a Path,
    pub xvfb: &'a Xvfb,
}

/// One launch: time to the probe's line, and memory of the whole tree a moment later.
struct Sample {
    ready: Duration,
    memory: Memory,
}

impl Launch<'_> {
    fn once(&self, args: &[&std::ffi::OsStr], probe: &str) -> Result<Sample, BenchError> {
        let mut command = Command::new(self.binary);
        command
            .args(args)
            .envs(self.xvfb.env())
            .env(PROBE_ENV, probe)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .process_group(0);
        let start = Instant::now();
        let mut child = command.spawn().map_err(|source| BenchError::Spawn {
            program: self.binary.display().to_string(),
            source,
        })?;
        let (tx, rx) = mpsc::channel();
        if let Some(stdout) = child.stdout.take() {
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    if line.starts_with(READY) {
                        let _ = tx.send(Instant::now());
                    }
                }
            });
        }
        let outcome = rx.recv_timeout(PATIENCE);
        let sample = outcome.map(|at| {
            // Settled: the first screen is shown and idle, as a person would find it.
            std::thread::sleep(Duration::from_secs(2));
            Sample {
                ready: at - start,
                memory: procs::memory(&procs::tree(child.id())),
            }
        });
        procs::end_tree(child.id());
        let _ = child.wait();
        sample.map_err(|_| BenchError::Timeout(format!("the probe `{probe}`"), PATIENCE))
    }

    /// `runs` launches of each, alternating so both see the same machine load; one warm-up of
    /// each first (page cache, and the app's once-a-day backup at its first start).
    pub fn compare(&self, db: &Path, runs: usize) -> Result<Vec<Figure>, BenchError> {
        let blank_args = [std::ffi::OsStr::new("--bench-blank")];
        let app_args = [std::ffi::OsStr::new("--db"), db.as_os_str()];
        self.once(&blank_args, BLANK)?;
        self.once(&app_args, HOME_DATA)?;
        let mut blank = Vec::new();
        let mut app = Vec::new();
        for _ in 0..runs {
            blank.push(self.once(&blank_args, BLANK)?);
            app.push(self.once(&app_args, HOME_DATA)?);
        }
        let ms = |s: &[Sample]| {
            s.iter()
                .map(|x| x.ready.as_secs_f64() * 1000.0)
                .collect::<Vec<_>>()
        };
        let blank_ms = ms(&blank);
        let app_ms = ms(&app);
        let blank_median = median(&blank_ms).unwrap_or(0.0);
        let mut figures = Vec::new();
        if let Some(f) = Figure::from_samples(
            "blank page of the same binary (`--bench-blank`)",
            Unit::Ms,
            &blank_ms,
        ) {
            figures.push(f);
        }
        if let Some(f) = Figure::from_samples(
            "first screen with data (Home on the large database)",
            Unit::Ms,
            &app_ms,
        ) {
            figures.push(
                f.against("blank page", blank_median)
                    .goal(Goal::RatioAtMost(1.3))
                    .note("launch to the frame after Home's warnings, follow-ups and departures are in the page"),
            );
        }
        let mb = |s: &[Sample], pick: fn(&Memory) -> u64| {
            s.iter()
                .map(|x| pick(&x.memory) as f64 / 1e6)
                .collect::<Vec<_>>()
        };
        for (what, pick) in procs::MEASURES {
            let floor = median(&mb(&blank, pick)).unwrap_or(0.0);
            let above: Vec<f64> = app
                .iter()
                .zip(&blank)
                .map(|(a, b)| (pick(&a.memory) as f64 - pick(&b.memory) as f64) / 1e6)
                .collect();
            if let Some(f) = Figure::from_samples(
                format!("memory on Home above the blank page ({what})"),
                Unit::Mb,
                &above,
            ) {
                figures.push(f.note(format!(
                    "the app's {} processes (itself and its WebKit children) 2 s after the first data, minus the blank page's, run by run; the blank page's {what} is {floor:.1} MB",
                    app.first().map_or(0, |s| s.memory.processes)
                )));
            }
        }
        Ok(figures)
    }
}
