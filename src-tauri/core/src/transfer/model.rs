//! The export file's shape: one list per record kind, in a fixed key order, each sorted by id.
//! A plain struct on purpose: a new record kind is one more field here plus its insert step.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::history::HistoryEntry;
use crate::initiatives::{Assessment, Initiative, Milestone};
use crate::org_units::OrgUnit;
use crate::sponsors::Sponsor;
use crate::sponsorships::Sponsorship;
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
    #[serde(default)]
    pub history: Vec<HistoryEntry>,
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
    pub history: u32,
}

impl std::fmt::Display for ImportSummary {
    /// "15 org units, 30 sponsors, 9 initiatives, 27 sponsorships, 81 history entries".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} org units, {} sponsors, {} initiatives, {} sponsorships, {} history entries",
            self.org_units, self.sponsors, self.initiatives, self.sponsorships, self.history
        )
    }
}
