//! Export and import on real files: demo data survives export → import → export byte for byte,
//! and a bad file (malformed, unknown field, dangling reference, late invalid record, non-empty
//! target) changes nothing.

// Helpers here are test code too: a failed unwrap is a failed test with its message.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use sponsor_desk_core::demo::{self, DemoSize};
use sponsor_desk_core::transfer::{export_json, import_json};
use sponsor_desk_core::{CoreError, ErrorCode, Store};

fn anchor() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 15).unwrap()
}

fn demo_store(dir: &tempfile::TempDir, name: &str, seed: u64) -> Store {
    let mut store = Store::open(&dir.path().join(name)).unwrap();
    demo::fill(&mut store, DemoSize::Small, seed, anchor()).unwrap();
    store
}

fn import_error(store: &mut Store, text: &str) -> (String, Option<String>, String) {
    match import_json(store, text) {
        Err(CoreError::InvalidImport {
            location,
            field,
            message,
        }) => (location, field, message),
        other => panic!("expected InvalidImport, got {other:?}"),
    }
}

#[test]
fn export_import_export_is_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let source = demo_store(&dir, "source.db", 42);
    let first = export_json(source.conn()).unwrap();
    assert!(first.ends_with("}\n"));
    let mut target = Store::open(&dir.path().join("target.db")).unwrap();
    let summary = import_json(&mut target, &first).unwrap();
    assert!(
        summary.sponsors >= 30 && summary.sponsorships >= 25,
        "{summary}"
    );
    drop(target);
    let target = Store::open(&dir.path().join("target.db")).unwrap();
    let second = export_json(target.conn()).unwrap();
    assert!(first == second, "the second export differs from the first");
    assert!(target.check().unwrap().ok);
}

#[test]
fn export_keys_come_in_the_documented_order() {
    let dir = tempfile::tempdir().unwrap();
    let text = export_json(demo_store(&dir, "d.db", 1).conn()).unwrap();
    let keys: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("  \""))
        .filter_map(|l| l.split('"').next())
        .collect();
    assert_eq!(
        keys,
        [
            "format",
            "version",
            "org_units",
            "sponsors",
            "initiatives",
            "initiative_org_units",
            "initiative_milestones",
            "initiative_assessments",
            "sponsorships",
            "touchpoints",
            "settings",
            "warning_acks",
            "committees",
            "committee_members",
            "meetings",
            "decisions",
            "actions",
            "quick_wins",
            "stories",
            "quotes",
            "metrics",
            "metric_values",
            "history"
        ]
    );
}

#[test]
fn bad_files_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let good = export_json(demo_store(&dir, "source.db", 3).conn()).unwrap();
    let mut target = Store::open(&dir.path().join("target.db")).unwrap();
    let empty = export_json(target.conn()).unwrap();

    let (location, _, message) = import_error(&mut target, &good[..good.len() / 2]);
    assert!(location.starts_with("line "), "{location}");
    assert!(message.contains("not valid JSON"), "{message}");

    let unknown = good.replacen(
        "\"talking_points\"",
        "\"favourite_colour\": \"blue\",\n      \"talking_points\"",
        1,
    );
    let (location, field, _) = import_error(&mut target, &unknown);
    assert!(location.starts_with("sponsors[id="), "{location}");
    assert_eq!(field.as_deref(), Some("favourite_colour"));

    let mut value: serde_json::Value = serde_json::from_str(&good).unwrap();
    value["sponsors"][6]["org_unit_id"] = 99.into();
    let id = value["sponsors"][6]["id"].clone();
    let (location, field, message) = import_error(&mut target, &value.to_string());
    assert_eq!(location, format!("sponsors[id={id}]"));
    assert_eq!(field.as_deref(), Some("org_unit_id"));
    assert_eq!(
        message,
        "refers to org unit 99, which is not in the file; use the id of one of the \"org_units\""
    );

    // A record that only fails once everything before it has been written must undo it all.
    let mut value: serde_json::Value = serde_json::from_str(&good).unwrap();
    let last = value["sponsorships"].as_array().unwrap().len() - 1;
    value["sponsorships"][last]["end_date"] = "1999-01-01".into();
    let (location, field, _) = import_error(&mut target, &value.to_string());
    assert!(location.starts_with("sponsorships[id="), "{location}");
    assert_eq!(field.as_deref(), Some("end_date"));

    assert_eq!(export_json(target.conn()).unwrap(), empty);

    // Into a database that already holds data: refused, and that data unchanged.
    let mut full = demo_store(&dir, "full.db", 4);
    let before = export_json(full.conn()).unwrap();
    let err = import_json(&mut full, &good).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict);
    assert!(
        err.to_string()
            .contains("import JSON into an empty database (use a new --db file)"),
        "{err}"
    );
    assert_eq!(export_json(full.conn()).unwrap(), before);
}

#[test]
fn sponsors_may_report_to_sponsors_later_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let good = export_json(demo_store(&dir, "source.db", 5).conn()).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&good).unwrap();
    let sponsors = value["sponsors"].as_array_mut().unwrap();
    let last_id = sponsors.last().unwrap()["id"].clone();
    sponsors[0]["reports_to_id"] = last_id.clone();
    let mut target = Store::open(&dir.path().join("target.db")).unwrap();
    import_json(&mut target, &value.to_string()).unwrap();
    let first_id = value["sponsors"][0]["id"].as_i64().unwrap();
    let first = sponsor_desk_core::sponsors::get(target.conn(), first_id).unwrap();
    assert_eq!(first.reports_to_id, last_id.as_i64());

    // A loop in the file is named, and nothing is written.
    let mut value: serde_json::Value = serde_json::from_str(&good).unwrap();
    let second_id = value["sponsors"][1]["id"].clone();
    value["sponsors"][0]["reports_to_id"] = second_id;
    value["sponsors"][1]["reports_to_id"] = first_id.into();
    let mut other = Store::open(&dir.path().join("other.db")).unwrap();
    let (_, field, message) = import_error(&mut other, &value.to_string());
    assert_eq!(field.as_deref(), Some("reports_to_id"));
    assert!(message.contains("loop"), "{message}");
}
