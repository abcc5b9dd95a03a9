//! Numbered migrations (`migrations/NNNN_name.sql`, embedded in the binary) and their runner.
//! Each runs once, in its own IMMEDIATE transaction that also sets `PRAGMA user_version`.

use include_dir::{include_dir, Dir};
use rusqlite::{Connection, TransactionBehavior};

use crate::error::Result;

static MIGRATIONS: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/src/store/migrations");

/// One embedded migration: its number (the `NNNN` prefix) and its SQL.
pub(crate) struct Migration {
    pub number: i64,
    pub sql: &'static str,
}

/// Every embedded `NNNN_*.sql`, sorted by number. Files without a number prefix are ignored.
pub(crate) fn all() -> Vec<Migration> {
    let mut found: Vec<Migration> = MIGRATIONS
        .files()
        .filter_map(|file| {
            let name = file.path().file_name()?.to_str()?;
            let stem = name.strip_suffix(".sql")?;
            let (prefix, _) = stem.split_once('_')?;
            let number = prefix.parse().ok()?;
            Some(Migration {
                number,
                sql: file.contents_utf8()?,
            })
        })
        .collect();
    found.sort_by_key(|m| m.number);
    found
}

/// The highest schema version this binary knows.
pub fn latest_version() -> i64 {
    all().last().map_or(0, |m| m.number)
}

pub(crate) fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Applies every migration newer than the database, in order.
pub(crate) fn run(conn: &mut Connection) -> Result<()> {
    for migration in all() {
        // Re-read inside the transaction's lock: another process may have migrated meanwhile.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if user_version(&tx)? >= migration.number {
            continue;
        }
        tx.execute_batch(migration.sql)?;
        tx.pragma_update(None, "user_version", migration.number)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_numbered_from_one_without_gaps_or_repeats() {
        let numbers: Vec<i64> = all().iter().map(|m| m.number).collect();
        let expected: Vec<i64> = (1..=numbers.len() as i64).collect();
        assert_eq!(numbers, expected);
    }

    #[test]
    fn every_older_schema_migrates_to_the_latest() {
        for start in 0..latest_version() {
            let mut conn = Connection::open_in_memory().unwrap();
            for m in all().iter().filter(|m| m.number <= start) {
                conn.execute_batch(m.sql).unwrap();
                conn.pragma_update(None, "user_version", m.number).unwrap();
            }
            run(&mut conn).unwrap();
            assert_eq!(user_version(&conn).unwrap(), latest_version());
        }
    }
}
