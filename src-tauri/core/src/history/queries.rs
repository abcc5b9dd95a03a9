//! Writing and reading history rows. Rows are only ever added: nothing here updates or deletes.
//! The record's JSON before and after is stored as text, exactly as serde writes it.

use std::cell::Cell;

use chrono::{Duration, NaiveDateTime, SecondsFormat, Utc};
use rusqlite::{params, Connection, Row, Transaction};
use serde::Serialize;

use super::model::{HistoryAction, HistoryEntry};
use super::stored::StoredJson;
use crate::error::Result;
use crate::store::all_rows;
use crate::Id;

thread_local! {
    /// While the demo fills a database, "now" is its own clock: a start time and the seconds
    /// handed out so far. Then the features' ordinary writes (which stamp `now()`) give the same
    /// timestamps every run, so the same seed and date give the same database. Only
    /// `pin_clock` sets it, and its guard clears it again; it is per thread, never shared.
    static PINNED: Cell<Option<(NaiveDateTime, i64)>> = const { Cell::new(None) };
}

/// Now, as every timestamp in the store is written: RFC 3339, UTC, milliseconds.
pub fn now() -> String {
    let pinned = PINNED.with(|pinned| {
        let (start, ticks) = pinned.get()?;
        pinned.set(Some((start, ticks + 1)));
        Some(start + Duration::seconds(ticks + 1))
    });
    match pinned {
        Some(at) => at.and_utc().to_rfc3339_opts(SecondsFormat::Millis, true),
        None => Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true),
    }
}

/// Unpins the clock when dropped (also when the demo fails half way).
pub(crate) struct PinnedClock(());

impl Drop for PinnedClock {
    fn drop(&mut self) {
        PINNED.with(|pinned| pinned.set(None));
    }
}

/// Makes `now()` tick one second per call from `start` until the guard is dropped (demo only).
pub(crate) fn pin_clock(start: NaiveDateTime) -> PinnedClock {
    PINNED.with(|pinned| pinned.set(Some((start, 0))));
    PinnedClock(())
}

/// Records one change of `entity` (the table name) row `id`, stamped now.
pub fn record<T: Serialize>(
    tx: &Transaction,
    entity: &str,
    id: Id,
    action: HistoryAction,
    old: Option<&T>,
    new: Option<&T>,
) -> Result<()> {
    record_at(tx, &now(), entity, id, action, old, new)
}

/// As `record`, with the time given: the demo stamps its rows from its anchor date.
pub(crate) fn record_at<T: Serialize>(
    tx: &Transaction,
    at: &str,
    entity: &str,
    id: Id,
    action: HistoryAction,
    old: Option<&T>,
    new: Option<&T>,
) -> Result<()> {
    let old = old
        .map(serde_json::to_value)
        .transpose()
        .map_err(json_error)?;
    let new = new
        .map(serde_json::to_value)
        .transpose()
        .map_err(json_error)?;
    tx.prepare_cached(
        "INSERT INTO history (at, entity, entity_id, action, old_values, new_values)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![at, entity, id, action, old, new])?;
    Ok(())
}

/// Records an update of `id` from `old` to `new` and hands `new` back: every update ends so.
pub(crate) fn updated<T: Serialize>(
    tx: &Transaction,
    entity: &str,
    id: Id,
    old: &T,
    new: T,
) -> Result<T> {
    record(tx, entity, id, HistoryAction::Update, Some(old), Some(&new))?;
    Ok(new)
}

/// Records that `id`, last seen as `old`, was deleted.
pub(crate) fn deleted<T: Serialize>(tx: &Transaction, entity: &str, id: Id, old: &T) -> Result<()> {
    record(tx, entity, id, HistoryAction::Delete, Some(old), None)
}

/// Inserts a history row as it was exported, id included (import only).
pub(crate) fn insert_verbatim(tx: &Transaction, entry: &HistoryEntry) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO history (id, at, entity, entity_id, action, old_values, new_values)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        entry.id,
        entry.at,
        entry.entity,
        entry.entity_id,
        entry.action,
        entry.old_values,
        entry.new_values
    ])?;
    Ok(())
}

fn from_row(r: &Row) -> rusqlite::Result<HistoryEntry> {
    Ok(HistoryEntry {
        id: r.get(0)?,
        at: r.get(1)?,
        entity: r.get(2)?,
        entity_id: r.get(3)?,
        action: r.get(4)?,
        old_values: r.get(5)?,
        new_values: r.get(6)?,
    })
}

/// The changes of one record, newest first.
pub fn list_for(conn: &Connection, entity: &str, id: Id) -> Result<Vec<HistoryEntry>> {
    let sql = "SELECT id, at, entity, entity_id, action, old_values, new_values FROM history
               WHERE entity = ?1 AND entity_id = ?2 ORDER BY at DESC, id DESC";
    all_rows(conn, sql, params![entity, id], from_row)
}

/// Every history row by id (export).
pub(crate) fn list_all(conn: &Connection) -> Result<Vec<HistoryEntry>> {
    let sql = "SELECT id, at, entity, entity_id, action, old_values, new_values FROM history
               ORDER BY id";
    all_rows(conn, sql, [], from_row)
}

/// A history row as exported, its JSON still as stored (see `stored`): the same fields, names
/// and order as `HistoryEntry`, so it serializes to the same text.
#[derive(Serialize)]
pub(crate) struct StoredEntry {
    id: Id,
    at: String,
    entity: String,
    entity_id: Id,
    action: HistoryAction,
    old_values: Option<StoredJson>,
    new_values: Option<StoredJson>,
}

/// Every history row by id, for the export to write without parsing its JSON.
pub(crate) fn list_all_stored(conn: &Connection) -> Result<Vec<StoredEntry>> {
    let sql = "SELECT id, at, entity, entity_id, action, old_values, new_values FROM history
               ORDER BY id";
    all_rows(conn, sql, [], |r| {
        Ok(StoredEntry {
            id: r.get(0)?,
            at: r.get(1)?,
            entity: r.get(2)?,
            entity_id: r.get(3)?,
            action: r.get(4)?,
            old_values: r.get::<_, Option<String>>(5)?.map(StoredJson),
            new_values: r.get::<_, Option<String>>(6)?.map(StoredJson),
        })
    })
}

fn json_error(e: serde_json::Error) -> crate::CoreError {
    crate::CoreError::Database(rusqlite::Error::ToSqlConversionFailure(Box::new(e)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    #[test]
    fn records_and_lists_newest_first() {
        let mut store = Store::open_in_memory().unwrap();
        store
            .write(|tx| {
                record(
                    tx,
                    "sponsors",
                    1,
                    HistoryAction::Create,
                    None,
                    Some(&serde_json::json!({"name": "Ada"})),
                )?;
                record_at(
                    tx,
                    "2999-01-01T00:00:00.000Z",
                    "sponsors",
                    1,
                    HistoryAction::Update,
                    Some(&serde_json::json!({"name": "Ada"})),
                    Some(&serde_json::json!({"name": "Ada L."})),
                )?;
                record(tx, "sponsors", 2, HistoryAction::Create, None, Some(&1))
            })
            .unwrap();
        let entries = list_for(store.conn(), "sponsors", 1).unwrap();
        let actions: Vec<HistoryAction> = entries.iter().map(|e| e.action).collect();
        assert_eq!(actions, [HistoryAction::Update, HistoryAction::Create]);
        assert_eq!(
            entries[0].new_values,
            Some(serde_json::json!({"name": "Ada L."}))
        );
        assert_eq!(entries[1].old_values, None);
        assert!(entries[1].at.ends_with('Z'));
        chrono::DateTime::parse_from_rfc3339(&entries[1].at).unwrap();
        assert_eq!(list_all(store.conn()).unwrap().len(), 3);
    }
}
