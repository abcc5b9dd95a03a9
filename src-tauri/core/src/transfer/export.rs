//! Reading the whole database into an `Export`, and writing it as pretty JSON.
//! Read-only, and deterministic: the same database always gives the same bytes.

use rusqlite::Connection;

use super::model::{Export, InitiativeOrgUnit, SettingRecord, StoryRecord, FORMAT, VERSION};
use crate::committees::{actions, decisions, meetings};
use crate::error::{CoreError, Result};
use crate::{
    committees, history, initiatives, metrics, org_units, settings, sponsors, sponsorships,
    stories, touchpoints, warnings, wins,
};

pub fn export(conn: &Connection) -> Result<Export> {
    let mut story_records = Vec::new();
    let mut quotes = Vec::new();
    for story in stories::list_all(conn)? {
        let (record, story_quotes) = StoryRecord::split(story);
        story_records.push(record);
        quotes.extend(story_quotes);
    }
    quotes.sort_by_key(|q| q.id);
    Ok(Export {
        format: FORMAT.to_string(),
        version: VERSION,
        org_units: org_units::list_by_id(conn)?,
        sponsors: sponsors::list_by_id(conn)?,
        initiatives: initiatives::list_by_id(conn)?,
        initiative_org_units: initiatives::org_units_by_initiative(conn, None)?
            .into_iter()
            .map(|(initiative_id, org_unit_id)| InitiativeOrgUnit {
                initiative_id,
                org_unit_id,
            })
            .collect(),
        initiative_milestones: initiatives::milestones_by_id(conn, None)?,
        initiative_assessments: initiatives::assessments_by_id(conn, None)?,
        sponsorships: sponsorships::list_by_id(conn)?,
        touchpoints: touchpoints::list_all(conn)?,
        settings: settings::list_rows(conn)?
            .into_iter()
            .map(|(key, value)| SettingRecord { key, value })
            .collect(),
        warning_acks: warnings::list_acks(conn)?,
        committees: committees::list_all(conn)?,
        committee_members: committees::list_all_members(conn)?,
        meetings: meetings::list_all(conn)?,
        decisions: decisions::list_all(conn)?,
        actions: actions::list_all(conn)?,
        quick_wins: wins::list_all(conn)?,
        stories: story_records,
        quotes,
        metrics: metrics::list_all(conn)?,
        metric_values: metrics::list_all_values(conn)?,
        history: history::list_all(conn)?,
    })
}

/// The export as pretty JSON with a trailing newline, as the CLI writes it.
pub fn export_json(conn: &Connection) -> Result<String> {
    let mut text = serde_json::to_string_pretty(&export(conn)?).map_err(|e| CoreError::Io {
        context: "could not write the export as JSON".to_string(),
        source: e.into(),
    })?;
    text.push('\n');
    Ok(text)
}
