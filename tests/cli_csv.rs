//! `import FILE.csv` on real database files: the summary line, re-import updating instead of
//! duplicating, the mapping file, and bad files refused (exit 3, row and column named) unchanged.

use crate::support::{path_str, TempDb};

const PEOPLE: &str = "Full name,Job title,E-mail,Department,Reports to\r\n\
Ada Lovelace,COO,ada@northwind.example,Northwind / Operations,\r\n\
Grace Hopper,\"Director, Logistics\",grace@northwind.example,Northwind / Operations,Ada Lovelace\r\n";

fn write(db: &TempDb, name: &str, text: &str) -> String {
    let path = db.file(name);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    path_str(&path).to_string()
}

#[test]
fn import_prints_counts_and_reimport_updates_instead_of_duplicating() {
    let db = TempDb::new("csv.sqlite");
    let file = write(&db, "people.csv", PEOPLE);
    let out = db.run(&["import", &file]).success().stdout;
    assert!(out.starts_with("2 added, 0 updated, 0 unchanged"), "{out}");
    assert!(out.contains("2 org units created"), "{out}");
    let again = db.run(&["import", &file]).success().stdout;
    assert!(
        again.starts_with("0 added, 0 updated, 2 unchanged"),
        "{again}"
    );
    let changed = write(
        &db,
        "people.csv",
        &PEOPLE.replace("COO,", "CEO,").replace(
            "Reports to\r\n",
            "Reports to\r\nAlan Turing,Researcher,alan@northwind.example,Northwind / Research,\r\n",
        ),
    );
    let out = db.run(&["import", &changed]).success().stdout;
    assert!(out.starts_with("1 added, 1 updated, 1 unchanged"), "{out}");
    let sponsors = db.sponsors();
    assert_eq!(sponsors.len(), 3, "{sponsors:?}");
    assert!(sponsors
        .iter()
        .any(|s| s["name"] == "Ada Lovelace" && s["title"] == "CEO"));
}

#[test]
fn a_bad_row_exits_3_naming_row_and_column_and_leaves_the_export_unchanged() {
    let db = TempDb::new("bad.sqlite");
    let good = write(&db, "people.csv", PEOPLE);
    db.run(&["import", &good]).success();
    let before = db.export();
    let bad = write(
        &db,
        "bad.csv",
        "Name;Email;Unit;Tier\nNew Person;new@northwind.example;Research;1\nGrace Hopper;grace@northwind.example;Operations;9\n",
    );
    let failed = db.run(&["import", &bad]).code(3);
    assert!(
        failed.stderr.contains("bad.csv: row 3, column \"Tier\""),
        "{}",
        failed.stderr
    );
    assert!(failed.stderr.contains("from 1 to 4"), "{}", failed.stderr);
    assert_eq!(before, db.export(), "a refused import changed the database");
}

#[test]
fn an_unclosed_quote_exits_3() {
    let db = TempDb::new("quote.sqlite");
    let bad = write(
        &db,
        "quote.csv",
        "Name,Unit,Notes\nAda,Ops,\"never closed\nGrace,Ops,x\n",
    );
    let failed = db.run(&["import", &bad]).code(3);
    assert!(
        failed.stderr.contains("row 2, column 3 \"Notes\""),
        "{}",
        failed.stderr
    );
    assert!(db.sponsors().is_empty());
}

#[test]
fn mapping_file_and_kind_flag() {
    let db = TempDb::new("mapping.sqlite");
    let units = write(
        &db,
        "tree.csv",
        "Unit name,Under\nNorthwind,\nSales,Northwind\n",
    );
    let mapping = write(
        &db,
        "tree.json",
        r#"{"Unit name": "name", "Under": "parent"}"#,
    );
    let out = db
        .run(&[
            "import",
            &units,
            "--kind",
            "org-units",
            "--mapping",
            &mapping,
        ])
        .success()
        .stdout;
    assert!(
        out.starts_with("2 added, 0 updated, 0 unchanged (org units"),
        "{out}"
    );
    let people = write(&db, "people.csv", "Who,Where\nAda,Northwind / Sales\n");
    let mapping = write(
        &db,
        "people.json",
        r#"{"Who": "name", "Where": "org_unit"}"#,
    );
    let out = db
        .run(&["import", &people, "--mapping", &mapping])
        .success()
        .stdout;
    assert!(out.starts_with("1 added"), "{out}");
    assert!(!out.contains("created"), "Sales exists: {out}");
    let broken = write(&db, "broken.json", "[1, 2]");
    let failed = db.run(&["import", &people, "--mapping", &broken]).code(3);
    assert!(failed.stderr.contains("broken.json"), "{}", failed.stderr);
    let unknown = write(&db, "unknown.json", r#"{"Who": "nom"}"#);
    let failed = db.run(&["import", &people, "--mapping", &unknown]).code(3);
    assert!(
        failed.stderr.contains("\"nom\" is not a field"),
        "{}",
        failed.stderr
    );
}
