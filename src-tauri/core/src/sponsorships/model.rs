//! Sponsorships: a sponsor backing an initiative in a role, with Wenger's five contributions.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::sponsors::model::{SponsorStatus, Stance};
use crate::Id;

text_enum!(
    SponsorshipRole {
        ExecutiveSponsor => "executive_sponsor",
        LineManagerSponsor => "line_manager_sponsor",
        SuccessorInWaiting => "successor_in_waiting",
        Champion => "champion",
    }
);

impl SponsorshipRole {
    /// Counts toward an initiative's required coverage: every role except successor-in-waiting,
    /// who is lined up (shown on the page) but not yet sponsoring. The initiative page and the
    /// warnings engine both ask this, so they never disagree.
    pub fn covers(self) -> bool {
        self != SponsorshipRole::SuccessorInWaiting
    }
}

/// Which of Wenger's sponsor contributions this sponsorship gives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Contributions {
    pub translates_strategy: bool,
    pub legitimizes: bool,
    pub channels_resources: bool,
    pub gives_voice: bool,
    pub negotiates_accountability: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Sponsorship {
    pub id: Id,
    pub sponsor_id: Id,
    pub initiative_id: Id,
    pub role: SponsorshipRole,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
    pub contributions: Contributions,
    pub notes: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SponsorshipInput {
    pub sponsor_id: Option<Id>,
    pub initiative_id: Option<Id>,
    pub role: SponsorshipRole,
    pub start_date: Option<NaiveDate>,
    #[serde(default)]
    pub end_date: Option<NaiveDate>,
    #[serde(default)]
    pub contributions: Contributions,
    #[serde(default)]
    pub notes: String,
}

/// A sponsorship with the names a page shows beside it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SponsorshipView {
    pub sponsorship: Sponsorship,
    pub sponsor_name: String,
    pub sponsor_tier: u8,
    pub sponsor_status: SponsorStatus,
    pub sponsor_stance: Stance,
    pub initiative_name: String,
    /// Started, not ended before today, and the sponsor still in post (active, or departing
    /// after today): `sponsorships::is_active_on`.
    pub active: bool,
}
