//! Org units: directorates, departments, business groups, teams; a tree via `parent_id`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Id;

text_enum!(
    /// What kind of unit this is; only a label, the tree is what matters.
    OrgUnitKind {
        Organisation => "organisation",
        Directorate => "directorate",
        Department => "department",
        BusinessGroup => "business_group",
        Team => "team",
        WorkingGroup => "working_group",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct OrgUnit {
    pub id: Id,
    pub name: String,
    pub kind: OrgUnitKind,
    pub parent_id: Option<Id>,
    pub notes: String,
    pub created_at: String,
    pub updated_at: String,
}

/// What a user submits to create or update an org unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct OrgUnitInput {
    pub name: String,
    pub kind: OrgUnitKind,
    pub parent_id: Option<Id>,
    #[serde(default)]
    pub notes: String,
}
