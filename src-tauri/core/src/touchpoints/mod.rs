//! touchpoints: dated engagements with one or more sponsors, with the asks made and the
//! commitments received (listed until met or dropped). Types, validation and queries.

pub mod model;
mod queries;
mod validate;

pub use model::{
    ItemKind, ItemStatus, OpenItem, SponsorName, TimelineEntry, TimelineQuery, Touchpoint,
    TouchpointInput, TouchpointItem, TouchpointItemInput, TouchpointKind,
};
pub use queries::{
    create, create_at, delete, get, insert_verbatim, list_all, list_for_sponsor, open_items,
    set_item_status, timeline, update,
};
pub use validate::{check, SUMMARY_MAX, TEXT_MAX};

#[cfg(test)]
mod tests;
