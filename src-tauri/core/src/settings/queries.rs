//! Reading and writing settings: one row per top-level key, its value as JSON. Keys this version
//! does not know are left alone, so a newer version's settings survive an older one's save.

use rusqlite::{params, Connection, Transaction};

use super::model::Settings;
use super::validate::check;
use crate::error::{CoreError, Result};
use crate::history::{self, HistoryAction};

/// History rows for settings use this entity id: there is one settings record, not a table row.
const HISTORY_ID: crate::Id = 0;

/// The stored settings, with defaults for every key never saved.
pub fn get(conn: &Connection) -> Result<Settings> {
    let mut stmt = conn.prepare_cached("SELECT key, value FROM settings ORDER BY key")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut object = serde_json::Map::new();
    for row in rows {
        let (key, value) = row?;
        let value: serde_json::Value =
            serde_json::from_str(&value).map_err(|e| corrupt(&key, e))?;
        object.insert(key, value);
    }
    serde_json::from_value(serde_json::Value::Object(object)).map_err(|e| corrupt("settings", e))
}

/// Validates and saves every setting in the caller's transaction, with a history row.
pub fn set(tx: &Transaction, settings: &Settings) -> Result<Settings> {
    crate::validate::into_result("settings".to_string(), check(settings))?;
    let old = get(tx)?;
    let value = serde_json::to_value(settings).map_err(|e| corrupt("settings", e))?;
    let serde_json::Value::Object(fields) = value else {
        return Err(corrupt(
            "settings",
            "settings did not serialize to an object",
        ));
    };
    let mut stmt = tx.prepare_cached(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?;
    for (key, value) in &fields {
        stmt.execute(params![key, value.to_string()])?;
    }
    history::record(
        tx,
        "settings",
        HISTORY_ID,
        HistoryAction::Update,
        Some(&old),
        Some(settings),
    )?;
    get(tx)
}

/// Every stored row by key, its value as JSON (export: only what was saved, so an import writes
/// back the same rows and keys a newer version saved survive the round trip).
pub fn list_rows(conn: &Connection) -> Result<Vec<(String, serde_json::Value)>> {
    let mut stmt = conn.prepare_cached("SELECT key, value FROM settings ORDER BY key")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut all = Vec::new();
    for row in rows {
        let (key, value) = row?;
        let value = serde_json::from_str(&value).map_err(|e| corrupt(&key, e))?;
        all.push((key, value));
    }
    Ok(all)
}

/// Stores one row as exported (import; the caller validates the whole set first).
pub fn insert_row(tx: &Transaction, key: &str, value: &serde_json::Value) -> Result<()> {
    tx.prepare_cached("INSERT INTO settings (key, value) VALUES (?1, ?2)")?
        .execute(params![key, value.to_string()])?;
    Ok(())
}

/// A stored value that does not parse: the database was edited by hand or is damaged.
fn corrupt(key: &str, e: impl std::fmt::Display) -> CoreError {
    CoreError::Conflict {
        field: Some(key.to_string()),
        message: format!(
            "the stored setting '{key}' is unreadable ({e}); save the settings again to repair it"
        ),
    }
}
