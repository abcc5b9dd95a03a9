//! sponsorships: types, queries and validation.

pub mod model;
