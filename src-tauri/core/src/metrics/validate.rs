//! The rules a metric and a value must meet: a unique name, an existing initiative; a value on
//! an existing metric, dated once per day, and finite (no NaN, no infinity, nothing beyond f64).

use rusqlite::{params, Connection, OptionalExtension};

use super::model::{MetricInput, MetricValueInput};
use crate::error::{FieldError, Result};
use crate::validate::{Errors, NAME_MAX};
use crate::wins::text::{finite, optional};
use crate::Id;

/// The longest outcome or value note, in characters.
pub const OUTCOME_MAX: usize = 2000;

pub fn check(conn: &Connection, id: Option<Id>, input: &MetricInput) -> Result<Vec<FieldError>> {
    let mut errors = Errors::default();
    errors.name("name", "The metric's name", &input.name);
    optional(&mut errors, "unit", "The unit", &input.unit, NAME_MAX);
    optional(
        &mut errors,
        "outcome",
        "The outcome",
        &input.outcome,
        OUTCOME_MAX,
    );
    let other: Option<Id> = conn
        .prepare_cached(
            "SELECT id FROM metrics WHERE lower(trim(name)) = lower(trim(?1)) AND id IS NOT ?2",
        )?
        .query_row(params![input.name, id], |r| r.get(0))
        .optional()?;
    if let Some(other) = other {
        errors.push(
            "name",
            format!(
                "Metric {other} already has the name \"{}\"; pick another name",
                input.name.trim()
            ),
        );
    }
    if let Some(initiative) = input.initiative_id {
        if !crate::stories::exists(conn, "SELECT 1 FROM initiatives WHERE id = ?1", initiative)? {
            errors.push(
                "initiative_id",
                format!(
                    "Initiative {initiative} does not exist; pick an existing initiative or none"
                ),
            );
        }
    }
    Ok(errors.into_vec())
}

/// Every problem with a value (`id` of the value being edited, none when adding).
pub fn check_value(
    conn: &Connection,
    id: Option<Id>,
    input: &MetricValueInput,
) -> Result<Vec<FieldError>> {
    let mut errors = Errors::default();
    match input.metric_id {
        None => errors.push("metric_id", "A value belongs to a metric; pick one"),
        Some(metric) => {
            if !crate::stories::exists(conn, "SELECT 1 FROM metrics WHERE id = ?1", metric)? {
                errors.push(
                    "metric_id",
                    format!("Metric {metric} does not exist; pick an existing metric"),
                );
            }
        }
    }
    finite(&mut errors, "value", "The value", input.value);
    optional(&mut errors, "note", "The note", &input.note, OUTCOME_MAX);
    match input.measured_on {
        None => errors.push("measured_on", "A value needs the date it was measured"),
        Some(on) => {
            let other: Option<Id> = conn
                .prepare_cached(
                    "SELECT id FROM metric_values WHERE metric_id = ?1 AND measured_on = ?2
                       AND id IS NOT ?3",
                )?
                .query_row(params![input.metric_id, on, id], |r| r.get(0))
                .optional()?;
            if let Some(other) = other {
                errors.push(
                    "measured_on",
                    format!("This metric already has a value on {on} (value {other}); edit that value instead"),
                );
            }
        }
    }
    Ok(errors.into_vec())
}
