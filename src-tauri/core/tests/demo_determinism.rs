//! The demo on real files: the same seed and anchor date give the same export, another seed a
//! different one, and a non-empty database is refused.

// Helpers here are test code too: a failed unwrap is a failed test with its message.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use sponsor_desk_core::demo::{self, DemoSize};
use sponsor_desk_core::transfer::export_json;
use sponsor_desk_core::{ErrorCode, Store};

fn export_of(dir: &tempfile::TempDir, name: &str, seed: u64, today: NaiveDate) -> String {
    let mut store = Store::open(&dir.path().join(name)).unwrap();
    demo::fill(&mut store, DemoSize::Small, seed, today).unwrap();
    export_json(store.conn()).unwrap()
}

#[test]
fn same_seed_same_data_other_seed_other_data() {
    let dir = tempfile::tempdir().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 6, 15).unwrap();
    let a = export_of(&dir, "a.db", 9, today);
    let b = export_of(&dir, "b.db", 9, today);
    let c = export_of(&dir, "c.db", 10, today);
    assert!(a == b, "the same seed gave different exports");
    assert!(a != c, "another seed gave the same export");
}

#[test]
fn a_database_with_records_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("d.db")).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 6, 15).unwrap();
    let summary = demo::fill(&mut store, DemoSize::Small, 1, today).unwrap();
    assert_eq!(
        summary.to_string(),
        "15 org units, 30 sponsors, 9 initiatives, 27 sponsorships, 18 touchpoints, \
         2 committees, 8 meetings, 7 decisions, 6 actions, 4 quick wins, 3 stories, \
         4 metrics with 16 values"
    );
    let before = export_json(store.conn()).unwrap();
    let err = demo::fill(&mut store, DemoSize::Small, 2, today).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict);
    assert_eq!(export_json(store.conn()).unwrap(), before);
}
