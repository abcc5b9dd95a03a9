//! Touchpoints: a dated engagement (1:1 brief, training, event, committee, email, call) with one
//! or more sponsors; its observed stance, when set, applies to each of them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::sponsors::model::Stance;
use crate::Id;

text_enum!(
    TouchpointKind {
        OneToOneBrief => "one_to_one_brief",
        Training => "training",
        Event => "event",
        Committee => "committee",
        Email => "email",
        Call => "call",
    }
);

impl TouchpointKind {
    /// Plain words for messages: "1:1 brief", "call".
    pub fn label(self) -> &'static str {
        match self {
            TouchpointKind::OneToOneBrief => "1:1 brief",
            TouchpointKind::Training => "training",
            TouchpointKind::Event => "event",
            TouchpointKind::Committee => "committee meeting",
            TouchpointKind::Email => "email",
            TouchpointKind::Call => "call",
        }
    }
}

text_enum!(
    /// An ask we made of the sponsor, or a commitment the sponsor gave us.
    ItemKind {
        Ask => "ask",
        Commitment => "commitment",
    }
);

text_enum!(
    ItemStatus {
        Open => "open",
        Met => "met",
        Dropped => "dropped",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct TouchpointItem {
    pub id: Id,
    pub touchpoint_id: Id,
    pub kind: ItemKind,
    pub text: String,
    pub status: ItemStatus,
    /// When it was met or dropped; none while open.
    pub resolved_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Touchpoint {
    pub id: Id,
    pub occurred_on: NaiveDate,
    pub kind: TouchpointKind,
    pub summary: String,
    /// The stance observed, for every sponsor of the touchpoint.
    pub stance_observed: Option<Stance>,
    pub follow_up_on: Option<NaiveDate>,
    /// Ascending, never empty.
    pub sponsor_ids: Vec<Id>,
    /// By id (the order they were logged).
    pub items: Vec<TouchpointItem>,
    pub created_at: String,
    pub updated_at: String,
}

/// An ask or commitment as submitted. On update, an item with an `id` keeps its identity
/// (and its history); one without is new; items left out are deleted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TouchpointItemInput {
    #[serde(default)]
    pub id: Option<Id>,
    pub kind: ItemKind,
    pub text: String,
    #[serde(default = "open")]
    pub status: ItemStatus,
    #[serde(default)]
    pub resolved_on: Option<NaiveDate>,
}

fn open() -> ItemStatus {
    ItemStatus::Open
}

/// What a user submits to log or edit a touchpoint. Sponsors and items are replaced as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TouchpointInput {
    pub occurred_on: Option<NaiveDate>,
    pub kind: TouchpointKind,
    pub summary: String,
    #[serde(default)]
    pub stance_observed: Option<Stance>,
    #[serde(default)]
    pub follow_up_on: Option<NaiveDate>,
    pub sponsor_ids: Vec<Id>,
    #[serde(default)]
    pub items: Vec<TouchpointItemInput>,
}

/// A sponsor's id and name, for lists that show who a touchpoint was with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SponsorName {
    pub id: Id,
    pub name: String,
}

/// Which touchpoints a timeline shows; every filter is optional. Newest first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct TimelineQuery {
    #[serde(default)]
    pub sponsor_id: Option<Id>,
    /// Occurred on or after.
    #[serde(default)]
    pub from: Option<NaiveDate>,
    /// Occurred on or before.
    #[serde(default)]
    pub to: Option<NaiveDate>,
    /// At most this many (all when absent).
    #[serde(default)]
    pub limit: Option<u32>,
}

/// One touchpoint on a timeline, with the names of its sponsors (in the order of `sponsor_ids`).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TimelineEntry {
    pub touchpoint: Touchpoint,
    pub sponsors: Vec<SponsorName>,
}

/// An open ask or commitment, with the touchpoint it came from.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct OpenItem {
    pub item: TouchpointItem,
    pub occurred_on: NaiveDate,
    pub touchpoint_kind: TouchpointKind,
    pub sponsors: Vec<SponsorName>,
}
