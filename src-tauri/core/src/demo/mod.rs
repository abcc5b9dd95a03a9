//! Deterministic demo organisations.
