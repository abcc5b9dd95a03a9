//! The rules a sponsor must meet: name, tier, scores, status with its date, a unique email,
//! an existing org unit and a reports-to chain without loops. `check` reports all at once.

use rusqlite::{params, Connection, OptionalExtension};

use super::model::{SponsorInput, SponsorStatus};
use crate::error::{FieldError, Result};
use crate::validate::{find_loop, Errors};
use crate::Id;

/// Every problem with `input` for sponsor `id` (none when creating).
pub fn check(conn: &Connection, id: Option<Id>, input: &SponsorInput) -> Result<Vec<FieldError>> {
    let mut errors = Errors(fields(input));
    if let Some(email) = clean_email(input.email.as_deref()) {
        // `email IS NOT NULL` lets SQLite use the partial index sponsors_email (it cannot infer
        // it from lower(email) = ..); without it every check scanned the whole table.
        let other: Option<(Id, String)> = conn
            .prepare_cached(
                "SELECT id, name FROM sponsors
                 WHERE lower(email) = lower(?1) AND email IS NOT NULL AND id IS NOT ?2",
            )?
            .query_row(params![email, id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        if let Some((other_id, other_name)) = other {
            errors.push(
                "email",
                format!("{email} is already the email of {other_name} (sponsor {other_id}); use another address or leave it empty"),
            );
        }
    }
    if let Some(unit) = input.org_unit_id {
        let exists = conn
            .prepare_cached("SELECT 1 FROM org_units WHERE id = ?1")?
            .exists([unit])?;
        if !exists {
            errors.push(
                "org_unit_id",
                format!("Org unit {unit} does not exist; pick an existing unit"),
            );
        }
    }
    if let Some(boss) = input.reports_to_id {
        if Some(boss) == id {
            errors.push(
                "reports_to_id",
                "A sponsor cannot report to themselves; pick someone else or nobody",
            );
        } else if name_of(conn, boss)?.is_none() {
            errors.push(
                "reports_to_id",
                format!("Sponsor {boss} does not exist; pick an existing person or nobody"),
            );
        } else if let Some(id) = id {
            if let Some(path) = find_loop(
                conn,
                "SELECT name, reports_to_id FROM sponsors WHERE id = ?1",
                id,
                boss,
            )? {
                errors.push(
                    "reports_to_id",
                    format!("That would make a reporting loop ({path}); pick someone who does not report to this sponsor"),
                );
            }
        }
    }
    Ok(errors.into_vec())
}

/// The rules that need no database.
fn fields(input: &SponsorInput) -> Vec<FieldError> {
    let mut errors = Errors::default();
    errors.name("name", "The sponsor's name", &input.name);
    if let Some(email) = clean_email(input.email.as_deref()) {
        if !looks_like_email(email) {
            errors.push("email", format!("\"{email}\" is not an email address; write it like name@example.org or leave it empty"));
        }
    }
    if input.org_unit_id.is_none() {
        errors.push("org_unit_id", "A sponsor belongs to an org unit; pick one");
    }
    errors.range("tier", "Tier", input.tier, 1, 4);
    errors.range("influence", "Influence", input.influence, 1, 5);
    errors.range("interest", "Interest", input.interest, 1, 5);
    let missing_date = match input.status {
        SponsorStatus::Active => {
            if input.status_date.is_some() {
                errors.push(
                    "status_date",
                    "An active sponsor has no status date; clear the date or pick another status",
                );
            }
            None
        }
        SponsorStatus::Departing => Some("A departing sponsor needs the expected departure date"),
        SponsorStatus::Departed => Some("A departed sponsor needs the date they left"),
        SponsorStatus::RoleChanged => {
            Some("A sponsor whose role changed needs the date it changed")
        }
    };
    if let (Some(message), None) = (missing_date, input.status_date) {
        errors.push("status_date", message);
    }
    errors.into_vec()
}

/// The email as it will be stored: trimmed, and none when blank.
pub(crate) fn clean_email(email: Option<&str>) -> Option<&str> {
    email.map(str::trim).filter(|e| !e.is_empty())
}

/// One `@` with something before it and a dotted domain after it, and no spaces.
fn looks_like_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !email.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|part| !part.is_empty())
}

fn name_of(conn: &Connection, id: Id) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT name FROM sponsors WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_shapes() {
        for ok in ["a@b.co", "ada.lovelace@northwind.example"] {
            assert!(looks_like_email(ok), "{ok}");
        }
        for bad in ["ada", "@b.co", "a@b", "a@@b.co", "a b@c.de", "a@b.", "a@.b"] {
            assert!(!looks_like_email(bad), "{bad}");
        }
    }
}
