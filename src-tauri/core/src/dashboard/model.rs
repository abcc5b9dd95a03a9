//! The numbers behind the dashboard's charts, shaped so each chart is also a table: a quarter
//! axis, then one row of values per series, aligned with it.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::metrics::MetricSeries;
use crate::Id;

/// Savings of one currency per quarter. Currencies are never added together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CurrencySavings {
    pub currency: String,
    /// Realised in each quarter of the axis, in minor units (exact).
    pub in_quarter_minor: Vec<i64>,
    /// Realised up to the end of each quarter, in minor units; the last one is the total to date.
    pub cumulative_minor: Vec<i64>,
    /// The same two rows as plain decimals with the currency's digits ("1250.50").
    pub in_quarter: Vec<String>,
    pub cumulative: Vec<String>,
}

/// Savings to date by quarter, per currency (alphabetical).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SavingsByQuarter {
    /// "2026-Q1", ...; empty when no saving was delivered by the as-of date.
    pub quarters: Vec<String>,
    pub currencies: Vec<CurrencySavings>,
}

/// Quick wins delivered on time (on or before their target) or late, by quarter of delivery, and
/// the ones still open as of the as-of date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct WinsTimeliness {
    pub quarters: Vec<String>,
    pub on_time: Vec<u32>,
    pub late: Vec<u32>,
    pub total_on_time: u32,
    pub total_late: u32,
    /// Planned or in progress, past their target.
    pub open_overdue: u32,
    /// Planned or in progress, target not yet passed.
    pub open_on_track: u32,
}

/// Stories told per quarter for one initiative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct InitiativeStories {
    pub initiative_id: Id,
    pub initiative: String,
    pub counts: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StoriesByQuarter {
    pub quarters: Vec<String>,
    /// Initiatives with at least one story, by name.
    pub initiatives: Vec<InitiativeStories>,
}

/// Sponsor coverage at one quarter's end (or the as-of date for the current quarter).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CoveragePoint {
    pub quarter: String,
    pub on: NaiveDate,
    pub active_initiatives: u32,
    /// Active initiatives whose every coverage line is met on `on`.
    pub fully_covered: u32,
    /// fully_covered / active_initiatives in whole percent, rounded half up; none with no active
    /// initiative (nothing to cover is not 0% or 100%).
    pub percent: Option<u32>,
}

/// Everything the dashboard shows, as of one date.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Dashboard {
    pub as_of: NaiveDate,
    pub savings: SavingsByQuarter,
    pub wins: WinsTimeliness,
    pub stories: StoriesByQuarter,
    pub metrics: Vec<MetricSeries>,
    pub coverage: Vec<CoveragePoint>,
}
