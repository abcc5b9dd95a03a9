//! Home's summary of the warnings: per severity, how many show and the first few of them, so
//! the landing page carries a few dozen warnings over IPC instead of every one (thousands in a
//! large organisation).

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::model::{Severity, Warning};
use crate::error::Result;

/// The shown warnings of one severity: how many there are and the first `first.len()` of them,
/// in the list's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SeverityGroup {
    pub severity: Severity,
    pub total: u32,
    pub first: Vec<Warning>,
}

/// The warnings `list` shows, grouped most severe first; severities with none are left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct WarningsOverview {
    pub total: u32,
    pub groups: Vec<SeverityGroup>,
}

impl WarningsOverview {
    /// Groups `shown` (in `list`'s order), keeping the first `per_severity` of each severity.
    pub fn of(shown: &[Warning], per_severity: usize) -> Self {
        let groups: Vec<SeverityGroup> = Severity::ALL
            .iter()
            .filter_map(|&severity| {
                let mut of_severity = shown.iter().filter(|w| w.severity == severity);
                let first: Vec<Warning> =
                    of_severity.by_ref().take(per_severity).cloned().collect();
                let total = first.len() + of_severity.count();
                (total > 0).then(|| SeverityGroup {
                    severity,
                    total: count(total),
                    first,
                })
            })
            .collect();
        WarningsOverview {
            total: count(shown.len()),
            groups,
        }
    }
}

/// A count for the UI; no database holds four billion warnings.
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The overview of the warnings shown as of `as_of` (acknowledged and snoozed ones left out,
/// as `list` does).
pub fn overview(
    conn: &Connection,
    as_of: NaiveDate,
    per_severity: usize,
) -> Result<WarningsOverview> {
    Ok(WarningsOverview::of(
        &super::list(conn, as_of)?,
        per_severity,
    ))
}

#[cfg(test)]
mod tests {
    use super::{overview, WarningsOverview};
    use crate::demo::{self, DemoSize};
    use crate::testing::date;
    use crate::warnings::{acknowledge, list, AckInput, Severity};
    use crate::Store;

    #[test]
    fn each_severity_keeps_its_first_few_in_list_order_and_counts_the_rest() {
        let mut store = Store::open_in_memory().unwrap();
        let day = date("2026-06-15");
        demo::fill(&mut store, DemoSize::Small, 1, day).unwrap();
        let shown = list(store.conn(), day).unwrap();
        let per_severity = 2;
        let of = |severity| shown.iter().filter(move |w| w.severity == severity);
        assert!(
            Severity::ALL
                .iter()
                .filter(|&&s| of(s).count() > per_severity)
                .count()
                >= 2,
            "the demo needs two severities with more than {per_severity} warnings to prove the cut"
        );

        let view = overview(store.conn(), day, per_severity).unwrap();
        assert_eq!(view.total as usize, shown.len());
        let severities: Vec<Severity> = view.groups.iter().map(|g| g.severity).collect();
        let expected: Vec<Severity> = Severity::ALL
            .iter()
            .copied()
            .filter(|&s| of(s).count() > 0)
            .collect();
        assert_eq!(severities, expected, "most severe first, none empty");
        for group in &view.groups {
            assert_eq!(group.total as usize, of(group.severity).count());
            let head: Vec<_> = of(group.severity).take(per_severity).cloned().collect();
            assert_eq!(group.first, head, "{:?}", group.severity);
        }

        // An acknowledged warning leaves the overview as it leaves the list.
        let gone = shown[0].clone();
        store
            .write(|tx| {
                acknowledge(
                    tx,
                    &AckInput {
                        code: gone.code,
                        subject_kind: gone.subject.kind,
                        subject_id: gone.subject.id,
                        fingerprint: gone.fingerprint.clone(),
                    },
                )
            })
            .unwrap();
        let after = overview(store.conn(), day, per_severity).unwrap();
        assert_eq!(after.total as usize, shown.len() - 1);
        assert!(after
            .groups
            .iter()
            .all(|g| g.first.iter().all(|w| w.key() != gone.key())));
    }

    #[test]
    fn no_warnings_is_an_empty_overview() {
        assert_eq!(
            WarningsOverview::of(&[], 20),
            WarningsOverview {
                total: 0,
                groups: Vec::new()
            }
        );
    }
}
