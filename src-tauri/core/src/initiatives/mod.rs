//! initiatives: KM programmes, communities of practice and projects, with their coverage;
//! types, queries and validation.

mod coverage;
pub mod model;
mod queries;
mod validate;

pub use coverage::coverage;
pub use model::{
    Assessment, AssessmentInput, CoverageLine, Initiative, InitiativeDetail, InitiativeInput,
    InitiativeKind, InitiativeRow, InitiativeStatus, Milestone, MilestoneInput, RequiredCoverage,
    TierGroup,
};
pub(crate) use queries::{
    assessments_by_id, create_at, insert, insert_assessment, insert_milestone, insert_org_unit,
    list_by_id, milestones_by_id, org_units_by_initiative,
};
pub use queries::{create, delete, detail, detail_on, get, list, list_on, names, row_on, update};
pub use validate::check;
