//! Reading and writing decisions. Linking a supersede marks the older decision superseded in the
//! same transaction (and unlinking gives it back its decided status), each with a history row.

use std::collections::{BTreeSet, HashMap};

use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::model::{Decision, DecisionInput, DecisionStatus};
use super::validate::{check, replaces_its_predecessor};
use crate::committees::meetings;
use crate::error::{CoreError, Result};
use crate::history::{self, HistoryAction};
use crate::validate::{into_result, record_label};
use crate::Id;

pub(crate) const ENTITY: &str = "decisions";

const COLUMNS: &str =
    "SELECT id, title, text, rationale, status, meeting_id, decided_by, decided_on,
        supersedes_id, created_at, updated_at FROM decisions";

fn from_row(r: &Row) -> rusqlite::Result<Decision> {
    Ok(Decision {
        id: r.get(0)?,
        title: r.get(1)?,
        text: r.get(2)?,
        rationale: r.get(3)?,
        status: r.get(4)?,
        meeting_id: r.get(5)?,
        decided_by: r.get(6)?,
        decided_on: r.get(7)?,
        supersedes_id: r.get(8)?,
        initiative_ids: Vec::new(),
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
    })
}

fn initiatives_of(conn: &Connection, id: Id) -> Result<Vec<Id>> {
    let mut stmt = conn.prepare_cached(
        "SELECT initiative_id FROM decision_initiatives WHERE decision_id = ?1
         ORDER BY initiative_id",
    )?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get(conn: &Connection, id: Id) -> Result<Decision> {
    let sql = format!("{COLUMNS} WHERE id = ?1");
    let mut decision = conn
        .prepare_cached(&sql)?
        .query_row([id], from_row)
        .optional()?
        .ok_or(CoreError::NotFound {
            kind: "decision",
            id,
        })?;
    decision.initiative_ids = initiatives_of(conn, id)?;
    Ok(decision)
}

/// Loads the decisions the `WHERE` clause (a constant) picks, with their initiatives, by id.
fn load(conn: &Connection, where_sql: &str, args: impl rusqlite::Params) -> Result<Vec<Decision>> {
    let sql = format!("{COLUMNS} {where_sql} ORDER BY id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(args, from_row)?;
    let mut decisions: Vec<Decision> = rows.collect::<rusqlite::Result<_>>()?;
    for d in &mut decisions {
        d.initiative_ids = initiatives_of(conn, d.id)?;
    }
    Ok(decisions)
}

/// Every decision by id (export, register), with their initiatives from one scan of the link
/// table rather than one query per decision (2,000 on a large database).
pub fn list_all(conn: &Connection) -> Result<Vec<Decision>> {
    let mut stmt = conn.prepare_cached(&format!("{COLUMNS} ORDER BY id"))?;
    let rows = stmt.query_map([], from_row)?;
    let mut decisions: Vec<Decision> = rows.collect::<rusqlite::Result<_>>()?;
    let at: HashMap<Id, usize> = decisions
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id, i))
        .collect();
    let mut stmt = conn.prepare_cached(
        "SELECT decision_id, initiative_id FROM decision_initiatives
         ORDER BY decision_id, initiative_id",
    )?;
    let links = stmt.query_map([], |r| Ok((r.get::<_, Id>(0)?, r.get::<_, Id>(1)?)))?;
    for link in links {
        let (decision, initiative) = link?;
        if let Some(&i) = at.get(&decision) {
            decisions[i].initiative_ids.push(initiative);
        }
    }
    Ok(decisions)
}

/// The decisions taken or tabled at a meeting, by id.
pub fn for_meeting(conn: &Connection, meeting_id: Id) -> Result<Vec<Decision>> {
    load(conn, "WHERE meeting_id = ?1", [meeting_id])
}

/// The stored form of an input: trimmed title, the meeting's date as the decision date when a
/// decided decision has none, and the initiatives without repeats.
fn normalised(conn: &Connection, input: &DecisionInput) -> Result<DecisionInput> {
    let mut input = input.clone();
    input.title = input.title.trim().to_string();
    input.decided_by = input.decided_by.trim().to_string();
    if input.status == DecisionStatus::Decided && input.decided_on.is_none() {
        if let Some(meeting) = input.meeting_id {
            input.decided_on = meetings::date_of(conn, meeting)?;
        }
    }
    input.initiative_ids = input
        .initiative_ids
        .iter()
        .copied()
        .collect::<BTreeSet<Id>>()
        .into_iter()
        .collect();
    Ok(input)
}

fn write_initiatives(tx: &Transaction, id: Id, initiatives: &[Id]) -> Result<()> {
    tx.prepare_cached("DELETE FROM decision_initiatives WHERE decision_id = ?1")?
        .execute([id])?;
    for initiative in initiatives {
        tx.prepare_cached(
            "INSERT INTO decision_initiatives (decision_id, initiative_id) VALUES (?1, ?2)",
        )?
        .execute(params![id, initiative])?;
    }
    Ok(())
}

fn label(id: Option<Id>, title: &str) -> String {
    record_label("decision", id, title)
}

/// Records a decision. When it supersedes an older one and is decided, the older one becomes
/// superseded in the same transaction.
pub fn create(tx: &Transaction, input: &DecisionInput) -> Result<Decision> {
    into_result(label(None, &input.title), check(tx, None, input)?)?;
    let input = normalised(tx, input)?;
    let now = history::now();
    tx.prepare_cached(
        "INSERT INTO decisions (title, text, rationale, status, meeting_id, decided_by,
                decided_on, supersedes_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
    )?
    .execute(params![
        input.title,
        input.text,
        input.rationale,
        input.status,
        input.meeting_id,
        input.decided_by,
        input.decided_on,
        input.supersedes_id,
        now
    ])?;
    let id = tx.last_insert_rowid();
    write_initiatives(tx, id, &input.initiative_ids)?;
    let decision = get(tx, id)?;
    history::record(tx, ENTITY, id, HistoryAction::Create, None, Some(&decision))?;
    follow_link(tx, None, Some(&decision))?;
    Ok(decision)
}

/// Edits a decision; a changed supersede link moves the superseded state with it.
pub fn update(tx: &Transaction, id: Id, input: &DecisionInput) -> Result<Decision> {
    let old = get(tx, id)?;
    into_result(label(Some(id), &old.title), check(tx, Some(id), input)?)?;
    let input = normalised(tx, input)?;
    tx.prepare_cached(
        "UPDATE decisions SET title = ?2, text = ?3, rationale = ?4, status = ?5,
                meeting_id = ?6, decided_by = ?7, decided_on = ?8, supersedes_id = ?9,
                updated_at = ?10
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        input.title,
        input.text,
        input.rationale,
        input.status,
        input.meeting_id,
        input.decided_by,
        input.decided_on,
        input.supersedes_id,
        history::now()
    ])?;
    write_initiatives(tx, id, &input.initiative_ids)?;
    let new = get(tx, id)?;
    history::record(
        tx,
        ENTITY,
        id,
        HistoryAction::Update,
        Some(&old),
        Some(&new),
    )?;
    follow_link(tx, Some(&old), Some(&new))?;
    Ok(new)
}

/// Deletes a decision recorded by mistake. Refused while a newer decision supersedes it or
/// actions point at it; the one it superseded gets its decided status back.
pub fn delete(tx: &Transaction, id: Id) -> Result<()> {
    let old = get(tx, id)?;
    let newer: Option<Id> = tx
        .prepare_cached("SELECT id FROM decisions WHERE supersedes_id = ?1 LIMIT 1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    let actions: i64 = tx
        .prepare_cached("SELECT count(*) FROM actions WHERE decision_id = ?1")?
        .query_row([id], |r| r.get(0))?;
    let mut uses = Vec::new();
    if let Some(newer) = newer {
        uses.push(format!(
            "decision {newer} supersedes it: remove that link first"
        ));
    }
    if actions > 0 {
        uses.push(format!(
            "{actions} action(s) came from it: move or delete them first"
        ));
    }
    if !uses.is_empty() {
        return Err(CoreError::Conflict {
            field: None,
            message: format!(
                "Decision {id} \"{}\" cannot be deleted: {}",
                old.title,
                uses.join("; ")
            ),
        });
    }
    tx.prepare_cached("DELETE FROM decisions WHERE id = ?1")?
        .execute([id])?;
    history::record(tx, ENTITY, id, HistoryAction::Delete, Some(&old), None)?;
    follow_link(tx, Some(&old), None)?;
    Ok(())
}

/// Keeps the older decision's status in step with the link from `new` (before: `old`): the
/// decision a decided one supersedes is superseded; one that is no longer superseded by it
/// gets back the status it had before (from its history).
fn follow_link(tx: &Transaction, old: Option<&Decision>, new: Option<&Decision>) -> Result<()> {
    let target = |d: Option<&Decision>| {
        d.filter(|d| replaces_its_predecessor(d.status))
            .and_then(|d| d.supersedes_id)
    };
    let (was, now) = (target(old), target(new));
    if was == now {
        return Ok(());
    }
    if let Some(was) = was {
        let back = status_before_superseded(tx, was)?;
        set_status(tx, was, DecisionStatus::Superseded, back)?;
    }
    if let Some(now) = now {
        let before = get(tx, now)?.status;
        set_status(tx, now, before, DecisionStatus::Superseded)?;
    }
    Ok(())
}

/// The status decision `id` had before it last became superseded, read from its history; decided
/// when the history does not say (superseding implies it had been decided).
fn status_before_superseded(tx: &Transaction, id: Id) -> Result<DecisionStatus> {
    let found: Option<DecisionStatus> = tx
        .prepare_cached(
            "SELECT json_extract(old_values, '$.status') FROM history
             WHERE entity = ?1 AND entity_id = ?2
               AND json_extract(new_values, '$.status') = 'superseded'
               AND json_extract(old_values, '$.status') <> 'superseded'
             ORDER BY id DESC LIMIT 1",
        )?
        .query_row(params![ENTITY, id], |r| r.get(0))
        .optional()?;
    Ok(found.unwrap_or(DecisionStatus::Decided))
}

/// Sets decision `id` from `from` to `to` (a no-op when it is not in `from`), with history.
/// Its own link follows: a proposed decision that becomes superseded now replaces the one it
/// named. The chain has no loop (validation), so this ends.
fn set_status(tx: &Transaction, id: Id, from: DecisionStatus, to: DecisionStatus) -> Result<()> {
    let old = get(tx, id)?;
    if old.status != from || from == to {
        return Ok(());
    }
    tx.prepare_cached("UPDATE decisions SET status = ?2, updated_at = ?3 WHERE id = ?1")?
        .execute(params![id, to, history::now()])?;
    let new = get(tx, id)?;
    history::record(
        tx,
        ENTITY,
        id,
        HistoryAction::Update,
        Some(&old),
        Some(&new),
    )?;
    follow_link(tx, Some(&old), Some(&new))
}
