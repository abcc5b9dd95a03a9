//! The rules a story and a usage must meet: an existing initiative, a date and a headline;
//! quotes credited to a named person, with the date whenever consent is given; finite impacts;
//! usages that say whose brief or which meeting. `check` reports every problem at once.

use std::collections::BTreeSet;

use rusqlite::{Connection, OptionalExtension};

use super::model::{Consent, StoryInput, UsageInput, UsageKind};
use super::tags::{normalise_tag, TAG_MAX};
use crate::error::{FieldError, Result};
use crate::validate::{Errors, NAME_MAX};
use crate::wins::text::{finite, optional, required};
use crate::Id;

/// The longest narrative, in characters.
pub const NARRATIVE_MAX: usize = 20_000;
/// The longest quote, in characters.
pub const QUOTE_MAX: usize = 5000;
/// The most tags, quotes and impacts one story holds.
pub const TAGS_MAX: usize = 30;
pub const QUOTES_MAX: usize = 100;
pub const IMPACTS_MAX: usize = 50;
/// The longest usage note, in characters.
pub const NOTE_MAX: usize = 2000;

/// Every problem with `input` for story `id` (none when creating).
pub fn check(conn: &Connection, id: Option<Id>, input: &StoryInput) -> Result<Vec<FieldError>> {
    let mut errors = Errors(fields(input));
    if let Some(initiative) = input.initiative_id {
        if !exists(conn, "SELECT 1 FROM initiatives WHERE id = ?1", initiative)? {
            errors.push(
                "initiative_id",
                format!("Initiative {initiative} does not exist; pick an existing initiative"),
            );
        }
    }
    let mut seen = BTreeSet::new();
    for (i, quote) in input.quotes.iter().enumerate() {
        let Some(quote_id) = quote.id else { continue };
        let field = format!("quotes[{i}].id");
        if !seen.insert(quote_id) {
            errors.push(
                field,
                format!("Quote {quote_id} appears twice; keep it once"),
            );
            continue;
        }
        let owner: Option<Id> = conn
            .prepare_cached("SELECT story_id FROM story_quotes WHERE id = ?1")?
            .query_row([quote_id], |r| r.get(0))
            .optional()?;
        if owner.is_none() || owner != id {
            errors.push(
                field,
                format!("Quote {quote_id} is not a quote of this story; leave its id empty to add it as a new quote"),
            );
        }
    }
    Ok(errors.into_vec())
}

pub(crate) fn exists(conn: &Connection, sql: &str, id: Id) -> Result<bool> {
    Ok(conn.prepare_cached(sql)?.exists([id])?)
}

/// The rules that need no database.
fn fields(input: &StoryInput) -> Vec<FieldError> {
    let mut errors = Errors::default();
    if input.initiative_id.is_none() {
        errors.push(
            "initiative_id",
            "A story belongs to an initiative; pick one",
        );
    }
    if input.told_on.is_none() {
        errors.push("told_on", "A story needs the date it happened or was told");
    }
    errors.name("headline", "The story's headline", &input.headline);
    optional(
        &mut errors,
        "narrative",
        "The narrative",
        &input.narrative,
        NARRATIVE_MAX,
    );
    let counts = [
        ("tags", "tags", input.tags.len(), TAGS_MAX),
        ("quotes", "quotes", input.quotes.len(), QUOTES_MAX),
        ("impacts", "impacts", input.impacts.len(), IMPACTS_MAX),
    ];
    for (field, what, count, max) in counts {
        if count > max {
            errors.push(
                field,
                format!("A story holds at most {max} {what} (it has {count}); remove some"),
            );
        }
    }
    for (i, tag) in input.tags.iter().enumerate() {
        let length = normalise_tag(tag).chars().count();
        if length > TAG_MAX {
            errors.push(
                format!("tags[{i}]"),
                format!("A tag must be at most {TAG_MAX} characters (it has {length}); shorten it"),
            );
        }
    }
    for (i, quote) in input.quotes.iter().enumerate() {
        required(
            &mut errors,
            &format!("quotes[{i}].text"),
            "The quote",
            &quote.text,
            QUOTE_MAX,
        );
        required(
            &mut errors,
            &format!("quotes[{i}].person_name"),
            "The name of the person quoted",
            &quote.person_name,
            NAME_MAX,
        );
        optional(
            &mut errors,
            &format!("quotes[{i}].person_role"),
            "The person's role",
            &quote.person_role,
            NAME_MAX,
        );
        let field = format!("quotes[{i}].consent_on");
        match (quote.consent, quote.consent_on) {
            (Consent::Given, None) => errors.push(
                field,
                "Consent was given: record the date it was given (or set consent to pending)",
            ),
            (Consent::Pending, Some(_)) => errors.push(
                field,
                "Consent is still pending, so it has no date; clear the date or set consent to given",
            ),
            _ => {}
        }
    }
    for (i, impact) in input.impacts.iter().enumerate() {
        required(
            &mut errors,
            &format!("impacts[{i}].metric"),
            "The impact's measure",
            &impact.metric,
            NAME_MAX,
        );
        finite(
            &mut errors,
            &format!("impacts[{i}].before"),
            "The value before",
            impact.before,
        );
        finite(
            &mut errors,
            &format!("impacts[{i}].after"),
            "The value after",
            impact.after,
        );
        optional(
            &mut errors,
            &format!("impacts[{i}].unit"),
            "The unit",
            &impact.unit,
            NAME_MAX,
        );
    }
    errors.into_vec()
}

/// Every problem with a usage: its story, date, and whose brief or which meeting.
pub fn check_usage(conn: &Connection, input: &UsageInput) -> Result<Vec<FieldError>> {
    let mut errors = Errors::default();
    match input.story_id {
        None => errors.push("story_id", "A usage belongs to a story; pick one"),
        Some(story) => {
            if !exists(conn, "SELECT 1 FROM stories WHERE id = ?1", story)? {
                errors.push(
                    "story_id",
                    format!("Story {story} does not exist; pick an existing story"),
                );
            }
        }
    }
    if input.used_on.is_none() {
        errors.push("used_on", "A usage needs the date the story was told");
    }
    match (input.kind, input.sponsor_id, input.meeting_id) {
        (UsageKind::Brief, None, _) => errors.push(
            "sponsor_id",
            "A brief is for a sponsor; pick whose brief it was",
        ),
        (UsageKind::Meeting, _, None) => {
            errors.push("meeting_id", "Pick the meeting the story was told at")
        }
        _ => {}
    }
    if let Some(sponsor) = input.sponsor_id {
        if !exists(conn, "SELECT 1 FROM sponsors WHERE id = ?1", sponsor)? {
            errors.push(
                "sponsor_id",
                format!("Sponsor {sponsor} does not exist; pick an existing person"),
            );
        }
    }
    if let Some(meeting) = input.meeting_id {
        if !exists(conn, "SELECT 1 FROM meetings WHERE id = ?1", meeting)? {
            errors.push(
                "meeting_id",
                format!("Meeting {meeting} does not exist; pick an existing meeting"),
            );
        }
    }
    optional(&mut errors, "note", "The note", &input.note, NOTE_MAX);
    Ok(errors.into_vec())
}
