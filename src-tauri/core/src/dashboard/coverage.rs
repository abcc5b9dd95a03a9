//! Sponsor coverage over time: the share of active initiatives fully covered at each quarter's
//! end. Coverage itself comes from `initiatives::list_on` (the one rule the initiatives list and
//! pages use); nothing here counts sponsors.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::Connection;

use super::model::CoveragePoint;
use super::quarters::Quarter;
use crate::error::Result;
use crate::initiatives::InitiativeStatus;
use crate::store::all_rows;
use crate::Id;

/// Coverage at the end of each of the last `quarters` quarters up to `as_of` (the current quarter
/// measured on `as_of` itself). An initiative counts as active on a day when its status is active
/// and it had started by then (no start date: always). Status and sponsor departures are as
/// recorded now: the store keeps no dated status history, so an initiative completed last month
/// does not count in earlier quarters, and a departed sponsor counts nowhere.
pub fn coverage_over_time(
    conn: &Connection,
    as_of: NaiveDate,
    quarters: u32,
) -> Result<Vec<CoveragePoint>> {
    let starts: BTreeMap<Id, Option<NaiveDate>> =
        all_rows(conn, "SELECT id, start_date FROM initiatives", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .into_iter()
        .collect();
    let last = Quarter::of(as_of);
    let span = i32::try_from(quarters.clamp(1, 40)).unwrap_or(40);
    let mut points = Vec::new();
    for back in (0..span).rev() {
        let quarter = last.minus(back);
        let Some(on) = quarter.last_day().map(|end| end.min(as_of)) else {
            continue;
        };
        let (mut active, mut covered) = (0_u32, 0_u32);
        for row in crate::initiatives::list_on(conn, on)? {
            let started = starts
                .get(&row.id)
                .copied()
                .flatten()
                .is_none_or(|start| start <= on);
            if row.status == InitiativeStatus::Active && started {
                active += 1;
                covered += u32::from(row.covered);
            }
        }
        points.push(CoveragePoint {
            quarter: quarter.label(),
            on,
            active_initiatives: active,
            fully_covered: covered,
            percent: (active > 0).then(|| (covered * 200 + active) / (active * 2)),
        });
    }
    Ok(points)
}
