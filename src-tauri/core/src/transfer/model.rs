//! The export file's shape: one list per record kind, in a fixed key order, each sorted by id.
//! A plain struct on purpose: a new record kind is one more field here plus its insert step.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use chrono::NaiveDate;

use crate::committees::{ActionItem, Committee, CommitteeMember, Decision, Meeting};
use crate::history::HistoryEntry;
use crate::initiatives::{Assessment, Initiative, Milestone};
use crate::metrics::{Metric, MetricValue};
use crate::org_units::OrgUnit;
use crate::sponsors::Sponsor;
use crate::sponsorships::Sponsorship;
use crate::stories::{Consent, Impact, Quote, Story, Usage};
use crate::touchpoints::Touchpoint;
use crate::warnings::WarningAck;
use crate::wins::QuickWin;
use crate::Id;

/// The value of `format` in every export.
pub const FORMAT: &str = "sponsor-desk";
/// The export format's version; bumped only when an older reader could misread a file.
pub const VERSION: u32 = 1;

/// The whole database. Keys serialize in this order; lists that are missing read as empty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Export {
    pub format: String,
    pub version: u32,
    #[serde(default)]
    pub org_units: Vec<OrgUnit>,
    #[serde(default)]
    pub sponsors: Vec<Sponsor>,
    #[serde(default)]
    pub initiatives: Vec<Initiative>,
    #[serde(default)]
    pub initiative_org_units: Vec<InitiativeOrgUnit>,
    #[serde(default)]
    pub initiative_milestones: Vec<Milestone>,
    #[serde(default)]
    pub initiative_assessments: Vec<Assessment>,
    #[serde(default)]
    pub sponsorships: Vec<Sponsorship>,
    /// With their sponsor ids and asks/commitments nested: those are saved with the touchpoint.
    #[serde(default)]
    pub touchpoints: Vec<Touchpoint>,
    /// Only the settings ever saved (the rest take their defaults), by key.
    #[serde(default)]
    pub settings: Vec<SettingRecord>,
    /// By code, subject kind and subject id (they have no id of their own).
    #[serde(default)]
    pub warning_acks: Vec<WarningAck>,
    #[serde(default)]
    pub committees: Vec<Committee>,
    #[serde(default)]
    pub committee_members: Vec<CommitteeMember>,
    /// With their agenda items and attendance nested: those are saved with the meeting.
    #[serde(default)]
    pub meetings: Vec<Meeting>,
    /// With their initiative ids.
    #[serde(default)]
    pub decisions: Vec<Decision>,
    #[serde(default)]
    pub actions: Vec<ActionItem>,
    /// With their evidence and sponsor ids.
    #[serde(default)]
    pub quick_wins: Vec<QuickWin>,
    /// With their tags, impacts and usages; quotes are their own list (CLI.md names `quotes`).
    #[serde(default)]
    pub stories: Vec<StoryRecord>,
    #[serde(default)]
    pub quotes: Vec<QuoteRecord>,
    #[serde(default)]
    pub metrics: Vec<Metric>,
    #[serde(default)]
    pub metric_values: Vec<MetricValue>,
    /// Last: it tells the story of every record above.
    #[serde(default)]
    pub history: Vec<HistoryEntry>,
}

/// One saved setting: its key (a field of `settings::Settings`) and its value as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingRecord {
    pub key: String,
    pub value: serde_json::Value,
}

/// A success story as exported: `stories::Story` without its quotes, which are `quotes`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryRecord {
    pub id: Id,
    pub initiative_id: Id,
    pub told_on: NaiveDate,
    pub headline: String,
    pub narrative: String,
    pub tags: Vec<String>,
    pub impacts: Vec<Impact>,
    pub usages: Vec<Usage>,
    pub created_at: String,
    pub updated_at: String,
}

/// A quote as exported: `stories::Quote` plus its place among its story's quotes (1, 2, ...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteRecord {
    pub id: Id,
    pub story_id: Id,
    pub position: i64,
    pub text: String,
    pub person_name: String,
    pub person_role: String,
    pub consent: Consent,
    pub consent_on: Option<NaiveDate>,
}

impl StoryRecord {
    /// Splits a story into its record and its quotes (numbered in the story's order).
    pub fn split(story: Story) -> (StoryRecord, Vec<QuoteRecord>) {
        let quotes = (1_i64..)
            .zip(story.quotes)
            .map(|(position, q)| QuoteRecord {
                id: q.id,
                story_id: q.story_id,
                position,
                text: q.text,
                person_name: q.person_name,
                person_role: q.person_role,
                consent: q.consent,
                consent_on: q.consent_on,
            })
            .collect();
        let record = StoryRecord {
            id: story.id,
            initiative_id: story.initiative_id,
            told_on: story.told_on,
            headline: story.headline,
            narrative: story.narrative,
            tags: story.tags,
            impacts: story.impacts,
            usages: story.usages,
            created_at: story.created_at,
            updated_at: story.updated_at,
        };
        (record, quotes)
    }

    /// The story again, with `quotes` (already in position order) put back.
    pub fn join(&self, quotes: &[&QuoteRecord]) -> Story {
        Story {
            id: self.id,
            initiative_id: self.initiative_id,
            told_on: self.told_on,
            headline: self.headline.clone(),
            narrative: self.narrative.clone(),
            tags: self.tags.clone(),
            quotes: quotes
                .iter()
                .map(|q| Quote {
                    id: q.id,
                    story_id: q.story_id,
                    text: q.text.clone(),
                    person_name: q.person_name.clone(),
                    person_role: q.person_role.clone(),
                    consent: q.consent,
                    consent_on: q.consent_on,
                })
                .collect(),
            impacts: self.impacts.clone(),
            usages: self.usages.clone(),
            created_at: self.created_at.clone(),
            updated_at: self.updated_at.clone(),
        }
    }
}

/// An org unit an initiative spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct InitiativeOrgUnit {
    pub initiative_id: Id,
    pub org_unit_id: Id,
}

/// How many records an import wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
pub struct ImportSummary {
    pub org_units: u32,
    pub sponsors: u32,
    pub initiatives: u32,
    pub sponsorships: u32,
    pub touchpoints: u32,
    pub committees: u32,
    pub meetings: u32,
    pub decisions: u32,
    pub actions: u32,
    pub quick_wins: u32,
    pub stories: u32,
    pub metrics: u32,
    pub history: u32,
}

impl std::fmt::Display for ImportSummary {
    /// "15 org units, 30 sponsors, ..., 4 metrics, 81 history entries": every kind, zeros too,
    /// so scripts can read the same shape whatever the file held.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} org units, {} sponsors, {} initiatives, {} sponsorships, {} touchpoints, \
             {} committees, {} meetings, {} decisions, {} actions, {} quick wins, {} stories, \
             {} metrics, {} history entries",
            self.org_units,
            self.sponsors,
            self.initiatives,
            self.sponsorships,
            self.touchpoints,
            self.committees,
            self.meetings,
            self.decisions,
            self.actions,
            self.quick_wins,
            self.stories,
            self.metrics,
            self.history
        )
    }
}
