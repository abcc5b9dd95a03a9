//! The decision register: what a committee decided (or was asked to decide), why, when, by whom,
//! which initiatives it touches, and the chain of decisions that replace one another.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Id;

text_enum!(
    DecisionStatus {
        Proposed => "proposed",
        Decided => "decided",
        Deferred => "deferred",
        Superseded => "superseded",
        Reversed => "reversed",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub id: Id,
    pub title: String,
    pub text: String,
    pub rationale: String,
    pub status: DecisionStatus,
    pub meeting_id: Option<Id>,
    pub decided_by: String,
    pub decided_on: Option<NaiveDate>,
    /// The older decision this one replaces.
    pub supersedes_id: Option<Id>,
    /// Ascending.
    pub initiative_ids: Vec<Id>,
    pub created_at: String,
    pub updated_at: String,
}

/// What a user submits to record or edit a decision. Linking `supersedes_id` marks the older
/// decision superseded in the same save.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DecisionInput {
    pub title: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub rationale: String,
    pub status: DecisionStatus,
    #[serde(default)]
    pub meeting_id: Option<Id>,
    #[serde(default)]
    pub decided_by: String,
    /// Taken from the meeting's date when the status is decided and this is empty.
    #[serde(default)]
    pub decided_on: Option<NaiveDate>,
    #[serde(default)]
    pub supersedes_id: Option<Id>,
    #[serde(default)]
    pub initiative_ids: Vec<Id>,
}

/// Which decisions the register shows; every filter is optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct RegisterFilter {
    #[serde(default)]
    pub status: Option<DecisionStatus>,
    /// Decisions linked to this initiative.
    #[serde(default)]
    pub initiative_id: Option<Id>,
    /// Decisions taken at this committee's meetings.
    #[serde(default)]
    pub committee_id: Option<Id>,
    /// `dated_on` on or after.
    #[serde(default)]
    pub from: Option<NaiveDate>,
    /// `dated_on` on or before.
    #[serde(default)]
    pub to: Option<NaiveDate>,
}

/// A decision named in a chain or a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DecisionRef {
    pub id: Id,
    pub title: String,
    pub status: DecisionStatus,
}

/// An initiative named beside a decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct InitiativeName {
    pub id: Id,
    pub name: String,
}

/// One line of the register.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct RegisterEntry {
    pub decision: Decision,
    /// The date the register files it under: decided on, else its meeting's date, else the
    /// day it was recorded.
    pub dated_on: NaiveDate,
    pub meeting_on: Option<NaiveDate>,
    pub committee_id: Option<Id>,
    pub committee_name: Option<String>,
    /// By name.
    pub initiatives: Vec<InitiativeName>,
    /// The decisions this one replaced, nearest first (the one it supersedes, then that one's).
    pub supersedes: Vec<DecisionRef>,
    /// The decisions that replaced this one, nearest first (its successor, then that one's).
    pub superseded_by: Vec<DecisionRef>,
}
