//! Reading and writing metrics and their values, each write validated, in the caller's
//! transaction, with a history row. Deleting a metric deletes its values, each with history.

use rusqlite::{params, Connection, Row, Transaction};

use super::model::{Metric, MetricInput, MetricSeries, MetricValue, MetricValueInput};
use super::validate::{check, check_value};
use crate::error::Result;
use crate::history::{self, HistoryAction};
use crate::store::{all_rows, one_row};
use crate::validate::{into_result, record_label};
use crate::Id;

pub(crate) const ENTITY: &str = "metrics";
pub(crate) const VALUES: &str = "metric_values";

macro_rules! select_metrics {
    () => {
        "SELECT id, name, unit, direction, initiative_id, outcome, created_at, updated_at
         FROM metrics"
    };
}

macro_rules! select_values {
    () => {
        "SELECT id, metric_id, measured_on, value, note, created_at, updated_at FROM metric_values"
    };
}

fn from_row(r: &Row) -> rusqlite::Result<Metric> {
    Ok(Metric {
        id: r.get(0)?,
        name: r.get(1)?,
        unit: r.get(2)?,
        direction: r.get(3)?,
        initiative_id: r.get(4)?,
        outcome: r.get(5)?,
        created_at: r.get(6)?,
        updated_at: r.get(7)?,
    })
}

fn value_from_row(r: &Row) -> rusqlite::Result<MetricValue> {
    Ok(MetricValue {
        id: r.get(0)?,
        metric_id: r.get(1)?,
        measured_on: r.get(2)?,
        value: r.get(3)?,
        note: r.get(4)?,
        created_at: r.get(5)?,
        updated_at: r.get(6)?,
    })
}

pub fn get(conn: &Connection, id: Id) -> Result<Metric> {
    one_row(
        conn,
        concat!(select_metrics!(), " WHERE id = ?1"),
        "metric",
        id,
        from_row,
    )
}

/// Metrics by name (ignoring case), then id.
pub fn list(conn: &Connection) -> Result<Vec<Metric>> {
    all_rows(
        conn,
        concat!(select_metrics!(), " ORDER BY lower(name), id"),
        [],
        from_row,
    )
}

/// Every metric by id (export).
pub fn list_all(conn: &Connection) -> Result<Vec<Metric>> {
    all_rows(
        conn,
        concat!(select_metrics!(), " ORDER BY id"),
        [],
        from_row,
    )
}

pub fn get_value(conn: &Connection, id: Id) -> Result<MetricValue> {
    one_row(
        conn,
        concat!(select_values!(), " WHERE id = ?1"),
        "metric value",
        id,
        value_from_row,
    )
}

/// A metric's values, oldest first. NotFound when the metric does not exist.
pub fn values(conn: &Connection, metric_id: Id) -> Result<Vec<MetricValue>> {
    get(conn, metric_id)?;
    all_rows(
        conn,
        concat!(
            select_values!(),
            " WHERE metric_id = ?1 ORDER BY measured_on, id"
        ),
        [metric_id],
        value_from_row,
    )
}

/// Every value by id (export).
pub fn list_all_values(conn: &Connection) -> Result<Vec<MetricValue>> {
    all_rows(
        conn,
        concat!(select_values!(), " ORDER BY id"),
        [],
        value_from_row,
    )
}

/// Every metric with its values, metrics by name and values oldest first: the dashboard's lines.
pub fn series(conn: &Connection) -> Result<Vec<MetricSeries>> {
    let names: std::collections::BTreeMap<Id, String> =
        all_rows(conn, "SELECT id, name FROM initiatives", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .into_iter()
        .collect();
    list(conn)?
        .into_iter()
        .map(|metric| {
            Ok(MetricSeries {
                initiative: metric.initiative_id.and_then(|i| names.get(&i).cloned()),
                values: values(conn, metric.id)?,
                metric,
            })
        })
        .collect()
}

fn validated(conn: &Connection, id: Option<Id>, input: &MetricInput) -> Result<()> {
    into_result(
        record_label("metric", id, &input.name),
        check(conn, id, input)?,
    )
}

pub fn create(tx: &Transaction, input: &MetricInput) -> Result<Metric> {
    create_at(tx, input, &history::now())
}

/// As `create`, stamped `at` (the demo's deterministic clock).
pub fn create_at(tx: &Transaction, input: &MetricInput, at: &str) -> Result<Metric> {
    validated(tx, None, input)?;
    tx.prepare_cached(
        "INSERT INTO metrics (name, unit, direction, initiative_id, outcome, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
    )?
    .execute(params![
        input.name.trim(),
        input.unit.trim(),
        input.direction,
        input.initiative_id,
        input.outcome,
        at
    ])?;
    let metric = get(tx, tx.last_insert_rowid())?;
    history::record_at(
        tx,
        at,
        ENTITY,
        metric.id,
        HistoryAction::Create,
        None,
        Some(&metric),
    )?;
    Ok(metric)
}

pub fn update(tx: &Transaction, id: Id, input: &MetricInput) -> Result<Metric> {
    let old = get(tx, id)?;
    validated(tx, Some(id), input)?;
    tx.prepare_cached(
        "UPDATE metrics SET name = ?2, unit = ?3, direction = ?4, initiative_id = ?5,
                outcome = ?6, updated_at = ?7
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        input.name.trim(),
        input.unit.trim(),
        input.direction,
        input.initiative_id,
        input.outcome,
        history::now()
    ])?;
    history::updated(tx, ENTITY, id, &old, get(tx, id)?)
}

/// Deletes a metric and its values; each leaves a history row.
pub fn delete(tx: &Transaction, id: Id) -> Result<()> {
    let old = get(tx, id)?;
    for value in values(tx, id)? {
        delete_value(tx, value.id)?;
    }
    tx.prepare_cached("DELETE FROM metrics WHERE id = ?1")?
        .execute([id])?;
    history::deleted(tx, ENTITY, id, &old)
}

fn validated_value(conn: &Connection, id: Option<Id>, input: &MetricValueInput) -> Result<()> {
    let label = match input.metric_id {
        Some(metric) => format!("value of metric {metric}"),
        None => "metric value".to_string(),
    };
    into_result(record_label(&label, id, ""), check_value(conn, id, input)?)
}

/// Records a dated value of a metric. A metric that does not exist is a validation error on
/// `metric_id`, and nothing is written.
pub fn add_value(tx: &Transaction, input: &MetricValueInput) -> Result<MetricValue> {
    add_value_at(tx, input, &history::now())
}

/// As `add_value`, stamped `at` (the demo's deterministic clock).
pub fn add_value_at(tx: &Transaction, input: &MetricValueInput, at: &str) -> Result<MetricValue> {
    validated_value(tx, None, input)?;
    tx.prepare_cached(
        "INSERT INTO metric_values (metric_id, measured_on, value, note, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
    )?
    .execute(params![
        input.metric_id,
        input.measured_on,
        input.value,
        input.note.trim(),
        at
    ])?;
    let value = get_value(tx, tx.last_insert_rowid())?;
    history::record_at(
        tx,
        at,
        VALUES,
        value.id,
        HistoryAction::Create,
        None,
        Some(&value),
    )?;
    Ok(value)
}

pub fn update_value(tx: &Transaction, id: Id, input: &MetricValueInput) -> Result<MetricValue> {
    let old = get_value(tx, id)?;
    validated_value(tx, Some(id), input)?;
    tx.prepare_cached(
        "UPDATE metric_values SET metric_id = ?2, measured_on = ?3, value = ?4, note = ?5,
                updated_at = ?6
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        input.metric_id,
        input.measured_on,
        input.value,
        input.note.trim(),
        history::now()
    ])?;
    history::updated(tx, VALUES, id, &old, get_value(tx, id)?)
}

pub fn delete_value(tx: &Transaction, id: Id) -> Result<()> {
    let old = get_value(tx, id)?;
    tx.prepare_cached("DELETE FROM metric_values WHERE id = ?1")?
        .execute([id])?;
    history::deleted(tx, VALUES, id, &old)
}

/// Inserts a metric exactly as exported (import; the caller validates first).
pub fn insert_verbatim(tx: &Transaction, m: &Metric) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO metrics (id, name, unit, direction, initiative_id, outcome, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        m.id,
        m.name,
        m.unit,
        m.direction,
        m.initiative_id,
        m.outcome,
        m.created_at,
        m.updated_at
    ])?;
    Ok(())
}

/// Inserts a value exactly as exported (import; the caller validates first).
pub fn insert_value_verbatim(tx: &Transaction, v: &MetricValue) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO metric_values (id, metric_id, measured_on, value, note, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        v.id,
        v.metric_id,
        v.measured_on,
        v.value,
        v.note,
        v.created_at,
        v.updated_at
    ])?;
    Ok(())
}
