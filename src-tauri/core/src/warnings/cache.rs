//! The last loaded snapshot of each open store, and the warnings evaluated over it, reused while
//! the database is unchanged: the warnings list, what-if, the views and the packs then skip
//! reloading 100,000 rows. A cached value is used only when
//! - the connection belongs to an open `Store` (registered at open, forgotten when dropped, so
//!   a closed connection's entry can never be mistaken for a new one's),
//! - no transaction is open on it (a rolled-back write would leave no trace in the counters),
//! - and the connection's own change count (`total_changes`) and SQLite's `data_version` (which
//!   moves when another connection commits) are both what they were when it was loaded.
//!
//! Any write therefore invalidates everything; the next read reloads.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use chrono::NaiveDate;
use rusqlite::Connection;

use super::model::Warning;
use super::snapshot::{load_snapshot, Snapshot};
use crate::error::Result;
use crate::settings::{self, Settings};

/// How many as-of dates keep their evaluation (today, and a what-if date or two).
const DATES_KEPT: usize = 4;

type Version = (i64, u64);

struct Entry {
    version: Version,
    snapshot: Arc<Snapshot>,
    settings: Arc<Settings>,
    evaluated: Vec<(NaiveDate, Arc<Vec<Warning>>)>,
}

/// Open stores by connection handle; `None` until something was loaded.
static ENTRIES: Mutex<Option<HashMap<usize, Option<Entry>>>> = Mutex::new(None);

fn entries() -> MutexGuard<'static, Option<HashMap<usize, Option<Entry>>>> {
    // A panic while holding the lock leaves at worst a stale entry that the version check
    // rejects; carrying on is safe.
    ENTRIES.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The connection's identity for as long as it is open.
fn handle(conn: &Connection) -> usize {
    // SAFETY: the pointer is only used as a number to tell connections apart, never
    // dereferenced.
    unsafe { conn.handle() as usize }
}

/// Called when a store opens its connection.
pub(crate) fn register(conn: &Connection) {
    entries()
        .get_or_insert_with(HashMap::new)
        .insert(handle(conn), None);
}

/// Called when a store closes: its handle may be reused by the next connection.
pub(crate) fn forget(conn: &Connection) {
    if let Some(map) = entries().as_mut() {
        map.remove(&handle(conn));
    }
}

/// The version to cache under, or none when caching is off for this connection right now.
fn version(conn: &Connection) -> Result<Option<Version>> {
    let registered = entries()
        .as_ref()
        .is_some_and(|map| map.contains_key(&handle(conn)));
    if !registered || !conn.is_autocommit() {
        return Ok(None);
    }
    let data_version: i64 = conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
    Ok(Some((data_version, conn.total_changes())))
}

/// The current snapshot and settings, loaded or reused.
pub(crate) fn snapshot(conn: &Connection) -> Result<(Arc<Snapshot>, Arc<Settings>)> {
    let Some(version) = version(conn)? else {
        return Ok((
            Arc::new(load_snapshot(conn)?),
            Arc::new(settings::get(conn)?),
        ));
    };
    if let Some(Some(entry)) = entries()
        .as_ref()
        .and_then(|map| map.get(&handle(conn)))
        .filter(|e| e.as_ref().is_some_and(|e| e.version == version))
    {
        return Ok((entry.snapshot.clone(), entry.settings.clone()));
    }
    let snapshot = Arc::new(load_snapshot(conn)?);
    let settings = Arc::new(settings::get(conn)?);
    if let Some(slot) = entries()
        .as_mut()
        .and_then(|map| map.get_mut(&handle(conn)))
    {
        *slot = Some(Entry {
            version,
            snapshot: snapshot.clone(),
            settings: settings.clone(),
            evaluated: Vec::new(),
        });
    }
    Ok((snapshot, settings))
}

/// Every warning as of `as_of` (before acknowledgements are applied), evaluated or reused.
pub(crate) fn evaluated(conn: &Connection, as_of: NaiveDate) -> Result<Arc<Vec<Warning>>> {
    let (snapshot, settings) = snapshot(conn)?;
    let key = Arc::as_ptr(&snapshot);
    let same_entry = |e: &Entry| Arc::as_ptr(&e.snapshot) == key;
    if let Some(found) = entries()
        .as_ref()
        .and_then(|map| map.get(&handle(conn)))
        .and_then(Option::as_ref)
        .filter(|e| same_entry(e))
        .and_then(|e| e.evaluated.iter().find(|(on, _)| *on == as_of))
        .map(|(_, w)| w.clone())
    {
        return Ok(found);
    }
    let warnings = Arc::new(super::evaluate(&snapshot, &settings, as_of));
    if let Some(entry) = entries()
        .as_mut()
        .and_then(|map| map.get_mut(&handle(conn)))
        .and_then(Option::as_mut)
        .filter(|e| same_entry(e))
    {
        if entry.evaluated.len() >= DATES_KEPT {
            entry.evaluated.remove(0);
        }
        entry.evaluated.push((as_of, warnings.clone()));
    }
    Ok(warnings)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::snapshot;
    use crate::testing::date;
    use crate::warnings::{list, WarningCode};
    use crate::Store;

    const ACTIVE_UNSPONSORED: &str =
        "INSERT INTO initiatives (name, kind, status, created_at, updated_at)
         VALUES ('Knowledge Base', 'programme', 'active', 'x', 'x')";

    #[test]
    fn reused_while_unchanged_and_reloaded_after_any_write() {
        let mut store = Store::open_in_memory().unwrap();
        let day = date("2026-06-15");
        let first = snapshot(store.conn()).unwrap().0;
        assert!(Arc::ptr_eq(&first, &snapshot(store.conn()).unwrap().0));
        assert!(list(store.conn(), day).unwrap().is_empty());

        // A write outside Store::write is seen too (the connection's change count moved).
        store.conn().execute(ACTIVE_UNSPONSORED, []).unwrap();
        assert!(!Arc::ptr_eq(&first, &snapshot(store.conn()).unwrap().0));
        let warned = list(store.conn(), day).unwrap();
        assert!(warned.iter().any(|w| w.code == WarningCode::Orphaned));

        store
            .write(|tx| {
                tx.execute("DELETE FROM initiatives", [])?;
                Ok(())
            })
            .unwrap();
        assert!(list(store.conn(), day).unwrap().is_empty());
    }

    /// The as-of dates whose evaluation the cache holds for `conn`.
    fn evaluated_dates(conn: &rusqlite::Connection) -> Vec<chrono::NaiveDate> {
        super::entries()
            .as_ref()
            .and_then(|map| map.get(&super::handle(conn)))
            .and_then(Option::as_ref)
            .map(|e| e.evaluated.iter().map(|(on, _)| *on).collect())
            .unwrap_or_default()
    }

    #[test]
    fn prepare_leaves_the_day_evaluated_for_the_list_to_reuse() {
        let store = Store::open_in_memory().unwrap();
        store.conn().execute(ACTIVE_UNSPONSORED, []).unwrap();
        let day = date("2026-06-15");
        assert!(evaluated_dates(store.conn()).is_empty());
        crate::warnings::prepare(store.conn(), day).unwrap();
        assert_eq!(evaluated_dates(store.conn()), vec![day]);
        let warned = list(store.conn(), day).unwrap();
        assert!(warned.iter().any(|w| w.code == WarningCode::Orphaned));
        assert_eq!(
            evaluated_dates(store.conn()),
            vec![day],
            "reused, not evaluated again"
        );
    }

    #[test]
    fn a_write_rolled_back_leaves_no_stale_snapshot_behind() {
        let mut store = Store::open_in_memory().unwrap();
        let day = date("2026-06-15");
        assert!(list(store.conn(), day).unwrap().is_empty());
        let failed: crate::error::Result<()> = store.write(|tx| {
            tx.execute(ACTIVE_UNSPONSORED, [])?;
            // Read inside the transaction: sees the uncommitted row, and must not cache it.
            assert!(!list(tx, day)?.is_empty());
            Err(crate::CoreError::NotFound {
                kind: "test",
                id: 1,
            })
        });
        assert!(failed.is_err());
        assert!(list(store.conn(), day).unwrap().is_empty());
    }

    #[test]
    fn another_connection_s_commit_is_seen() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("two.db");
        let reader = Store::open(&path).unwrap();
        let day = date("2026-06-15");
        assert!(list(reader.conn(), day).unwrap().is_empty());
        let writer = Store::open(&path).unwrap();
        writer.conn().execute(ACTIVE_UNSPONSORED, []).unwrap();
        assert!(!list(reader.conn(), day).unwrap().is_empty());
    }
}
