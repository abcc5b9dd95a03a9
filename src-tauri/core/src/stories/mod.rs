//! stories: success stories with credited quotes (and their consent), quantified impacts, tags
//! and where each was used; the story finder; and the one gate quotes pass to leave the app.

mod csv;
mod finder;
pub mod model;
mod queries;
mod sharing;
pub mod tags;
mod validate;

pub(crate) use validate::exists;

pub use csv::{stories_csv, STORIES_CSV_HEADER};
pub use finder::{
    best_stories_for_sponsor_on, stories_for_sponsor, stories_for_sponsor_on, SPONSORED_POINTS,
    TAG_POINTS, WORD_POINTS,
};
pub use model::{
    Consent, Impact, Quote, QuoteInput, SharedQuote, SharedStory, Story, StoryInput, StoryMatch,
    Usage, UsageInput, UsageKind,
};
pub use queries::{
    create, create_at, delete, delete_usage, get, get_usage, insert_verbatim, list, list_all,
    newest, record_usage, record_usage_at, update,
};
pub use sharing::{for_sharing, shareable_quotes, shared};
pub use tags::{normalise_tag, normalise_tags};
pub use validate::{
    check, check_usage, IMPACTS_MAX, NARRATIVE_MAX, NOTE_MAX, QUOTES_MAX, QUOTE_MAX, TAGS_MAX,
};
