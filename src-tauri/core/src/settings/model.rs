//! The settings the warnings engine reads, with DOMAIN.md's defaults. Numbers are i64 so a form
//! can submit any value and be told what is valid, instead of failing to parse.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::initiatives::model::RequiredCoverage;

/// How often (in days) a sponsor of each tier should be met before their engagement is stale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct Cadences {
    pub tier1: i64,
    pub tier2: i64,
    pub tier3: i64,
    pub tier4: i64,
}

impl Default for Cadences {
    fn default() -> Self {
        Cadences {
            tier1: 60,
            tier2: 45,
            tier3: 30,
            tier4: 30,
        }
    }
}

impl Cadences {
    /// The cadence of `tier` (1-4); tiers outside the range get tier 4's, the most frequent.
    pub fn for_tier(&self, tier: u8) -> i64 {
        match tier {
            1 => self.tier1,
            2 => self.tier2,
            3 => self.tier3,
            _ => self.tier4,
        }
    }
}

/// Thresholds and defaults. A key missing from the database takes its default, so a settings
/// row written by an older version still reads, and new settings can be added later.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct Settings {
    /// departing-uncovered looks this many days ahead (1-730).
    pub horizon_days: i64,
    /// stale-engagement: days between touchpoints per tier (each 1-365).
    pub cadence_days: Cadences,
    /// concentration: a sponsor carrying more than this share of active initiatives (1-100 %).
    pub concentration_percent: i64,
    /// committee-lapsed: days of grace after a committee's cadence (0-365).
    pub committee_grace_days: i64,
    /// story-drought: an active initiative with no success story in this many days (1-730).
    pub story_drought_days: i64,
    /// Pre-filled in a new initiative's required coverage (each line 0-20). The engine itself
    /// reads every initiative's own coverage.
    pub default_required_coverage: RequiredCoverage,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            horizon_days: 90,
            cadence_days: Cadences::default(),
            concentration_percent: 30,
            committee_grace_days: crate::committees::facts::LAPSE_GRACE_DAYS,
            story_drought_days: 120,
            default_required_coverage: RequiredCoverage::default(),
        }
    }
}
