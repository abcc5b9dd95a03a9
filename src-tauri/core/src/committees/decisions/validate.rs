//! The rules a decision must meet: a title, a date once decided, an existing meeting and
//! initiatives, and a supersede link that names an older decision not already replaced, never
//! itself and never a loop. "Superseded" is a state the link sets, not one typed by hand.

use std::collections::BTreeSet;

use rusqlite::{params, Connection, OptionalExtension};

use super::model::{DecisionInput, DecisionStatus};
use crate::committees::text::{optional, LONG_TEXT_MAX, SHORT_TEXT_MAX};
use crate::error::{FieldError, Result};
use crate::validate::{find_loop, Errors};
use crate::Id;

/// A decision in one of these states has replaced the one it supersedes; a proposed or deferred
/// one only proposes to, so the older decision keeps its status until it is decided.
pub fn replaces_its_predecessor(status: DecisionStatus) -> bool {
    matches!(
        status,
        DecisionStatus::Decided | DecisionStatus::Superseded | DecisionStatus::Reversed
    )
}

/// Every problem with `input` for decision `id` (none when recording a new one).
pub fn check(conn: &Connection, id: Option<Id>, input: &DecisionInput) -> Result<Vec<FieldError>> {
    check_links(conn, id, input, Errors(check_text(input)))
}

/// The problems with the decision's own text, needing no database: an import checks these
/// before it writes the register, whose table would otherwise refuse them as a database error.
pub fn check_text(input: &DecisionInput) -> Vec<FieldError> {
    let mut errors = Errors::default();
    errors.name("title", "The decision's title", &input.title);
    optional(
        &mut errors,
        "text",
        "The decision text",
        &input.text,
        LONG_TEXT_MAX,
    );
    optional(
        &mut errors,
        "rationale",
        "The rationale",
        &input.rationale,
        LONG_TEXT_MAX,
    );
    optional(
        &mut errors,
        "decided_by",
        "Decided by",
        &input.decided_by,
        SHORT_TEXT_MAX,
    );
    errors.into_vec()
}

/// The rules that read the database: meeting, date, status along the chain, initiatives.
fn check_links(
    conn: &Connection,
    id: Option<Id>,
    input: &DecisionInput,
    mut errors: Errors,
) -> Result<Vec<FieldError>> {
    let meeting = match input.meeting_id {
        None => None,
        Some(mid) => {
            let found = crate::committees::meetings::date_of(conn, mid)?;
            if found.is_none() {
                errors.push(
                    "meeting_id",
                    format!("Meeting {mid} does not exist; pick an existing meeting or none"),
                );
            }
            found
        }
    };
    match (input.status, input.decided_on) {
        (DecisionStatus::Decided, None) if meeting.is_none() && input.meeting_id.is_none() => {
            errors.push(
                "decided_on",
                "A decided decision needs the date it was taken (YYYY-MM-DD), or the meeting it was taken at",
            )
        }
        (DecisionStatus::Proposed, Some(on)) => errors.push(
            "decided_on",
            format!("A proposed decision has not been taken yet, so it has no decision date ({on}); clear the date or set the status to decided"),
        ),
        _ => {}
    }
    check_status(conn, &mut errors, id, input.status)?;
    check_supersedes(conn, &mut errors, id, input.supersedes_id)?;
    check_initiatives(conn, &mut errors, &input.initiative_ids)?;
    Ok(errors.into_vec())
}

/// "Superseded" follows the chain: a decision is superseded exactly when a newer decision that
/// replaces it (see `replaces_its_predecessor`) names it.
fn check_status(
    conn: &Connection,
    errors: &mut Errors,
    id: Option<Id>,
    status: DecisionStatus,
) -> Result<()> {
    let successor: Option<(Id, String, DecisionStatus)> = match id {
        None => None,
        Some(id) => conn
            .prepare_cached(
                "SELECT id, title, status FROM decisions WHERE supersedes_id = ?1 LIMIT 1",
            )?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?,
    };
    let replaced = successor
        .as_ref()
        .filter(|(_, _, s)| replaces_its_predecessor(*s));
    match (status, replaced) {
        (DecisionStatus::Superseded, None) => errors.push(
            "status",
            "A decision becomes superseded when the newer decision that replaces it is recorded with this one in its 'supersedes' field; record or link that decision instead",
        ),
        (other, Some((newer, title, _))) if other != DecisionStatus::Superseded => errors.push(
            "status",
            format!("Decision {newer} \"{title}\" supersedes this one, so it stays superseded; remove the link on decision {newer} first"),
        ),
        _ => {}
    }
    Ok(())
}

fn check_supersedes(
    conn: &Connection,
    errors: &mut Errors,
    id: Option<Id>,
    supersedes: Option<Id>,
) -> Result<()> {
    let Some(older) = supersedes else {
        return Ok(());
    };
    if Some(older) == id {
        errors.push(
            "supersedes_id",
            "A decision cannot supersede itself; pick the older decision it replaces",
        );
        return Ok(());
    }
    let found: Option<String> = conn
        .prepare_cached("SELECT title FROM decisions WHERE id = ?1")?
        .query_row([older], |r| r.get(0))
        .optional()?;
    let Some(older_title) = found else {
        errors.push(
            "supersedes_id",
            format!("Decision {older} does not exist; pick an existing decision to supersede"),
        );
        return Ok(());
    };
    if let Some(id) = id {
        // Walk the chain down from the older decision: reaching this one means a loop.
        let step = "SELECT title, supersedes_id FROM decisions WHERE id = ?1";
        if let Some(path) = find_loop(conn, step, id, older)? {
            let this: String = conn
                .prepare_cached("SELECT title FROM decisions WHERE id = ?1")?
                .query_row([id], |r| r.get(0))?;
            errors.push(
                "supersedes_id",
                format!("Superseding decision {older} \"{older_title}\" would make a loop ({this} → {path}); a decision can only supersede an older one in its chain"),
            );
            return Ok(());
        }
    }
    let taken: Option<(Id, String)> = conn
        .prepare_cached(
            "SELECT id, title FROM decisions WHERE supersedes_id = ?1 AND id IS NOT ?2 LIMIT 1",
        )?
        .query_row(params![older, id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if let Some((newer, title)) = taken {
        errors.push(
            "supersedes_id",
            format!("Decision {older} \"{older_title}\" is already superseded by decision {newer} \"{title}\"; supersede decision {newer} instead, which keeps the chain"),
        );
    }
    Ok(())
}

fn check_initiatives(conn: &Connection, errors: &mut Errors, ids: &[Id]) -> Result<()> {
    let mut stmt = conn.prepare_cached("SELECT 1 FROM initiatives WHERE id = ?1")?;
    let mut missing = Vec::new();
    for id in ids.iter().copied().collect::<BTreeSet<Id>>() {
        if stmt.query_row([id], |_| Ok(())).optional()?.is_none() {
            missing.push(id.to_string());
        }
    }
    if !missing.is_empty() {
        errors.push(
            "initiative_ids",
            format!(
                "No initiative has the id {}; pick initiatives from the list",
                missing.join(", ")
            ),
        );
    }
    Ok(())
}
