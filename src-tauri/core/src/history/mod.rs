//! The history of every change: recorded in the same transaction as the change itself.

pub mod model;

pub use model::{HistoryAction, HistoryEntry};
