//! The history of every change: recorded in the same transaction as the change itself.

pub mod model;
mod queries;

pub use model::{HistoryAction, HistoryEntry};
pub(crate) use queries::{insert_verbatim, list_all, record_at};
pub use queries::{list_for, now, record};
