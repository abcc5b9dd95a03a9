//! Whole-database export and import as JSON: the format of CLI.md, ids and timestamps kept,
//! so an export imported into an empty database exports again byte for byte the same.

mod export;
mod import;
mod import_committees;
mod import_engagement;
mod import_evidence;
mod model;
mod parse;

pub use export::{export, export_json, export_to};
pub use import::import_json;
pub use model::{
    Export, ImportSummary, InitiativeOrgUnit, QuoteRecord, SettingRecord, StoryRecord, FORMAT,
    VERSION,
};
