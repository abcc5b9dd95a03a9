//! Savings, quick-win timeliness and stories per quarter, computed from the stored records as of
//! a date. Money is summed in integer minor units per currency, never converted or mixed.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::Connection;

use super::model::{
    CurrencySavings, InitiativeStories, SavingsByQuarter, StoriesByQuarter, WinsTimeliness,
};
use super::quarters::{axis, slot, Quarter};
use crate::error::Result;
use crate::wins::{money::format_in, QuickWin, Recurrence, WinStatus};
use crate::Id;

fn labels(quarters: &[Quarter]) -> Vec<String> {
    quarters.iter().map(|q| q.label()).collect()
}

/// The saving of `win` realised in each quarter from its delivery up to `last`: a one-off saving
/// all in the delivery quarter; a yearly one a quarter of it per quarter from the delivery
/// quarter on (split so four quarters add up exactly to the yearly amount).
fn realised(win: &QuickWin, last: Quarter) -> Vec<(Quarter, i64)> {
    let (Some(savings), Some(delivered)) = (&win.savings, win.delivered_on) else {
        return Vec::new();
    };
    let first = Quarter::of(delivered);
    match win.recurrence {
        Recurrence::OneOff => vec![(first, savings.minor)],
        Recurrence::PerYear => {
            let yearly = i128::from(savings.minor);
            let mut out = Vec::new();
            let mut q = first;
            let mut k: i128 = 0;
            while q <= last {
                let share = (k + 1) * yearly / 4 - k * yearly / 4;
                out.push((q, i64::try_from(share).unwrap_or(i64::MAX)));
                q = q.next();
                k += 1;
            }
            out
        }
    }
}

fn delivered_by(wins: &[QuickWin], as_of: NaiveDate) -> impl Iterator<Item = &QuickWin> {
    wins.iter().filter(move |w| {
        w.status == WinStatus::Delivered && w.delivered_on.is_some_and(|d| d <= as_of)
    })
}

/// Savings to date by quarter and currency, from delivered quick wins, as of `as_of`.
pub fn savings_by_quarter(conn: &Connection, as_of: NaiveDate) -> Result<SavingsByQuarter> {
    Ok(savings_of(&crate::wins::list_all(conn)?, as_of))
}

pub(crate) fn savings_of(wins: &[QuickWin], as_of: NaiveDate) -> SavingsByQuarter {
    let last = Quarter::of(as_of);
    let with_savings: Vec<&QuickWin> = delivered_by(wins, as_of)
        .filter(|w| w.savings.is_some())
        .collect();
    let Some(first) = with_savings
        .iter()
        .filter_map(|w| w.delivered_on.map(Quarter::of))
        .min()
    else {
        return SavingsByQuarter {
            quarters: Vec::new(),
            currencies: Vec::new(),
        };
    };
    let quarters = axis(first, last);
    let mut by_currency: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    for win in with_savings {
        let Some(savings) = &win.savings else {
            continue;
        };
        let row = by_currency
            .entry(savings.currency.clone())
            .or_insert_with(|| vec![0; quarters.len()]);
        for (q, minor) in realised(win, last) {
            if let Some(cell) = slot(&quarters, q).and_then(|i| row.get_mut(i)) {
                *cell = cell.saturating_add(minor);
            }
        }
    }
    let currencies = by_currency
        .into_iter()
        .map(|(currency, in_quarter_minor)| {
            let cumulative_minor: Vec<i64> = in_quarter_minor
                .iter()
                .scan(0_i64, |sum, v| {
                    *sum = sum.saturating_add(*v);
                    Some(*sum)
                })
                .collect();
            let show = |row: &[i64]| row.iter().map(|m| format_in(*m, &currency)).collect();
            CurrencySavings {
                in_quarter: show(&in_quarter_minor),
                cumulative: show(&cumulative_minor),
                in_quarter_minor,
                cumulative_minor,
                currency: currency.clone(),
            }
        })
        .collect();
    SavingsByQuarter {
        quarters: labels(&quarters),
        currencies,
    }
}

/// Quick wins delivered on time vs late by quarter of delivery, and the open ones, as of `as_of`.
pub fn wins_timeliness(conn: &Connection, as_of: NaiveDate) -> Result<WinsTimeliness> {
    Ok(timeliness_of(&crate::wins::list_all(conn)?, as_of))
}

pub(crate) fn timeliness_of(wins: &[QuickWin], as_of: NaiveDate) -> WinsTimeliness {
    let delivered: Vec<(NaiveDate, bool)> = delivered_by(wins, as_of)
        .filter_map(|w| w.delivered_on.map(|d| (d, d > w.target_on)))
        .collect();
    let quarters = delivered
        .iter()
        .map(|(d, _)| Quarter::of(*d))
        .min()
        .map(|first| axis(first, Quarter::of(as_of)))
        .unwrap_or_default();
    let mut on_time = vec![0_u32; quarters.len()];
    let mut late = vec![0_u32; quarters.len()];
    for (day, is_late) in &delivered {
        let row = if *is_late { &mut late } else { &mut on_time };
        if let Some(cell) = slot(&quarters, Quarter::of(*day)).and_then(|i| row.get_mut(i)) {
            *cell += 1;
        }
    }
    let open = wins
        .iter()
        .filter(|w| matches!(w.status, WinStatus::Planned | WinStatus::InProgress));
    let (overdue, on_track): (Vec<&QuickWin>, Vec<&QuickWin>) =
        open.partition(|w| as_of > w.target_on);
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    WinsTimeliness {
        quarters: labels(&quarters),
        total_on_time: count(delivered.iter().filter(|(_, l)| !l).count()),
        total_late: count(delivered.iter().filter(|(_, l)| *l).count()),
        on_time,
        late,
        open_overdue: count(overdue.len()),
        open_on_track: count(on_track.len()),
    }
}

/// Stories told per quarter per initiative, up to `as_of`.
pub fn stories_by_quarter(conn: &Connection, as_of: NaiveDate) -> Result<StoriesByQuarter> {
    let rows: Vec<(Id, String, NaiveDate)> = crate::store::all_rows(
        conn,
        "SELECT s.initiative_id, i.name, s.told_on FROM stories s
         JOIN initiatives i ON i.id = s.initiative_id
         WHERE s.told_on <= ?1",
        [as_of],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let quarters = rows
        .iter()
        .map(|(_, _, d)| Quarter::of(*d))
        .min()
        .map(|first| axis(first, Quarter::of(as_of)))
        .unwrap_or_default();
    let mut by_initiative: BTreeMap<Id, InitiativeStories> = BTreeMap::new();
    for (id, name, told_on) in rows {
        let entry = by_initiative
            .entry(id)
            .or_insert_with(|| InitiativeStories {
                initiative_id: id,
                initiative: name,
                counts: vec![0; quarters.len()],
            });
        // Stories before a capped axis are left out: a count per quarter does not carry.
        if quarters.first().is_some_and(|f| Quarter::of(told_on) >= *f) {
            if let Some(cell) =
                slot(&quarters, Quarter::of(told_on)).and_then(|i| entry.counts.get_mut(i))
            {
                *cell += 1;
            }
        }
    }
    let mut initiatives: Vec<InitiativeStories> = by_initiative.into_values().collect();
    initiatives.sort_by(|a, b| {
        a.initiative
            .to_lowercase()
            .cmp(&b.initiative.to_lowercase())
            .then(a.initiative_id.cmp(&b.initiative_id))
    });
    Ok(StoriesByQuarter {
        quarters: labels(&quarters),
        initiatives,
    })
}
