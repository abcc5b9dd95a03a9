//! The window's automatic backups: one when the day's first backup is due at start, one when the
//! app exits, into `backups/` beside the database (the app data dir for the default database),
//! rotated by the core. A failed automatic backup is reported and never stops the app.

use std::path::{Path, PathBuf};

use sponsor_desk_core::store::backup;
use sponsor_desk_core::Store;

/// The folder automatic backups (and the copy saved before a restore) go to.
pub fn folder_for(db_path: &Path) -> PathBuf {
    db_path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."))
        .join("backups")
}

/// The daily backup, when none was made today yet, on its own thread and its own read
/// connection, so the window does not wait for it: copying and verifying a large database takes
/// seconds (2.3 s for the 98 MB large demo), and WAL lets it read while the window writes.
/// Join the handle before the backup at exit, which rotates the same folder.
pub fn daily_in_background(db_path: &Path) -> Option<std::thread::JoinHandle<()>> {
    let now = chrono::Local::now().naive_local();
    let folder = folder_for(db_path);
    if !backup::daily_due(&folder, now) {
        return None;
    }
    let db_path = db_path.to_path_buf();
    let spawned = std::thread::Builder::new()
        .name("daily-backup".into())
        .spawn(move || match Store::open(&db_path) {
            Ok(reader) => write(&reader, &folder, now),
            Err(error) => eprintln!("automatic backup failed: {error}"),
        });
    match spawned {
        Ok(handle) => Some(handle),
        Err(error) => {
            eprintln!("automatic backup failed: no thread for it: {error}");
            None
        }
    }
}

/// The backup at exit: always, so the last session's work is in a verified copy.
pub fn at_exit(store: &Store, db_path: &Path) {
    write(
        store,
        &folder_for(db_path),
        chrono::Local::now().naive_local(),
    );
}

fn write(store: &Store, folder: &Path, now: chrono::NaiveDateTime) {
    // The window has no console to answer; stderr reaches the log of whoever started it, and the
    // user's data is still in the database itself.
    match backup::auto_backup(store, folder, now) {
        Ok(report) => eprintln!("automatic backup written to {}", report.path.display()),
        Err(error) => eprintln!("automatic backup failed: {error}"),
    }
}

#[cfg(test)]
mod tests {
    use sponsor_desk_core::demo::DemoSize;
    use sponsor_desk_core::store::backup::{list, BackupFile, BackupKind};

    use super::*;

    /// The small demo in `desk.sqlite` in a fresh temporary folder (kept alive by the caller).
    fn demo_database() -> (tempfile::TempDir, std::path::PathBuf, Store) {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let db_path = dir.path().join("desk.sqlite");
        let mut store = Store::open(&db_path).unwrap_or_else(|e| panic!("{e}"));
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default();
        sponsor_desk_core::demo::fill(&mut store, DemoSize::Small, 1, day)
            .unwrap_or_else(|e| panic!("{e}"));
        (dir, db_path, store)
    }

    /// The backups beside `db_path`, checked to be exactly one verified automatic copy.
    fn one_verified_automatic_backup(db_path: &Path) -> Vec<BackupFile> {
        let written = list(&folder_for(db_path));
        assert_eq!(written.len(), 1, "{written:?}");
        assert_eq!(written[0].kind, BackupKind::Automatic);
        assert_eq!(written[0].problem, None);
        written
    }

    /// The day's first start writes one verified automatic backup without holding the store,
    /// and a second start the same day writes none.
    #[test]
    fn the_daily_backup_runs_once_a_day_beside_an_open_store() {
        // The store stays open while the backup reads the file through its own connection.
        let (_dir, db_path, _store) = demo_database();
        let first = daily_in_background(&db_path).unwrap_or_else(|| panic!("no daily backup"));
        first
            .join()
            .unwrap_or_else(|_| panic!("the backup thread panicked"));
        one_verified_automatic_backup(&db_path);
        assert!(daily_in_background(&db_path).is_none(), "one a day");
    }

    /// The exit hook's backup: a verified automatic copy beside the database, holding what the
    /// session wrote last (the window runs it on `RunEvent::Exit`).
    #[test]
    fn the_backup_at_exit_holds_the_sessions_last_work() {
        let (_dir, db_path, store) = demo_database();
        at_exit(&store, &db_path);
        let written = one_verified_automatic_backup(&db_path);
        let copy = Store::open(&folder_for(&db_path).join(&written[0].name))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            sponsor_desk_core::transfer::export_json(copy.conn()).ok(),
            sponsor_desk_core::transfer::export_json(store.conn()).ok()
        );
    }
}
