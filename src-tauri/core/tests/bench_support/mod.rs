//! Timing for the benchmarks (never for assertions): run a measurement several times and print
//! one line per figure on stdout, `BENCH ` then compact JSON
//! `{"name","median_ms","min_ms","runs","goal_ms"}`, which the benchmark runner collects into
//! BENCHMARKS.md. Shared by the core and packs benchmarks (the packs one includes this file).

#![allow(dead_code)]

use std::time::{Duration, Instant};

/// Runs `f` `runs` times and prints its figure; returns the last result.
pub fn bench<T>(name: &str, goal_ms: Option<f64>, runs: usize, mut f: impl FnMut() -> T) -> T {
    let mut last = None;
    bench_timed(name, goal_ms, runs, || {
        let start = Instant::now();
        last = Some(f());
        start.elapsed()
    });
    last.unwrap_or_else(|| panic!("{name}: at least one run"))
}

/// As `bench`, for measurements that need untimed setup: `f` times its own part and returns it.
pub fn bench_timed(
    name: &str,
    goal_ms: Option<f64>,
    runs: usize,
    mut f: impl FnMut() -> Duration,
) -> f64 {
    let mut times: Vec<f64> = (0..runs.max(1))
        .map(|_| f().as_secs_f64() * 1000.0)
        .collect();
    times.sort_by(f64::total_cmp);
    let median = if times.len() % 2 == 1 {
        times[times.len() / 2]
    } else {
        (times[times.len() / 2 - 1] + times[times.len() / 2]) / 2.0
    };
    let line = serde_json::json!({
        "name": name,
        "median_ms": round(median),
        "min_ms": round(times[0]),
        "runs": times.len(),
        "goal_ms": goal_ms,
    });
    println!("BENCH {line}");
    median
}

/// Three decimals: microseconds are the finest figure worth reporting.
fn round(ms: f64) -> f64 {
    (ms * 1000.0).round() / 1000.0
}
