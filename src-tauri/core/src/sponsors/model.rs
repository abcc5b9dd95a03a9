//! Sponsors: the people whose support keeps the programme alive, with tier, stance and status.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Id;

text_enum!(
    /// Observed attitude to the KM programme, warmest first.
    Stance {
        Champion => "champion",
        Supporter => "supporter",
        Neutral => "neutral",
        Skeptic => "skeptic",
        Opponent => "opponent",
    }
);

impl Stance {
    /// Higher is warmer: champion 5 .. opponent 1. Used to rank and to spot a slipping stance.
    pub fn warmth(self) -> u8 {
        match self {
            Stance::Champion => 5,
            Stance::Supporter => 4,
            Stance::Neutral => 3,
            Stance::Skeptic => 2,
            Stance::Opponent => 1,
        }
    }
}

text_enum!(
    /// Whether the sponsor is still in post. Every status but `active` carries a date.
    SponsorStatus {
        Active => "active",
        Departing => "departing",
        Departed => "departed",
        RoleChanged => "role_changed",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Sponsor {
    pub id: Id,
    pub name: String,
    pub title: String,
    pub email: Option<String>,
    pub org_unit_id: Id,
    pub reports_to_id: Option<Id>,
    /// 1 = top executive, 2 = director / senior manager, 3 = line manager, 4 = operational champion.
    pub tier: u8,
    pub stance: Stance,
    pub influence: u8,
    pub interest: u8,
    pub status: SponsorStatus,
    /// Departing: the expected date. Departed or role changed: the date it happened.
    pub status_date: Option<NaiveDate>,
    pub priorities: String,
    pub talking_points: String,
    pub preferred_channel: String,
    pub notes: String,
    pub created_at: String,
    pub updated_at: String,
}

/// What a user submits to create or update a sponsor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SponsorInput {
    pub name: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub email: Option<String>,
    pub org_unit_id: Option<Id>,
    #[serde(default)]
    pub reports_to_id: Option<Id>,
    pub tier: i64,
    pub stance: Stance,
    pub influence: i64,
    pub interest: i64,
    pub status: SponsorStatus,
    #[serde(default)]
    pub status_date: Option<NaiveDate>,
    #[serde(default)]
    pub priorities: String,
    #[serde(default)]
    pub talking_points: String,
    #[serde(default)]
    pub preferred_channel: String,
    #[serde(default)]
    pub notes: String,
}

/// Filters and order for the sponsors list. Every filter is optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct SponsorQuery {
    #[serde(default)]
    pub search: Option<String>,
    #[serde(default)]
    pub tier: Option<u8>,
    #[serde(default)]
    pub stance: Option<Stance>,
    #[serde(default)]
    pub status: Option<SponsorStatus>,
    /// Includes the unit's descendants.
    #[serde(default)]
    pub org_unit_id: Option<Id>,
    #[serde(default)]
    pub sort: Option<SponsorSort>,
    #[serde(default)]
    pub descending: bool,
}

text_enum!(
    SponsorSort {
        Name => "name",
        Tier => "tier",
        Stance => "stance",
        Status => "status",
        OrgUnit => "org_unit",
        Influence => "influence",
        Updated => "updated",
    }
);

/// One line of the sponsors list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SponsorRow {
    pub id: Id,
    pub name: String,
    pub title: String,
    pub tier: u8,
    pub stance: Stance,
    pub status: SponsorStatus,
    pub status_date: Option<NaiveDate>,
    pub org_unit_id: Id,
    pub org_unit: String,
    pub influence: u8,
    pub interest: u8,
    /// Sponsorships not yet ended: no end date, or one today or later.
    pub open_sponsorships: u32,
}

/// Everything a sponsor's page shows.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SponsorDetail {
    pub sponsor: Sponsor,
    pub org_unit: String,
    pub reports_to: Option<String>,
    pub direct_reports: Vec<SponsorRow>,
    pub sponsorships: Vec<crate::sponsorships::model::SponsorshipView>,
    pub history: Vec<crate::history::HistoryEntry>,
}
