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

/// The daily backup, when none was made today yet.
pub fn daily_if_due(store: &Store, db_path: &Path) {
    let now = chrono::Local::now().naive_local();
    let folder = folder_for(db_path);
    if backup::daily_due(&folder, now) {
        write(store, &folder, now);
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
