//! Calendar quarters as the dashboard's time axis: "2026-Q1", their last days, and an axis from a
//! first quarter to the as-of date's, capped so ancient data cannot make a chart endless.

use chrono::{Datelike, NaiveDate};

/// The most quarters an axis shows (ten years); older data is carried into the first one.
pub const MAX_QUARTERS: i32 = 40;

/// A calendar quarter, counted from year 0 so quarters compare and step as integers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Quarter(i32);

impl Quarter {
    pub fn of(date: NaiveDate) -> Quarter {
        // month0 is 0..=11, so this is 0..=3.
        Quarter(date.year() * 4 + (date.month0() / 3) as i32)
    }

    pub fn year(self) -> i32 {
        self.0.div_euclid(4)
    }

    /// 1..=4.
    pub fn number(self) -> i32 {
        self.0.rem_euclid(4) + 1
    }

    pub fn next(self) -> Quarter {
        Quarter(self.0 + 1)
    }

    pub fn minus(self, n: i32) -> Quarter {
        Quarter(self.0 - n)
    }

    /// Quarters from `self` to `other` (0 when the same).
    pub fn steps_to(self, other: Quarter) -> i32 {
        other.0 - self.0
    }

    /// The quarter's last day; none only for years chrono cannot represent.
    pub fn last_day(self) -> Option<NaiveDate> {
        let first_of_next = self.next();
        let month = u32::try_from(first_of_next.number() * 3 - 2).ok()?;
        NaiveDate::from_ymd_opt(first_of_next.year(), month, 1)?.pred_opt()
    }

    /// "2026-Q1", as milestones spell quarters.
    pub fn label(self) -> String {
        format!("{}-Q{}", self.year(), self.number())
    }
}

/// The quarters from `first` (or `MAX_QUARTERS` before `last`, whichever is later) to `last`.
pub fn axis(first: Quarter, last: Quarter) -> Vec<Quarter> {
    let start = first.max(last.minus(MAX_QUARTERS - 1));
    let mut out = Vec::new();
    let mut q = start;
    while q <= last {
        out.push(q);
        q = q.next();
    }
    out
}

/// Where `q` falls on `axis`: its index, or 0 for a quarter before the axis (carried into the
/// first), or none after it.
pub fn slot(axis: &[Quarter], q: Quarter) -> Option<usize> {
    let first = *axis.first()?;
    let last = *axis.last()?;
    if q > last {
        return None;
    }
    usize::try_from(first.steps_to(q)).ok().or(Some(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::date;

    #[test]
    fn quarters_label_and_end() {
        let q = Quarter::of(date("2026-02-14"));
        assert_eq!(q.label(), "2026-Q1");
        assert_eq!(q.last_day(), Some(date("2026-03-31")));
        assert_eq!(Quarter::of(date("2025-12-31")).label(), "2025-Q4");
        assert_eq!(
            Quarter::of(date("2025-12-31")).last_day(),
            Some(date("2025-12-31"))
        );
        assert_eq!(Quarter::of(date("2025-12-31")).next().label(), "2026-Q1");
        assert_eq!(
            Quarter::of(date("2024-05-01")).last_day(),
            Some(date("2024-06-30"))
        );
    }

    #[test]
    fn axes_are_capped_and_earlier_quarters_carry_into_the_first() {
        let last = Quarter::of(date("2026-06-30"));
        let a = axis(Quarter::of(date("2025-11-01")), last);
        let labels: Vec<String> = a.iter().map(|q| q.label()).collect();
        assert_eq!(labels, ["2025-Q4", "2026-Q1", "2026-Q2"]);
        assert_eq!(
            axis(Quarter::of(date("1990-01-01")), last).len(),
            MAX_QUARTERS as usize
        );
        assert_eq!(slot(&a, Quarter::of(date("2020-01-01"))), Some(0));
        assert_eq!(slot(&a, Quarter::of(date("2026-04-01"))), Some(2));
        assert_eq!(slot(&a, Quarter::of(date("2026-07-01"))), None);
        assert_eq!(slot(&[], last), None);
    }
}
