//! Benchmarks of CSV import and JSON export alone, for faster iteration than `warnings_bench`:
//! with BENCH_DB=FILE the large demo is filled into FILE once and kept for the next run.
//! Prints `BENCH {json}` lines (see `bench_support`); asserts only that the work was done.
//! Run: `cargo test --release -p sponsor-desk-core --test integration transfer_bench:: -- --ignored --nocapture`

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use crate::bench_support::{bench, bench_timed};
use chrono::NaiveDate;
use sponsor_desk_core::csv_import::{self, CsvKind, CsvOptions};
use sponsor_desk_core::demo::{self, DemoSize};
use sponsor_desk_core::sponsors::SponsorQuery;
use sponsor_desk_core::{transfer, Store};

fn ok<T, E: std::fmt::Display>(result: Result<T, E>) -> T {
    result.unwrap_or_else(|e| panic!("{e}"))
}

#[test]
#[ignore = "benchmark: run with --release -- --ignored --nocapture"]
fn import_and_export_on_the_large_demo() {
    let today = NaiveDate::from_ymd_opt(2026, 6, 15).unwrap_or_default();
    let dir = ok(tempfile::tempdir());
    let path = std::env::var_os("BENCH_DB")
        .map(PathBuf::from)
        .unwrap_or_else(|| dir.path().join("large.db"));
    let fresh = !path.exists();
    let mut store = ok(Store::open(&path));
    if fresh {
        ok(demo::fill(&mut store, DemoSize::Large, 7, today));
    }
    let conn = store.conn();
    let runs = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(3);

    let json = bench("export_json", Some(2_000.0), runs, || {
        ok(transfer::export_json(conn))
    });
    println!("export: {} bytes", json.len());
    // As the CLI's `export --out FILE` writes it: streamed into a file.
    let out = dir.path().join("export.json");
    bench("export_to_file", Some(2_000.0), runs, || {
        let file = ok(std::fs::File::create(&out));
        ok(transfer::export_to(conn, file))
    });
    assert_eq!(ok(std::fs::read_to_string(&out)), json);
    // The streamed text is serde's text of the whole `Export` (history parsed into values).
    let mut whole = ok(serde_json::to_string_pretty(&ok(transfer::export(conn))));
    whole.push('\n');
    assert!(
        whole == json,
        "the streamed export differs from the Export's JSON"
    );

    let csv = ok(csv_import::sponsors_csv(conn, &SponsorQuery::default()));
    let options = CsvOptions {
        kind: CsvKind::Sponsors,
        mapping: [("id", ""), ("reports_to", "")]
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .into(),
    };
    let mut n = 0;
    bench_timed("csv_import_5000_sponsors", Some(1_000.0), runs, || {
        n += 1;
        let mut fresh = ok(Store::open(&dir.path().join(format!("csv{n}.db"))));
        let start = Instant::now();
        let summary = ok(csv_import::import(
            &mut fresh,
            csv.as_bytes(),
            &options,
            &AtomicBool::new(false),
            &mut |_| {},
        ));
        let took = start.elapsed();
        assert_eq!(summary.added + summary.updated, 5_000, "{summary:?}");
        took
    });

    // The benchmark runner's file (src-tauri/bench/src/csv_file.rs): bosses by email, six
    // units; into a new database, then again into that one (every row unchanged).
    let csv = runner_csv(5_000);
    let options = CsvOptions {
        kind: CsvKind::Sponsors,
        mapping: Default::default(),
    };
    let mut target = None;
    bench_timed("csv_import_runner_file_new", Some(1_000.0), runs, || {
        n += 1;
        let path = dir.path().join(format!("csv{n}.db"));
        let mut fresh = ok(Store::open(&path));
        let start = Instant::now();
        let summary = ok(csv_import::import(
            &mut fresh,
            csv.as_bytes(),
            &options,
            &AtomicBool::new(false),
            &mut |_| {},
        ));
        let took = start.elapsed();
        assert_eq!(summary.added, 5_000, "{summary:?}");
        target = Some(fresh);
        took
    });
    let mut again = target.unwrap_or_else(|| panic!("one run at least"));
    bench_timed("csv_import_runner_file_again", None, runs, || {
        let start = Instant::now();
        let summary = ok(csv_import::import(
            &mut again,
            csv.as_bytes(),
            &options,
            &AtomicBool::new(false),
            &mut |_| {},
        ));
        let took = start.elapsed();
        assert_eq!(summary.unchanged, 5_000, "{summary:?}");
        took
    });
}

/// The runner's CSV, row for row: row i reports to row i / 8 by email.
fn runner_csv(count: usize) -> String {
    const FIRST: [&str; 12] = [
        "Ada", "Bruno", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas",
        "Kemi", "Lars",
    ];
    const LAST: [&str; 10] = [
        "Okafor",
        "Lindqvist",
        "Moreau",
        "Tanaka",
        "Silva",
        "Novak",
        "Haddad",
        "Berg",
        "Costa",
        "Quinn",
    ];
    const UNITS: [&str; 6] = [
        "Group / Finance",
        "Group / Operations / Plant North",
        "Group / Operations / Plant South",
        "Group / Sales / Europe",
        "Group / Sales / Americas",
        "Group / Research",
    ];
    const STANCES: [&str; 5] = ["champion", "supporter", "neutral", "skeptic", "opponent"];
    let email = |i: usize| format!("person{i}@bench.example");
    let mut out = String::from(
        "name,title,email,org_unit,reports_to,tier,stance,influence,interest,preferred_channel\n",
    );
    for i in 0..count {
        let name = format!(
            "{} {} {i}",
            FIRST[i % FIRST.len()],
            LAST[i / 7 % LAST.len()]
        );
        let boss = if i == 0 { String::new() } else { email(i / 8) };
        let tier = match i {
            0..=49 => 1,
            50..=499 => 2,
            500..=1999 => 3,
            _ => 4,
        };
        out.push_str(&format!(
            "{name},\"Director, team {i}\",{},{},{boss},{tier},{},{},{},email\n",
            email(i),
            UNITS[i % UNITS.len()],
            STANCES[i % STANCES.len()],
            1 + i % 5,
            1 + (i / 5) % 5,
        ));
    }
    out
}
