//! One recorded change: what record, when, and its values before and after.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Id;

text_enum!(
    HistoryAction {
        Create => "create",
        Update => "update",
        Delete => "delete",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    pub id: Id,
    /// RFC 3339, UTC.
    pub at: String,
    /// The table's name: `sponsors`, `initiatives`, ...
    pub entity: String,
    pub entity_id: Id,
    pub action: HistoryAction,
    /// The record as JSON before the change (none on create).
    #[ts(type = "Record<string, unknown> | null")]
    pub old_values: Option<serde_json::Value>,
    /// The record as JSON after the change (none on delete).
    #[ts(type = "Record<string, unknown> | null")]
    pub new_values: Option<serde_json::Value>,
}
