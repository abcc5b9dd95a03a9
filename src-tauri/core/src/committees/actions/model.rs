//! Action items: a task with an owner (a sponsor or a named person), a due date and a status,
//! raised at a meeting or by a decision.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Id;

text_enum!(
    ActionStatus {
        Open => "open",
        Done => "done",
        Dropped => "dropped",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ActionItem {
    pub id: Id,
    pub text: String,
    /// The owner when they are a sponsor; else `owner_name` names them.
    pub owner_sponsor_id: Option<Id>,
    pub owner_name: Option<String>,
    pub due_on: NaiveDate,
    pub status: ActionStatus,
    pub meeting_id: Option<Id>,
    pub decision_id: Option<Id>,
    /// When it was done or dropped; none while open.
    pub completed_on: Option<NaiveDate>,
    pub created_at: String,
    pub updated_at: String,
}

/// What a user submits to raise or edit an action. Give `owner_sponsor_id` or `owner_name`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ActionInput {
    pub text: String,
    #[serde(default)]
    pub owner_sponsor_id: Option<Id>,
    #[serde(default)]
    pub owner_name: Option<String>,
    pub due_on: Option<NaiveDate>,
    #[serde(default = "open")]
    pub status: ActionStatus,
    #[serde(default)]
    pub meeting_id: Option<Id>,
    #[serde(default)]
    pub decision_id: Option<Id>,
    #[serde(default)]
    pub completed_on: Option<NaiveDate>,
}

fn open() -> ActionStatus {
    ActionStatus::Open
}

/// Which actions a list shows; every filter is optional. By due date, then id.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct ActionQuery {
    #[serde(default)]
    pub status: Option<ActionStatus>,
    /// Raised at this committee's meetings, or by decisions taken at them.
    #[serde(default)]
    pub committee_id: Option<Id>,
    #[serde(default)]
    pub meeting_id: Option<Id>,
    #[serde(default)]
    pub owner_sponsor_id: Option<Id>,
}

/// An action with its owner's name and where it came from, as lists show it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ActionView {
    pub action: ActionItem,
    /// The sponsor's name or the named owner.
    pub owner: String,
    /// The date of the meeting it was raised at (or of its decision's meeting).
    pub meeting_on: Option<NaiveDate>,
    pub committee_id: Option<Id>,
    pub committee_name: Option<String>,
    pub decision_title: Option<String>,
    /// Open and due before the as-of date.
    pub overdue: bool,
    /// Days past due on the as-of date (0 when not overdue).
    pub days_overdue: i64,
}
