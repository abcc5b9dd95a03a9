//! The core's integration tests in one binary, on real SQLite files in temp dirs: committees,
//! evidence, warnings, import and export, the store's files and migrations, search, the fuzz
//! corpus replayed, and the ignored benchmarks (`*_bench`). One binary rather than one per
//! file: each file's binary was linked on its own, and together they ran CI out of disk space.

mod bench_support;
mod committees_support;
mod csv_support;
mod evidence_support;
mod fixture_support;
mod warnings_support;

// The fuzz crate's shared modules, at the crate root because the fuzz targets name them
// `crate::base`, `crate::common` and `crate::edits`, as they are in the fuzz crate.
#[path = "../../fuzz/src/base.rs"]
mod base;
#[path = "../../fuzz/src/common.rs"]
mod common;
#[path = "../../fuzz/src/edits.rs"]
mod edits;

mod committees_actions;
mod committees_decisions;
mod committees_exports;
mod committees_ics;
mod committees_meetings;
mod committees_members;
mod committees_prep;
mod csv_import;
mod delete_references;
mod demo_determinism;
mod evidence_dashboard;
mod evidence_exports;
mod evidence_metrics;
mod evidence_stories;
mod evidence_transfer;
mod evidence_wins;
mod fuzz_corpus;
mod migration_fixtures;
mod search_index;
mod store_files;
mod transfer_all_kinds;
mod transfer_bench;
mod transfer_roundtrip;
mod warnings_bench;
mod warnings_committees;
mod warnings_coverage;
mod warnings_demo;
mod warnings_engagement;
mod warnings_engine;
mod warnings_evidence;
mod warnings_turnover;
