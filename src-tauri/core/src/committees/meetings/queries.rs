//! Reading and writing meetings. A meeting is saved with its agenda; its history row holds the
//! whole meeting (agenda and attendance included), before and after, in the caller's transaction.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::agenda::{load_agenda, write_agenda};
use super::attendance::{load_attendance, views as attendance_views};
use super::model::{
    AgendaItemView, ExpectedMember, Meeting, MeetingDetail, MeetingInput, MeetingRow,
};
use super::validate::check;
use crate::committees::{actions, decisions, queries as committees};
use crate::error::{CoreError, Result};
use crate::history::{self, HistoryAction};
use crate::validate::{into_result, record_label};
use crate::Id;

pub(crate) const ENTITY: &str = "meetings";

/// Loads meeting `id` with its agenda and attendance.
pub fn get(conn: &Connection, id: Id) -> Result<Meeting> {
    let meeting = conn
        .prepare_cached(
            "SELECT id, committee_id, scheduled_on, location, status, send_ahead_notes,
                    created_at, updated_at
             FROM meetings WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(Meeting {
                id: r.get(0)?,
                committee_id: r.get(1)?,
                scheduled_on: r.get(2)?,
                location: r.get(3)?,
                status: r.get(4)?,
                send_ahead_notes: r.get(5)?,
                agenda: Vec::new(),
                attendance: Vec::new(),
                created_at: r.get(6)?,
                updated_at: r.get(7)?,
            })
        })
        .optional()?;
    let mut meeting = meeting.ok_or(CoreError::NotFound {
        kind: "meeting",
        id,
    })?;
    meeting.agenda = load_agenda(conn, id)?;
    meeting.attendance = load_attendance(conn, id)?;
    Ok(meeting)
}

/// Every meeting with its agenda and attendance, by id (export).
pub fn list_all(conn: &Connection) -> Result<Vec<Meeting>> {
    let ids: Vec<Id> = {
        let mut stmt = conn.prepare_cached("SELECT id FROM meetings ORDER BY id")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    ids.into_iter().map(|id| get(conn, id)).collect()
}

fn row_from(r: &Row) -> rusqlite::Result<MeetingRow> {
    Ok(MeetingRow {
        id: r.get(0)?,
        committee_id: r.get(1)?,
        committee_name: r.get(2)?,
        scheduled_on: r.get(3)?,
        location: r.get(4)?,
        status: r.get(5)?,
        agenda_items: r.get(6)?,
        decisions: r.get(7)?,
        actions: r.get(8)?,
    })
}

/// Meetings, newest first; only one committee's when `committee_id` is set.
pub fn list(conn: &Connection, committee_id: Option<Id>) -> Result<Vec<MeetingRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT m.id, m.committee_id, c.name, m.scheduled_on, m.location, m.status,
                (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id),
                (SELECT count(*) FROM decisions d WHERE d.meeting_id = m.id),
                (SELECT count(*) FROM actions x WHERE x.meeting_id = m.id)
         FROM meetings m JOIN committees c ON c.id = m.committee_id
         WHERE ?1 IS NULL OR m.committee_id = ?1
         ORDER BY m.scheduled_on DESC, m.id DESC",
    )?;
    let rows = stmt.query_map(params![committee_id], row_from)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One meeting as a list line.
pub fn row(conn: &Connection, id: Id) -> Result<MeetingRow> {
    conn.prepare_cached(
        "SELECT m.id, m.committee_id, c.name, m.scheduled_on, m.location, m.status,
                (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id),
                (SELECT count(*) FROM decisions d WHERE d.meeting_id = m.id),
                (SELECT count(*) FROM actions x WHERE x.meeting_id = m.id)
         FROM meetings m JOIN committees c ON c.id = m.committee_id WHERE m.id = ?1",
    )?
    .query_row([id], row_from)
    .optional()?
    .ok_or(CoreError::NotFound {
        kind: "meeting",
        id,
    })
}

/// The committee's meeting just before `meeting` (by date, then id), of any status unless
/// `held_only`.
pub(crate) fn previous(
    conn: &Connection,
    meeting: &Meeting,
    held_only: bool,
) -> Result<Option<Id>> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM meetings
             WHERE committee_id = ?1 AND (scheduled_on < ?2 OR (scheduled_on = ?2 AND id < ?3))
               AND (?4 = 0 OR status = 'held')
             ORDER BY scheduled_on DESC, id DESC LIMIT 1",
        )?
        .query_row(
            params![
                meeting.committee_id,
                meeting.scheduled_on,
                meeting.id,
                held_only
            ],
            |r| r.get(0),
        )
        .optional()?)
}

fn next(conn: &Connection, meeting: &Meeting) -> Result<Option<Id>> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM meetings
             WHERE committee_id = ?1 AND (scheduled_on > ?2 OR (scheduled_on = ?2 AND id > ?3))
             ORDER BY scheduled_on, id LIMIT 1",
        )?
        .query_row(
            params![meeting.committee_id, meeting.scheduled_on, meeting.id],
            |r| r.get(0),
        )
        .optional()?)
}

/// Everything the meeting screen shows.
pub fn detail(conn: &Connection, id: Id) -> Result<MeetingDetail> {
    let meeting = get(conn, id)?;
    let committee = committees::get(conn, meeting.committee_id)?;
    let initiative_name = |iid: Option<Id>| -> Result<Option<String>> {
        match iid {
            None => Ok(None),
            Some(iid) => Ok(conn
                .prepare_cached("SELECT name FROM initiatives WHERE id = ?1")?
                .query_row([iid], |r| r.get(0))
                .optional()?),
        }
    };
    let agenda = meeting
        .agenda
        .iter()
        .map(|item| {
            Ok(AgendaItemView {
                initiative_name: initiative_name(item.initiative_id)?,
                item: item.clone(),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let attendance = attendance_views(conn, &meeting, &committee.name)?;
    let recorded: std::collections::BTreeSet<Id> = meeting
        .attendance
        .iter()
        .filter_map(|a| a.sponsor_id)
        .collect();
    let not_recorded = committees::member_views(conn, committee.id, meeting.scheduled_on)?
        .into_iter()
        .filter(|m| m.current && !recorded.contains(&m.member.sponsor_id))
        .map(|m| ExpectedMember {
            sponsor_id: m.member.sponsor_id,
            name: m.sponsor_name,
            role: m.member.role,
        })
        .collect();
    Ok(MeetingDetail {
        committee_name: committee.name,
        agenda,
        attendance,
        not_recorded,
        decisions: decisions::for_meeting(conn, id)?,
        actions: actions::for_meeting(conn, id)?,
        previous_meeting_id: previous(conn, &meeting, false)?,
        next_meeting_id: next(conn, &meeting)?,
        meeting,
    })
}

fn label(id: Option<Id>) -> String {
    record_label("meeting", id, "")
}

/// Plans a meeting with its agenda (in the order given).
pub fn plan(tx: &Transaction, input: &MeetingInput) -> Result<Meeting> {
    into_result(label(None), check(tx, None, input)?)?;
    let now = history::now();
    tx.prepare_cached(
        "INSERT INTO meetings (committee_id, scheduled_on, location, status, send_ahead_notes,
                created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
    )?
    .execute(params![
        input.committee_id,
        input.scheduled_on,
        input.location.trim(),
        input.status,
        input.send_ahead_notes,
        now
    ])?;
    let id = tx.last_insert_rowid();
    write_agenda(tx, id, &input.agenda)?;
    let meeting = get(tx, id)?;
    history::record(tx, ENTITY, id, HistoryAction::Create, None, Some(&meeting))?;
    Ok(meeting)
}

/// Edits a meeting and replaces its agenda (items with an id keep it). Attendance is kept.
pub fn update(tx: &Transaction, id: Id, input: &MeetingInput) -> Result<Meeting> {
    let old = get(tx, id)?;
    into_result(label(Some(id)), check(tx, Some(id), input)?)?;
    tx.prepare_cached(
        "UPDATE meetings SET committee_id = ?2, scheduled_on = ?3, location = ?4, status = ?5,
                send_ahead_notes = ?6, updated_at = ?7
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        input.committee_id,
        input.scheduled_on,
        input.location.trim(),
        input.status,
        input.send_ahead_notes,
        history::now()
    ])?;
    write_agenda(tx, id, &input.agenda)?;
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

/// Deletes a meeting with its agenda and attendance (kept in its history row). Refused while
/// decisions or actions point at it: they would lose where they came from.
pub fn delete(tx: &Transaction, id: Id) -> Result<()> {
    let old = get(tx, id)?;
    let (decisions, actions): (i64, i64) = tx
        .prepare_cached(
            "SELECT (SELECT count(*) FROM decisions WHERE meeting_id = ?1),
                    (SELECT count(*) FROM actions WHERE meeting_id = ?1)",
        )?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    if decisions + actions > 0 {
        return Err(CoreError::Conflict {
            field: None,
            message: format!(
                "Meeting {id} on {} still has {decisions} decision(s) and {actions} action(s); move them to another meeting or delete them first, or mark the meeting cancelled instead",
                old.scheduled_on
            ),
        });
    }
    tx.prepare_cached("DELETE FROM meetings WHERE id = ?1")?
        .execute([id])?;
    history::record(tx, ENTITY, id, HistoryAction::Delete, Some(&old), None)?;
    Ok(())
}

/// Records a change to part of a meeting (attendance, minutes) as one update of the meeting.
pub(crate) fn touch(tx: &Transaction, old: &Meeting) -> Result<Meeting> {
    tx.prepare_cached("UPDATE meetings SET updated_at = ?2 WHERE id = ?1")?
        .execute(params![old.id, history::now()])?;
    let new = get(tx, old.id)?;
    history::record(
        tx,
        ENTITY,
        old.id,
        HistoryAction::Update,
        Some(old),
        Some(&new),
    )?;
    Ok(new)
}

/// The date of meeting `id`, if it exists.
pub(crate) fn date_of(conn: &Connection, id: Id) -> Result<Option<NaiveDate>> {
    Ok(conn
        .prepare_cached("SELECT scheduled_on FROM meetings WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}
