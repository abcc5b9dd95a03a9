//! The rules a meeting, its agenda and its attendance must meet: an existing committee, a date,
//! one live meeting per committee and day, agenda items with a title, and attendees who are
//! members unless marked as guests. Every problem is returned at once.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::model::{AgendaItemInput, AttendanceInput, AttendanceStatus, MeetingInput};
use crate::committees::queries::role_on;
use crate::committees::text::{name_or_none, optional, LONG_TEXT_MAX, SHORT_TEXT_MAX};
use crate::error::{FieldError, Result};
use crate::validate::Errors;
use crate::Id;

/// The longest time box of an agenda item, in minutes.
pub const TIME_BOX_MAX: i64 = 600;

/// Every problem with `input` for meeting `id` (none when planning a new one).
pub fn check(conn: &Connection, id: Option<Id>, input: &MeetingInput) -> Result<Vec<FieldError>> {
    let mut errors = Errors::default();
    let committee = match input.committee_id {
        None => {
            errors.push("committee_id", "A meeting needs a committee; pick one");
            None
        }
        Some(cid) => {
            let found: Option<String> = conn
                .prepare_cached("SELECT name FROM committees WHERE id = ?1")?
                .query_row([cid], |r| r.get(0))
                .optional()?;
            if found.is_none() {
                errors.push(
                    "committee_id",
                    format!("Committee {cid} does not exist; pick an existing committee"),
                );
            }
            found
        }
    };
    match input.scheduled_on {
        None => errors.push(
            "scheduled_on",
            "A meeting needs a date (YYYY-MM-DD); pick the day it is planned for",
        ),
        Some(on) => {
            if let Some(committee) = &committee {
                same_day(conn, &mut errors, id, input, committee, on)?;
            }
            if let Some(id) = id {
                actions_before(conn, &mut errors, id, on)?;
            }
        }
    }
    optional(
        &mut errors,
        "location",
        "The location",
        &input.location,
        SHORT_TEXT_MAX,
    );
    optional(
        &mut errors,
        "send_ahead_notes",
        "The send-ahead notes",
        &input.send_ahead_notes,
        LONG_TEXT_MAX,
    );
    check_agenda(conn, &mut errors, id, &input.agenda)?;
    Ok(errors.into_vec())
}

/// Two live meetings of one committee on one day are a double entry; a cancelled one is not.
fn same_day(
    conn: &Connection,
    errors: &mut Errors,
    id: Option<Id>,
    input: &MeetingInput,
    committee: &str,
    on: NaiveDate,
) -> Result<()> {
    if input.status == super::model::MeetingStatus::Cancelled {
        return Ok(());
    }
    let other: Option<Id> = conn
        .prepare_cached(
            "SELECT id FROM meetings
             WHERE committee_id = ?1 AND scheduled_on = ?2 AND status <> 'cancelled'
               AND id IS NOT ?3
             ORDER BY id LIMIT 1",
        )?
        .query_row(params![input.committee_id, on, id], |r| r.get(0))
        .optional()?;
    if let Some(other) = other {
        errors.push(
            "scheduled_on",
            format!("\"{committee}\" already has a meeting on {on} (meeting {other}); open that one, or pick another date"),
        );
    }
    Ok(())
}

/// Moving a meeting after the due date of an action raised at it would break "no action is due
/// before its meeting".
fn actions_before(conn: &Connection, errors: &mut Errors, id: Id, on: NaiveDate) -> Result<()> {
    let early: Option<(Id, String, String)> = conn
        .prepare_cached(
            "SELECT id, text, due_on FROM actions WHERE meeting_id = ?1 AND due_on < ?2
             ORDER BY due_on, id LIMIT 1",
        )?
        .query_row(params![id, on], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    if let Some((action, text, due)) = early {
        errors.push(
            "scheduled_on",
            format!("Action {action} \"{text}\" raised at this meeting is due on {due}, before {on}; move its due date first or pick a date on or before {due}"),
        );
    }
    Ok(())
}

fn check_agenda(
    conn: &Connection,
    errors: &mut Errors,
    meeting: Option<Id>,
    agenda: &[AgendaItemInput],
) -> Result<()> {
    let own: BTreeSet<Id> = match meeting {
        Some(meeting) => {
            let mut stmt =
                conn.prepare_cached("SELECT id FROM agenda_items WHERE meeting_id = ?1")?;
            let ids = stmt.query_map([meeting], |r| r.get(0))?;
            ids.collect::<rusqlite::Result<_>>()?
        }
        None => BTreeSet::new(),
    };
    let mut seen = BTreeSet::new();
    for (i, item) in agenda.iter().enumerate() {
        check_item(conn, errors, i, item)?;
        if let Some(item_id) = item.id {
            if !own.contains(&item_id) {
                errors.push(
                    format!("agenda[{i}].id"),
                    format!("Agenda item {item_id} is not part of this meeting; leave the id out to add a new item"),
                );
            } else if !seen.insert(item_id) {
                errors.push(
                    format!("agenda[{i}].id"),
                    format!("Agenda item {item_id} is listed twice; keep one"),
                );
            }
        }
    }
    Ok(())
}

fn check_item(
    conn: &Connection,
    errors: &mut Errors,
    i: usize,
    item: &AgendaItemInput,
) -> Result<()> {
    errors.name(
        &format!("agenda[{i}].title"),
        "The agenda item's title",
        &item.title,
    );
    optional(
        errors,
        &format!("agenda[{i}].presenter"),
        "The presenter",
        &item.presenter,
        SHORT_TEXT_MAX,
    );
    if let Some(minutes) = item.time_box_minutes {
        errors.range(
            &format!("agenda[{i}].time_box_minutes"),
            "The time box (minutes)",
            minutes,
            1,
            TIME_BOX_MAX,
        );
    }
    if let Some(initiative) = item.initiative_id {
        let found = conn
            .prepare_cached("SELECT 1 FROM initiatives WHERE id = ?1")?
            .query_row([initiative], |_| Ok(()))
            .optional()?;
        if found.is_none() {
            errors.push(
                format!("agenda[{i}].initiative_id"),
                format!(
                    "Initiative {initiative} does not exist; pick an existing initiative or none"
                ),
            );
        }
    }
    check_minutes(errors, &format!("agenda[{i}].minutes"), &item.minutes);
    Ok(())
}

pub(crate) fn check_minutes(errors: &mut Errors, field: &str, minutes: &str) {
    optional(errors, field, "The minutes", minutes, LONG_TEXT_MAX);
}

/// An attendee as stored: the sponsor or the trimmed guest name, and whether they are a guest
/// (not a member on the meeting's day; a guest named without a sponsor always is).
pub(crate) struct Attendee {
    pub sponsor_id: Option<Id>,
    pub guest_name: Option<String>,
    pub attendance: AttendanceStatus,
    pub delegate_name: Option<String>,
    pub is_guest: bool,
}

/// Every problem with a meeting's attendance list, and the rows to store when there is none.
pub(crate) fn check_attendance(
    conn: &Connection,
    committee_id: Id,
    committee: &str,
    on: NaiveDate,
    list: &[AttendanceInput],
) -> Result<(Vec<FieldError>, Vec<Attendee>)> {
    let mut errors = Errors::default();
    let mut rows = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, input) in list.iter().enumerate() {
        let field = |name: &str| format!("attendance[{i}].{name}");
        let guest = name_or_none(input.guest_name.as_deref());
        let delegate = name_or_none(input.delegate_name.as_deref());
        if let Some(g) = &guest {
            errors.name(&field("guest_name"), "The guest's name", g);
        }
        if let Some(d) = &delegate {
            errors.name(&field("delegate_name"), "The delegate's name", d);
        }
        match (input.attendance, &delegate) {
            (AttendanceStatus::Delegate, None) => errors.push(
                field("delegate_name"),
                "Name the delegate who came in their place",
            ),
            (AttendanceStatus::Present | AttendanceStatus::Apologies, Some(_)) => errors.push(
                field("delegate_name"),
                "Only a delegated attendance names a delegate; clear the name or mark the attendance as delegate",
            ),
            _ => {}
        }
        let is_guest = match (input.sponsor_id, &guest) {
            (Some(_), Some(_)) => {
                errors.push(
                    field("guest_name"),
                    "Give either a sponsor or a guest's name, not both",
                );
                true
            }
            (None, None) => {
                errors.push(
                    field("sponsor_id"),
                    "Name the attendee: pick a sponsor, or type the name of a guest who is not one",
                );
                true
            }
            (None, Some(_)) => true,
            (Some(sid), None) => {
                let name: Option<String> = conn
                    .prepare_cached("SELECT name FROM sponsors WHERE id = ?1")?
                    .query_row([sid], |r| r.get(0))
                    .optional()?;
                match name {
                    None => {
                        errors.push(
                            field("sponsor_id"),
                            format!("Sponsor {sid} does not exist; pick an existing sponsor"),
                        );
                        true
                    }
                    Some(name) => {
                        if !seen.insert(sid) {
                            errors.push(
                                field("sponsor_id"),
                                format!("{name} is listed twice; keep one line per person"),
                            );
                        }
                        let member = role_on(conn, committee_id, sid, on)?.is_some();
                        if !member && !input.is_guest {
                            errors.push(
                                field("is_guest"),
                                format!("{name} is not a member of \"{committee}\" on {on}; mark them as a guest, or seat them on the committee first"),
                            );
                        }
                        !member
                    }
                }
            }
        };
        rows.push(Attendee {
            sponsor_id: input.sponsor_id,
            guest_name: if input.sponsor_id.is_some() {
                None
            } else {
                guest
            },
            attendance: input.attendance,
            delegate_name: delegate,
            is_guest,
        });
    }
    Ok((errors.into_vec(), rows))
}
