//! The rules an action must meet: a text, one owner (a sponsor or a named person), a due date
//! not before the meeting it came from, and a completion date exactly when done or dropped.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};

use super::model::{ActionInput, ActionStatus};
use crate::committees::text::{name_or_none, required, ACTION_TEXT_MAX};
use crate::error::{FieldError, Result};
use crate::validate::Errors;
use crate::Id;

/// Every problem with `input` for action `id` (none when raising a new one). The rules do not
/// depend on the id; it is taken so every `check` in the core has one shape.
pub fn check(conn: &Connection, id: Option<Id>, input: &ActionInput) -> Result<Vec<FieldError>> {
    let _ = id;
    let mut errors = Errors::default();
    required(
        &mut errors,
        "text",
        "The action",
        &input.text,
        ACTION_TEXT_MAX,
    );
    check_owner(conn, &mut errors, input)?;
    let source = source_meeting(conn, &mut errors, input)?;
    match (input.due_on, source) {
        (None, _) => errors.push("due_on", "An action needs a due date (YYYY-MM-DD)"),
        (Some(due), Some((meeting, on))) if due < on => errors.push(
            "due_on",
            format!("The due date {due} is before the meeting the action came from (meeting {meeting} on {on}); pick {on} or later"),
        ),
        _ => {}
    }
    match (input.status, input.completed_on) {
        (ActionStatus::Open, Some(_)) => errors.push(
            "completed_on",
            "An open action has no completion date; clear it, or mark the action done or dropped",
        ),
        (ActionStatus::Done | ActionStatus::Dropped, None) => errors.push(
            "completed_on",
            format!("Say when the action was {} (YYYY-MM-DD)", input.status),
        ),
        _ => {}
    }
    Ok(errors.into_vec())
}

fn check_owner(conn: &Connection, errors: &mut Errors, input: &ActionInput) -> Result<()> {
    let name = name_or_none(input.owner_name.as_deref());
    match (input.owner_sponsor_id, &name) {
        (Some(_), Some(_)) => errors.push(
            "owner_name",
            "Give either a sponsor or a named owner, not both",
        ),
        (None, None) => errors.push(
            "owner_sponsor_id",
            "An action needs an owner: pick a sponsor, or type the name of the person who owns it",
        ),
        (None, Some(name)) => errors.name("owner_name", "The owner's name", name),
        (Some(sid), None) => {
            let found = conn
                .prepare_cached("SELECT 1 FROM sponsors WHERE id = ?1")?
                .query_row([sid], |_| Ok(()))
                .optional()?;
            if found.is_none() {
                errors.push(
                    "owner_sponsor_id",
                    format!("Sponsor {sid} does not exist; pick an existing sponsor or type the owner's name"),
                );
            }
        }
    }
    Ok(())
}

/// The meeting the action came from and its date: its own meeting, else its decision's.
/// Reports a meeting or decision that does not exist.
fn source_meeting(
    conn: &Connection,
    errors: &mut Errors,
    input: &ActionInput,
) -> Result<Option<(Id, NaiveDate)>> {
    let mut source = None;
    if let Some(mid) = input.meeting_id {
        match crate::committees::meetings::date_of(conn, mid)? {
            Some(on) => source = Some((mid, on)),
            None => errors.push(
                "meeting_id",
                format!("Meeting {mid} does not exist; pick an existing meeting or none"),
            ),
        }
    }
    if let Some(did) = input.decision_id {
        let found: Option<Option<(Id, NaiveDate)>> = conn
            .prepare_cached(
                "SELECT m.id, m.scheduled_on FROM decisions d
                 LEFT JOIN meetings m ON m.id = d.meeting_id WHERE d.id = ?1",
            )?
            .query_row([did], |r| {
                let id: Option<Id> = r.get(0)?;
                let on: Option<NaiveDate> = r.get(1)?;
                Ok(id.zip(on))
            })
            .optional()?;
        match found {
            None => errors.push(
                "decision_id",
                format!("Decision {did} does not exist; pick an existing decision or none"),
            ),
            Some(meeting) => {
                if source.is_none() {
                    source = meeting;
                }
            }
        }
    }
    Ok(source)
}
