//! Reading and writing stories with their tags, quotes and impacts, and the usages logged
//! against them. Every write validates first, runs in the caller's transaction and records
//! history (a story's row holds the whole story; a usage has its own).

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection, Row, Transaction};

use super::model::{Impact, Quote, Story, StoryInput, Usage, UsageInput};
use super::tags::normalise_tags;
use super::validate::{check, check_usage};
use crate::error::Result;
use crate::history::{self, HistoryAction};
use crate::store::{all_rows, one_row};
use crate::validate::{into_result, record_label};
use crate::Id;

pub(crate) const ENTITY: &str = "stories";
pub(crate) const USAGES: &str = "story_usages";

macro_rules! select_stories {
    () => {
        "SELECT id, initiative_id, told_on, headline, narrative, created_at, updated_at
         FROM stories"
    };
}

fn from_row(r: &Row) -> rusqlite::Result<Story> {
    Ok(Story {
        id: r.get(0)?,
        initiative_id: r.get(1)?,
        told_on: r.get(2)?,
        headline: r.get(3)?,
        narrative: r.get(4)?,
        tags: Vec::new(),
        quotes: Vec::new(),
        impacts: Vec::new(),
        usages: Vec::new(),
        created_at: r.get(5)?,
        updated_at: r.get(6)?,
    })
}

macro_rules! select_quotes {
    () => {
        "SELECT id, story_id, text, person_name, person_role, consent, consent_on
         FROM story_quotes"
    };
}

/// A quote from the columns of `select_quotes!`.
fn quote_from_row(r: &Row) -> rusqlite::Result<Quote> {
    Ok(Quote {
        id: r.get(0)?,
        story_id: r.get(1)?,
        text: r.get(2)?,
        person_name: r.get(3)?,
        person_role: r.get(4)?,
        consent: r.get(5)?,
        consent_on: r.get(6)?,
    })
}

fn usage_from_row(r: &Row) -> rusqlite::Result<Usage> {
    Ok(Usage {
        id: r.get(0)?,
        story_id: r.get(1)?,
        kind: r.get(2)?,
        sponsor_id: r.get(3)?,
        meeting_id: r.get(4)?,
        used_on: r.get(5)?,
        note: r.get(6)?,
        created_at: r.get(7)?,
    })
}

macro_rules! select_usages {
    () => {
        "SELECT id, story_id, kind, sponsor_id, meeting_id, used_on, note, created_at
         FROM story_usages"
    };
}

fn with_children(conn: &Connection, mut story: Story) -> Result<Story> {
    let id = story.id;
    story.tags = all_rows(
        conn,
        "SELECT tag FROM story_tags WHERE story_id = ?1 ORDER BY tag",
        [id],
        |r| r.get(0),
    )?;
    story.quotes = quotes_of(conn, id)?;
    story.impacts = all_rows(
        conn,
        "SELECT metric, before, after, unit FROM story_impacts WHERE story_id = ?1
         ORDER BY position",
        [id],
        |r| {
            Ok(Impact {
                metric: r.get(0)?,
                before: r.get(1)?,
                after: r.get(2)?,
                unit: r.get(3)?,
            })
        },
    )?;
    story.usages = all_rows(
        conn,
        concat!(
            select_usages!(),
            " WHERE story_id = ?1 ORDER BY used_on, id"
        ),
        [id],
        usage_from_row,
    )?;
    Ok(story)
}

/// One story's quotes in their order, through the `story_id` index.
fn quotes_of(conn: &Connection, story_id: Id) -> Result<Vec<Quote>> {
    all_rows(
        conn,
        concat!(select_quotes!(), " WHERE story_id = ?1 ORDER BY position"),
        [story_id],
        quote_from_row,
    )
}

/// Each of a few stories with its children, read story by story.
fn each_with_children(conn: &Connection, stories: Vec<Story>) -> Result<Vec<Story>> {
    stories
        .into_iter()
        .map(|s| with_children(conn, s))
        .collect()
}

pub fn get(conn: &Connection, id: Id) -> Result<Story> {
    let story = one_row(
        conn,
        concat!(select_stories!(), " WHERE id = ?1"),
        "story",
        id,
        from_row,
    )?;
    with_children(conn, story)
}

/// Stories, newest first; only one initiative's when `initiative_id` is set.
pub fn list(conn: &Connection, initiative_id: Option<Id>) -> Result<Vec<Story>> {
    let Some(initiative_id) = initiative_id else {
        // Every story: one scan per child table, not four queries per story (5,000 in a large
        // organisation).
        let mut stories = list_all(conn)?;
        stories.sort_by(|a, b| b.told_on.cmp(&a.told_on).then(b.id.cmp(&a.id)));
        return Ok(stories);
    };
    let stories = all_rows(
        conn,
        concat!(
            select_stories!(),
            " WHERE initiative_id = ?1 ORDER BY told_on DESC, id DESC"
        ),
        [initiative_id],
        from_row,
    )?;
    each_with_children(conn, stories)
}

/// The `limit` newest stories told on or before `on` (newest first, then highest id), with their
/// children: read through the `told_on` index, not the whole table (a committee pack prints three
/// of 5,000).
pub fn newest(conn: &Connection, on: NaiveDate, limit: usize) -> Result<Vec<Story>> {
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let stories = all_rows(
        conn,
        concat!(
            select_stories!(),
            " WHERE told_on <= ?1 ORDER BY told_on DESC, id DESC LIMIT ?2"
        ),
        params![on, limit],
        from_row,
    )?;
    each_with_children(conn, stories)
}

/// Every story by id, with its children (export, dashboard, warnings): one scan of each child
/// table in the order `with_children` reads a story's, not four queries per story.
pub fn list_all(conn: &Connection) -> Result<Vec<Story>> {
    let mut stories = list_unquoted(conn)?;
    fill_quotes(conn, &mut stories)?;
    let at = positions(&stories);
    let usages = all_rows(
        conn,
        concat!(select_usages!(), " ORDER BY story_id, used_on, id"),
        [],
        usage_from_row,
    )?;
    for usage in usages {
        if let Some(&i) = at.get(&usage.story_id) {
            stories[i].usages.push(usage);
        }
    }
    Ok(stories)
}

/// Where each story sits in `stories`, by id.
fn positions(stories: &[Story]) -> HashMap<Id, usize> {
    stories.iter().enumerate().map(|(i, s)| (s.id, i)).collect()
}

/// Every story by id with its tags and impacts, without quotes or usages: what the story finder
/// scores. Quotes are the bulk of the text and only the stories it keeps need theirs.
pub(crate) fn list_unquoted(conn: &Connection) -> Result<Vec<Story>> {
    let mut stories = all_rows(
        conn,
        concat!(select_stories!(), " ORDER BY id"),
        [],
        from_row,
    )?;
    let at = positions(&stories);
    let tags = all_rows(
        conn,
        "SELECT story_id, tag FROM story_tags ORDER BY story_id, tag",
        [],
        |r| Ok((r.get::<_, Id>(0)?, r.get::<_, String>(1)?)),
    )?;
    for (id, tag) in tags {
        if let Some(&i) = at.get(&id) {
            stories[i].tags.push(tag);
        }
    }
    let impacts = all_rows(
        conn,
        "SELECT story_id, metric, before, after, unit FROM story_impacts
         ORDER BY story_id, position",
        [],
        |r| {
            Ok((
                r.get::<_, Id>(0)?,
                Impact {
                    metric: r.get(1)?,
                    before: r.get(2)?,
                    after: r.get(3)?,
                    unit: r.get(4)?,
                },
            ))
        },
    )?;
    for (id, impact) in impacts {
        if let Some(&i) = at.get(&id) {
            stories[i].impacts.push(impact);
        }
    }
    Ok(stories)
}

/// Reads the quotes of `stories` (as `list_unquoted` left them): one indexed read per story for a
/// few stories, one scan of every quote for many.
pub(crate) fn fill_quotes(conn: &Connection, stories: &mut [Story]) -> Result<()> {
    const FEW: usize = 32;
    if stories.len() <= FEW {
        for story in stories.iter_mut() {
            story.quotes = quotes_of(conn, story.id)?;
        }
        return Ok(());
    }
    let at = positions(stories);
    let quotes = all_rows(
        conn,
        concat!(select_quotes!(), " ORDER BY story_id, position"),
        [],
        quote_from_row,
    )?;
    for quote in quotes {
        if let Some(&i) = at.get(&quote.story_id) {
            stories[i].quotes.push(quote);
        }
    }
    Ok(())
}

fn validated(conn: &Connection, id: Option<Id>, input: &StoryInput) -> Result<()> {
    into_result(
        record_label("story", id, &input.headline),
        check(conn, id, input)?,
    )
}

/// Replaces tags, quotes (keeping the ids given) and impacts as a whole.
fn write_children(tx: &Transaction, id: Id, input: &StoryInput) -> Result<()> {
    for sql in [
        "DELETE FROM story_tags WHERE story_id = ?1",
        "DELETE FROM story_quotes WHERE story_id = ?1",
        "DELETE FROM story_impacts WHERE story_id = ?1",
    ] {
        tx.prepare_cached(sql)?.execute([id])?;
    }
    let mut tag = tx.prepare_cached("INSERT INTO story_tags (story_id, tag) VALUES (?1, ?2)")?;
    for t in normalise_tags(&input.tags) {
        tag.execute(params![id, t])?;
    }
    let mut quote = tx.prepare_cached(
        "INSERT INTO story_quotes (id, story_id, position, text, person_name, person_role,
                consent, consent_on)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (position, q) in (1_i64..).zip(&input.quotes) {
        quote.execute(params![
            q.id,
            id,
            position,
            q.text.trim(),
            q.person_name.trim(),
            q.person_role.trim(),
            q.consent,
            q.consent_on
        ])?;
    }
    let mut impact = tx.prepare_cached(
        "INSERT INTO story_impacts (story_id, position, metric, before, after, unit)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (position, i) in (1_i64..).zip(&input.impacts) {
        impact.execute(params![
            id,
            position,
            i.metric.trim(),
            i.before,
            i.after,
            i.unit.trim()
        ])?;
    }
    Ok(())
}

fn insert_row(
    tx: &Transaction,
    id: Option<Id>,
    input: &StoryInput,
    created_at: &str,
    updated_at: &str,
) -> Result<Id> {
    tx.prepare_cached(
        "INSERT INTO stories (id, initiative_id, told_on, headline, narrative, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        id,
        input.initiative_id,
        input.told_on,
        input.headline.trim(),
        input.narrative,
        created_at,
        updated_at
    ])?;
    let id = tx.last_insert_rowid();
    write_children(tx, id, input)?;
    Ok(id)
}

pub fn create(tx: &Transaction, input: &StoryInput) -> Result<Story> {
    create_at(tx, input, &history::now())
}

/// As `create`, stamped `at` (the demo's deterministic clock).
pub fn create_at(tx: &Transaction, input: &StoryInput, at: &str) -> Result<Story> {
    validated(tx, None, input)?;
    let id = insert_row(tx, None, input, at, at)?;
    let story = get(tx, id)?;
    history::record_at(
        tx,
        at,
        ENTITY,
        id,
        HistoryAction::Create,
        None,
        Some(&story),
    )?;
    Ok(story)
}

/// Replaces a story's fields, tags, quotes and impacts; its usages stay.
pub fn update(tx: &Transaction, id: Id, input: &StoryInput) -> Result<Story> {
    let old = get(tx, id)?;
    validated(tx, Some(id), input)?;
    tx.prepare_cached(
        "UPDATE stories SET initiative_id = ?2, told_on = ?3, headline = ?4, narrative = ?5,
                updated_at = ?6
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        input.initiative_id,
        input.told_on,
        input.headline.trim(),
        input.narrative,
        history::now()
    ])?;
    write_children(tx, id, input)?;
    history::updated(tx, ENTITY, id, &old, get(tx, id)?)
}

/// Deletes a story with its quotes, impacts, tags and usages; the history keeps all of it.
pub fn delete(tx: &Transaction, id: Id) -> Result<()> {
    let old = get(tx, id)?;
    tx.prepare_cached("DELETE FROM stories WHERE id = ?1")?
        .execute([id])?;
    history::deleted(tx, ENTITY, id, &old)
}

/// Logs that a story was told (in a brief, at a meeting, elsewhere).
pub fn record_usage(tx: &Transaction, input: &UsageInput) -> Result<Usage> {
    record_usage_at(tx, input, &history::now())
}

/// As `record_usage`, stamped `at` (the demo's deterministic clock).
pub fn record_usage_at(tx: &Transaction, input: &UsageInput, at: &str) -> Result<Usage> {
    into_result(
        record_label("story usage", None, ""),
        check_usage(tx, input)?,
    )?;
    tx.prepare_cached(
        "INSERT INTO story_usages (story_id, kind, sponsor_id, meeting_id, used_on, note, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        input.story_id,
        input.kind,
        input.sponsor_id,
        input.meeting_id,
        input.used_on,
        input.note.trim(),
        at
    ])?;
    let usage = get_usage(tx, tx.last_insert_rowid())?;
    history::record_at(
        tx,
        at,
        USAGES,
        usage.id,
        HistoryAction::Create,
        None,
        Some(&usage),
    )?;
    Ok(usage)
}

pub fn get_usage(conn: &Connection, id: Id) -> Result<Usage> {
    one_row(
        conn,
        concat!(select_usages!(), " WHERE id = ?1"),
        "story usage",
        id,
        usage_from_row,
    )
}

/// Removes a usage logged by mistake; the history keeps it.
pub fn delete_usage(tx: &Transaction, id: Id) -> Result<()> {
    let old = get_usage(tx, id)?;
    tx.prepare_cached("DELETE FROM story_usages WHERE id = ?1")?
        .execute([id])?;
    history::deleted(tx, USAGES, id, &old)
}

/// Inserts a story exactly as exported (ids, timestamps, quotes, usages), for import. The caller
/// validates it first (`check` with `StoryInput::from`, and `check_usage` per usage).
pub fn insert_verbatim(tx: &Transaction, story: &Story) -> Result<()> {
    insert_row(
        tx,
        Some(story.id),
        &StoryInput::from(story),
        &story.created_at,
        &story.updated_at,
    )?;
    let mut usage = tx.prepare_cached(
        "INSERT INTO story_usages (id, story_id, kind, sponsor_id, meeting_id, used_on, note, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for u in &story.usages {
        usage.execute(params![
            u.id,
            story.id,
            u.kind,
            u.sponsor_id,
            u.meeting_id,
            u.used_on,
            u.note,
            u.created_at
        ])?;
    }
    Ok(())
}
