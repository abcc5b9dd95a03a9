//! Success stories: an initiative's result told in the beneficiaries' own words, with credited
//! quotes (each with a consent state), quantified impacts, tags and where it was already used.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Id;

text_enum!(
    /// Whether the person quoted agreed to the quote leaving the app. Only `given` quotes are
    /// ever shared (packs, exports meant for sharing).
    Consent {
        Given => "given",
        Pending => "pending",
        Withheld => "withheld",
    }
);

text_enum!(
    /// Where a story was told.
    UsageKind {
        Brief => "brief",
        Meeting => "meeting",
        Other => "other",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub id: Id,
    pub story_id: Id,
    pub text: String,
    pub person_name: String,
    pub person_role: String,
    pub consent: Consent,
    /// The day consent was given (always set when given); the day it was refused, if known.
    pub consent_on: Option<NaiveDate>,
}

impl Quote {
    /// The only test of whether a quote may leave the app.
    pub fn is_shareable(&self) -> bool {
        self.consent == Consent::Given && self.consent_on.is_some()
    }
}

/// A quantified impact: `metric` went from `before` to `after`, in `unit`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Impact {
    pub metric: String,
    pub before: f64,
    pub after: f64,
    #[serde(default)]
    pub unit: String,
}

/// One time a story was told: in a sponsor's brief, at a committee meeting, or elsewhere.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Usage {
    pub id: Id,
    pub story_id: Id,
    pub kind: UsageKind,
    /// Required for a brief: whose brief.
    pub sponsor_id: Option<Id>,
    /// Required for a meeting.
    pub meeting_id: Option<Id>,
    pub used_on: NaiveDate,
    pub note: String,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub id: Id,
    pub initiative_id: Id,
    pub told_on: NaiveDate,
    pub headline: String,
    pub narrative: String,
    /// Normalised (lower case, single spaces, no leading '#'), sorted, unique.
    pub tags: Vec<String>,
    /// In the order given.
    pub quotes: Vec<Quote>,
    /// In the order given.
    pub impacts: Vec<Impact>,
    /// Oldest first. Recorded separately (`record_usage`); the story's own updates keep them.
    pub usages: Vec<Usage>,
    pub created_at: String,
    pub updated_at: String,
}

/// A quote as submitted. `id` keeps an existing quote's id (so search hits and links stay
/// valid); none adds a new one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct QuoteInput {
    #[serde(default)]
    pub id: Option<Id>,
    pub text: String,
    pub person_name: String,
    #[serde(default)]
    pub person_role: String,
    pub consent: Consent,
    #[serde(default)]
    pub consent_on: Option<NaiveDate>,
}

/// What a user submits to create or update a story. Tags, quotes and impacts are replaced as a
/// whole; usages are not part of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct StoryInput {
    pub initiative_id: Option<Id>,
    pub told_on: Option<NaiveDate>,
    pub headline: String,
    #[serde(default)]
    pub narrative: String,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub quotes: Vec<QuoteInput>,
    #[serde(default)]
    pub impacts: Vec<Impact>,
}

/// A usage as submitted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct UsageInput {
    pub story_id: Option<Id>,
    pub kind: UsageKind,
    #[serde(default)]
    pub sponsor_id: Option<Id>,
    #[serde(default)]
    pub meeting_id: Option<Id>,
    pub used_on: Option<NaiveDate>,
    #[serde(default)]
    pub note: String,
}

impl From<&Story> for StoryInput {
    /// The input that would store this story as it is (import validates records this way).
    fn from(s: &Story) -> Self {
        StoryInput {
            initiative_id: Some(s.initiative_id),
            told_on: Some(s.told_on),
            headline: s.headline.clone(),
            narrative: s.narrative.clone(),
            tags: s.tags.clone(),
            quotes: s
                .quotes
                .iter()
                .map(|q| QuoteInput {
                    id: Some(q.id),
                    text: q.text.clone(),
                    person_name: q.person_name.clone(),
                    person_role: q.person_role.clone(),
                    consent: q.consent,
                    consent_on: q.consent_on,
                })
                .collect(),
            impacts: s.impacts.clone(),
        }
    }
}

/// A quote that may leave the app. Built only by `sharing` from a quote with consent given, so
/// no other code can put an unconsented quote into a pack or a shared export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SharedQuote {
    pub text: String,
    pub person_name: String,
    pub person_role: String,
    pub consent_on: NaiveDate,
    /// Not public: no code outside the `stories` module can write a `SharedQuote` literal.
    #[serde(skip)]
    #[ts(skip)]
    pub(super) proof: ConsentGiven,
}

/// The proof a `SharedQuote` carries that `sharing` checked its consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ConsentGiven;

/// A story as it may leave the app: its quotes are the consented ones only.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SharedStory {
    pub id: Id,
    pub initiative_id: Id,
    pub initiative: String,
    pub told_on: NaiveDate,
    pub headline: String,
    pub narrative: String,
    pub tags: Vec<String>,
    pub impacts: Vec<Impact>,
    pub quotes: Vec<SharedQuote>,
    /// How many quotes were left out for want of consent, so a pack can say "2 quotes await
    /// consent" without showing them.
    pub quotes_withheld: u32,
}

/// A story the finder proposes for a sponsor, best first.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StoryMatch {
    pub story: SharedStory,
    /// Higher is a better match; see `stories_for_sponsor`.
    pub score: u32,
    /// Why it matched, in plain words: "sponsors Expert Finder", "tag \"onboarding\"".
    pub reasons: Vec<String>,
    /// Already told to this sponsor (a brief for them, or a meeting they attended).
    pub used_with_sponsor: bool,
}
