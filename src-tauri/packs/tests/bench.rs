//! Timing (ignored by default; run with `cargo test --release -p sponsor-desk-packs --test bench
//! -- --ignored --nocapture`): a warm sponsor brief, a committee pack and a batch of 12 briefs
//! on the large demo data. Set PACKS_OUT=DIR to keep the PDFs for a look.

use std::time::Instant;

use chrono::NaiveDate;
use sponsor_desk_core::demo::{self, DemoSize};
use sponsor_desk_core::{committees, sponsors, Store};
use sponsor_desk_packs::{self as packs, PackOptions};

#[test]
#[ignore = "benchmark"]
fn warm_brief_committee_pack_and_batch_on_large_demo() {
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
    let mut store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    demo::fill(&mut store, DemoSize::Large, 1, today).unwrap_or_else(|e| panic!("{e}"));
    let conn = store.conn();
    let ids: Vec<i64> = sponsors::list(conn, &Default::default())
        .unwrap_or_else(|e| panic!("{e}"))
        .iter()
        .map(|r| r.id)
        .collect();
    let options = PackOptions::default();
    let out = std::env::var_os("PACKS_OUT").map(std::path::PathBuf::from);

    let t = Instant::now();
    packs::warm_up();
    println!("warm-up (fonts, library): {:?}", t.elapsed());
    let brief = |id: i64| {
        let data = packs::brief(conn, id, today, &options).unwrap_or_else(|e| panic!("{e}"));
        packs::pdf(&data).unwrap_or_else(|e| panic!("{e}"))
    };
    brief(ids[0]);
    let t = Instant::now();
    let runs = 10;
    for _ in 0..runs {
        brief(ids[0]);
    }
    println!("warm sponsor brief: {:?} each", t.elapsed() / runs);

    // The large demo has no committees yet (issue 9); until it has, the pack is timed on the
    // small demo's latest meeting, and the output says so.
    let small_store;
    let first_meeting = |conn: &rusqlite::Connection| {
        committees::meetings::list_all(conn)
            .unwrap_or_else(|e| panic!("{e}"))
            .last()
            .map(|m| m.id)
    };
    let (pack_conn, meeting, dataset) = match first_meeting(conn) {
        Some(id) => (conn, id, "large"),
        None => {
            let mut small = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
            demo::fill(&mut small, DemoSize::Small, 1, today).unwrap_or_else(|e| panic!("{e}"));
            small_store = small;
            let conn = small_store.conn();
            let id = first_meeting(conn).unwrap_or_else(|| panic!("the small demo has no meeting"));
            (conn, id, "small")
        }
    };
    let pack = || {
        let data = packs::committee_pack(pack_conn, meeting, today, &options)
            .unwrap_or_else(|e| panic!("{e}"));
        packs::pdf(&data).unwrap_or_else(|e| panic!("{e}"))
    };
    pack();
    let t = Instant::now();
    let pdf = pack();
    print!("({dataset} demo) ");
    println!("committee pack: {:?}", t.elapsed());

    let t = Instant::now();
    for id in ids.iter().take(12) {
        brief(*id);
    }
    println!("batch of 12 briefs: {:?}", t.elapsed());
    if let Some(dir) = out {
        let _ = std::fs::write(dir.join("committee.pdf"), &pdf);
        let _ = std::fs::write(dir.join("brief.pdf"), brief(ids[0]));
    }
}
