//! search: full-text search over sponsors, touchpoints, decisions, stories and quotes with
//! SQLite FTS5. The index is kept in step by triggers (migration 0005), never by Rust code, and
//! what a user types is always searched literally.

mod fts;
pub mod model;
mod query;

pub use fts::{literal_query, MAX_TOKENS};
pub use model::{SearchHit, SearchKind, SnippetPart};
pub use query::query;
