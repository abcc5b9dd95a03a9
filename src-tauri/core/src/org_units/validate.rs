//! The rules an org unit must meet: a name, and a parent that exists without making a loop.
//! `check` reports every problem at once; create and update call it before writing.

use rusqlite::{Connection, OptionalExtension};

use super::model::OrgUnitInput;
use crate::error::{FieldError, Result};
use crate::validate::{find_loop, Errors};
use crate::Id;

/// Every problem with `input` for org unit `id` (none when creating).
pub fn check(conn: &Connection, id: Option<Id>, input: &OrgUnitInput) -> Result<Vec<FieldError>> {
    let mut errors = Errors(fields(input));
    if let Some(parent) = input.parent_id {
        if Some(parent) == id {
            errors.push(
                "parent_id",
                "An org unit cannot be its own parent; pick another parent or none",
            );
        } else if parent_name(conn, parent)?.is_none() {
            errors.push(
                "parent_id",
                format!("Parent org unit {parent} does not exist; pick an existing unit or none"),
            );
        } else if let Some(id) = id {
            if let Some(path) = find_loop(
                conn,
                "SELECT name, parent_id FROM org_units WHERE id = ?1",
                id,
                parent,
            )? {
                errors.push(
                    "parent_id",
                    format!("That parent would make a loop ({path}); pick a unit that is not below this one"),
                );
            }
        }
    }
    Ok(errors.into_vec())
}

/// The rules that need no database.
fn fields(input: &OrgUnitInput) -> Vec<FieldError> {
    let mut errors = Errors::default();
    errors.name("name", "The org unit's name", &input.name);
    errors.into_vec()
}

fn parent_name(conn: &Connection, id: Id) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT name FROM org_units WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}
