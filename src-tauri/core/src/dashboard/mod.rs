//! dashboard: the numbers behind the evidence charts (savings by quarter per currency, quick
//! wins on time vs late, stories per quarter per initiative, metric series, sponsor coverage
//! over time), read-only and computed as of a date so the same data gives the same charts.

mod coverage;
mod evidence;
pub mod model;
pub mod quarters;

use chrono::NaiveDate;
use rusqlite::Connection;

pub use coverage::coverage_over_time;
pub use evidence::{savings_by_quarter, stories_by_quarter, wins_timeliness};
pub use model::{
    CoveragePoint, CurrencySavings, Dashboard, InitiativeStories, SavingsByQuarter,
    StoriesByQuarter, WinsTimeliness,
};

use crate::error::Result;

/// Quarters of sponsor coverage the dashboard shows (two years).
pub const COVERAGE_QUARTERS: u32 = 8;

/// Everything the dashboard shows as of `as_of`.
pub fn build(conn: &Connection, as_of: NaiveDate) -> Result<Dashboard> {
    let wins = crate::wins::list_all(conn)?;
    let mut metrics = crate::metrics::series(conn)?;
    for series in &mut metrics {
        series.values.retain(|v| v.measured_on <= as_of);
    }
    Ok(Dashboard {
        as_of,
        savings: evidence::savings_of(&wins, as_of),
        wins: evidence::timeliness_of(&wins, as_of),
        stories: stories_by_quarter(conn, as_of)?,
        metrics,
        coverage: coverage_over_time(conn, as_of, COVERAGE_QUARTERS)?,
    })
}
