//! The crash test: the real binary writes sponsors one commit at a time (`__write-loop`), is
//! killed with SIGKILL at seeded random moments, and every id it acknowledged must be there after
//! the reopen, with `integrity_check` and `foreign_key_check` clean. One file takes every kill, so
//! recovery after a crash is itself crashed into. Trials: `CRASH_TRIALS` (20 by default, 200 for
//! the stress run); seed: `CRASH_SEED`.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::support::TempDb;
use sponsor_desk_core::Store;

/// splitmix64: a seeded generator is enough to make every run's kill moments reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn env_number(name: &str, default: u64) -> u64 {
    match std::env::var(name) {
        Ok(text) => text
            .parse()
            .unwrap_or_else(|_| panic!("{name} must be a whole number, not {text:?}")),
        Err(_) => default,
    }
}

/// Every sponsor id in the file with its name, read through the core as the app would.
fn sponsors_in(db: &TempDb) -> BTreeMap<i64, String> {
    let store =
        Store::open(&db.path).unwrap_or_else(|e| panic!("reopen after the kill failed: {e}"));
    let report = store
        .check()
        .unwrap_or_else(|e| panic!("check failed: {e}"));
    assert!(report.ok, "damaged after a kill: {report:?}");
    let mut stmt = store
        .conn()
        .prepare("SELECT id, name FROM sponsors")
        .unwrap_or_else(|e| panic!("{e}"));
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
        .unwrap_or_else(|e| panic!("{e}"));
    rows.map(|row| row.unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

#[test]
fn every_acknowledged_record_survives_sigkill() {
    let trials = env_number("CRASH_TRIALS", 20);
    let seed = env_number("CRASH_SEED", 0x5D35_C0DE);
    let mut rng = Rng(seed);
    let db = TempDb::new("crash.sqlite");
    // id -> the name the writer gave it, for every id any writer acknowledged.
    let mut acknowledged: BTreeMap<i64, String> = BTreeMap::new();
    let mut killed_mid_run = 0;
    for trial in 0..trials {
        let tag = format!("t{trial}");
        let mut child = Command::new(crate::support::binary())
            .args(["--db", crate::support::path_str(&db.path), "__write-loop"])
            .args(["--count", "100000", "--tag", &tag])
            .env_remove("DISPLAY")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start the writer: {e}"));
        let stdout = child
            .stdout
            .take()
            .unwrap_or_else(|| panic!("the writer's stdout is piped"));
        let mut lines = BufReader::new(stdout).lines();
        // Kill after 0..40 acknowledgements (0: while opening, migrating or recovering), then a
        // further 0..3 ms so the kill lands anywhere inside the next commit.
        let wait_for = rng.below(41);
        let mut acks = Vec::new();
        for _ in 0..wait_for {
            match lines.next() {
                Some(Ok(line)) => acks.push(line),
                _ => break,
            }
        }
        std::thread::sleep(Duration::from_micros(rng.below(3000)));
        // On Unix, Child::kill is SIGKILL: no destructor, no flush, no checkpoint.
        let _ = child.kill();
        // Ids already in the pipe were printed after their commit: they count too.
        acks.extend(lines.map_while(Result::ok));
        let status = child
            .wait()
            .unwrap_or_else(|e| panic!("cannot reap the writer: {e}"));
        if !status.success() {
            killed_mid_run += 1;
        }
        for (n, line) in acks.iter().enumerate() {
            let id: i64 = line
                .parse()
                .unwrap_or_else(|_| panic!("trial {trial}: not an id: {line:?}"));
            acknowledged.insert(id, format!("Sponsor {tag} {n}"));
        }
        let found = sponsors_in(&db);
        for (id, name) in &acknowledged {
            assert_eq!(
                found.get(id),
                Some(name),
                "trial {trial} (seed {seed}): acknowledged sponsor {id} is lost"
            );
        }
    }
    eprintln!(
        "crash test: {trials} trials (seed {seed}), {killed_mid_run} killed mid-run, {} acknowledged records all present",
        acknowledged.len()
    );
    assert!(
        trials == 0 || killed_mid_run > 0,
        "no writer was ever killed: the test proved nothing"
    );
}
