//! Pieces both packs print: the header line, a quick win, a consented story. Only consented
//! quotes reach here: stories arrive as `SharedStory`, which the core's consent gate builds.

use chrono::NaiveDate;
use serde::Serialize;
use sponsor_desk_core::stories::SharedStory;
use sponsor_desk_core::wins::QuickWin;

use crate::text::{long_date, money, short_date, words};

/// Printed at the top of every page.
pub const CLASSIFICATION: &str = "CONFIDENTIAL · Prepared for internal briefing · Do not forward";

#[derive(Debug, Clone, Serialize)]
pub struct Header {
    pub kind: String,
    pub title: String,
    pub date: String,
    pub classification: &'static str,
}

impl Header {
    pub fn new(kind: &str, title: &str, as_of: NaiveDate) -> Header {
        Header {
            kind: kind.to_string(),
            title: title.to_string(),
            date: long_date(as_of),
            classification: CLASSIFICATION,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct WinData {
    pub title: String,
    pub initiative: String,
    pub status: String,
    pub when: String,
    pub savings: Option<String>,
    pub benefits: String,
    pub late: bool,
}

pub fn win_data(w: &QuickWin, initiative: Option<&String>, as_of: NaiveDate) -> WinData {
    let when = match w.delivered_on {
        Some(on) => format!("delivered {}", short_date(on)),
        None => format!("due {}", short_date(w.target_on)),
    };
    WinData {
        title: w.title.clone(),
        initiative: initiative.cloned().unwrap_or_default(),
        status: words(w.status.as_str()),
        when,
        savings: w.savings.as_ref().map(|s| money(s.minor, &s.currency)),
        benefits: w.soft_benefits.clone(),
        late: w.is_late_on(as_of),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct StoryData {
    pub headline: String,
    pub initiative: String,
    pub told_on: String,
    pub narrative: String,
    pub quotes: Vec<QuoteData>,
    pub impacts: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuoteData {
    pub text: String,
    pub person: String,
    pub role: String,
}

/// A story as printed: its consented quotes only (the `SharedStory` holds no others).
pub fn story_data(s: &SharedStory) -> StoryData {
    StoryData {
        headline: s.headline.clone(),
        initiative: s.initiative.clone(),
        told_on: short_date(s.told_on),
        narrative: s.narrative.clone(),
        quotes: s
            .quotes
            .iter()
            .map(|q| QuoteData {
                text: q.text.clone(),
                person: q.person_name.clone(),
                role: q.person_role.clone(),
            })
            .collect(),
        impacts: s
            .impacts
            .iter()
            .map(|i| {
                let unit = if i.unit.is_empty() {
                    String::new()
                } else {
                    format!(" {}", i.unit)
                };
                format!(
                    "{}: {}{unit} → {}{unit}",
                    i.metric,
                    number(i.before),
                    number(i.after)
                )
            })
            .collect(),
    }
}

/// A number without a trailing ".0".
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        format!("{value:.2}").trim_end_matches('0').to_string()
    }
}
