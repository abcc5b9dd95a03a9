//! The store on real database files: data survives a reopen, pragmas are set, a newer schema is
//! refused without touching the file, and a failed write leaves nothing behind, history included.

// Helpers here are test code too: a failed unwrap is a failed test with its message.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use sponsor_desk_core::org_units::{self, OrgUnitInput, OrgUnitKind};
use sponsor_desk_core::sponsors::{self, SponsorInput, SponsorQuery, SponsorStatus, Stance};
use sponsor_desk_core::store::latest_version;
use sponsor_desk_core::{CoreError, ErrorCode, Store};

fn unit(name: &str) -> OrgUnitInput {
    OrgUnitInput {
        name: name.into(),
        kind: OrgUnitKind::Directorate,
        parent_id: None,
        notes: String::new(),
    }
}

fn sponsor(name: &str, org_unit_id: i64) -> SponsorInput {
    SponsorInput {
        name: name.into(),
        title: "Director".into(),
        email: None,
        org_unit_id: Some(org_unit_id),
        reports_to_id: None,
        tier: 2,
        stance: Stance::Champion,
        influence: 4,
        interest: 5,
        status: SponsorStatus::Active,
        status_date: None,
        priorities: String::new(),
        talking_points: String::new(),
        preferred_channel: String::new(),
        notes: String::new(),
    }
}

fn history_rows(store: &Store) -> i64 {
    store
        .conn()
        .query_row("SELECT count(*) FROM history", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn data_survives_a_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.db");
    {
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.path(), Some(path.as_path()));
        store
            .write(|tx| {
                let u = org_units::create(tx, &unit("J3 Operations"))?.id;
                sponsors::create(tx, &sponsor("Col. Ada Okafor", u))
            })
            .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let rows = sponsors::list(store.conn(), &SponsorQuery::default()).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (rows[0].name.as_str(), rows[0].org_unit.as_str()),
        ("Col. Ada Okafor", "J3 Operations")
    );
    assert_eq!(history_rows(&store), 2);
    assert_eq!(store.schema_version().unwrap(), latest_version());
    assert!(store.check().unwrap().ok);
}

#[test]
fn pragmas_are_set_on_every_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.db");
    drop(Store::open(&path).unwrap());
    let store = Store::open(&path).unwrap();
    let conn = store.conn();
    let int = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    let journal: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(journal, "wal");
    assert_eq!(int("PRAGMA foreign_keys"), 1);
    assert_eq!(int("PRAGMA synchronous"), 2, "2 is FULL");
    assert_eq!(int("PRAGMA busy_timeout"), 5000);
}

#[test]
fn a_newer_schema_is_refused_and_the_file_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE from_the_future (x); INSERT INTO from_the_future VALUES (1);",
        )
        .unwrap();
        conn.pragma_update(None, "user_version", latest_version() + 1)
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().unwrap();
    assert!(
        matches!(err, CoreError::NewerSchema { found, supported } if found == latest_version() + 1 && supported == latest_version())
    );
    assert_eq!(err.code(), ErrorCode::NewerSchema);
    assert!(err.to_string().contains("left untouched"), "{err}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file's bytes changed"
    );
}

#[test]
fn a_missing_folder_is_not_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing").join("desk.db");
    let err = Store::open(&path).err().unwrap();
    assert_eq!(err.code(), ErrorCode::Io);
    assert!(
        err.to_string().contains(&path.display().to_string()),
        "{err}"
    );
    assert!(!Path::new(&dir.path().join("missing")).exists());
}

#[test]
fn a_failed_write_rolls_back_fully() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.db");
    let mut store = Store::open(&path).unwrap();
    let u = store
        .write(|tx| Ok(org_units::create(tx, &unit("J1 Personnel"))?.id))
        .unwrap();
    let err = store
        .write(|tx| {
            sponsors::create(tx, &sponsor("Maj. Ben Lindqvist", u))?;
            // The second record of the same action is invalid: the first must go too.
            sponsors::create(tx, &sponsor(&"x".repeat(201), u))
        })
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    assert_eq!(err.field(), Some("name"));
    drop(store);
    let store = Store::open(&path).unwrap();
    assert!(sponsors::list(store.conn(), &SponsorQuery::default())
        .unwrap()
        .is_empty());
    assert_eq!(
        history_rows(&store),
        1,
        "only the org unit's history row remains"
    );
}
