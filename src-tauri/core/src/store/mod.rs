//! The SQLite store: opening a file, its pragmas, and the one-writer transaction helper.
//! It never formats user data into SQL and never touches a database newer than it understands.

pub mod backup;
mod check;
pub mod faults;
mod migrate;

use std::path::{Path, PathBuf};

use rusqlite::types::ToSql;
use rusqlite::{
    Connection, ErrorCode as SqliteCode, Params, Row, Transaction, TransactionBehavior,
};

pub use check::CheckReport;
pub use migrate::latest_version;

use crate::error::{CoreError, Result};

/// Milliseconds a writer waits for another connection's lock before giving up.
const BUSY_TIMEOUT_MS: u64 = 5000;

pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (creating if missing, never its folder) the database at `path` and migrates it.
    pub fn open(path: &Path) -> Result<Store> {
        let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
        if let Some(folder) = parent {
            if !folder.is_dir() {
                return Err(CoreError::Io {
                    context: format!(
                        "cannot open the database {}: the folder {} does not exist (create it first or pick another path)",
                        path.display(),
                        folder.display()
                    ),
                    source: std::io::Error::from(std::io::ErrorKind::NotFound),
                });
            }
        }
        let conn = Connection::open(path).map_err(|e| not_a_database(path, e))?;
        Store::prepare(conn, Some(path.to_path_buf()))
    }

    /// A private database that lives as long as the store: for tests and previews.
    pub fn open_in_memory() -> Result<Store> {
        Store::prepare(Connection::open_in_memory()?, None)
    }

    fn prepare(conn: Connection, path: Option<PathBuf>) -> Result<Store> {
        let show = |e| match &path {
            Some(p) => not_a_database(p, e),
            None => CoreError::Database(e),
        };
        conn.busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS))
            .map_err(show)?;
        // The version guard comes before any pragma that writes (journal_mode rewrites the
        // header), so a newer database is left byte for byte as it was.
        let found = migrate::user_version(&conn).map_err(show)?;
        let supported = latest_version();
        if found > supported {
            return Err(CoreError::NewerSchema { found, supported });
        }
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(show)?;
        // WAL lets readers work beside the one writer; FULL makes a logged commitment survive
        // power loss, as SQLite advises for WAL when durability matters.
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(show)?;
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(show)?;
        let mut store = Store { conn, path };
        migrate::run(&mut store.conn)?;
        crate::warnings::cache::register(&store.conn);
        Ok(store)
    }

    /// The connection for reads.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs one user action in one IMMEDIATE transaction: committed when `action` returns Ok,
    /// rolled back (history included) when it returns Err.
    pub fn write<T>(&mut self, action: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = action(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// The schema version (`PRAGMA user_version`) of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(migrate::user_version(&self.conn)?)
    }

    /// The file behind the store; none for an in-memory store.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// SQLite's integrity check and foreign-key check, as one report.
    pub fn check(&self) -> Result<CheckReport> {
        check::run(&self.conn)
    }

    /// Whether nothing is stored yet: the window then offers its first-run welcome.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(record_count(&self.conn)? == 0)
    }
}

/// Runs a read and collects every row through `map`.
pub(crate) fn all_rows<T, P: Params>(
    conn: &Connection,
    sql: &str,
    params: P,
    map: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params, map)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The one row with `id` (`?1` in `sql`), or `NotFound` naming the `kind` of record.
pub(crate) fn one_row<T>(
    conn: &Connection,
    sql: &str,
    kind: &'static str,
    id: crate::Id,
    map: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<T> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached(sql)?
        .query_row([id], map)
        .optional()?
        .ok_or(CoreError::NotFound { kind, id })
}

/// The parameters of an insert or update laid out as every table's statements expect them:
/// `?1` the id, then the record's columns, then the timestamps.
pub(crate) fn row_params<'a>(
    id: &'a dyn ToSql,
    columns: &[&'a dyn ToSql],
    stamps: &[&'a dyn ToSql],
) -> rusqlite::ParamsFromIter<Vec<&'a dyn ToSql>> {
    let mut all = Vec::with_capacity(1 + columns.len() + stamps.len());
    all.push(id);
    all.extend_from_slice(columns);
    all.extend_from_slice(stamps);
    rusqlite::params_from_iter(all)
}

/// How many tables hold records (every table but the derived search index; history and settings
/// included): zero means empty, the only state import and demo write into.
pub(crate) fn record_count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM org_units) + EXISTS (SELECT 1 FROM sponsors) +
       EXISTS (SELECT 1 FROM initiatives) +
       EXISTS (SELECT 1 FROM initiative_org_units) +
       EXISTS (SELECT 1 FROM initiative_milestones) +
       EXISTS (SELECT 1 FROM initiative_assessments) +
       EXISTS (SELECT 1 FROM sponsorships) +
       EXISTS (SELECT 1 FROM touchpoints) +
       EXISTS (SELECT 1 FROM touchpoint_sponsors) +
       EXISTS (SELECT 1 FROM touchpoint_items) +
       EXISTS (SELECT 1 FROM settings) + EXISTS (SELECT 1 FROM warning_acks) +
       EXISTS (SELECT 1 FROM committees) +
       EXISTS (SELECT 1 FROM committee_members) +
       EXISTS (SELECT 1 FROM meetings) +
       EXISTS (SELECT 1 FROM meeting_attendance) +
       EXISTS (SELECT 1 FROM agenda_items) + EXISTS (SELECT 1 FROM decisions) +
       EXISTS (SELECT 1 FROM decision_initiatives) +
       EXISTS (SELECT 1 FROM actions) + EXISTS (SELECT 1 FROM quick_wins) +
       EXISTS (SELECT 1 FROM quick_win_evidence) +
       EXISTS (SELECT 1 FROM quick_win_sponsors) +
       EXISTS (SELECT 1 FROM stories) + EXISTS (SELECT 1 FROM story_tags) +
       EXISTS (SELECT 1 FROM story_quotes) +
       EXISTS (SELECT 1 FROM story_impacts) +
       EXISTS (SELECT 1 FROM story_usages) + EXISTS (SELECT 1 FROM metrics) +
       EXISTS (SELECT 1 FROM metric_values) + EXISTS (SELECT 1 FROM history)",
        [],
        |r| r.get(0),
    )?)
}

/// Turns "file is not a database" and "cannot open" into an error that names the path.
fn not_a_database(path: &Path, e: rusqlite::Error) -> CoreError {
    match e.sqlite_error_code() {
        Some(SqliteCode::NotADatabase) => CoreError::Io {
            context: format!(
                "{} is not a Sponsor Desk database (it is some other kind of file)",
                path.display()
            ),
            source: std::io::Error::new(std::io::ErrorKind::InvalidData, e),
        },
        Some(SqliteCode::CannotOpen) => CoreError::Io {
            context: format!(
                "cannot open the database {} (make the file and its folder readable and writable)",
                path.display()
            ),
            source: std::io::Error::other(e),
        },
        _ => CoreError::Database(e),
    }
}

impl Drop for Store {
    /// The closed connection's cached snapshot goes with it (see `warnings::cache`).
    fn drop(&mut self) {
        crate::warnings::cache::forget(&self.conn);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_memory_store_is_migrated_to_the_latest_version() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(store.schema_version().unwrap(), latest_version());
        assert!(store.path().is_none());
    }

    #[test]
    fn write_rolls_back_on_error() {
        let mut store = Store::open_in_memory().unwrap();
        let result: Result<()> = store.write(|tx| {
            tx.execute(
                "INSERT INTO history (at, entity, entity_id, action) VALUES ('x', 'sponsors', 1, 'create')",
                [],
            )?;
            Err(CoreError::Conflict { field: None, message: "stop".into() })
        });
        assert!(result.is_err());
        let n: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM history", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0);
    }

    #[test]
    fn missing_folder_is_an_io_error_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nope").join("desk.db");
        let err = Store::open(&path).err().unwrap();
        assert_eq!(err.code(), crate::ErrorCode::Io);
        assert!(err.to_string().contains("nope"), "{err}");
        assert!(!dir.path().join("nope").exists());
    }

    #[test]
    fn a_file_that_is_not_a_database_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.db");
        std::fs::write(
            &path,
            "this is a text file, not SQLite, and it is long enough to look",
        )
        .unwrap();
        let err = Store::open(&path).err().unwrap();
        assert_eq!(err.code(), crate::ErrorCode::Io);
        assert!(err.to_string().contains("notes.db"), "{err}");
    }
}
