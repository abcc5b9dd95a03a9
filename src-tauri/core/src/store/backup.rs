//! Backups: a consistent, verified copy of the open database (SQLite's online backup API), the
//! rotation of automatic copies, and restoring a copy. It never leaves a half-written or unverified
//! file under a backup's name, and never deletes a file whose name it did not write.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{Datelike, NaiveDateTime};
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};

use super::{check, migrate, Store};
use crate::error::{CoreError, Result};

mod listing;
pub use listing::{file_in, list, manual_backup, BackupFile, BackupKind};

/// What `backup_to` wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupReport {
    pub path: PathBuf,
    pub bytes: u64,
    pub schema_version: i64,
}

/// Pages copied per step: small steps let a writer in another process go on between them.
const PAGES_PER_STEP: i32 = 256;

/// Writes a consistent copy of `store` to `dest` (replacing it): first to `<dest>.partial`, then
/// checked with `integrity_check` and `foreign_key_check`, then renamed into place. A copy that
/// fails the check is deleted and the error says why; `dest` is then left as it was.
pub fn backup_to(store: &Store, dest: &Path) -> Result<BackupReport> {
    usable_destination(dest)?;
    let temp = with_suffix(dest, ".partial");
    let written = copy_and_verify(store.conn(), &temp);
    if let Err(error) = written {
        // The partial copy is useless and must not be mistaken for a backup.
        let _ = std::fs::remove_file(&temp);
        return Err(error);
    }
    let schema_version = written?;
    std::fs::rename(&temp, dest).map_err(|source| {
        let _ = std::fs::remove_file(&temp);
        destination_error(dest, source)
    })?;
    sync_folder(dest);
    let bytes = std::fs::metadata(dest)
        .map_err(|source| destination_error(dest, source))?
        .len();
    Ok(BackupReport {
        path: dest.to_path_buf(),
        bytes,
        schema_version,
    })
}

/// Copies `source` into a new file at `temp` (one self-contained file, no `-wal`), flushes it to
/// disk and verifies it; returns its schema version.
fn copy_and_verify(source: &Connection, temp: &Path) -> Result<i64> {
    // A leftover from an earlier failed attempt would otherwise be copied over page by page.
    match std::fs::remove_file(temp) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
            return Err(destination_error(temp, error))
        }
        _ => {}
    }
    let mut copy = Connection::open(temp).map_err(|e| sqlite_destination_error(temp, e))?;
    {
        let backup = Backup::new(source, &mut copy)?;
        backup
            .run_to_completion(PAGES_PER_STEP, Duration::from_millis(5), None)
            .map_err(|e| sqlite_destination_error(temp, e))?;
    }
    // A backup is carried around as one file: rollback journal, fully synced.
    copy.pragma_update(None, "journal_mode", "DELETE")
        .map_err(|e| sqlite_destination_error(temp, e))?;
    copy.pragma_update(None, "synchronous", "FULL")?;
    let schema = verify(&copy, temp)?;
    drop(copy);
    std::fs::File::open(temp)
        .and_then(|f| f.sync_all())
        .map_err(|source| destination_error(temp, source))?;
    Ok(schema)
}

/// Checks a database connection as a restore or a backup needs it: readable, schema not newer
/// than this binary, `integrity_check` and `foreign_key_check` clean. Returns the schema version.
fn verify(conn: &Connection, path: &Path) -> Result<i64> {
    let found = migrate::user_version(conn).map_err(|e| unreadable(path, e))?;
    let supported = migrate::latest_version();
    if found > supported {
        return Err(CoreError::NewerSchema { found, supported });
    }
    let report = check::run(conn).map_err(|e| match e {
        CoreError::Database(e) => unreadable(path, e),
        other => other,
    })?;
    if !report.ok {
        let first = report
            .integrity
            .iter()
            .chain(&report.foreign_key_violations)
            .next()
            .cloned()
            .unwrap_or_default();
        return Err(damaged(
            path,
            &format!("it fails the integrity check ({first})"),
        ));
    }
    Ok(found)
}

/// Opens `candidate` read-only and verifies it (see `verify`), without writing a byte to it.
pub fn verify_file(candidate: &Path) -> Result<i64> {
    if !candidate.is_file() {
        return Err(CoreError::Io {
            context: format!("cannot restore from {}", candidate.display()),
            source: std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "no such file; name a backup file written by `backup` or the automatic backups",
            ),
        });
    }
    let conn = Connection::open_with_flags(
        candidate,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| unreadable(candidate, e))?;
    verify(&conn, candidate)
}

/// What `restore` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreReport {
    pub restored_from: PathBuf,
    /// The copy of the database that was replaced, when there was one.
    pub previous_saved_to: Option<PathBuf>,
    pub schema_version: i64,
}

/// Replaces the database at `target` with the verified `candidate`. The current database is first
/// saved into `save_dir` (`before-restore-<stamp>.sqlite`); its `-wal`/`-shm` files are
/// checkpointed and removed before the verified copy is renamed into place, so a stale log can
/// never be replayed onto the restored file. The candidate itself is never modified.
pub fn restore(
    candidate: &Path,
    target: &Path,
    save_dir: &Path,
    now: NaiveDateTime,
) -> Result<RestoreReport> {
    verify_file(candidate)?;
    // Copy the candidate beside the target (same file system, so the final rename is atomic),
    // then verify the very bytes that will become the database.
    let staged = with_suffix(target, ".restoring");
    let staged_schema = {
        let source = Connection::open_with_flags(candidate, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| unreadable(candidate, e))?;
        let result = copy_and_verify(&source, &staged);
        if result.is_err() {
            let _ = std::fs::remove_file(&staged);
        }
        result?
    };
    let previous_saved_to = if target.exists() {
        match save_current(target, save_dir, now) {
            Ok(saved) => Some(saved),
            Err(error) => {
                let _ = std::fs::remove_file(&staged);
                return Err(error);
            }
        }
    } else {
        None
    };
    let replaced = remove_logs(target).and_then(|()| {
        std::fs::rename(&staged, target).map_err(|source| CoreError::Io {
            context: format!("cannot replace {}", target.display()),
            source,
        })
    });
    if let Err(error) = replaced {
        let _ = std::fs::remove_file(&staged);
        return Err(error);
    }
    sync_folder(target);
    Ok(RestoreReport {
        restored_from: candidate.to_path_buf(),
        previous_saved_to,
        schema_version: staged_schema,
    })
}

/// Saves the database at `target` into `save_dir` before it is replaced: a verified backup when it
/// opens, else (a damaged file is still someone's data) a raw copy of the file and its log.
fn save_current(target: &Path, save_dir: &Path, now: NaiveDateTime) -> Result<PathBuf> {
    create_folder(save_dir)?;
    let dest = save_dir.join(format!("before-restore-{}.sqlite", now.format(STAMP)));
    let verified = Connection::open(target)
        .map_err(CoreError::from)
        .and_then(|conn| {
            // Folds the log into the main file so the raw fallback below is complete too.
            let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
            let temp = with_suffix(&dest, ".partial");
            let result = copy_and_verify(&conn, &temp);
            if result.is_err() {
                let _ = std::fs::remove_file(&temp);
            }
            result.map(|_| temp)
        });
    match verified {
        Ok(temp) => {
            std::fs::rename(&temp, &dest).map_err(|source| destination_error(&dest, source))
        }
        Err(_) => {
            std::fs::copy(target, &dest).map_err(|source| destination_error(&dest, source))?;
            let wal = with_suffix(target, "-wal");
            if wal.exists() {
                std::fs::copy(&wal, with_suffix(&dest, "-wal"))
                    .map_err(|source| destination_error(&dest, source))?;
            }
            Ok(())
        }
    }?;
    Ok(dest)
}

/// Removes `<target>-wal` and `<target>-shm` (after `save_current` checkpointed them).
fn remove_logs(target: &Path) -> Result<()> {
    for suffix in ["-wal", "-shm", "-journal"] {
        let log = with_suffix(target, suffix);
        match std::fs::remove_file(&log) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
                return Err(CoreError::Io {
                    context: format!("cannot remove the stale log {}", log.display()),
                    source: error,
                })
            }
            _ => {}
        }
    }
    Ok(())
}

/// The time stamp in automatic backup names; sorts as text in time order.
const STAMP: &str = "%Y%m%d-%H%M%S";
/// Automatic backups are `auto-<stamp>.sqlite`; rotation touches no other name.
const AUTO_PREFIX: &str = "auto-";
const AUTO_SUFFIX: &str = ".sqlite";
/// How many days and ISO weeks keep their newest automatic backup.
pub const KEEP_DAILY: usize = 7;
pub const KEEP_WEEKLY: usize = 4;

/// The automatic backup's file name for `now`.
pub fn auto_name(now: NaiveDateTime) -> String {
    format!("{AUTO_PREFIX}{}{AUTO_SUFFIX}", now.format(STAMP))
}

fn parse_auto_name(name: &str) -> Option<NaiveDateTime> {
    let stamp = name.strip_prefix(AUTO_PREFIX)?.strip_suffix(AUTO_SUFFIX)?;
    NaiveDateTime::parse_from_str(stamp, STAMP).ok()
}

/// Whether `dir` holds no automatic backup made on `now`'s day (the daily backup is due).
pub fn daily_due(dir: &Path, now: NaiveDateTime) -> bool {
    !auto_backups(dir)
        .iter()
        .any(|(at, _)| at.date() == now.date())
}

/// Writes an automatic backup of `store` into `dir` (created if missing), then rotates `dir`.
pub fn auto_backup(store: &Store, dir: &Path, now: NaiveDateTime) -> Result<BackupReport> {
    create_folder(dir)?;
    let report = backup_to(store, &dir.join(auto_name(now)))?;
    rotate(dir, now)?;
    Ok(report)
}

/// Deletes the automatic backups in `dir` that rotation no longer keeps: the newest of each of the
/// last `KEEP_DAILY` days that have one, and the newest of each of the last `KEEP_WEEKLY` ISO weeks
/// that have one, stay. Counting days that have backups (not calendar days back from `now`) means
/// a month without opening the app never empties the folder. Backups stamped after `now` (a clock
/// set back) are kept. Returns the deleted paths.
pub fn rotate(dir: &Path, now: NaiveDateTime) -> Result<Vec<PathBuf>> {
    let mut backups = auto_backups(dir);
    // Newest first, so the first file seen for a day or a week is the one that stays.
    backups.sort_by_key(|b| std::cmp::Reverse(b.0));
    let mut days = BTreeSet::new();
    let mut weeks = BTreeSet::new();
    let mut deleted = Vec::new();
    for (at, path) in backups {
        if at > now {
            continue;
        }
        let day = at.date();
        let week = (day.iso_week().year(), day.iso_week().week());
        let keep_day = days.len() < KEEP_DAILY && days.insert(day);
        let keep_week = weeks.len() < KEEP_WEEKLY && weeks.insert(week);
        if keep_day || keep_week {
            continue;
        }
        std::fs::remove_file(&path).map_err(|source| CoreError::Io {
            context: format!("cannot delete the old backup {}", path.display()),
            source,
        })?;
        deleted.push(path);
    }
    Ok(deleted)
}

/// The automatic backups in `dir` with their time stamps; an unreadable folder has none.
fn auto_backups(dir: &Path) -> Vec<(NaiveDateTime, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let at = parse_auto_name(entry.file_name().to_str()?)?;
            entry
                .file_type()
                .ok()?
                .is_file()
                .then(|| (at, entry.path()))
        })
        .collect()
}

fn create_folder(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|source| CoreError::Io {
        context: format!("cannot create the backup folder {}", dir.display()),
        source,
    })
}

/// The destination must be a file path in an existing folder; said before any work is done.
fn usable_destination(dest: &Path) -> Result<()> {
    if dest.is_dir() {
        return Err(destination_error(
            dest,
            std::io::Error::new(
                std::io::ErrorKind::IsADirectory,
                "it is a folder; name a file inside it, e.g. sponsor-desk-backup.sqlite",
            ),
        ));
    }
    let folder = dest.parent().filter(|p| !p.as_os_str().is_empty());
    if let Some(folder) = folder {
        if !folder.is_dir() {
            return Err(destination_error(
                dest,
                std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    format!(
                        "the folder {} does not exist; create it or choose another",
                        folder.display()
                    ),
                ),
            ));
        }
    }
    Ok(())
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Makes a rename durable; best effort, since not every file system can sync a folder.
fn sync_folder(path: &Path) {
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if let Ok(dir) = std::fs::File::open(folder) {
            let _ = dir.sync_all();
        }
    }
}

/// A problem writing the backup file (exit 3 in the CLI: the user named an unusable place).
fn destination_error(path: &Path, source: std::io::Error) -> CoreError {
    CoreError::Io {
        context: format!("cannot write the backup {}", path.display()),
        source,
    }
}

/// SQLite failing on the destination side: cannot open, disk full, read-only.
fn sqlite_destination_error(path: &Path, error: rusqlite::Error) -> CoreError {
    use rusqlite::ErrorCode as Code;
    match error.sqlite_error_code() {
        Some(Code::CannotOpen | Code::DiskFull | Code::ReadOnly | Code::PermissionDenied) => {
            destination_error(path, std::io::Error::other(error))
        }
        _ => CoreError::Database(error),
    }
}

fn unreadable(path: &Path, error: rusqlite::Error) -> CoreError {
    damaged(path, &format!("it cannot be read as a database ({error})"))
}

fn damaged(path: &Path, why: &str) -> CoreError {
    CoreError::Database(rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
        Some(format!(
            "{} is not a usable Sponsor Desk database: {why}",
            path.display()
        )),
    ))
}

#[cfg(test)]
mod tests;
