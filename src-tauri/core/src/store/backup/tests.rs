//! Unit tests of backups on real files: the copy holds the data and passes its checks, a bad
//! destination or candidate is refused by name, rotation keeps exactly the daily and weekly set.

use std::path::Path;

use chrono::{Duration as Days, NaiveDate, NaiveDateTime};

use super::*;
use crate::org_units;
use crate::testing::unit;

fn at(day: &str, hms: (u32, u32, u32)) -> NaiveDateTime {
    day.parse::<NaiveDate>()
        .unwrap()
        .and_hms_opt(hms.0, hms.1, hms.2)
        .unwrap()
}

fn store_with_units(path: &Path, names: &[&str]) -> Store {
    let mut store = Store::open(path).unwrap();
    store
        .write(|tx| {
            for name in names {
                org_units::create(tx, &unit(name, None))?;
            }
            Ok(())
        })
        .unwrap();
    store
}

fn unit_names(path: &Path) -> Vec<String> {
    let store = Store::open(path).unwrap();
    org_units::list(store.conn())
        .unwrap()
        .into_iter()
        .map(|u| u.name)
        .collect()
}

#[test]
fn a_backup_holds_the_data_passes_its_checks_and_is_one_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_units(&dir.path().join("desk.db"), &["J1", "J2"]);
    let dest = dir.path().join("copy.sqlite");
    let report = backup_to(&store, &dest).unwrap();
    assert_eq!(report.path, dest);
    assert_eq!(report.schema_version, migrate::latest_version());
    assert!(report.bytes > 0);
    assert!(!with_suffix(&dest, ".partial").exists());
    // Rollback-journal mode: the copy needs no -wal beside it to be complete.
    assert_eq!(&std::fs::read(&dest).unwrap()[18..20], &[1, 1]);
    assert_eq!(unit_names(&dest), ["J1", "J2"]);
}

#[test]
fn a_backup_replaces_an_older_copy_of_the_same_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_with_units(&dir.path().join("desk.db"), &["J1"]);
    let dest = dir.path().join("copy.sqlite");
    backup_to(&store, &dest).unwrap();
    store
        .write(|tx| org_units::create(tx, &unit("J9", None)))
        .unwrap();
    backup_to(&store, &dest).unwrap();
    assert_eq!(unit_names(&dest), ["J1", "J9"]);
}

#[test]
fn a_missing_destination_folder_is_named_and_nothing_is_created() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_units(&dir.path().join("desk.db"), &["J1"]);
    let dest = dir.path().join("nope").join("copy.sqlite");
    let err = backup_to(&store, &dest).unwrap_err();
    assert_eq!(err.code(), crate::ErrorCode::Io);
    let text = err.to_string();
    assert!(
        text.contains("copy.sqlite") && text.contains("does not exist"),
        "{text}"
    );
    assert!(!dir.path().join("nope").exists());
}

#[test]
fn a_folder_as_destination_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_units(&dir.path().join("desk.db"), &["J1"]);
    let err = backup_to(&store, dir.path()).unwrap_err();
    assert_eq!(err.code(), crate::ErrorCode::Io);
    assert!(err.to_string().contains("is a folder"), "{err}");
}

#[test]
fn verify_file_refuses_text_newer_schemas_and_missing_files() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.sqlite");
    std::fs::write(
        &text,
        "not a database at all, just some words to fill a page",
    )
    .unwrap();
    let err = verify_file(&text).unwrap_err();
    assert_eq!(err.code(), crate::ErrorCode::Database);
    assert!(err.to_string().contains("notes.sqlite"), "{err}");

    let newer = dir.path().join("newer.sqlite");
    {
        let conn = Connection::open(&newer).unwrap();
        conn.pragma_update(None, "user_version", migrate::latest_version() + 1)
            .unwrap();
    }
    let before = std::fs::read(&newer).unwrap();
    assert_eq!(
        verify_file(&newer).unwrap_err().code(),
        crate::ErrorCode::NewerSchema
    );
    assert_eq!(std::fs::read(&newer).unwrap(), before);

    let missing = dir.path().join("missing.sqlite");
    assert_eq!(
        verify_file(&missing).unwrap_err().code(),
        crate::ErrorCode::Io
    );
}

#[test]
fn restore_replaces_the_database_and_saves_the_previous_one() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("desk.db");
    let saved = dir.path().join("backups");
    let backup = dir.path().join("monday.sqlite");
    {
        let mut store = store_with_units(&target, &["Monday"]);
        backup_to(&store, &backup).unwrap();
        store
            .write(|tx| org_units::create(tx, &unit("Tuesday", None)))
            .unwrap();
    }
    let backup_bytes = std::fs::read(&backup).unwrap();
    let report = restore(&backup, &target, &saved, at("2026-11-23", (9, 0, 0))).unwrap();
    assert_eq!(unit_names(&target), ["Monday"]);
    let previous = report.previous_saved_to.unwrap();
    assert!(previous.starts_with(&saved));
    assert_eq!(unit_names(&previous), ["Monday", "Tuesday"]);
    assert_eq!(
        std::fs::read(&backup).unwrap(),
        backup_bytes,
        "candidate untouched"
    );
    assert!(!with_suffix(&target, ".restoring").exists());
}

#[test]
fn a_stale_wal_is_never_replayed_onto_the_restored_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("desk.db");
    let backup = dir.path().join("old.sqlite");
    {
        let store = store_with_units(&target, &["Old"]);
        backup_to(&store, &backup).unwrap();
    }
    // A -wal left behind by a writer that died holds frames of the current database.
    let live = Connection::open(&target).unwrap();
    live.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    live.execute_batch("PRAGMA journal_mode=WAL; UPDATE org_units SET name = 'Stale log'")
        .unwrap();
    let wal = with_suffix(&target, "-wal");
    let wal_bytes = std::fs::read(&wal).unwrap();
    drop(live);
    std::fs::write(&wal, &wal_bytes).unwrap();
    restore(
        &backup,
        &target,
        &dir.path().join("b"),
        at("2026-11-23", (9, 0, 0)),
    )
    .unwrap();
    assert!(!wal.exists());
    assert_eq!(unit_names(&target), ["Old"]);
    assert!(Store::open(&target).unwrap().check().unwrap().ok);
}

#[test]
fn a_damaged_candidate_is_refused_and_the_database_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("desk.db");
    drop(store_with_units(&target, &["Keep"]));
    let candidate = dir.path().join("half.sqlite");
    let good = dir.path().join("good.sqlite");
    backup_to(&Store::open(&target).unwrap(), &good).unwrap();
    let bytes = std::fs::read(&good).unwrap();
    std::fs::write(&candidate, &bytes[..bytes.len() / 2]).unwrap();
    let before = std::fs::read(&target).unwrap();
    let err = restore(
        &candidate,
        &target,
        &dir.path().join("b"),
        at("2026-11-23", (9, 0, 0)),
    )
    .unwrap_err();
    assert_eq!(err.code(), crate::ErrorCode::Database);
    assert!(err.to_string().contains("half.sqlite"), "{err}");
    assert_eq!(std::fs::read(&target).unwrap(), before);
    assert!(
        !dir.path().join("b").exists(),
        "nothing saved when nothing replaced"
    );
}

fn touch_auto(dir: &Path, when: NaiveDateTime) {
    std::fs::write(dir.join(auto_name(when)), b"x").unwrap();
}

fn remaining(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn rotation_keeps_the_newest_per_day_for_seven_days_and_per_week_for_four_weeks() {
    let dir = tempfile::tempdir().unwrap();
    // 2026-11-23 is a Monday. Two backups a day (morning, close) for 40 days back.
    let now = at("2026-11-23", (18, 0, 0));
    for back in 0..40 {
        let day = now - Days::days(back);
        touch_auto(dir.path(), day.date().and_hms_opt(8, 0, 0).unwrap());
        touch_auto(dir.path(), day.date().and_hms_opt(17, 30, 0).unwrap());
    }
    std::fs::write(dir.path().join("notes.txt"), b"mine").unwrap();
    let deleted = rotate(dir.path(), now).unwrap();
    // Weekly: the newest of ISO weeks 48, 47, 46, 45 (Sundays, their last days, before this
    // week); daily: 11-17..11-23, the evening copy of each. 80 - 9 are gone.
    assert_eq!(deleted.len(), 71);
    let expected = vec![
        "auto-20261108-173000.sqlite",
        "auto-20261115-173000.sqlite",
        "auto-20261117-173000.sqlite",
        "auto-20261118-173000.sqlite",
        "auto-20261119-173000.sqlite",
        "auto-20261120-173000.sqlite",
        "auto-20261121-173000.sqlite",
        "auto-20261122-173000.sqlite",
        "auto-20261123-173000.sqlite",
        "notes.txt",
    ];
    assert_eq!(remaining(dir.path()), expected);
    // A second rotation has nothing left to do.
    assert!(rotate(dir.path(), now).unwrap().is_empty());
}

#[test]
fn rotation_counts_days_that_have_backups_so_a_long_absence_keeps_them() {
    let dir = tempfile::tempdir().unwrap();
    for day in ["2026-01-05", "2026-01-06", "2026-01-07"] {
        touch_auto(dir.path(), at(day, (12, 0, 0)));
    }
    assert!(rotate(dir.path(), at("2026-11-23", (9, 0, 0)))
        .unwrap()
        .is_empty());
    assert_eq!(remaining(dir.path()).len(), 3);
}

#[test]
fn rotation_keeps_backups_stamped_after_now() {
    let dir = tempfile::tempdir().unwrap();
    let now = at("2026-11-23", (9, 0, 0));
    for back in 0..10 {
        touch_auto(dir.path(), now - Days::days(back));
    }
    touch_auto(dir.path(), at("2027-01-01", (9, 0, 0)));
    rotate(dir.path(), now).unwrap();
    assert!(remaining(dir.path()).contains(&"auto-20270101-090000.sqlite".to_string()));
}

#[test]
fn the_daily_backup_is_due_once_per_day() {
    let dir = tempfile::tempdir().unwrap();
    let store = store_with_units(&dir.path().join("desk.db"), &["J1"]);
    let backups = dir.path().join("backups");
    let now = at("2026-11-23", (9, 0, 0));
    assert!(daily_due(&backups, now));
    auto_backup(&store, &backups, now).unwrap();
    assert!(!daily_due(&backups, at("2026-11-23", (23, 59, 59))));
    assert!(daily_due(&backups, at("2026-11-24", (0, 0, 1))));
    assert_eq!(unit_names(&backups.join(auto_name(now))), ["J1"]);
}
