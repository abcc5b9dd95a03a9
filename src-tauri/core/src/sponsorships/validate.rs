//! The rules a sponsorship must meet: an existing sponsor and initiative, a start date, an end
//! not before the start, and no second open sponsorship of the same person, initiative and role.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::model::SponsorshipInput;
use crate::error::{FieldError, Result};
use crate::validate::Errors;
use crate::Id;

/// Every problem with `input` for sponsorship `id` (none when creating), as of today.
pub fn check(
    conn: &Connection,
    id: Option<Id>,
    input: &SponsorshipInput,
) -> Result<Vec<FieldError>> {
    check_on(conn, id, input, chrono::Local::now().date_naive())
}

pub(crate) fn check_on(
    conn: &Connection,
    id: Option<Id>,
    input: &SponsorshipInput,
    today: NaiveDate,
) -> Result<Vec<FieldError>> {
    let mut errors = Errors(fields(input));
    let name = |sql: &str, id: Id| -> Result<Option<String>> {
        Ok(conn
            .prepare_cached(sql)?
            .query_row([id], |r| r.get(0))
            .optional()?)
    };
    let sponsor = match input.sponsor_id {
        Some(sid) => {
            let found = name("SELECT name FROM sponsors WHERE id = ?1", sid)?;
            if found.is_none() {
                errors.push(
                    "sponsor_id",
                    format!("Sponsor {sid} does not exist; pick an existing sponsor"),
                );
            }
            found
        }
        None => None,
    };
    let initiative = match input.initiative_id {
        Some(iid) => {
            let found = name("SELECT name FROM initiatives WHERE id = ?1", iid)?;
            if found.is_none() {
                errors.push(
                    "initiative_id",
                    format!("Initiative {iid} does not exist; pick an existing initiative"),
                );
            }
            found
        }
        None => None,
    };
    let still_open = input.end_date.is_none_or(|end| end >= today);
    if let (Some(sponsor), Some(initiative), true) = (sponsor, initiative, still_open) {
        let other: Option<Id> = conn
            .prepare_cached(
                "SELECT id FROM sponsorships
                 WHERE sponsor_id = ?1 AND initiative_id = ?2 AND role = ?3
                   AND (end_date IS NULL OR end_date >= ?4) AND id IS NOT ?5
                 ORDER BY id LIMIT 1",
            )?
            .query_row(
                params![input.sponsor_id, input.initiative_id, input.role, today, id],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(other) = other {
            errors.push(
                "role",
                format!(
                    "{sponsor} already has an open {} sponsorship of \"{initiative}\" (sponsorship {other}); end that one first or pick another role",
                    input.role.as_str().replace('_', " ")
                ),
            );
        }
    }
    Ok(errors.into_vec())
}

/// The rules that need no database.
fn fields(input: &SponsorshipInput) -> Vec<FieldError> {
    let mut errors = Errors::default();
    if input.sponsor_id.is_none() {
        errors.push("sponsor_id", "A sponsorship needs a sponsor; pick one");
    }
    if input.initiative_id.is_none() {
        errors.push(
            "initiative_id",
            "A sponsorship needs an initiative; pick one",
        );
    }
    match (input.start_date, input.end_date) {
        (None, _) => errors.push("start_date", "A sponsorship needs the date it started"),
        (Some(start), Some(end)) if end < start => errors.push(
            "end_date",
            format!("The end date {end} is before the start date {start}; pick a date on or after the start"),
        ),
        _ => {}
    }
    errors.into_vec()
}
