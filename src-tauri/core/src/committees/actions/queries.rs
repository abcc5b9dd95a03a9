//! Reading and writing action items, and the lists that show them with owners and sources
//! (the overdue list among them). Each write adds a history row in the caller's transaction.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::model::{ActionInput, ActionItem, ActionQuery, ActionStatus, ActionView};
use super::validate::check;
use crate::committees::text::name_or_none;
use crate::error::{CoreError, Result};
use crate::history::{self, HistoryAction};
use crate::validate::{into_result, record_label};
use crate::Id;

pub(crate) const ENTITY: &str = "actions";

const COLUMNS: &str = "a.id, a.text, a.owner_sponsor_id, a.owner_name, a.due_on, a.status,
        a.meeting_id, a.decision_id, a.completed_on, a.created_at, a.updated_at";

fn from_row(r: &Row, at: usize) -> rusqlite::Result<ActionItem> {
    Ok(ActionItem {
        id: r.get(at)?,
        text: r.get(at + 1)?,
        owner_sponsor_id: r.get(at + 2)?,
        owner_name: r.get(at + 3)?,
        due_on: r.get(at + 4)?,
        status: r.get(at + 5)?,
        meeting_id: r.get(at + 6)?,
        decision_id: r.get(at + 7)?,
        completed_on: r.get(at + 8)?,
        created_at: r.get(at + 9)?,
        updated_at: r.get(at + 10)?,
    })
}

pub fn get(conn: &Connection, id: Id) -> Result<ActionItem> {
    let sql = format!("SELECT {COLUMNS} FROM actions a WHERE a.id = ?1");
    conn.prepare_cached(&sql)?
        .query_row([id], |r| from_row(r, 0))
        .optional()?
        .ok_or(CoreError::NotFound { kind: "action", id })
}

/// Every action by id (export).
pub fn list_all(conn: &Connection) -> Result<Vec<ActionItem>> {
    let sql = format!("SELECT {COLUMNS} FROM actions a ORDER BY a.id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], |r| from_row(r, 0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The actions raised at a meeting, by due date then id.
pub fn for_meeting(conn: &Connection, meeting_id: Id) -> Result<Vec<ActionItem>> {
    let sql =
        format!("SELECT {COLUMNS} FROM actions a WHERE a.meeting_id = ?1 ORDER BY a.due_on, a.id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([meeting_id], |r| from_row(r, 0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Actions with owners and sources, as of `as_of` (for `overdue`), by due date then id.
/// ?1 status, ?2 committee, ?3 meeting, ?4 owner sponsor (each NULL for any), ?5 as of, and
/// ?6 = 1 for open actions due before the as-of date only.
fn views(
    conn: &Connection,
    query: &ActionQuery,
    as_of: NaiveDate,
    overdue_only: bool,
) -> Result<Vec<ActionView>> {
    let sql = format!(
        "SELECT {COLUMNS}, coalesce(s.name, a.owner_name), coalesce(m.scheduled_on, dm.scheduled_on),
                c.id, c.name, d.title
         FROM actions a
         LEFT JOIN sponsors s ON s.id = a.owner_sponsor_id
         LEFT JOIN meetings m ON m.id = a.meeting_id
         LEFT JOIN decisions d ON d.id = a.decision_id
         LEFT JOIN meetings dm ON dm.id = d.meeting_id
         LEFT JOIN committees c ON c.id = coalesce(m.committee_id, dm.committee_id)
         WHERE (?1 IS NULL OR a.status = ?1)
           AND (?2 IS NULL OR c.id = ?2)
           AND (?3 IS NULL OR a.meeting_id = ?3)
           AND (?4 IS NULL OR a.owner_sponsor_id = ?4)
           AND (?6 = 0 OR (a.status = 'open' AND a.due_on < ?5))
         ORDER BY a.due_on, a.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(
        params![
            query.status,
            query.committee_id,
            query.meeting_id,
            query.owner_sponsor_id,
            as_of,
            overdue_only
        ],
        |r| {
            let action = from_row(r, 0)?;
            let overdue = action.status == ActionStatus::Open && action.due_on < as_of;
            Ok(ActionView {
                days_overdue: if overdue {
                    (as_of - action.due_on).num_days()
                } else {
                    0
                },
                overdue,
                owner: r.get::<_, Option<String>>(11)?.unwrap_or_default(),
                meeting_on: r.get(12)?,
                committee_id: r.get(13)?,
                committee_name: r.get(14)?,
                decision_title: r.get(15)?,
                action,
            })
        },
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Actions matching `query`, with owners and sources, `overdue` judged on `as_of`.
pub fn list(conn: &Connection, query: &ActionQuery, as_of: NaiveDate) -> Result<Vec<ActionView>> {
    views(conn, query, as_of, false)
}

/// Open actions due before `as_of`, most overdue first (by due date, then id).
pub fn overdue_actions(conn: &Connection, as_of: NaiveDate) -> Result<Vec<ActionView>> {
    views(conn, &ActionQuery::default(), as_of, true)
}

/// The stored form: trimmed text and owner name, a blank owner name as none.
fn normalised(input: &ActionInput) -> ActionInput {
    ActionInput {
        text: input.text.trim().to_string(),
        owner_name: name_or_none(input.owner_name.as_deref()),
        ..input.clone()
    }
}

fn label(id: Option<Id>) -> String {
    record_label("action", id, "")
}

/// Raises an action.
pub fn create(tx: &Transaction, input: &ActionInput) -> Result<ActionItem> {
    into_result(label(None), check(tx, None, input)?)?;
    let input = normalised(input);
    let now = history::now();
    tx.prepare_cached(
        "INSERT INTO actions (text, owner_sponsor_id, owner_name, due_on, status, meeting_id,
                decision_id, completed_on, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
    )?
    .execute(params![
        input.text,
        input.owner_sponsor_id,
        input.owner_name,
        input.due_on,
        input.status,
        input.meeting_id,
        input.decision_id,
        input.completed_on,
        now
    ])?;
    let action = get(tx, tx.last_insert_rowid())?;
    history::record(
        tx,
        ENTITY,
        action.id,
        HistoryAction::Create,
        None,
        Some(&action),
    )?;
    Ok(action)
}

pub fn update(tx: &Transaction, id: Id, input: &ActionInput) -> Result<ActionItem> {
    let old = get(tx, id)?;
    into_result(label(Some(id)), check(tx, Some(id), input)?)?;
    let input = normalised(input);
    tx.prepare_cached(
        "UPDATE actions SET text = ?2, owner_sponsor_id = ?3, owner_name = ?4, due_on = ?5,
                status = ?6, meeting_id = ?7, decision_id = ?8, completed_on = ?9,
                updated_at = ?10
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        input.text,
        input.owner_sponsor_id,
        input.owner_name,
        input.due_on,
        input.status,
        input.meeting_id,
        input.decision_id,
        input.completed_on,
        history::now()
    ])?;
    let new = get(tx, id)?;
    history::record(
        tx,
        ENTITY,
        id,
        HistoryAction::Update,
        Some(&old),
        Some(&new),
    )?;
    Ok(new)
}

/// Marks an action done or dropped on `on`, or opens it again (`on` is then ignored).
pub fn set_status(
    tx: &Transaction,
    id: Id,
    status: ActionStatus,
    on: Option<NaiveDate>,
) -> Result<ActionItem> {
    let old = get(tx, id)?;
    let input = ActionInput {
        text: old.text.clone(),
        owner_sponsor_id: old.owner_sponsor_id,
        owner_name: old.owner_name.clone(),
        due_on: Some(old.due_on),
        status,
        meeting_id: old.meeting_id,
        decision_id: old.decision_id,
        completed_on: if status == ActionStatus::Open {
            None
        } else {
            on
        },
    };
    update(tx, id, &input)
}

pub fn delete(tx: &Transaction, id: Id) -> Result<()> {
    let old = get(tx, id)?;
    tx.prepare_cached("DELETE FROM actions WHERE id = ?1")?
        .execute([id])?;
    history::record(tx, ENTITY, id, HistoryAction::Delete, Some(&old), None)?;
    Ok(())
}
