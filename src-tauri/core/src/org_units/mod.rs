//! org_units: the tree of directorates, departments and teams; types, queries and validation.

pub mod model;
mod queries;
mod validate;

pub use model::{OrgUnit, OrgUnitInput, OrgUnitKind};
pub use queries::{create, delete, get, list, update};
pub(crate) use queries::{create_at, insert, list_by_id};
pub use validate::check;
