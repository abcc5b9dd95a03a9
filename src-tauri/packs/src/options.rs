//! What the user chose for a pack: the sections to leave out and the stories to tell. The
//! preview dialog edits these; the CLI uses the defaults.

use serde::{Deserialize, Serialize};
use sponsor_desk_core::Id;
use ts_rs::TS;

/// A section a user may leave out of a pack. The profile, priorities, cover and agenda always print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    // Sponsor brief.
    Sponsorships,
    Touchpoints,
    OpenItems,
    TalkingPoints,
    Wins,
    Stories,
    Decisions,
    NextStep,
    // Committee pack.
    Status,
    Register,
    Actions,
    Coverage,
    Metrics,
}

impl Section {
    /// The sections of a sponsor brief, in print order.
    pub const BRIEF: [Section; 8] = [
        Section::Sponsorships,
        Section::Touchpoints,
        Section::OpenItems,
        Section::TalkingPoints,
        Section::Wins,
        Section::Stories,
        Section::Decisions,
        Section::NextStep,
    ];

    /// The sections of a committee pack, in print order.
    pub const COMMITTEE: [Section; 8] = [
        Section::Status,
        Section::Decisions,
        Section::Register,
        Section::Actions,
        Section::Wins,
        Section::Stories,
        Section::Coverage,
        Section::Metrics,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Section::Sponsorships => "sponsorships",
            Section::Touchpoints => "touchpoints",
            Section::OpenItems => "open_items",
            Section::TalkingPoints => "talking_points",
            Section::Wins => "wins",
            Section::Stories => "stories",
            Section::Decisions => "decisions",
            Section::NextStep => "next_step",
            Section::Status => "status",
            Section::Register => "register",
            Section::Actions => "actions",
            Section::Coverage => "coverage",
            Section::Metrics => "metrics",
        }
    }
}

/// What goes into a pack. The default prints every section and lets the story finder choose.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PackOptions {
    /// Sections left out.
    #[serde(default)]
    pub omit: Vec<Section>,
    /// The stories to print, in this order; `None` lets the pack choose (for a brief, stories
    /// matching the sponsor not yet told to them; for a committee pack, the latest ones).
    #[serde(default)]
    pub story_ids: Option<Vec<Id>>,
}

impl PackOptions {
    /// `{"sponsorships": true, ...}` for the template: which of `sections` print.
    pub(crate) fn shown(&self, sections: &[Section]) -> serde_json::Map<String, serde_json::Value> {
        sections
            .iter()
            .map(|s| (s.key().to_string(), (!self.omit.contains(s)).into()))
            .collect()
    }
}
