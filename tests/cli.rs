//! The command-line contract (README, CLI.md) checked on real database files: what each
//! subcommand prints, its exit codes, and that a failed command changes nothing.

use crate::support::{run, TempDb};
use serde_json::Value;

#[test]
fn demo_then_sponsors_json_lists_sponsors_of_all_four_tiers() {
    let db = TempDb::with_demo("demo.sqlite");
    let sponsors = db.sponsors();
    assert!(!sponsors.is_empty());
    let mut tiers: Vec<u64> = sponsors.iter().filter_map(|s| s["tier"].as_u64()).collect();
    tiers.sort();
    tiers.dedup();
    assert_eq!(tiers, [1, 2, 3, 4]);
    for sponsor in &sponsors {
        for key in [
            "id",
            "name",
            "title",
            "tier",
            "stance",
            "status",
            "status_date",
            "org_unit",
        ] {
            assert!(sponsor.get(key).is_some(), "{key} missing from {sponsor}");
        }
        assert!(
            sponsor["org_unit"].is_string(),
            "org_unit is the unit's name: {sponsor}"
        );
        assert!(sponsor["org_unit_id"].is_i64(), "{sponsor}");
    }
}

#[test]
fn sponsors_prints_a_table_with_a_header_and_a_count() {
    let db = TempDb::with_demo("table.sqlite");
    let out = db.run(&["sponsors"]).success().stdout;
    let first = out.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("ID") && first.contains("ORG UNIT"),
        "{out}"
    );
    let count = db.sponsors().len();
    assert!(
        out.trim_end().ends_with(&format!("{count} sponsor(s)")),
        "{out}"
    );
}

#[test]
fn the_same_seed_gives_the_same_demo() {
    let first = TempDb::new("one.sqlite");
    let second = TempDb::new("two.sqlite");
    first.run(&["demo", "--seed", "7"]).success();
    second.run(&["demo", "--seed", "7"]).success();
    assert_eq!(first.sponsors(), second.sponsors());
}

#[test]
fn export_then_import_into_an_empty_database_exports_byte_for_byte_the_same() {
    let source = TempDb::with_demo("source.sqlite");
    let file = source.file("export.json");
    source
        .run(&["export", "--out", crate::support::path_str(&file)])
        .success();
    let exported = std::fs::read_to_string(&file).unwrap_or_default();
    assert_eq!(exported, source.export(), "--out writes what stdout prints");

    let target = TempDb::new("target.sqlite");
    target
        .run(&["import", crate::support::path_str(&file)])
        .success();
    assert_eq!(target.export(), exported);
}

/// Imports `text` into an empty database and checks it fails with exit 3, names `expect` in the
/// message, and leaves the database exactly as it was.
fn assert_import_refused(text: &str, expect: &str) {
    let db = TempDb::new("target.sqlite");
    let before = db.export();
    let file = db.file("bad.json");
    std::fs::write(&file, text).unwrap_or_else(|e| panic!("write {}: {e}", file.display()));
    let failed = db.run(&["import", crate::support::path_str(&file)]).code(3);
    assert!(
        failed.stderr.contains(expect),
        "stderr should name {expect:?}: {}",
        failed.stderr
    );
    assert_eq!(
        failed.stderr.trim_end().lines().count(),
        1,
        "one sentence: {}",
        failed.stderr
    );
    assert_eq!(db.export(), before, "a failed import changes nothing");
}

/// A demo export as JSON, for the tests to damage.
fn demo_export() -> Value {
    let db = TempDb::with_demo("demo.sqlite");
    serde_json::from_str(&db.export()).unwrap_or_else(|e| panic!("export is not JSON: {e}"))
}

#[test]
fn malformed_json_is_refused_with_exit_3_and_changes_nothing() {
    let text = demo_export().to_string();
    let cut = &text[..text.len() / 2];
    assert_import_refused(cut, "bad.json");
}

#[test]
fn an_unknown_field_is_refused_by_name() {
    let mut export = demo_export();
    export["sponsors"][0]["favourite_colour"] = Value::from("blue");
    assert_import_refused(&export.to_string(), "favourite_colour");
}

#[test]
fn a_reference_to_a_missing_record_is_refused_by_field() {
    let mut export = demo_export();
    export["sponsors"][0]["org_unit_id"] = Value::from(999_999);
    assert_import_refused(&export.to_string(), "org_unit_id");
}

#[test]
fn a_csv_file_without_a_unit_column_is_invalid_input() {
    // CSV import itself is covered in tests/cli_csv.rs; here only that .csv is no longer refused
    // as a usage error but read, and its problem named.
    let db = TempDb::new("csv.sqlite");
    let file = db.file("people.csv");
    std::fs::write(&file, "name,tier\nAda,1\n").unwrap_or_else(|e| panic!("{e}"));
    let refused = db.run(&["import", crate::support::path_str(&file)]).code(3);
    assert!(refused.stderr.contains("org_unit"), "{}", refused.stderr);
}

#[test]
fn a_missing_import_file_is_not_found() {
    let db = TempDb::new("missing.sqlite");
    let gone = db.file("nowhere.json");
    let failed = db.run(&["import", crate::support::path_str(&gone)]).code(4);
    assert!(failed.stderr.contains("nowhere.json"), "{}", failed.stderr);
}

#[test]
fn a_bad_flag_is_a_usage_error() {
    let db = TempDb::new("flags.sqlite");
    db.run(&["sponsors", "--no-such-flag"]).code(2);
    db.run(&["demo", "--size", "huge"]).code(2);
    db.run(&["sponsors", "--tier", "5"]).code(2);
    run(&["no-such-command"]).code(2);
}

#[test]
fn help_and_version_exit_0() {
    let help = run(&["--help"]).success();
    assert!(help.stdout.contains("sponsors"), "{}", help.stdout);
    run(&["--version"]).success();
}

#[test]
fn a_usage_error_with_json_also_prints_the_error_object() {
    let db = TempDb::new("json.sqlite");
    let failed = db.run(&["sponsors", "--json", "--bogus"]).code(2);
    let body: Value = serde_json::from_str(failed.stdout.trim()).unwrap_or_default();
    assert_eq!(body["error"]["code"], "usage", "{}", failed.stdout);
}

#[test]
fn a_missing_org_unit_is_not_found_with_a_json_error() {
    let db = TempDb::with_demo("units.sqlite");
    let failed = db
        .run(&["sponsors", "--json", "--org-unit", "999999"])
        .code(4);
    let body: Value = serde_json::from_str(failed.stdout.trim()).unwrap_or_default();
    assert_eq!(body["error"]["code"], "not_found", "{}", failed.stdout);
    assert!(body["error"]["message"].is_string());
    assert!(!failed.stderr.is_empty());
}

#[test]
fn a_newer_database_is_refused_with_exit_5_and_left_untouched() {
    let db = TempDb::new("newer.sqlite");
    db.run(&["check"]).success();
    // PRAGMA user_version lives at bytes 60..64 of the file header (big-endian), so the test
    // can play "a newer Sponsor Desk wrote this" without a SQLite library of its own.
    let mut bytes = std::fs::read(&db.path).unwrap_or_default();
    assert!(bytes.len() > 100, "the check created a database");
    bytes[60..64].copy_from_slice(&9999u32.to_be_bytes());
    std::fs::write(&db.path, &bytes).unwrap_or_else(|e| panic!("{e}"));

    for args in [&["sponsors"][..], &["export"], &["check"], &["demo"]] {
        let failed = db.run(args).code(5);
        assert!(failed.stderr.contains("newer"), "{}", failed.stderr);
    }
    let failed = db.run(&["sponsors", "--json"]).code(5);
    let body: Value = serde_json::from_str(failed.stdout.trim()).unwrap_or_default();
    assert_eq!(body["error"]["code"], "newer_schema");
    assert_eq!(
        std::fs::read(&db.path).unwrap_or_default(),
        bytes,
        "the file is unchanged"
    );
}

#[test]
fn a_missing_database_folder_is_a_database_problem() {
    let db = TempDb::new("x.sqlite");
    let inside_nothing = db.file("no-folder/desk.sqlite");
    let failed = run(&[
        "--db",
        crate::support::path_str(&inside_nothing),
        "sponsors",
    ])
    .code(5);
    assert!(failed.stderr.contains("no-folder"), "{}", failed.stderr);
}

#[test]
fn check_passes_on_demo_data_and_reports_json() {
    let db = TempDb::with_demo("check.sqlite");
    let out = db.run(&["check"]).success().stdout;
    assert!(out.starts_with("database OK"), "{out}");
    let json = db.run(&["check", "--json"]).success().stdout;
    let report: Value = serde_json::from_str(&json).unwrap_or_default();
    assert_eq!(report["ok"], true, "{json}");
    assert_eq!(report["foreign_key_violations"], Value::Array(vec![]));
}
