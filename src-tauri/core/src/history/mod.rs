//! The history of every change: recorded in the same transaction as the change itself.

pub mod model;
mod queries;
mod stored;

pub use model::{HistoryAction, HistoryEntry};
pub(crate) use queries::{
    deleted, insert_verbatim, list_all, list_all_stored, pin_clock, record_at, updated, StoredEntry,
};
pub use queries::{list_for, now, record};
