//! What a search returns: hits grouped by kind, each with the record to open and a snippet whose
//! matched words are marked as data (parts), never as markup.

use serde::Serialize;
use ts_rs::TS;

use crate::Id;

text_enum!(
    /// The kinds of record search covers, in the order their groups are shown.
    SearchKind {
        Sponsor => "sponsor",
        Touchpoint => "touchpoint",
        Decision => "decision",
        Story => "story",
        Quote => "quote",
    }
);

/// A piece of a snippet; `hit` pieces are the words that matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SnippetPart {
    pub text: String,
    pub hit: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SearchHit {
    pub kind: SearchKind,
    /// The record's id in its own table (sponsors, touchpoints, decisions, stories, story_quotes).
    pub id: Id,
    /// The record that opens it when it is not its own page: a quote's story.
    pub parent_id: Option<Id>,
    /// The name, headline, title or summary (shortened), or the person a quote is credited to.
    pub title: String,
    pub snippet: Vec<SnippetPart>,
    /// FTS5's bm25 rank: lower is better. Hits are ordered by kind, then rank.
    pub rank: f64,
}
