//! The database health check: SQLite's integrity check and foreign-key check in one report.
//! Read-only: it reports problems and never repairs anything.

use rusqlite::Connection;
use serde::Serialize;

use crate::error::Result;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckReport {
    /// True when both lists are empty.
    pub ok: bool,
    /// The problems `PRAGMA integrity_check` found (empty when it says "ok").
    pub integrity: Vec<String>,
    /// One line per row whose reference points at a missing row.
    pub foreign_key_violations: Vec<String>,
}

pub(crate) fn run(conn: &Connection) -> Result<CheckReport> {
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let integrity: Vec<String> = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter(|line| line != "ok")
        .collect();
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    let foreign_key_violations = stmt
        .query_map([], |r| {
            let table: String = r.get(0)?;
            let rowid: Option<i64> = r.get(1)?;
            let parent: String = r.get(2)?;
            let row = rowid.map_or_else(|| "a row".to_string(), |id| format!("row {id}"));
            Ok(format!("{table} {row} refers to a missing {parent} row"))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(CheckReport {
        ok: integrity.is_empty() && foreign_key_violations.is_empty(),
        integrity,
        foreign_key_violations,
    })
}

#[cfg(test)]
mod tests {
    use crate::Store;

    #[test]
    fn a_fresh_database_is_healthy() {
        let store = Store::open_in_memory().unwrap();
        let report = store.check().unwrap();
        assert!(report.ok, "{report:?}");
    }

    #[test]
    fn a_dangling_reference_is_reported() {
        let store = Store::open_in_memory().unwrap();
        let conn = store.conn();
        conn.pragma_update(None, "foreign_keys", "OFF").unwrap();
        conn.execute(
            "INSERT INTO org_units (id, name, kind, parent_id, created_at, updated_at)
             VALUES (1, 'Web', 'team', 42, 'x', 'x')",
            [],
        )
        .unwrap();
        let report = store.check().unwrap();
        assert!(!report.ok);
        assert_eq!(
            report.foreign_key_violations,
            ["org_units row 1 refers to a missing org_units row"]
        );
    }
}
