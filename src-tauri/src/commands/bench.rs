//! `bench_ready`: the benchmark probe's signal that the first screen shows its data (see
//! `bench_hook`). It prints only when the runner armed the probe; otherwise it does nothing.

use std::io::Write;

use crate::bench_hook::{probe_armed, READY_LINE};

#[tauri::command]
pub async fn bench_ready(mark: String) {
    if !probe_armed() {
        return;
    }
    let mut out = std::io::stdout().lock();
    // The runner reads this line through a pipe: flushed at once, or the time is late.
    let _ = writeln!(out, "{READY_LINE} {mark}");
    let _ = out.flush();
}
