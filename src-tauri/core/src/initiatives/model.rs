//! Initiatives: KM programmes, communities of practice and projects, with the sponsor coverage
//! each one needs per tier, its quarterly milestones and maturity assessments.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::sponsorships::model::SponsorshipView;
use crate::Id;

text_enum!(
    InitiativeKind {
        Programme => "programme",
        CommunityOfPractice => "community_of_practice",
        Project => "project",
    }
);

text_enum!(
    InitiativeStatus {
        Proposed => "proposed",
        Active => "active",
        OnHold => "on_hold",
        Completed => "completed",
        Cancelled => "cancelled",
    }
);

/// Active sponsors an initiative needs. `executive` counts tiers 1 and 2 together, so the
/// default (one executive, one tier-3 line manager) is `{executive: 1, tier3: 1}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RequiredCoverage {
    pub executive: u8,
    pub tier1: u8,
    pub tier2: u8,
    pub tier3: u8,
    pub tier4: u8,
}

impl Default for RequiredCoverage {
    fn default() -> Self {
        RequiredCoverage {
            executive: 1,
            tier1: 0,
            tier2: 0,
            tier3: 1,
            tier4: 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Initiative {
    pub id: Id,
    pub name: String,
    pub kind: InitiativeKind,
    pub business_problem: String,
    pub measurable_goal: String,
    pub owner: String,
    pub status: InitiativeStatus,
    pub start_date: Option<NaiveDate>,
    pub target_date: Option<NaiveDate>,
    pub maturity_baseline: Option<u8>,
    pub required_coverage: RequiredCoverage,
    pub created_at: String,
    pub updated_at: String,
}

/// An interim milestone, by quarter (`2026-Q3`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub id: Id,
    pub initiative_id: Id,
    pub quarter: String,
    pub title: String,
    pub done: bool,
}

/// A maturity re-assessment (level 1-5) on a date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub id: Id,
    pub initiative_id: Id,
    pub assessed_on: NaiveDate,
    pub level: u8,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MilestoneInput {
    pub quarter: String,
    pub title: String,
    #[serde(default)]
    pub done: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct AssessmentInput {
    pub assessed_on: NaiveDate,
    pub level: i64,
    #[serde(default)]
    pub note: String,
}

/// What a user submits to create or update an initiative. Milestones, assessments and spanned
/// org units are replaced as a whole, in the same transaction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct InitiativeInput {
    pub name: String,
    pub kind: InitiativeKind,
    #[serde(default)]
    pub business_problem: String,
    #[serde(default)]
    pub measurable_goal: String,
    #[serde(default)]
    pub owner: String,
    pub status: InitiativeStatus,
    #[serde(default)]
    pub start_date: Option<NaiveDate>,
    #[serde(default)]
    pub target_date: Option<NaiveDate>,
    #[serde(default)]
    pub maturity_baseline: Option<i64>,
    #[serde(default)]
    pub required_coverage: RequiredCoverage,
    #[serde(default)]
    pub org_unit_ids: Vec<Id>,
    #[serde(default)]
    pub milestones: Vec<MilestoneInput>,
    #[serde(default)]
    pub assessments: Vec<AssessmentInput>,
}

/// Coverage of one requirement line: how many active sponsors it needs and has.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CoverageLine {
    /// `executive`, `tier1` .. `tier4`.
    pub key: String,
    /// Plain words for the UI: "Executive (tier 1-2)", "Tier 3 line managers".
    pub label: String,
    pub required: u8,
    /// Active sponsors that count toward it: a successor-in-waiting is shown on the page but
    /// not counted, as in the warnings engine.
    pub active: u8,
    pub met: bool,
}

/// One line of the initiatives list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct InitiativeRow {
    pub id: Id,
    pub name: String,
    pub kind: InitiativeKind,
    pub status: InitiativeStatus,
    pub owner: String,
    pub target_date: Option<NaiveDate>,
    pub active_sponsors: u32,
    /// True when every coverage line is met.
    pub covered: bool,
}

/// Sponsorships of one tier on an initiative's page.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TierGroup {
    pub tier: u8,
    pub sponsorships: Vec<SponsorshipView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct InitiativeDetail {
    pub initiative: Initiative,
    pub org_unit_ids: Vec<Id>,
    pub milestones: Vec<Milestone>,
    pub assessments: Vec<Assessment>,
    pub coverage: Vec<CoverageLine>,
    /// Tiers 1-4 in order, each with its sponsorships (open first, then ended).
    pub tiers: Vec<TierGroup>,
    pub history: Vec<crate::history::HistoryEntry>,
}
