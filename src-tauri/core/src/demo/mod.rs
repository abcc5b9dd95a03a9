//! Deterministic demo data: a small pair of organisations to explore, or a large one to feel
//! the app's speed. The same seed and anchor date always give the same database.

mod clock;
mod committees;
mod engagement;
mod evidence;
mod large;
mod large_committees;
mod large_engagement;
mod large_evidence;
mod rng;
mod small;
mod texts;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::error::{CoreError, Result};
use crate::Store;

text_enum!(
    /// How much demo data to create.
    DemoSize {
        Small => "small",
        Large => "large",
    }
);

/// How many records the demo created.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
pub struct DemoSummary {
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
    pub metric_values: u32,
}

impl std::fmt::Display for DemoSummary {
    /// "15 org units, 30 sponsors, 9 initiatives, 27 sponsorships, 18 touchpoints, ...", for
    /// the CLI: every kind the demo makes.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} org units, {} sponsors, {} initiatives, {} sponsorships, {} touchpoints, \
             {} committees, {} meetings, {} decisions, {} actions, {} quick wins, {} stories, \
             {} metrics with {} values",
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
            self.metric_values
        )
    }
}

/// Fills an empty store with demo data in one transaction. Dates are relative to `today`, and
/// timestamps are derived from it too, so tests can pin both.
pub fn fill(store: &mut Store, size: DemoSize, seed: u64, today: NaiveDate) -> Result<DemoSummary> {
    store.write(|tx| {
        if crate::store::record_count(tx)? > 0 {
            return Err(CoreError::Conflict {
                field: None,
                message: "This database already holds records; demo data goes into an empty database (use a new --db file)".to_string(),
            });
        }
        // Records written through the features' ordinary saves are stamped by this clock
        // (from the anchor date's morning), so the same seed and date give the same bytes.
        let start = today.and_hms_opt(8, 0, 0).unwrap_or_default();
        let _pinned = crate::history::pin_clock(start);
        match size {
            DemoSize::Small => small::fill(tx, seed, today),
            DemoSize::Large => large::fill(tx, seed, today),
        }
    })
}
