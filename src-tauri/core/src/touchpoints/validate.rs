//! Field rules for a touchpoint: who it was with, when, what was said, and its asks and
//! commitments. Returns every problem at once so a form can show each beside its field.

use std::collections::BTreeSet;

use rusqlite::{params, Connection, OptionalExtension};

use super::model::{ItemStatus, TouchpointInput, TouchpointItemInput};
use crate::error::{FieldError, Result};
use crate::validate::{required_text as text, Errors};
use crate::Id;

/// The longest summary, in characters after trimming.
pub const SUMMARY_MAX: usize = 2000;
/// The longest ask or commitment text, in characters after trimming.
pub const TEXT_MAX: usize = 2000;

/// Every problem with `input`, for the touchpoint `id` (none when it is new).
pub fn check(
    conn: &Connection,
    id: Option<Id>,
    input: &TouchpointInput,
) -> Result<Vec<FieldError>> {
    let mut errors = Errors::default();
    if input.occurred_on.is_none() {
        errors.push(
            "occurred_on",
            "The date of the touchpoint is required (YYYY-MM-DD)",
        );
    }
    text(
        &mut errors,
        "summary",
        "The summary",
        &input.summary,
        SUMMARY_MAX,
    );
    check_sponsors(conn, &mut errors, &input.sponsor_ids)?;
    if let (Some(on), Some(follow_up)) = (input.occurred_on, input.follow_up_on) {
        if follow_up < on {
            errors.push(
                "follow_up_on",
                format!("The follow-up date {follow_up} is before the touchpoint ({on}); pick {on} or later"),
            );
        }
    }
    let own_items = match id {
        Some(id) => item_ids_of(conn, id)?,
        None => BTreeSet::new(),
    };
    let mut seen = BTreeSet::new();
    for (i, item) in input.items.iter().enumerate() {
        check_item(&mut errors, i, item, input.occurred_on);
        if let Some(item_id) = item.id {
            if !own_items.contains(&item_id) {
                errors.push(
                    format!("items[{i}].id"),
                    format!("Item {item_id} is not part of this touchpoint; leave the id out to add a new item"),
                );
            } else if !seen.insert(item_id) {
                errors.push(
                    format!("items[{i}].id"),
                    format!("Item {item_id} is listed twice"),
                );
            }
        }
    }
    Ok(errors.into_vec())
}

/// Rules for one ask or commitment, also used when only its status changes.
pub(super) fn check_item(
    errors: &mut Errors,
    index: usize,
    item: &TouchpointItemInput,
    occurred_on: Option<chrono::NaiveDate>,
) {
    let what = match item.kind {
        super::model::ItemKind::Ask => "The ask",
        super::model::ItemKind::Commitment => "The commitment",
    };
    text(
        errors,
        &format!("items[{index}].text"),
        what,
        &item.text,
        TEXT_MAX,
    );
    resolution(
        errors,
        &format!("items[{index}].resolved_on"),
        item.status,
        item.resolved_on,
        occurred_on,
    );
}

/// An item is resolved on a date exactly when it is met or dropped, never before the touchpoint.
pub(super) fn resolution(
    errors: &mut Errors,
    field: &str,
    status: ItemStatus,
    resolved_on: Option<chrono::NaiveDate>,
    occurred_on: Option<chrono::NaiveDate>,
) {
    match (status, resolved_on) {
        (ItemStatus::Open, Some(_)) => errors.push(
            field,
            "An open item has no resolution date; clear it or mark the item met or dropped",
        ),
        (ItemStatus::Met | ItemStatus::Dropped, None) => errors.push(
            field,
            format!("Say when the item was {} (YYYY-MM-DD)", status.as_str()),
        ),
        (_, Some(on)) => {
            if let Some(start) = occurred_on.filter(|start| on < *start) {
                errors.push(
                    field,
                    format!("The resolution date {on} is before the touchpoint ({start}); pick {start} or later"),
                );
            }
        }
        (ItemStatus::Open, None) => {}
    }
}

fn check_sponsors(conn: &Connection, errors: &mut Errors, ids: &[Id]) -> Result<()> {
    if ids.is_empty() {
        errors.push(
            "sponsor_ids",
            "Pick at least one sponsor the touchpoint was with",
        );
        return Ok(());
    }
    let mut stmt = conn.prepare_cached("SELECT 1 FROM sponsors WHERE id = ?1")?;
    let unique: BTreeSet<Id> = ids.iter().copied().collect();
    let mut missing = Vec::new();
    for id in unique {
        if stmt
            .query_row(params![id], |_| Ok(()))
            .optional()?
            .is_none()
        {
            missing.push(id.to_string());
        }
    }
    if !missing.is_empty() {
        errors.push(
            "sponsor_ids",
            format!(
                "No sponsor has the id {}; pick sponsors from the list",
                missing.join(", ")
            ),
        );
    }
    Ok(())
}

fn item_ids_of(conn: &Connection, touchpoint_id: Id) -> Result<BTreeSet<Id>> {
    let mut stmt =
        conn.prepare_cached("SELECT id FROM touchpoint_items WHERE touchpoint_id = ?1")?;
    let ids = stmt.query_map(params![touchpoint_id], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}
