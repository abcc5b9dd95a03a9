//! The history of every change: recorded in the same transaction as the change itself.

pub mod model;
mod queries;

pub use model::{HistoryAction, HistoryEntry};
pub(crate) use queries::{deleted, insert_verbatim, list_all, pin_clock, record_at, updated};
pub use queries::{list_for, now, record};
