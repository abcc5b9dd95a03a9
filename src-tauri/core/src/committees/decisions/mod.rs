//! decisions: the decision register; recording decisions with their initiatives, the supersede
//! chain (kept consistent in one transaction), the filtered register and its CSV export.

pub mod model;
mod queries;
mod register;
mod validate;

pub use model::{
    Decision, DecisionInput, DecisionRef, DecisionStatus, InitiativeName, RegisterEntry,
    RegisterFilter,
};
pub use queries::{create, delete, for_meeting, get, list_all, update};
pub use register::{decision_register, register_csv, REGISTER_CSV_HEADER};
pub use validate::{check, check_text, replaces_its_predecessor};
