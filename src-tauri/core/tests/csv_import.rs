//! CSV import on real database files with the fixtures in tests/fixtures/csv: mapping guesses,
//! re-import updates, and every bad file refused by row and column with the database unchanged.

// Helpers here are test code too: a failed unwrap is a failed test with its message.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use sponsor_desk_core::csv_import::{self, CsvImportSummary, CsvKind, CsvOptions};
use sponsor_desk_core::sponsors::{self, SponsorQuery};
use sponsor_desk_core::{org_units, transfer, CoreError, Store};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/csv")
        .join(name)
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("desk.sqlite")).unwrap();
    (dir, store)
}

fn options(kind: CsvKind) -> CsvOptions {
    CsvOptions {
        kind,
        mapping: BTreeMap::new(),
    }
}

fn mapping(name: &str) -> BTreeMap<String, String> {
    serde_json::from_reader(File::open(fixture(name)).unwrap()).unwrap()
}

fn import(
    store: &mut Store,
    name: &str,
    options: &CsvOptions,
) -> Result<CsvImportSummary, CoreError> {
    import_file(store, &fixture(name), options)
}

/// Imports the CSV at `path`, never cancelled, progress ignored.
fn import_file(
    store: &mut Store,
    path: &std::path::Path,
    options: &CsvOptions,
) -> Result<CsvImportSummary, CoreError> {
    let file = File::open(path).unwrap();
    csv_import::import(store, file, options, &AtomicBool::new(false), &mut |_| {})
}

/// An error must be an invalid import whose message names the row and column, and leave the
/// export exactly as it was.
fn refused(name: &str, options: &CsvOptions, location: &str, words: &str) {
    let (_dir, mut store) = store();
    import(
        &mut store,
        "sponsors.csv",
        &self::options(CsvKind::Sponsors),
    )
    .unwrap();
    let before = transfer::export_json(store.conn()).unwrap();
    let err = import(&mut store, name, options).unwrap_err();
    let text = err.to_string();
    assert!(
        matches!(err, CoreError::InvalidImport { .. }),
        "{name}: {err:?}"
    );
    assert!(text.contains(location), "{name}: {text}");
    assert!(text.contains(words), "{name}: {text}");
    assert_eq!(
        before,
        transfer::export_json(store.conn()).unwrap(),
        "{name} changed the database"
    );
}

fn names(store: &Store) -> Vec<(String, String, String)> {
    sponsors::list(store.conn(), &SponsorQuery::default())
        .unwrap()
        .into_iter()
        .map(|r| (r.name, r.title, r.org_unit))
        .collect()
}

#[test]
fn imports_sponsors_creating_the_unit_tree_and_bosses() {
    let (_dir, mut store) = store();
    let summary = import(&mut store, "sponsors.csv", &options(CsvKind::Sponsors)).unwrap();
    assert_eq!(
        (summary.added, summary.updated, summary.unchanged),
        (3, 0, 0)
    );
    assert_eq!(
        summary.org_units_created, 4,
        "Northwind, Operations, Logistics, Research"
    );
    assert_eq!(
        names(&store),
        vec![
            (
                "Ada Lovelace".into(),
                "Chief Operating Officer".into(),
                "Operations".into()
            ),
            (
                "Alan Turing".into(),
                "Line manager".into(),
                "Research".into()
            ),
            (
                "Grace Hopper".into(),
                "Director, Logistics".into(),
                "Logistics".into()
            ),
        ]
    );
    let units = org_units::list(store.conn()).unwrap();
    let logistics = units.iter().find(|u| u.name == "Logistics").unwrap();
    let operations = units.iter().find(|u| u.name == "Operations").unwrap();
    assert_eq!(logistics.parent_id, Some(operations.id));
    let rows = sponsors::list(store.conn(), &SponsorQuery::default()).unwrap();
    let grace = sponsors::get(store.conn(), rows[2].id).unwrap();
    assert_eq!(grace.reports_to_id, Some(rows[0].id), "boss by email");
    assert_eq!(grace.tier, 2);
    let alan = sponsors::get(store.conn(), rows[1].id).unwrap();
    assert_eq!(alan.reports_to_id, Some(rows[0].id), "boss by name");
    assert_eq!(
        alan.stance.as_str(),
        "neutral",
        "a new person gets the middle values"
    );
}

#[test]
fn reimport_updates_matched_people_instead_of_duplicating() {
    let (_dir, mut store) = store();
    import(&mut store, "sponsors.csv", &options(CsvKind::Sponsors)).unwrap();
    let again = import(&mut store, "sponsors.csv", &options(CsvKind::Sponsors)).unwrap();
    assert_eq!(
        (
            again.added,
            again.updated,
            again.unchanged,
            again.org_units_created
        ),
        (0, 0, 3, 0)
    );
    let changed = import(
        &mut store,
        "sponsors_reimport.csv",
        &options(CsvKind::Sponsors),
    )
    .unwrap();
    assert_eq!(
        (changed.added, changed.updated, changed.unchanged),
        (1, 1, 2)
    );
    let all = names(&store);
    assert_eq!(all.len(), 4);
    assert!(all.contains(&(
        "Ada Lovelace".into(),
        "Chief Executive Officer".into(),
        "Operations".into()
    )));
}

#[test]
fn matches_by_id_column_when_there_is_no_email() {
    let (dir, mut store) = store();
    import(&mut store, "sponsors.csv", &options(CsvKind::Sponsors)).unwrap();
    let ada = sponsors::list(store.conn(), &SponsorQuery::default()).unwrap()[0].id;
    let path = dir.path().join("by_id.csv");
    std::fs::write(
        &path,
        format!("id,name,unit,tier\n{ada},Ada King,Northwind / Operations,2\n"),
    )
    .unwrap();
    let summary = import_file(&mut store, &path, &options(CsvKind::Sponsors)).unwrap();
    assert_eq!((summary.added, summary.updated), (0, 1));
    let ada = sponsors::get(store.conn(), ada).unwrap();
    assert_eq!(
        (ada.name.as_str(), ada.tier, ada.email.as_deref()),
        ("Ada King", 2, Some("ada@northwind.example"))
    );
}

#[test]
fn semicolons_bom_and_unix_lines() {
    let (_dir, mut store) = store();
    let summary = import(
        &mut store,
        "sponsors_semicolon_bom.csv",
        &options(CsvKind::Sponsors),
    )
    .unwrap();
    assert_eq!(summary.added, 2);
    assert_eq!(names(&store)[1].1, "Director, Logistics");
}

#[test]
fn org_units_by_path_with_bare_cr_lines_and_reimport() {
    let (_dir, mut store) = store();
    let summary = import(&mut store, "org_units.csv", &options(CsvKind::OrgUnits)).unwrap();
    assert_eq!((summary.added, summary.org_units_created), (4, 0));
    let units = org_units::list(store.conn()).unwrap();
    let team = units.iter().find(|u| u.name == "Key Accounts").unwrap();
    assert_eq!(team.kind.as_str(), "team");
    assert_eq!(team.notes, "Largest customers");
    let sales = units.iter().find(|u| u.name == "Sales").unwrap();
    assert_eq!(team.parent_id, Some(sales.id));
    let again = import(&mut store, "org_units.csv", &options(CsvKind::OrgUnits)).unwrap();
    assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 4));
}

#[test]
fn mapping_file_overrides_the_guess() {
    let (_dir, mut store) = store();
    let opts = CsvOptions {
        kind: CsvKind::Sponsors,
        mapping: mapping("custom_headers.mapping.json"),
    };
    let summary = import(&mut store, "custom_headers.csv", &opts).unwrap();
    assert_eq!(summary.added, 2);
}

#[test]
fn missing_required_column_is_named() {
    refused(
        "missing_required.csv",
        &options(CsvKind::Sponsors),
        "row 1",
        "required field org_unit",
    );
}

#[test]
fn unmapped_required_field_is_named() {
    let opts = CsvOptions {
        kind: CsvKind::Sponsors,
        mapping: mapping("unmapped_required.mapping.json"),
    };
    refused(
        "unmapped_required.csv",
        &opts,
        "row 1",
        "required field org_unit",
    );
}

#[test]
fn duplicate_header_is_named() {
    refused(
        "duplicate_header.csv",
        &options(CsvKind::Sponsors),
        "row 1, column 4 \"E-mail\"",
        "appears twice",
    );
}

#[test]
fn inconsistent_column_count_is_named() {
    refused(
        "inconsistent_columns.csv",
        &options(CsvKind::Sponsors),
        "row 3",
        "has 4 cells but the header has 3",
    );
}

#[test]
fn unclosed_quote_is_named() {
    refused(
        "unclosed_quote.csv",
        &options(CsvKind::Sponsors),
        "row 3, column 4 \"Notes\"",
        "never closed",
    );
}

#[test]
fn invalid_utf8_is_named() {
    refused(
        "invalid_utf8.csv",
        &options(CsvKind::Sponsors),
        "row 3, column 1 \"Name\"",
        "not UTF-8",
    );
}

#[test]
fn two_rows_for_one_person_are_refused_instead_of_overwriting() {
    // Row 3's email matches the person row 2 added (case aside): merging them would lose row 2.
    refused(
        "duplicate_email.csv",
        &options(CsvKind::Sponsors),
        "row 3, column \"Email\"",
        "row 2 has the same email",
    );
    // By the id column: both rows name sponsor 1, who is already in the database.
    let (dir, mut store) = store();
    import(&mut store, "sponsors.csv", &options(CsvKind::Sponsors)).unwrap();
    let before = transfer::export_json(store.conn()).unwrap();
    let path = dir.path().join("same_id.csv");
    std::fs::write(&path, "id,Name,Department\n1,Ada,Ops\n1,Grace,Ops\n").unwrap();
    let err = import_file(&mut store, &path, &options(CsvKind::Sponsors)).unwrap_err();
    assert!(err.to_string().contains("row 3, column \"id\""), "{err}");
    assert_eq!(before, transfer::export_json(store.conn()).unwrap());
    // The preview shows the same problem on the same row.
    let preview = csv_import::preview(
        &store,
        File::open(&path).unwrap(),
        &options(CsvKind::Sponsors),
        10,
    )
    .unwrap();
    assert!(preview.rows[0].errors.is_empty(), "{preview:?}");
    assert_eq!(preview.rows[1].errors[0].field, "id", "{preview:?}");
}

#[test]
fn a_unit_listed_twice_is_refused_but_one_made_as_a_parent_may_follow() {
    refused(
        "duplicate_unit.csv",
        &options(CsvKind::OrgUnits),
        "row 4, column \"Name\"",
        "row 2 lists the same unit",
    );
}

#[test]
fn bad_value_refuses_everything() {
    refused(
        "bad_values.csv",
        &options(CsvKind::Sponsors),
        "row 3, column \"Tier\"",
        "also column \"Email\": \"grace-at-northwind\" is not an email address",
    );
}

#[test]
fn cell_over_100_kb_is_named() {
    let (dir, mut store) = store();
    let path = dir.path().join("big_cell.csv");
    let mut f = File::create(&path).unwrap();
    writeln!(f, "Name,Department,Notes").unwrap();
    writeln!(f, "Ada,Ops,short").unwrap();
    writeln!(f, "Grace,Ops,\"{}\"", "x".repeat(csv_import::CELL_MAX + 1)).unwrap();
    drop(f);
    let before = transfer::export_json(store.conn()).unwrap();
    let err = import_file(&mut store, &path, &options(CsvKind::Sponsors)).unwrap_err();
    assert!(
        err.to_string().contains("row 3, column 3 \"Notes\""),
        "{err}"
    );
    assert!(err.to_string().contains("100 KB"), "{err}");
    assert_eq!(before, transfer::export_json(store.conn()).unwrap());
}

#[test]
fn preview_shows_guesses_and_per_row_errors_without_writing() {
    let (_dir, store) = store();
    let before = transfer::export_json(store.conn()).unwrap();
    let file = File::open(fixture("bad_values.csv")).unwrap();
    let preview = csv_import::preview(&store, file, &options(CsvKind::Sponsors), 2).unwrap();
    let fields: Vec<Option<&str>> = preview.columns.iter().map(|c| c.field.as_deref()).collect();
    assert_eq!(
        fields,
        vec![
            Some("name"),
            Some("email"),
            Some("org_unit"),
            Some("tier"),
            Some("status")
        ]
    );
    assert_eq!(preview.rows.len(), 2);
    assert!(preview.more);
    assert!(
        preview.rows[0].errors.is_empty(),
        "{:?}",
        preview.rows[0].errors
    );
    let errors = &preview.rows[1].errors;
    assert_eq!(preview.rows[1].row, 3);
    assert!(
        errors
            .iter()
            .any(|e| e.field == "tier" && e.column.as_deref() == Some("Tier")),
        "{errors:?}"
    );
    assert_eq!(
        before,
        transfer::export_json(store.conn()).unwrap(),
        "preview wrote"
    );
    let file = File::open(fixture("missing_required.csv")).unwrap();
    let preview = csv_import::preview(&store, file, &options(CsvKind::Sponsors), 10).unwrap();
    assert_eq!(preview.missing.len(), 1);
}

/// A large file streams: progress is reported as rows go in, and a cancel leaves nothing.
#[test]
fn streams_with_progress_and_cancel() {
    let (dir, mut store) = store();
    let path = dir.path().join("many.csv");
    let mut f = std::io::BufWriter::new(File::create(&path).unwrap());
    writeln!(f, "Name,Email,Department").unwrap();
    for i in 0..2_000 {
        writeln!(
            f,
            "Person {i},p{i}@northwind.example,Northwind / Unit {}",
            i % 7
        )
        .unwrap();
    }
    drop(f);
    let cancel = AtomicBool::new(false);
    let mut seen = Vec::new();
    let err = csv_import::import(
        &mut store,
        File::open(&path).unwrap(),
        &options(CsvKind::Sponsors),
        &cancel,
        &mut |p| {
            seen.push(p.rows);
            cancel.store(true, std::sync::atomic::Ordering::Relaxed);
        },
    )
    .unwrap_err();
    assert!(err.to_string().contains("cancelled"), "{err}");
    assert_eq!(seen, vec![200]);
    assert!(names(&store).is_empty());
    let mut reports = 0;
    let summary = csv_import::import(
        &mut store,
        File::open(&path).unwrap(),
        &options(CsvKind::Sponsors),
        &AtomicBool::new(false),
        &mut |p| {
            reports += 1;
            assert!(p.bytes > 0);
        },
    )
    .unwrap();
    assert_eq!(summary.added, 2_000);
    assert_eq!(reports, 11);
}

#[test]
fn kind_from_file_name() {
    assert_eq!(
        csv_import::kind_from_file_name("org-units.csv"),
        CsvKind::OrgUnits
    );
    assert_eq!(
        csv_import::kind_from_file_name("HR export.csv"),
        CsvKind::Sponsors
    );
}

/// The saved sponsors list imports back as "unchanged": the export speaks the import's fields.
#[test]
fn exported_sponsors_csv_reimports_unchanged() {
    let (dir, mut store) = store();
    import(&mut store, "sponsors.csv", &options(CsvKind::Sponsors)).unwrap();
    assert!(!store.is_empty().unwrap());
    let text = csv_import::sponsors_csv(store.conn(), &SponsorQuery::default()).unwrap();
    assert!(
        text.starts_with("id,name,title,email,org_unit,reports_to,tier,"),
        "{text}"
    );
    assert!(
        text.contains("Northwind / Operations / Logistics"),
        "{text}"
    );
    let path = dir.path().join("saved.csv");
    std::fs::write(&path, &text).unwrap();
    let summary = import_file(&mut store, &path, &options(CsvKind::Sponsors)).unwrap();
    assert_eq!(
        (summary.added, summary.updated, summary.unchanged),
        (0, 0, 3)
    );
}

/// The sponsor rules' refusals (checked by create and update themselves) still name the row
/// and column and leave the database as it was: a blank name, a bad email, a duplicate email,
/// someone reporting to themselves, and a reporting loop.
#[test]
fn sponsor_rules_refuse_a_row_by_row_and_column() {
    for (text, location, words) in [
        (
            "Name,Email,Department\nAda,ada@example.org,Ops\n ,b@example.org,Ops\n",
            "row 3, column \"Name\"",
            "name",
        ),
        (
            "Name,Email,Department\nAda,not-an-email,Ops\n",
            "row 2, column \"Email\"",
            "not an email address",
        ),
        (
            "Name,Email,Department\nAda,ada@example.org,Ops\nAda Two,ADA@example.org,Ops\n",
            "row 3, column \"Email\"",
            "row 2 has the same email",
        ),
        (
            "Name,Email,Department,Reports to\nAda,ada@example.org,Ops,ada@example.org\n",
            "row 2, column \"Reports to\"",
            "cannot report to themselves",
        ),
        (
            "Name,Email,Department,Reports to\nAda,ada@example.org,Ops,bo@example.org\n\
             Bo,bo@example.org,Ops,ada@example.org\n",
            "column \"Reports to\"",
            "reporting loop",
        ),
    ] {
        let (dir, mut store) = store();
        import(&mut store, "sponsors.csv", &options(CsvKind::Sponsors)).unwrap();
        let before = transfer::export_json(store.conn()).unwrap();
        let path = dir.path().join("rules.csv");
        std::fs::write(&path, text).unwrap();
        let err = import_file(&mut store, &path, &options(CsvKind::Sponsors)).unwrap_err();
        let said = err.to_string();
        assert!(matches!(err, CoreError::InvalidImport { .. }), "{err:?}");
        assert!(said.contains(location), "{text}: {said}");
        assert!(said.contains(words), "{text}: {said}");
        assert_eq!(
            before,
            transfer::export_json(store.conn()).unwrap(),
            "{text}"
        );
    }
}

/// A unit name found anywhere means the one unit of that name; once a later row creates a
/// second unit of that name, the same cell is ambiguous and refused (not resolved as before).
#[test]
fn a_name_made_ambiguous_by_a_new_unit_is_refused_on_later_rows() {
    let (dir, mut store) = store();
    let path = dir.path().join("units.csv");
    std::fs::write(
        &path,
        "Name,Email,Department\nAda,a@example.org,Group / Sales\nBo,b@example.org,Sales\n\
         Cy,c@example.org,NewCo / Sales\nDi,d@example.org,Sales\n",
    )
    .unwrap();
    let err = import_file(&mut store, &path, &options(CsvKind::Sponsors)).unwrap_err();
    let said = err.to_string();
    assert!(said.contains("row 5, column \"Department\""), "{said}");
    assert!(said.contains("2 org units are named \"Sales\""), "{said}");
    assert!(sponsors::list(store.conn(), &SponsorQuery::default())
        .unwrap()
        .is_empty());
}
