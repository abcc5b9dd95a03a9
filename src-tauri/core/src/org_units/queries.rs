//! Reading and writing org units, each write with its history row in the caller's transaction.
//! Deleting a unit that people, sub-units or initiatives still use is refused, never cascaded.

use rusqlite::types::ToSql;
use rusqlite::{Connection, Row, Transaction};

use super::model::{OrgUnit, OrgUnitInput};
use super::validate::check;
use crate::error::{CoreError, Result};
use crate::history::{self, HistoryAction};
use crate::store::{all_rows, one_row, row_params};
use crate::validate::{into_result, record_label};
use crate::Id;

const ENTITY: &str = "org_units";

fn from_row(r: &Row) -> rusqlite::Result<OrgUnit> {
    Ok(OrgUnit {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: r.get(2)?,
        parent_id: r.get(3)?,
        notes: r.get(4)?,
        created_at: r.get(5)?,
        updated_at: r.get(6)?,
    })
}

/// The columns `from_row` reads, as one literal so statements can be built with `concat!`.
macro_rules! select_org_units {
    () => {
        "SELECT id, name, kind, parent_id, notes, created_at, updated_at FROM org_units"
    };
}

/// Every org unit, by name.
pub fn list(conn: &Connection) -> Result<Vec<OrgUnit>> {
    all_rows(
        conn,
        concat!(select_org_units!(), " ORDER BY name COLLATE NOCASE, id"),
        [],
        from_row,
    )
}

/// Every org unit, by id (export).
pub(crate) fn list_by_id(conn: &Connection) -> Result<Vec<OrgUnit>> {
    all_rows(
        conn,
        concat!(select_org_units!(), " ORDER BY id"),
        [],
        from_row,
    )
}

pub fn get(conn: &Connection, id: Id) -> Result<OrgUnit> {
    one_row(
        conn,
        concat!(select_org_units!(), " WHERE id = ?1"),
        "org unit",
        id,
        from_row,
    )
}

/// Inserts a row as given (`id` None lets SQLite choose). Used by create and by import.
pub(crate) fn insert(
    tx: &Transaction,
    id: Option<Id>,
    input: &OrgUnitInput,
    created_at: &str,
    updated_at: &str,
) -> Result<Id> {
    tx.prepare_cached(
        "INSERT INTO org_units (id, name, kind, parent_id, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(row_params(
        &id,
        &columns(input),
        &[&created_at, &updated_at],
    ))?;
    Ok(tx.last_insert_rowid())
}

/// `?2..` of the insert and update statements.
fn columns(u: &OrgUnitInput) -> [&dyn ToSql; 4] {
    [&u.name, &u.kind, &u.parent_id, &u.notes]
}

fn normalized(input: &OrgUnitInput) -> OrgUnitInput {
    OrgUnitInput {
        name: input.name.trim().to_string(),
        ..input.clone()
    }
}

pub fn create(tx: &Transaction, input: &OrgUnitInput) -> Result<OrgUnit> {
    create_at(tx, input, &history::now())
}

/// As `create`, stamped `at` (the demo's deterministic clock).
pub(crate) fn create_at(tx: &Transaction, input: &OrgUnitInput, at: &str) -> Result<OrgUnit> {
    into_result(
        record_label("org unit", None, &input.name),
        check(tx, None, input)?,
    )?;
    let id = insert(tx, None, &normalized(input), at, at)?;
    let unit = get(tx, id)?;
    history::record_at(tx, at, ENTITY, id, HistoryAction::Create, None, Some(&unit))?;
    Ok(unit)
}

pub fn update(tx: &Transaction, id: Id, input: &OrgUnitInput) -> Result<OrgUnit> {
    let old = get(tx, id)?;
    into_result(
        record_label("org unit", Some(id), &input.name),
        check(tx, Some(id), input)?,
    )?;
    let input = normalized(input);
    tx.prepare_cached(
        "UPDATE org_units SET name = ?2, kind = ?3, parent_id = ?4, notes = ?5, updated_at = ?6
         WHERE id = ?1",
    )?
    .execute(row_params(&id, &columns(&input), &[&history::now()]))?;
    history::updated(tx, ENTITY, id, &old, get(tx, id)?)
}

/// Deletes a unit nobody uses; otherwise a Conflict saying what to move or remove first.
pub fn delete(tx: &Transaction, id: Id) -> Result<()> {
    let old = get(tx, id)?;
    let count =
        |sql: &str| -> Result<i64> { Ok(tx.prepare_cached(sql)?.query_row([id], |r| r.get(0))?) };
    let children = count("SELECT count(*) FROM org_units WHERE parent_id = ?1")?;
    let sponsors = count("SELECT count(*) FROM sponsors WHERE org_unit_id = ?1")?;
    let initiatives = count("SELECT count(*) FROM initiative_org_units WHERE org_unit_id = ?1")?;
    let mut uses = Vec::new();
    if children > 0 {
        uses.push(format!(
            "{children} sub-unit(s) (move them to another parent or delete them)"
        ));
    }
    if sponsors > 0 {
        uses.push(format!("{sponsors} sponsor(s) (move them to another unit)"));
    }
    if initiatives > 0 {
        uses.push(format!(
            "{initiatives} initiative(s) that span it (remove the unit from them)"
        ));
    }
    if !uses.is_empty() {
        return Err(CoreError::Conflict {
            field: None,
            message: format!(
                "Org unit \"{}\" is still used by {}; do that first, then delete it",
                old.name,
                uses.join(", ")
            ),
        });
    }
    tx.prepare_cached("DELETE FROM org_units WHERE id = ?1")?
        .execute([id])?;
    history::deleted(tx, ENTITY, id, &old)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{fields_of, unit};
    use crate::Store;

    #[test]
    fn create_update_delete_each_leave_history() {
        let mut store = Store::open_in_memory().unwrap();
        let id = store
            .write(|tx| Ok(create(tx, &unit("  Web  ", None))?.id))
            .unwrap();
        assert_eq!(get(store.conn(), id).unwrap().name, "Web");
        store
            .write(|tx| update(tx, id, &unit("Web team", None)))
            .unwrap();
        store.write(|tx| delete(tx, id)).unwrap();
        let actions: Vec<HistoryAction> = history::list_for(store.conn(), ENTITY, id)
            .unwrap()
            .iter()
            .map(|e| e.action)
            .collect();
        assert_eq!(
            actions,
            [
                HistoryAction::Delete,
                HistoryAction::Update,
                HistoryAction::Create
            ]
        );
        assert!(matches!(
            get(store.conn(), id),
            Err(CoreError::NotFound { .. })
        ));
    }

    #[test]
    fn names_and_parents_are_checked() {
        let mut store = Store::open_in_memory().unwrap();
        let err = store
            .write(|tx| create(tx, &unit(&"x".repeat(201), Some(99))))
            .unwrap_err();
        assert_eq!(fields_of(err), ["name", "parent_id"]);
        let err = store.write(|tx| create(tx, &unit("", None))).unwrap_err();
        assert_eq!(err.field(), Some("name"));
    }

    #[test]
    fn a_parent_loop_is_refused() {
        let mut store = Store::open_in_memory().unwrap();
        let (a, b, c) = store
            .write(|tx| {
                let a = create(tx, &unit("A", None))?.id;
                let b = create(tx, &unit("B", Some(a)))?.id;
                let c = create(tx, &unit("C", Some(b)))?.id;
                Ok((a, b, c))
            })
            .unwrap();
        let own = check(store.conn(), Some(a), &unit("A", Some(a))).unwrap();
        assert!(own[0].message.contains("own parent"), "{own:?}");
        let loop3 = check(store.conn(), Some(a), &unit("A", Some(c))).unwrap();
        assert!(loop3[0].message.contains("C → B → A"), "{loop3:?}");
        assert!(check(store.conn(), Some(c), &unit("C", Some(a)))
            .unwrap()
            .is_empty());
        let _ = b;
    }

    #[test]
    fn deleting_a_unit_in_use_is_a_conflict_that_says_what_to_do() {
        let mut store = Store::open_in_memory().unwrap();
        let a = store
            .write(|tx| {
                let a = create(tx, &unit("Products", None))?.id;
                create(tx, &unit("Web", Some(a)))?;
                Ok(a)
            })
            .unwrap();
        let err = store.write(|tx| delete(tx, a)).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::Conflict);
        assert!(err.to_string().contains("1 sub-unit(s)"), "{err}");
    }
}
