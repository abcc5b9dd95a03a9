//! Benchmarks of the core on the large demo (`demo --size large --seed 7`, in a database file
//! with the app's pragmas): filling it, the warnings engine, what-if, the sponsors list, search,
//! CSV import, JSON export and a durable touchpoint save. Not a timed test: it prints one
//! `BENCH {json}` line per figure (see `bench_support`) and asserts only that the work was done.
//! Run: `cargo test --release -p sponsor-desk-core --test integration warnings_bench:: -- --ignored --nocapture`

use std::sync::atomic::AtomicBool;
use std::time::Instant;

use crate::bench_support::{bench, bench_timed};
use chrono::NaiveDate;
use sponsor_desk_core::csv_import::{self, CsvKind, CsvOptions};
use sponsor_desk_core::demo::{self, DemoSize};
use sponsor_desk_core::settings::Settings;
use sponsor_desk_core::sponsors::{self, SponsorQuery, SponsorSort, Stance};
use sponsor_desk_core::touchpoints::{self, TouchpointInput, TouchpointKind};
use sponsor_desk_core::{search, transfer, warnings, Store};

fn ok<T, E: std::fmt::Display>(result: Result<T, E>) -> T {
    result.unwrap_or_else(|e| panic!("{e}"))
}

#[test]
#[ignore = "benchmark: run with --release -- --ignored --nocapture"]
fn core_figures_on_the_large_demo() {
    let today = NaiveDate::from_ymd_opt(2026, 6, 15).unwrap_or_default();
    let dir = ok(tempfile::tempdir());
    let mut store = ok(Store::open(&dir.path().join("large.db")));
    let summary = bench("demo_large_fill", Some(60_000.0), 1, || {
        ok(demo::fill(&mut store, DemoSize::Large, 7, today))
    });
    println!("large demo: {summary}");

    let conn = store.conn();
    let settings = Settings::default();
    let snapshot = bench("warnings_load_snapshot", None, 15, || {
        ok(warnings::load_snapshot(conn))
    });
    let found = bench("warnings_evaluate", None, 15, || {
        warnings::evaluate(&snapshot, &settings, today)
    });
    let listed = bench("warnings_list", Some(20.0), 15, || {
        ok(warnings::list(conn, today))
    });
    assert_eq!(listed.len(), found.len());
    println!("{} warnings", found.len());

    // The tier-1 sponsor in post with the most sponsorships: the heaviest single what-if.
    let tier1 = snapshot
        .sponsors
        .values()
        .filter(|s| s.tier == 1 && s.in_post_on(today))
        .max_by_key(|s| {
            let n = snapshot
                .sponsorships
                .iter()
                .filter(|p| p.sponsor_id == s.id)
                .count();
            (n, std::cmp::Reverse(s.id))
        })
        .map(|s| s.id)
        .unwrap_or_else(|| panic!("the large demo has a tier-1 sponsor in post"));
    let what_if = bench("warnings_what_if_tier1", Some(20.0), 15, || {
        ok(warnings::what_if(conn, &[tier1], today))
    });
    println!(
        "what-if of sponsor {tier1}: {} new warnings",
        what_if.new_warnings.len()
    );

    // Home's data: its warnings list (above), the follow-ups due this week and the departures
    // within the horizon, each with what it uncovers.
    let leaving = bench("warnings_departures", Some(50.0), 1, || {
        ok(warnings::departures(conn, today))
    });
    println!("{} departures within the horizon", leaving.len());
    // The first ones read as each sponsor's own what-if (the view shares work among them).
    for d in leaving.iter().take(12) {
        assert_eq!(
            d.uncovers,
            ok(warnings::what_if(conn, &[d.sponsor.id], d.on))
        );
    }
    // Home's card: who leaves when and which initiatives it leaves short, no what-if each.
    let brief = bench("warnings_departures_brief", Some(50.0), 15, || {
        ok(warnings::departures_brief(conn, today))
    });
    assert_eq!(brief.len(), leaving.len());
    for (b, d) in brief.iter().zip(&leaving) {
        assert_eq!((&b.sponsor, b.on), (&d.sponsor, d.on));
        assert_eq!(
            b.uncovers.initiatives_losing_coverage,
            d.uncovers.initiatives_losing_coverage
        );
    }
    bench("warnings_follow_ups", Some(20.0), 15, || {
        ok(warnings::follow_ups_due(conn, today, 7))
    });

    let all = bench("sponsors_list_all", Some(30.0), 15, || {
        ok(sponsors::list(conn, &SponsorQuery::default()))
    });
    assert_eq!(all.len(), 5_000);
    bench("sponsors_list_filter", Some(30.0), 15, || {
        let query = SponsorQuery {
            tier: Some(3),
            stance: Some(Stance::Supporter),
            ..SponsorQuery::default()
        };
        ok(sponsors::list(conn, &query))
    });
    bench("sponsors_list_sort", Some(30.0), 15, || {
        let query = SponsorQuery {
            sort: Some(SponsorSort::OrgUnit),
            descending: true,
            ..SponsorQuery::default()
        };
        ok(sponsors::list(conn, &query))
    });
    bench("sponsors_list_search", Some(30.0), 15, || {
        let query = SponsorQuery {
            search: Some("okafor".to_string()),
            ..SponsorQuery::default()
        };
        ok(sponsors::list(conn, &query))
    });
    let hits = bench("search_fts", Some(20.0), 15, || {
        ok(search::query(conn, "lessons learned", 8))
    });
    assert!(!hits.is_empty());

    let json = bench("export_json", Some(2_000.0), 3, || {
        ok(transfer::export_json(conn))
    });
    println!("export: {} MB", json.len() / 1_000_000);

    let csv = ok(csv_import::sponsors_csv(conn, &SponsorQuery::default()));
    // Into an empty database: the export's ids and reporting lines (names, not unique among
    // 5,000 people) are left out; org units are created from their paths.
    let options = CsvOptions {
        kind: CsvKind::Sponsors,
        mapping: [("id", ""), ("reports_to", "")]
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .into(),
    };
    let mut n = 0;
    bench_timed("csv_import_5000_sponsors", Some(1_000.0), 3, || {
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

    let with = snapshot
        .sponsors
        .keys()
        .take(2)
        .copied()
        .collect::<Vec<_>>();
    let save = |store: &mut Store| {
        let input = TouchpointInput {
            occurred_on: Some(today),
            kind: TouchpointKind::Call,
            summary: "Quarterly sponsor brief: Lessons Learned Portal".to_string(),
            stance_observed: Some(Stance::Supporter),
            follow_up_on: None,
            sponsor_ids: with.clone(),
            items: Vec::new(),
        };
        ok(store.write(|tx| touchpoints::create(tx, &input)))
    };
    bench("touchpoint_save_durable", Some(5.0), 20, || {
        save(&mut store)
    });

    // After a write the cached snapshot is stale: the first list and what-if reload it.
    bench_timed("warnings_list_after_write", Some(20.0), 5, || {
        save(&mut store);
        let start = Instant::now();
        ok(warnings::list(store.conn(), today));
        start.elapsed()
    });
    // Home's whole data as its first paint asks for it, right after a write (the worst case):
    // the warnings, the follow-ups due this week and the brief departures.
    bench_timed("home_data_after_write", Some(50.0), 5, || {
        save(&mut store);
        let start = Instant::now();
        ok(warnings::list(store.conn(), today));
        ok(warnings::follow_ups_due(store.conn(), today, 7));
        ok(warnings::departures_brief(store.conn(), today));
        start.elapsed()
    });
    bench_timed("warnings_what_if_tier1_after_write", Some(20.0), 5, || {
        save(&mut store);
        let start = Instant::now();
        ok(warnings::what_if(store.conn(), &[tier1], today));
        start.elapsed()
    });
}

/// For a profiler, not the benchmark run: with PROFILE_DB=FILE it fills the large demo into
/// FILE once (kept for the next run) and then loads and evaluates the warnings in a loop.
/// `PROFILE_DB=/tmp/large.db perf record -g target/release/deps/integration-* --ignored
/// profile_loop`
#[test]
#[ignore = "profiling aid: does nothing without PROFILE_DB"]
fn profile_loop() {
    let Some(path) = std::env::var_os("PROFILE_DB") else {
        return;
    };
    let today = NaiveDate::from_ymd_opt(2026, 6, 15).unwrap_or_default();
    let path = std::path::PathBuf::from(path);
    let fresh = !path.exists();
    let mut store = ok(Store::open(&path));
    if fresh {
        ok(demo::fill(&mut store, DemoSize::Large, 7, today));
    }
    let conn = store.conn();
    let settings = Settings::default();
    for _ in 0..20 {
        let snapshot = ok(warnings::load_snapshot(conn));
        warnings::evaluate(&snapshot, &settings, today);
    }
}
