//! Sponsor Desk's core: domain types, the SQLite store, validation and the history of changes.
//! It never depends on Tauri or any window, so everything here is tested headless.

#[macro_use]
mod text_enum;

mod bindings;
pub mod committees;
pub mod csv_import;
mod csv_table;
pub mod dashboard;
pub mod demo;
pub mod error;
pub mod history;
pub mod initiatives;
pub mod metrics;
pub mod org_units;
mod references;
pub mod search;
pub mod settings;
pub mod sponsors;
pub mod sponsorships;
pub mod store;
pub mod stories;
pub mod touchpoints;
pub mod transfer;
pub mod validate;
pub mod warnings;
pub mod wins;

#[cfg(test)]
mod testing;

pub use error::{CoreError, ErrorCode, FieldError};
pub use store::Store;

/// Row ids are SQLite rowids.
pub type Id = i64;
