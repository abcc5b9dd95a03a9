//! Databases made at every earlier schema version (SQL dumps in `fixtures/schemas/vN.sql`, checked
//! in) open with the current code and come out upgraded with every row kept; a newer one is
//! refused and left byte for byte. `UPDATE_FIXTURES=1 cargo test -p sponsor-desk-core --test
//! migration_fixtures` regenerates the dumps from the demo data and the migrations as of vN.

// Test code: a failed unwrap is a failed test with its message.
#![allow(clippy::unwrap_used)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use rusqlite::types::ValueRef;
use rusqlite::Connection;
use sponsor_desk_core::demo::{self, DemoSize};
use sponsor_desk_core::store::latest_version;
use sponsor_desk_core::{search, ErrorCode, Store};

/// The schema versions before the current one that have a fixture.
const OLDER: [i64; 4] = [1, 2, 3, 4];

fn fixture(version: i64) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/schemas/v{version}.sql"))
}

fn migration_sql(upto: i64) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store/migrations");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            name.get(..4)
                .and_then(|n| n.parse::<i64>().ok())
                .is_some_and(|n| n <= upto)
        })
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

fn literal(value: ValueRef<'_>) -> String {
    match value {
        ValueRef::Null => "NULL".into(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => format!("{f:?}"),
        ValueRef::Text(t) => format!("'{}'", String::from_utf8_lossy(t).replace('\'', "''")),
        ValueRef::Blob(b) => {
            b.iter().fold("X'".to_string(), |mut s, byte| {
                let _ = write!(s, "{byte:02X}");
                s
            }) + "'"
        }
    }
}

fn tables(conn: &Connection) -> Vec<String> {
    let mut stmt = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
        .unwrap();
    let names = stmt.query_map([], |r| r.get(0)).unwrap();
    names.map(Result::unwrap).collect()
}

/// Dumps `conn` as SQL: tables, their rows, then indexes, views and triggers, then the version.
fn dump(conn: &Connection, version: i64) -> String {
    let mut out = format!(
        "-- A Sponsor Desk database at schema version {version} (demo data, small, seed 1),\n\
         -- written by the migration_fixtures test's generator; do not edit by hand.\n\
         BEGIN;\n"
    );
    let objects = |kind: &str| -> Vec<String> {
        let mut stmt = conn
            .prepare("SELECT sql FROM sqlite_master WHERE type = ?1 AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
            .unwrap();
        let rows = stmt.query_map([kind], |r| r.get::<_, String>(0)).unwrap();
        rows.map(Result::unwrap).collect()
    };
    for sql in objects("table") {
        let _ = writeln!(out, "{sql};");
    }
    for table in tables(conn) {
        // WITHOUT ROWID tables have no rowid; a scan of them follows their primary key anyway.
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY rowid"))
            .or_else(|_| conn.prepare(&format!("SELECT * FROM \"{table}\"")))
            .unwrap();
        let width = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            let values: Vec<String> = (0..width)
                .map(|i| literal(row.get_ref(i).unwrap()))
                .collect();
            let _ = writeln!(
                out,
                "INSERT INTO \"{table}\" VALUES ({});",
                values.join(",")
            );
        }
    }
    for kind in ["index", "view", "trigger"] {
        for sql in objects(kind) {
            let _ = writeln!(out, "{sql};");
        }
    }
    // One transaction: loading a thousand rows one fsync at a time would take seconds.
    let _ = writeln!(out, "PRAGMA user_version = {version};\nCOMMIT;");
    out
}

fn regenerate() {
    let dir = tempfile::tempdir().unwrap();
    let demo_path = dir.path().join("demo.db");
    let mut store = Store::open(&demo_path).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    demo::fill(&mut store, DemoSize::Small, 1, today).unwrap();
    drop(store);
    for version in OLDER {
        let path = dir.path().join(format!("v{version}.db"));
        let conn = Connection::open(&path).unwrap();
        for sql in migration_sql(version) {
            conn.execute_batch(&sql).unwrap();
        }
        conn.execute("ATTACH DATABASE ?1 AS demo", [demo_path.to_str().unwrap()])
            .unwrap();
        for table in tables(&conn) {
            conn.execute(
                &format!("INSERT INTO main.\"{table}\" SELECT * FROM demo.\"{table}\""),
                [],
            )
            .unwrap();
        }
        std::fs::write(fixture(version), dump(&conn, version)).unwrap();
    }
}

/// Loads the fixture into a fresh file as the older version left it.
fn load(version: i64, path: &Path) -> Vec<(String, i64)> {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(&std::fs::read_to_string(fixture(version)).unwrap())
        .unwrap();
    let found: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        found, version,
        "fixture v{version} has the wrong user_version"
    );
    counts(&conn)
}

fn counts(conn: &Connection) -> Vec<(String, i64)> {
    tables(conn)
        .into_iter()
        .filter(|t| !t.starts_with("search_index"))
        .map(|t| {
            let n = conn
                .query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |r| r.get(0))
                .unwrap();
            (t, n)
        })
        .collect()
}

#[test]
fn every_older_schema_fixture_opens_upgraded_with_all_its_rows() {
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        regenerate();
    }
    for version in OLDER {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("v{version}.db"));
        let before = load(version, &path);
        assert!(
            before.iter().any(|(t, n)| t == "sponsors" && *n > 0),
            "fixture v{version} holds no sponsors: it proves nothing"
        );
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), latest_version());
        let report = store.check().unwrap();
        assert!(report.ok, "v{version} after migration: {report:?}");
        let after = counts(store.conn());
        for (table, n) in &before {
            let now = after.iter().find(|(t, _)| t == table).map(|(_, n)| *n);
            assert_eq!(
                now,
                Some(*n),
                "v{version}: table {table} lost or gained rows"
            );
        }
        // The newest migration's work is done on the old rows: the search index covers them.
        let name: String = store
            .conn()
            .query_row("SELECT name FROM sponsors ORDER BY id LIMIT 1", [], |r| {
                r.get(0)
            })
            .unwrap();
        let hits = search::query(store.conn(), &name, 10).unwrap();
        assert!(
            hits.iter()
                .any(|h| h.title.contains(name.split(' ').next().unwrap_or(&name))),
            "v{version}: search does not find {name}: {hits:?}"
        );
        // Opening again is a no-op: the version stays and nothing re-runs.
        drop(store);
        let again = Store::open(&path).unwrap();
        assert_eq!(counts(again.conn()), after);
    }
}

#[test]
fn a_fixture_stamped_newer_than_this_binary_is_refused_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    load(4, &path);
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", latest_version() + 1)
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().unwrap();
    assert_eq!(err.code(), ErrorCode::NewerSchema);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!dir.path().join("future.db-wal").exists());
}
