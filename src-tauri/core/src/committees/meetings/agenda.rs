//! A meeting's agenda: saving it in order, copying the last meeting's agenda into a new one,
//! and recording the minutes of one item as the meeting runs.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::model::{AgendaItem, AgendaItemInput, Meeting, MeetingInput, MeetingStatus};
use super::queries::{get, plan, touch};
use super::validate::check_minutes;
use crate::committees::queries as committees;
use crate::error::{CoreError, Result};
use crate::validate::{into_result, record_label, Errors};
use crate::Id;

fn item_from_row(r: &Row) -> rusqlite::Result<AgendaItem> {
    Ok(AgendaItem {
        id: r.get(0)?,
        meeting_id: r.get(1)?,
        position: r.get(2)?,
        title: r.get(3)?,
        presenter: r.get(4)?,
        time_box_minutes: r.get(5)?,
        initiative_id: r.get(6)?,
        kind: r.get(7)?,
        minutes: r.get(8)?,
    })
}

pub(crate) fn load_agenda(conn: &Connection, meeting_id: Id) -> Result<Vec<AgendaItem>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, meeting_id, position, title, presenter, time_box_minutes, initiative_id,
                kind, minutes
         FROM agenda_items WHERE meeting_id = ?1 ORDER BY position, id",
    )?;
    let rows = stmt.query_map([meeting_id], item_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Replaces the agenda of `meeting_id` with `items`, numbered 1.. in the order given. Items with
/// an id are updated in place (validation has checked they belong to this meeting); the others
/// are added; items left out are deleted. The meeting's history row records the change.
pub(crate) fn write_agenda(
    tx: &Transaction,
    meeting_id: Id,
    items: &[AgendaItemInput],
) -> Result<()> {
    let kept: Vec<Id> = items.iter().filter_map(|i| i.id).collect();
    for old in load_agenda(tx, meeting_id)? {
        if !kept.contains(&old.id) {
            tx.prepare_cached("DELETE FROM agenda_items WHERE id = ?1")?
                .execute([old.id])?;
        }
    }
    for (index, item) in items.iter().enumerate() {
        let position = i64::try_from(index).unwrap_or(i64::MAX - 1) + 1;
        let values = params![
            item.id,
            meeting_id,
            position,
            item.title.trim(),
            item.presenter.trim(),
            item.time_box_minutes,
            item.initiative_id,
            item.kind,
            item.minutes
        ];
        match item.id {
            Some(_) => tx.prepare_cached(
                "UPDATE agenda_items SET position = ?3, title = ?4, presenter = ?5,
                        time_box_minutes = ?6, initiative_id = ?7, kind = ?8, minutes = ?9
                 WHERE id = ?1 AND meeting_id = ?2",
            )?,
            None => tx.prepare_cached(
                "INSERT INTO agenda_items (id, meeting_id, position, title, presenter,
                        time_box_minutes, initiative_id, kind, minutes)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?,
        }
        .execute(values)?;
    }
    Ok(())
}

/// Plans a meeting of `committee_id` on `new_meeting_date` whose agenda is a copy of the
/// previous meeting's: the latest meeting of the committee before that date that has an agenda
/// (a cancelled one counts: its items still need the committee). Titles, presenters, time
/// boxes, initiatives and kinds are copied; minutes are not, and neither are the send-ahead
/// notes. The location is kept. Refused when there is no earlier agenda to copy.
pub fn duplicate_last_agenda(
    tx: &Transaction,
    committee_id: Id,
    new_meeting_date: NaiveDate,
) -> Result<Meeting> {
    let committee = committees::get(tx, committee_id)?;
    let previous: Option<Id> = tx
        .prepare_cached(
            "SELECT m.id FROM meetings m
             WHERE m.committee_id = ?1 AND m.scheduled_on < ?2
               AND EXISTS (SELECT 1 FROM agenda_items a WHERE a.meeting_id = m.id)
             ORDER BY m.scheduled_on DESC, m.id DESC LIMIT 1",
        )?
        .query_row(params![committee_id, new_meeting_date], |r| r.get(0))
        .optional()?;
    let Some(previous) = previous else {
        return Err(CoreError::validation(
            record_label("committee", Some(committee_id), &committee.name),
            "scheduled_on",
            format!(
                "\"{}\" has no meeting with an agenda before {new_meeting_date} to copy from; plan this meeting with a new agenda",
                committee.name
            ),
        ));
    };
    let previous = get(tx, previous)?;
    let input = MeetingInput {
        committee_id: Some(committee_id),
        scheduled_on: Some(new_meeting_date),
        location: previous.location.clone(),
        status: MeetingStatus::Planned,
        send_ahead_notes: String::new(),
        agenda: previous
            .agenda
            .iter()
            .map(|item| AgendaItemInput {
                id: None,
                title: item.title.clone(),
                presenter: item.presenter.clone(),
                time_box_minutes: item.time_box_minutes,
                initiative_id: item.initiative_id,
                kind: item.kind,
                minutes: String::new(),
            })
            .collect(),
    };
    plan(tx, &input)
}

/// Records the minutes of one agenda item (replacing what was there), as typed during the
/// meeting. Returns the item; the meeting's history row records the change.
pub fn record_minutes(tx: &Transaction, agenda_item_id: Id, minutes: &str) -> Result<AgendaItem> {
    let meeting_id: Id = tx
        .prepare_cached("SELECT meeting_id FROM agenda_items WHERE id = ?1")?
        .query_row([agenda_item_id], |r| r.get(0))
        .optional()?
        .ok_or(CoreError::NotFound {
            kind: "agenda item",
            id: agenda_item_id,
        })?;
    let mut errors = Errors::default();
    check_minutes(&mut errors, "minutes", minutes);
    into_result(
        record_label("agenda item", Some(agenda_item_id), ""),
        errors.into_vec(),
    )?;
    let old = get(tx, meeting_id)?;
    tx.prepare_cached("UPDATE agenda_items SET minutes = ?2 WHERE id = ?1")?
        .execute(params![agenda_item_id, minutes])?;
    let new = touch(tx, &old)?;
    new.agenda
        .into_iter()
        .find(|item| item.id == agenda_item_id)
        .ok_or(CoreError::NotFound {
            kind: "agenda item",
            id: agenda_item_id,
        })
}
