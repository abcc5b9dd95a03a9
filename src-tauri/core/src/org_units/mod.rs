//! org_units: types, queries and validation.

pub mod model;
