//! The checks behind Sponsor Desk's fuzz targets, one module per target, plus what they share.
//! Each `check(data)` panics when an invariant breaks. The ordinary test suites include these
//! files (`#[path]`) to replay the committed corpus, so the corpus guards CI without libFuzzer.

pub mod base;
pub mod common;
pub mod csv_import;
pub mod edits;
pub mod import_edits;
pub mod import_json;
pub mod pack_data;
