//! Timing (ignored by default; run with `cargo test --release -p sponsor-desk-packs --test integration
//! bench:: -- --ignored --nocapture`): a warm sponsor brief, a committee pack and a batch of 12 briefs
//! on the large demo (seed 7), one `BENCH {json}` line per figure as the core benchmarks print
//! them. Set PACKS_OUT=DIR to keep the PDFs for a look.

use crate::bench_support::bench;
use chrono::NaiveDate;
use sponsor_desk_core::demo::{self, DemoSize};
use sponsor_desk_core::{committees, sponsors, Store};
use sponsor_desk_packs::{self as packs, PackOptions};

fn ok<T, E: std::fmt::Display>(result: Result<T, E>) -> T {
    result.unwrap_or_else(|e| panic!("{e}"))
}

#[test]
#[ignore = "benchmark"]
fn warm_brief_committee_pack_and_batch_on_large_demo() {
    let today = NaiveDate::from_ymd_opt(2026, 6, 15).unwrap_or_default();
    let mut store = ok(Store::open_in_memory());
    ok(demo::fill(&mut store, DemoSize::Large, 7, today));
    let conn = store.conn();
    let ids: Vec<i64> = ok(sponsors::list(conn, &Default::default()))
        .iter()
        .map(|r| r.id)
        .collect();
    let options = PackOptions::default();
    let out = std::env::var_os("PACKS_OUT").map(std::path::PathBuf::from);

    bench("packs_warm_up", None, 1, packs::warm_up);
    let brief = |id: i64| {
        let data = ok(packs::brief(conn, id, today, &options));
        ok(packs::pdf(&data))
    };
    brief(ids[0]);
    bench("brief_warm", Some(50.0), 10, || brief(ids[0]));
    // The two halves of a brief, to show where its time goes: gathering the data from the
    // database, and typesetting plus writing the PDF.
    let data = bench("brief_data", None, 10, || {
        ok(packs::brief(conn, ids[0], today, &options))
    });
    bench("brief_typeset_pdf", None, 10, || ok(packs::pdf(&data)));

    // The next planned meeting of the busiest committee: the pack a secretary prints.
    let meeting = ok(committees::meetings::list_all(conn))
        .iter()
        .rev()
        .find(|m| m.status == committees::MeetingStatus::Planned)
        .map(|m| m.id)
        .unwrap_or_else(|| panic!("the large demo has a planned meeting"));
    let pack = || {
        let data = ok(packs::committee_pack(conn, meeting, today, &options));
        ok(packs::pdf(&data))
    };
    pack();
    let pdf = bench("committee_pack", Some(200.0), 5, pack);
    let data = bench("committee_pack_data", None, 5, || {
        ok(packs::committee_pack(conn, meeting, today, &options))
    });
    bench("committee_pack_typeset_pdf", None, 5, || {
        ok(packs::pdf(&data))
    });

    bench("brief_batch_12", None, 1, || {
        for id in ids.iter().take(12) {
            brief(*id);
        }
    });
    if let Some(dir) = out {
        let _ = std::fs::write(dir.join("committee.pdf"), &pdf);
        let _ = std::fs::write(dir.join("brief.pdf"), brief(ids[0]));
    }
}
