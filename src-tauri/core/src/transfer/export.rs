//! Reading the whole database into an `Export`, and writing it as pretty JSON.
//! Read-only, and deterministic: the same database always gives the same bytes.

use std::io::{BufWriter, Write};

use rusqlite::Connection;
use serde::Serialize;

use super::model::{
    Export, InitiativeOrgUnit, QuoteRecord, SettingRecord, StoryRecord, FORMAT, VERSION,
};
use crate::committees::{actions, decisions, meetings};
use crate::error::{CoreError, Result};
use crate::{
    committees, history, initiatives, metrics, org_units, settings, sponsors, sponsorships,
    stories, touchpoints, warnings, wins,
};

pub fn export(conn: &Connection) -> Result<Export> {
    read(conn, true)
}

/// Every list of the export; the history only `with_history` (the streamed export reads it as
/// stored text instead).
fn read(conn: &Connection, with_history: bool) -> Result<Export> {
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
        history: if with_history {
            history::list_all(conn)?
        } else {
            Vec::new()
        },
    })
}

/// The export as pretty JSON with a trailing newline, as the CLI writes it.
pub fn export_json(conn: &Connection) -> Result<String> {
    let mut bytes = Vec::new();
    export_to(conn, &mut bytes)?;
    String::from_utf8(bytes).map_err(|e| json_error(std::io::Error::other(e)))
}

/// `export_json`'s text written into `out` as it is produced, never whole in memory: what the
/// CLI writes to a file. The history's JSON goes from the database to `out` without being
/// parsed into values (see `history::StoredEntry`); the bytes are the same as `Export`'s.
pub fn export_to(conn: &Connection, out: impl Write) -> Result<()> {
    let Export {
        format,
        version,
        org_units,
        sponsors,
        initiatives,
        initiative_org_units,
        initiative_milestones,
        initiative_assessments,
        sponsorships,
        touchpoints,
        settings,
        warning_acks,
        committees,
        committee_members,
        meetings,
        decisions,
        actions,
        quick_wins,
        stories,
        quotes,
        metrics,
        metric_values,
        history: _,
    } = read(conn, false)?;
    let streamed = Streamed {
        format: &format,
        version,
        org_units: &org_units,
        sponsors: &sponsors,
        initiatives: &initiatives,
        initiative_org_units: &initiative_org_units,
        initiative_milestones: &initiative_milestones,
        initiative_assessments: &initiative_assessments,
        sponsorships: &sponsorships,
        touchpoints: &touchpoints,
        settings: &settings,
        warning_acks: &warning_acks,
        committees: &committees,
        committee_members: &committee_members,
        meetings: &meetings,
        decisions: &decisions,
        actions: &actions,
        quick_wins: &quick_wins,
        stories: &stories,
        quotes: &quotes,
        metrics: &metrics,
        metric_values: &metric_values,
        history: &history::list_all_stored(conn)?,
    };
    let mut out = BufWriter::with_capacity(1 << 16, out);
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut out, serde_json::ser::PrettyFormatter::new());
    streamed
        .serialize(&mut serializer)
        .map_err(|e| json_error(e.into()))?;
    out.write_all(b"\n").map_err(json_error)?;
    out.flush().map_err(json_error)
}

/// `Export` by reference, field for field in its order, with the history as stored. The
/// destructuring in `export_to` names every field, so a new one fails to compile until added.
#[derive(Serialize)]
struct Streamed<'a> {
    format: &'a str,
    version: u32,
    org_units: &'a [crate::org_units::OrgUnit],
    sponsors: &'a [crate::sponsors::Sponsor],
    initiatives: &'a [crate::initiatives::Initiative],
    initiative_org_units: &'a [InitiativeOrgUnit],
    initiative_milestones: &'a [crate::initiatives::Milestone],
    initiative_assessments: &'a [crate::initiatives::Assessment],
    sponsorships: &'a [crate::sponsorships::Sponsorship],
    touchpoints: &'a [crate::touchpoints::Touchpoint],
    settings: &'a [SettingRecord],
    warning_acks: &'a [crate::warnings::WarningAck],
    committees: &'a [crate::committees::Committee],
    committee_members: &'a [crate::committees::CommitteeMember],
    meetings: &'a [crate::committees::Meeting],
    decisions: &'a [crate::committees::Decision],
    actions: &'a [crate::committees::ActionItem],
    quick_wins: &'a [crate::wins::QuickWin],
    stories: &'a [StoryRecord],
    quotes: &'a [QuoteRecord],
    metrics: &'a [crate::metrics::Metric],
    metric_values: &'a [crate::metrics::MetricValue],
    history: &'a [history::StoredEntry],
}

fn json_error(source: std::io::Error) -> CoreError {
    CoreError::Io {
        context: "could not write the export as JSON".to_string(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::{self, DemoSize};
    use crate::Store;

    /// The streamed text against serde's own text of `export`: the contract both must keep.
    fn value_path(conn: &Connection) -> String {
        let mut text = serde_json::to_string_pretty(&export(conn).unwrap()).unwrap();
        text.push('\n');
        text
    }

    #[test]
    fn streamed_text_is_the_exports_text() {
        let mut store = Store::open_in_memory().unwrap();
        assert_eq!(export_json(store.conn()).unwrap(), value_path(store.conn()));
        let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 15).unwrap();
        demo::fill(&mut store, DemoSize::Small, 3, today).unwrap();
        // Rows no writer of the app makes: keys out of order, a float, a bare value.
        store
            .conn()
            .execute_batch(
                r#"INSERT INTO history (at, entity, entity_id, action, old_values, new_values)
                   VALUES ('2026-01-01T00:00:00.000Z', 'sponsors', 1, 'update',
                           '{"b":1,"a":{"z":[],"y":{}}}', '{"a":1.5e-7,"b":[null,"\u00e9"]}'),
                          ('2026-01-01T00:00:01.000Z', 'sponsors', 1, 'update', '7', NULL);"#,
            )
            .unwrap();
        let whole = export(store.conn()).unwrap();
        assert!(!whole.history.is_empty() && !whole.sponsors.is_empty());
        let mut streamed = Vec::new();
        export_to(store.conn(), &mut streamed).unwrap();
        assert_eq!(
            String::from_utf8(streamed).unwrap(),
            value_path(store.conn())
        );
    }

    #[test]
    fn touchpoints_are_the_timelines_by_id() {
        let mut store = Store::open_in_memory().unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 15).unwrap();
        demo::fill(&mut store, DemoSize::Small, 5, today).unwrap();
        let query = crate::touchpoints::TimelineQuery::default();
        let mut timeline: Vec<_> = crate::touchpoints::timeline(store.conn(), &query)
            .unwrap()
            .into_iter()
            .map(|e| e.touchpoint)
            .collect();
        timeline.sort_by_key(|t| t.id);
        let all = touchpoints::list_all(store.conn()).unwrap();
        assert!(all
            .iter()
            .any(|t| t.sponsor_ids.len() > 1 && !t.items.is_empty()));
        assert_eq!(all, timeline);
    }

    #[test]
    fn stories_are_each_storys_own() {
        let mut store = Store::open_in_memory().unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 15).unwrap();
        demo::fill(&mut store, DemoSize::Small, 5, today).unwrap();
        let all = stories::list_all(store.conn()).unwrap();
        let one_by_one: Vec<_> = all
            .iter()
            .map(|s| stories::get(store.conn(), s.id).unwrap())
            .collect();
        assert!(all.iter().any(|s| s.tags.len() > 1));
        assert!(all
            .iter()
            .any(|s| s.quotes.len() > 1 && !s.impacts.is_empty()));
        assert!(all.iter().any(|s| !s.usages.is_empty()));
        assert_eq!(all, one_by_one);
    }

    #[test]
    fn stored_text_that_is_not_json_fails_the_export() {
        let store = Store::open_in_memory().unwrap();
        store
            .conn()
            .execute_batch(
                "INSERT INTO history (at, entity, entity_id, action, new_values)
                 VALUES ('2026-01-01T00:00:00.000Z', 'sponsors', 1, 'create', '{broken');",
            )
            .unwrap();
        assert!(export_json(store.conn()).is_err());
    }
}
