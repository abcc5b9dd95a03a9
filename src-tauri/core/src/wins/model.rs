//! Quick wins: a result an initiative delivers within about six months, with its hard-dollar
//! savings (exact minor units and an ISO 4217 currency), soft benefits, evidence and sponsors.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Id;

text_enum!(
    WinStatus {
        Planned => "planned",
        InProgress => "in_progress",
        Delivered => "delivered",
        Dropped => "dropped",
    }
);

text_enum!(
    /// Whether a saving happens once or again every year.
    Recurrence {
        OneOff => "one_off",
        PerYear => "per_year",
    }
);

text_enum!(
    /// A web link (http or https) or a reference to a file or document, kept as typed.
    EvidenceKind {
        Link => "link",
        File => "file",
    }
);

/// One piece of evidence behind a quick win.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub kind: EvidenceKind,
    /// The URL, or the file's path or document reference.
    pub reference: String,
    #[serde(default)]
    pub label: String,
}

/// A hard-dollar saving as stored: integer minor units of an ISO 4217 currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Savings {
    /// Cents for EUR/USD, yen for JPY, fils for KWD: never a float.
    pub minor: i64,
    /// Active ISO 4217 code, upper case.
    pub currency: String,
    /// The same amount as a plain decimal with the currency's digits ("1250.50"), for display.
    pub amount: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct QuickWin {
    pub id: Id,
    pub initiative_id: Id,
    pub title: String,
    pub start_on: NaiveDate,
    pub target_on: NaiveDate,
    pub status: WinStatus,
    /// Set exactly when the status is delivered.
    pub delivered_on: Option<NaiveDate>,
    pub savings: Option<Savings>,
    pub savings_basis: String,
    pub recurrence: Recurrence,
    pub soft_benefits: String,
    /// In the order given.
    pub evidence: Vec<Evidence>,
    /// Ascending.
    pub sponsor_ids: Vec<Id>,
    pub created_at: String,
    pub updated_at: String,
}

impl QuickWin {
    /// See `is_target_beyond_six_months`.
    pub fn target_beyond_six_months(&self) -> bool {
        is_target_beyond_six_months(self.start_on, self.target_on)
    }

    /// Not delivered by its target as of `as_of`: delivered after the target, or still planned
    /// or in progress after the target day. A dropped quick win is never late.
    pub fn is_late_on(&self, as_of: NaiveDate) -> bool {
        match (self.status, self.delivered_on) {
            (WinStatus::Delivered, Some(on)) => on > self.target_on,
            (WinStatus::Planned | WinStatus::InProgress, _) => as_of > self.target_on,
            _ => false,
        }
    }
}

/// True when `target_on` lies more than six calendar months after `start_on` (31 Jan + 6 months
/// is 31 Jul; 31 Aug + 6 months is 28/29 Feb). Stored anyway: the form warns, the
/// quick-win-late warning flags it.
pub fn is_target_beyond_six_months(start_on: NaiveDate, target_on: NaiveDate) -> bool {
    match start_on.checked_add_months(Months::new(6)) {
        Some(limit) => target_on > limit,
        None => false,
    }
}

/// What a user submits to create or update a quick win. Evidence and sponsors are replaced as a
/// whole. Fields a form may leave empty are optional so `check` can name them instead of the
/// request failing to parse.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct QuickWinInput {
    pub initiative_id: Option<Id>,
    pub title: String,
    pub start_on: Option<NaiveDate>,
    pub target_on: Option<NaiveDate>,
    pub status: WinStatus,
    #[serde(default)]
    pub delivered_on: Option<NaiveDate>,
    /// The saving as typed: a non-negative decimal ("1250.50", "1,250.50"); blank or none for
    /// no hard-dollar saving. A string, not a number, so the exact digits reach the core and a
    /// typo is reported, never rounded.
    #[serde(default)]
    pub savings_amount: Option<String>,
    /// ISO 4217 code (any case, trimmed); required when there is an amount.
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub savings_basis: String,
    #[serde(default = "one_off")]
    pub recurrence: Recurrence,
    #[serde(default)]
    pub soft_benefits: String,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    #[serde(default)]
    pub sponsor_ids: Vec<Id>,
}

fn one_off() -> Recurrence {
    Recurrence::OneOff
}

impl From<&QuickWin> for QuickWinInput {
    /// The input that would store this quick win as it is (import validates records this way).
    fn from(w: &QuickWin) -> Self {
        QuickWinInput {
            initiative_id: Some(w.initiative_id),
            title: w.title.clone(),
            start_on: Some(w.start_on),
            target_on: Some(w.target_on),
            status: w.status,
            delivered_on: w.delivered_on,
            savings_amount: w.savings.as_ref().map(|s| s.amount.clone()),
            currency: w.savings.as_ref().map(|s| s.currency.clone()),
            savings_basis: w.savings_basis.clone(),
            recurrence: w.recurrence,
            soft_benefits: w.soft_benefits.clone(),
            evidence: w.evidence.clone(),
            sponsor_ids: w.sponsor_ids.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::date;

    #[test]
    fn six_months_is_calendar_months_with_month_ends_clamped() {
        let beyond = |a, b| is_target_beyond_six_months(date(a), date(b));
        assert!(!beyond("2026-01-15", "2026-07-15"));
        assert!(beyond("2026-01-15", "2026-07-16"));
        assert!(!beyond("2026-01-31", "2026-07-31"));
        assert!(!beyond("2025-08-31", "2026-02-28"));
        assert!(beyond("2025-08-31", "2026-03-01"));
        assert!(!beyond("2026-01-01", "2026-01-01"));
    }
}
