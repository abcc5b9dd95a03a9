//! Whole-database export and import as JSON.
