//! Processes: timing a whole command, a process and its descendants from /proc (the app's
//! WebKit processes are its children), their memory, and ending a tree the runner started.

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::error::BenchError;

/// Runs `command` to the end, returning its wall time; a failure carries its stderr.
pub fn timed(command: &mut Command) -> Result<Duration, BenchError> {
    let program = format!("{command:?}");
    let start = Instant::now();
    let out = command
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|source| BenchError::Spawn {
            program: program.clone(),
            source,
        })?;
    let took = start.elapsed();
    if !out.status.success() {
        return Err(BenchError::Failed {
            program,
            status: out.status.to_string(),
            stderr: String::from_utf8_lossy(&out.stderr).trim().to_string(),
        });
    }
    Ok(took)
}

/// Parent of every live process (from /proc/<pid>/stat; the name may hold spaces or parens,
/// so the fields are read after its last `)`).
fn parents() -> HashMap<u32, u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return HashMap::new();
    };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            Some((pid, parse_ppid(&stat)?))
        })
        .collect()
}

fn parse_ppid(stat: &str) -> Option<u32> {
    let after = &stat[stat.rfind(')')? + 1..];
    after.split_whitespace().nth(1)?.parse().ok()
}

/// `root` and every process below it.
pub fn tree(root: u32) -> Vec<u32> {
    let parents = parents();
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let parent = found[i];
        found.extend(
            parents
                .iter()
                .filter(|(_, ppid)| **ppid == parent)
                .map(|(pid, _)| *pid),
        );
        i += 1;
    }
    found
}

/// The first process below `root` running `exe` (the app that tauri-driver started).
pub fn find_below(root: u32, exe: &Path) -> Option<u32> {
    let exe = exe.canonicalize().ok()?;
    tree(root)
        .into_iter()
        .skip(1)
        .find(|pid| std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|p| p == exe))
}

/// Resident memory of a set of processes, in bytes: RSS counts shared pages once per process,
/// PSS splits them between the processes sharing them (the fairer total).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Memory {
    pub rss: u64,
    pub pss: u64,
    pub processes: usize,
}

/// How a total is read from a [`Memory`], with its name.
pub type Measure = (&'static str, fn(&Memory) -> u64);

/// Both totals, RSS (the measure) first.
pub const MEASURES: [Measure; 2] = [("RSS", rss_of), ("PSS", pss_of)];

fn rss_of(m: &Memory) -> u64 {
    m.rss
}

fn pss_of(m: &Memory) -> u64 {
    m.pss
}

pub fn memory(pids: &[u32]) -> Memory {
    let mut total = Memory::default();
    for pid in pids {
        let Ok(text) = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")) else {
            continue;
        };
        let one = parse_rollup(&text);
        total.rss += one.rss;
        total.pss += one.pss;
        total.processes += 1;
    }
    total
}

fn parse_rollup(text: &str) -> Memory {
    let kb = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|rest| rest.split_whitespace().next()?.parse::<u64>().ok())
            .unwrap_or(0)
            * 1024
    };
    Memory {
        rss: kb("Rss:"),
        pss: kb("Pss:"),
        processes: 1,
    }
}

/// SIGKILLs `root` and everything below it (all started by this runner), then waits until
/// they are gone, so the next run starts on a quiet machine and a fresh single-instance lock.
pub fn end_tree(root: u32) {
    let pids = tree(root);
    for pid in &pids {
        let _ = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .stderr(Stdio::null())
            .status();
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline && pids.iter().any(|pid| alive(*pid)) {
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Alive and not a zombie waiting for its parent.
fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        stat.rfind(')')
            .and_then(|i| stat[i + 1..].split_whitespace().next())
            .is_some_and(|state| state != "Z")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ppid_is_read_after_a_name_with_spaces_and_parens() {
        assert_eq!(parse_ppid("42 (Web Content (x)) S 7 42 42 0"), Some(7));
        assert_eq!(parse_ppid("garbage"), None);
    }

    #[test]
    fn rollup_gives_rss_and_pss_in_bytes() {
        let text = "55d0-7ffd ---p 00000000 00:00 0 [rollup]\nRss:  2048 kB\nPss:  1024 kB\nPss_Anon: 10 kB\n";
        assert_eq!(
            parse_rollup(text),
            Memory {
                rss: 2048 * 1024,
                pss: 1024 * 1024,
                processes: 1
            }
        );
    }

    #[test]
    fn a_tree_holds_the_child_and_memory_counts_it() {
        let mut child = Command::new("sleep")
            .arg("5")
            .spawn()
            .unwrap_or_else(|e| panic!("sleep: {e}"));
        let me = std::process::id();
        let pids = tree(me);
        assert!(pids.contains(&child.id()), "{pids:?}");
        let mem = memory(&[child.id()]);
        assert!(mem.rss > 0 && mem.processes == 1, "{mem:?}");
        end_tree(child.id());
        let _ = child.wait();
        assert!(!alive(child.id()));
    }
}
