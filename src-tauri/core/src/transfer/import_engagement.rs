//! Import of the engagement records: touchpoints (with their sponsors and asks), the saved
//! settings and the warnings a user acknowledged or snoozed. Each passes its feature's checks.

use rusqlite::Transaction;

use super::import::{invalid_at, refuse};
use super::model::Export;
use crate::error::Result;
use crate::settings::{self, Settings};
use crate::touchpoints::{self, TouchpointInput, TouchpointItemInput};
use crate::warnings;

pub(super) fn insert_touchpoints(tx: &Transaction, e: &Export) -> Result<()> {
    for (index, t) in e.touchpoints.iter().enumerate() {
        // Item ids are left out of the check: they are new to this database, not edits.
        let input = TouchpointInput {
            occurred_on: Some(t.occurred_on),
            kind: t.kind,
            summary: t.summary.clone(),
            stance_observed: t.stance_observed,
            follow_up_on: t.follow_up_on,
            sponsor_ids: t.sponsor_ids.clone(),
            items: t
                .items
                .iter()
                .map(|i| TouchpointItemInput {
                    id: None,
                    kind: i.kind,
                    text: i.text.clone(),
                    status: i.status,
                    resolved_on: i.resolved_on,
                })
                .collect(),
        };
        refuse(
            "touchpoints",
            index,
            Some(t.id),
            touchpoints::check(tx, None, &input)?,
        )?;
        touchpoints::insert_verbatim(tx, t)?;
    }
    Ok(())
}

/// The saved settings: every key one `Settings` knows, values that read as that setting, and
/// together within the ranges a settings form allows.
pub(super) fn insert_settings(tx: &Transaction, e: &Export) -> Result<()> {
    let known = match serde_json::to_value(Settings::default()) {
        Ok(serde_json::Value::Object(fields)) => fields,
        _ => serde_json::Map::new(),
    };
    let mut saved = serde_json::Map::new();
    for (index, row) in e.settings.iter().enumerate() {
        if !known.contains_key(&row.key) {
            let expected: Vec<&str> = known.keys().map(String::as_str).collect();
            return Err(invalid_at(
                "settings",
                index,
                None,
                "key",
                format!(
                    "\"{}\" is not a setting this version knows (expected one of {})",
                    row.key,
                    expected.join(", ")
                ),
            ));
        }
        if saved.insert(row.key.clone(), row.value.clone()).is_some() {
            return Err(invalid_at(
                "settings",
                index,
                None,
                "key",
                format!("\"{}\" is listed twice; keep one", row.key),
            ));
        }
        let mut one = serde_json::Map::new();
        one.insert(row.key.clone(), row.value.clone());
        if let Err(problem) = serde_json::from_value::<Settings>(serde_json::Value::Object(one)) {
            return Err(invalid_at(
                "settings",
                index,
                None,
                "value",
                format!("is not a valid value for \"{}\" ({problem})", row.key),
            ));
        }
    }
    let all: Settings = serde_json::from_value(serde_json::Value::Object(saved)).map_err(|e| {
        invalid_at(
            "settings",
            0,
            None,
            "value",
            format!("the settings do not read together ({e})"),
        )
    })?;
    if let Some(first) = settings::check(&all).into_iter().next() {
        let index = e
            .settings
            .iter()
            .position(|r| first.field.split('.').next() == Some(r.key.as_str()))
            .unwrap_or(0);
        return Err(invalid_at(
            "settings",
            index,
            None,
            &first.field,
            first.message,
        ));
    }
    for row in &e.settings {
        settings::insert_row(tx, &row.key, &row.value)?;
    }
    Ok(())
}

pub(super) fn insert_acks(tx: &Transaction, e: &Export) -> Result<()> {
    for (index, ack) in e.warning_acks.iter().enumerate() {
        refuse("warning_acks", index, None, warnings::check_ack(ack))?;
        warnings::insert_ack_verbatim(tx, ack)?;
    }
    Ok(())
}
