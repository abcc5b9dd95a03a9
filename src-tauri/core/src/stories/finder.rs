//! The story finder: which stories suit a sponsor, matching the initiatives they sponsor, their
//! priorities' words against story tags and text, and leaving out stories already told to them.
//! Returns shareable stories only (consented quotes), since its results go into briefs.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rusqlite::{params, Connection};

use super::model::{Story, StoryMatch};
use super::queries::{fill_quotes, list_unquoted};
use super::sharing::shared;
use super::tags::{words, words_among};
use crate::error::Result;
use crate::store::all_rows;
use crate::Id;

/// Points for a story of an initiative the sponsor sponsors.
pub const SPONSORED_POINTS: u32 = 5;
/// Points per story tag whose words all appear in the sponsor's priorities.
pub const TAG_POINTS: u32 = 3;
/// Points per other priority word found in the headline, narrative or impacts.
pub const WORD_POINTS: u32 = 1;

/// Stories matching sponsor `sponsor_id` as of today; see `stories_for_sponsor_on`.
pub fn stories_for_sponsor(
    conn: &Connection,
    sponsor_id: Id,
    include_used: bool,
) -> Result<Vec<StoryMatch>> {
    stories_for_sponsor_on(
        conn,
        sponsor_id,
        include_used,
        chrono::Local::now().date_naive(),
    )
}

/// Stories matching sponsor `sponsor_id`, best first (score, then newest, then id). A story
/// scores `SPONSORED_POINTS` when its initiative has a sponsorship of theirs not ended by
/// `today`, `TAG_POINTS` per tag found in their priorities, `WORD_POINTS` per further priority
/// word in its text; stories scoring nothing are left out. Stories already told to them (a brief
/// for them, or a meeting they attended) are left out unless `include_used`.
pub fn stories_for_sponsor_on(
    conn: &Connection,
    sponsor_id: Id,
    include_used: bool,
    today: NaiveDate,
) -> Result<Vec<StoryMatch>> {
    best_stories_for_sponsor_on(conn, sponsor_id, include_used, today, usize::MAX)
}

/// The first `limit` of `stories_for_sponsor_on`, in its order. Every story's text is scored, but
/// only the stories kept have their quotes read (a brief prints three of 5,000).
pub fn best_stories_for_sponsor_on(
    conn: &Connection,
    sponsor_id: Id,
    include_used: bool,
    today: NaiveDate,
    limit: usize,
) -> Result<Vec<StoryMatch>> {
    let sponsor = crate::sponsors::get(conn, sponsor_id)?;
    let priorities = words(&sponsor.priorities);
    let sponsored: BTreeMap<Id, String> = all_rows(
        conn,
        "SELECT DISTINCT i.id, i.name FROM sponsorships p JOIN initiatives i ON i.id = p.initiative_id
         WHERE p.sponsor_id = ?1 AND p.start_date <= ?2 AND (p.end_date IS NULL OR p.end_date >= ?2)",
        params![sponsor_id, today],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?
    .into_iter()
    .collect();
    let used: BTreeSet<Id> = all_rows(
        conn,
        "SELECT DISTINCT u.story_id FROM story_usages u
         WHERE u.sponsor_id = ?1
            OR u.meeting_id IN (SELECT meeting_id FROM meeting_attendance
                                WHERE sponsor_id = ?1 AND attendance IN ('present', 'delegate'))",
        [sponsor_id],
        |r| r.get(0),
    )?
    .into_iter()
    .collect();
    let names: BTreeMap<Id, String> =
        all_rows(conn, "SELECT id, name FROM initiatives", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .into_iter()
        .collect();
    let mut found: Vec<(u32, Vec<String>, Story)> = list_unquoted(conn)?
        .into_iter()
        .filter(|s| include_used || !used.contains(&s.id))
        .filter_map(|story| {
            let (score, reasons) = score(&story, &priorities, &sponsored);
            (score > 0).then_some((score, reasons, story))
        })
        .collect();
    found.sort_by(|(a_score, _, a), (b_score, _, b)| {
        b_score
            .cmp(a_score)
            .then(b.told_on.cmp(&a.told_on))
            .then(b.id.cmp(&a.id))
    });
    found.truncate(limit);
    let mut kept: Vec<Story> = Vec::with_capacity(found.len());
    let mut scored = Vec::with_capacity(found.len());
    for (score, reasons, story) in found {
        kept.push(story);
        scored.push((score, reasons));
    }
    fill_quotes(conn, &mut kept)?;
    Ok(kept
        .iter()
        .zip(scored)
        .map(|(story, (score, reasons))| {
            let initiative = names.get(&story.initiative_id).map_or("", String::as_str);
            StoryMatch {
                used_with_sponsor: used.contains(&story.id),
                story: shared(story, initiative),
                score,
                reasons,
            }
        })
        .collect())
}

/// The score of one story and the reasons, in plain words.
fn score(
    story: &Story,
    priorities: &BTreeSet<String>,
    sponsored: &BTreeMap<Id, String>,
) -> (u32, Vec<String>) {
    let mut score = 0;
    let mut reasons = Vec::new();
    if let Some(name) = sponsored.get(&story.initiative_id) {
        score += SPONSORED_POINTS;
        reasons.push(format!("they sponsor {name}"));
    }
    let mut counted = BTreeSet::new();
    for tag in &story.tags {
        let tag_words = words(tag);
        if !tag_words.is_empty() && tag_words.is_subset(priorities) {
            score += TAG_POINTS;
            reasons.push(format!("tag \"{tag}\" is among their priorities"));
            counted.extend(tag_words);
        }
    }
    let mut text = format!("{}\n{}", story.headline, story.narrative);
    for impact in &story.impacts {
        text.push('\n');
        text.push_str(&impact.metric);
    }
    let mentioned: Vec<String> = words_among(&text, priorities)
        .into_iter()
        .filter(|w| !counted.contains(w))
        .collect();
    if !mentioned.is_empty() {
        score += WORD_POINTS * u32::try_from(mentioned.len()).unwrap_or(u32::MAX / WORD_POINTS);
        reasons.push(format!("mentions {}", mentioned.join(", ")));
    }
    (score, reasons)
}
