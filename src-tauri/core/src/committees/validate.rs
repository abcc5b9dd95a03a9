//! The rules a committee and a membership must meet: a unique name of 1-200 characters, a
//! custom cadence with its days, an existing committee and sponsor, an end not before the start,
//! and no two overlapping seats of one person on one committee.

use rusqlite::{params, Connection, OptionalExtension};

use super::model::{CommitteeCadence, CommitteeInput, MemberInput};
use super::text::{optional, LONG_TEXT_MAX};
use crate::error::{FieldError, Result};
use crate::validate::Errors;
use crate::Id;

/// The longest custom cadence, in days (two years).
pub const CADENCE_DAYS_MAX: i64 = 730;

/// Every problem with `input` for committee `id` (none when creating).
pub fn check(conn: &Connection, id: Option<Id>, input: &CommitteeInput) -> Result<Vec<FieldError>> {
    let mut errors = Errors::default();
    errors.name("name", "The committee's name", &input.name);
    if input.cadence == CommitteeCadence::Custom {
        match input.cadence_days {
            None => errors.push(
                "cadence_days",
                "A custom cadence needs its number of days between meetings (1-730)",
            ),
            Some(days) => errors.range(
                "cadence_days",
                "The days between meetings",
                days,
                1,
                CADENCE_DAYS_MAX,
            ),
        }
    }
    optional(
        &mut errors,
        "purpose",
        "The purpose",
        &input.purpose,
        LONG_TEXT_MAX,
    );
    let name = input.name.trim();
    if !name.is_empty() {
        let other: Option<Id> = conn
            .prepare_cached(
                "SELECT id FROM committees WHERE name = ?1 COLLATE NOCASE AND id IS NOT ?2
                 ORDER BY id LIMIT 1",
            )?
            .query_row(params![name, id], |r| r.get(0))
            .optional()?;
        if let Some(other) = other {
            errors.push(
                "name",
                format!("Committee {other} is already called \"{name}\"; pick another name"),
            );
        }
    }
    Ok(errors.into_vec())
}

/// Every problem with `input` for membership `id` (none when creating).
pub fn check_member(
    conn: &Connection,
    id: Option<Id>,
    input: &MemberInput,
) -> Result<Vec<FieldError>> {
    let mut errors = Errors::default();
    let committee = match input.committee_id {
        None => {
            errors.push("committee_id", "A membership needs a committee; pick one");
            None
        }
        Some(cid) => {
            let found = name_of(conn, "SELECT name FROM committees WHERE id = ?1", cid)?;
            if found.is_none() {
                errors.push(
                    "committee_id",
                    format!("Committee {cid} does not exist; pick an existing committee"),
                );
            }
            found
        }
    };
    let sponsor = match input.sponsor_id {
        None => {
            errors.push("sponsor_id", "A membership needs a sponsor; pick one");
            None
        }
        Some(sid) => {
            let found = name_of(conn, "SELECT name FROM sponsors WHERE id = ?1", sid)?;
            if found.is_none() {
                errors.push(
                    "sponsor_id",
                    format!("Sponsor {sid} does not exist; pick an existing sponsor"),
                );
            }
            found
        }
    };
    match (input.start_date, input.end_date) {
        (None, _) => errors.push(
            "start_date",
            "A membership needs the date it starts (YYYY-MM-DD)",
        ),
        (Some(start), Some(end)) if end < start => errors.push(
            "end_date",
            format!("The end date {end} is before the start date {start}; pick a date on or after the start"),
        ),
        _ => {}
    }
    if let (Some(committee), Some(sponsor), Some(start)) = (committee, sponsor, input.start_date) {
        // Two seats of one person on one committee may follow each other, never overlap.
        let overlap: Option<(Id, String, Option<String>)> = conn
            .prepare_cached(
                "SELECT id, start_date, end_date FROM committee_members
                 WHERE committee_id = ?1 AND sponsor_id = ?2 AND id IS NOT ?3
                   AND (end_date IS NULL OR end_date >= ?4)
                   AND (?5 IS NULL OR start_date <= ?5)
                 ORDER BY start_date, id LIMIT 1",
            )?
            .query_row(
                params![
                    input.committee_id,
                    input.sponsor_id,
                    id,
                    start,
                    input.end_date
                ],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        if let Some((other, from, until)) = overlap {
            let until = until.map_or("with no end date".to_string(), |u| format!("until {u}"));
            errors.push(
                "start_date",
                format!(
                    "{sponsor} already sits on \"{committee}\" from {from} {until} (membership {other}); end that membership before this one starts, or edit it instead"
                ),
            );
        }
    }
    Ok(errors.into_vec())
}

fn name_of(conn: &Connection, sql: &str, id: Id) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(sql)?
        .query_row([id], |r| r.get(0))
        .optional()?)
}
