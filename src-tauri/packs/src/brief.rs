//! The sponsor brief's data: who the sponsor is, what they sponsor and how it is doing, recent
//! contact, open asks, talking points, matching wins and consented stories, decisions needed.
//! Private notes (the sponsor's and the sponsorships') are never read into it.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use sponsor_desk_core::committees::{decision_register, DecisionStatus, RegisterFilter};
use sponsor_desk_core::stories::{self, SharedStory};
use sponsor_desk_core::touchpoints::{self, ItemKind, TimelineQuery};
use sponsor_desk_core::wins::WinStatus;
use sponsor_desk_core::{initiatives, org_units, sponsors, sponsorships, warnings, wins, Id};

use crate::error::Result;
use crate::health::{by_initiative, health, Health};
use crate::model::{story_data, win_data, Header, StoryData, WinData};
use crate::options::{PackOptions, Section};
use crate::text::{items, long_date, short_date, tier_label, words};

/// How many of each list a brief prints, to stay within three pages.
const TOUCHPOINTS: u32 = 4;
const WINS: usize = 4;
const STORIES: usize = 3;
const DECISIONS: usize = 5;

#[derive(Debug, Clone, Serialize)]
pub struct BriefData {
    pub header: Header,
    pub show: serde_json::Map<String, serde_json::Value>,
    pub sponsor: SponsorData,
    pub sponsorships: Vec<SponsorshipData>,
    pub touchpoints: Vec<TouchpointData>,
    pub asks: Vec<ItemData>,
    pub commitments: Vec<ItemData>,
    pub talking_points: Vec<String>,
    pub wins: Vec<WinData>,
    pub stories: Vec<StoryData>,
    pub decisions: Vec<DecisionData>,
    pub next_steps: Vec<String>,
    /// The ids of the stories printed, to record their use when printed for real.
    #[serde(skip)]
    pub story_ids: Vec<Id>,
    #[serde(skip)]
    pub sponsor_id: Id,
}

#[derive(Debug, Clone, Serialize)]
pub struct SponsorData {
    pub name: String,
    pub title: String,
    pub org_unit: String,
    pub reports_to: Option<String>,
    pub tier: String,
    pub stance: String,
    pub status: String,
    pub channel: String,
    pub last_contact: String,
    pub priorities: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SponsorshipData {
    pub initiative: String,
    pub role: String,
    pub since: String,
    pub goal: String,
    pub health: Health,
}

#[derive(Debug, Clone, Serialize)]
pub struct TouchpointData {
    pub date: String,
    pub kind: String,
    pub summary: String,
    pub stance: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ItemData {
    pub date: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DecisionData {
    pub title: String,
    pub text: String,
    pub status: String,
    pub initiatives: String,
}

/// Builds the brief for sponsor `sponsor_id` as of `as_of`. Unknown sponsor: `NotFound`.
pub fn build(
    conn: &Connection,
    sponsor_id: Id,
    as_of: NaiveDate,
    options: &PackOptions,
) -> Result<BriefData> {
    // What the sponsor's page shows, without its direct reports and history, which a brief does
    // not print.
    let s = &sponsors::get(conn, sponsor_id)?;
    let org_unit = org_units::get(conn, s.org_unit_id)?.name;
    let reports_to = match s.reports_to_id {
        Some(boss) => Some(sponsors::get(conn, boss)?.name),
        None => None,
    };
    let views = sponsorships::views_on(conn, Some(sponsor_id), None, as_of)?;
    let all_warnings = warnings::list(conn, as_of)?;
    let warned = by_initiative(&all_warnings);

    let mut sponsored: BTreeSet<Id> = BTreeSet::new();
    let mut sponsorships = Vec::new();
    for view in views.iter().filter(|v| v.active) {
        let p = &view.sponsorship;
        sponsored.insert(p.initiative_id);
        // Only the sponsor's own initiatives: the whole list costs 50 ms on a large database.
        let initiative = initiatives::get(conn, p.initiative_id)?;
        let goal = initiative.measurable_goal.clone();
        let row = initiatives::row_on(conn, initiative, as_of)?;
        let none = Vec::new();
        sponsorships.push(SponsorshipData {
            initiative: view.initiative_name.clone(),
            role: words(p.role.as_str()),
            since: short_date(p.start_date),
            goal,
            health: health(&row, warned.get(&p.initiative_id).unwrap_or(&none)),
        });
    }

    let timeline = touchpoints::timeline(
        conn,
        &TimelineQuery {
            sponsor_id: Some(sponsor_id),
            to: Some(as_of),
            limit: Some(TOUCHPOINTS),
            ..TimelineQuery::default()
        },
    )?;
    let last_contact = timeline.first().map_or_else(
        || "No touchpoint logged".to_string(),
        |t| {
            let days = (as_of - t.touchpoint.occurred_on).num_days();
            format!("{} ({days} days ago)", short_date(t.touchpoint.occurred_on))
        },
    );
    let follow_up = timeline.first().and_then(|t| t.touchpoint.follow_up_on);
    let touchpoints: Vec<TouchpointData> = timeline
        .iter()
        .map(|t| TouchpointData {
            date: short_date(t.touchpoint.occurred_on),
            kind: t.touchpoint.kind.label().to_string(),
            summary: t.touchpoint.summary.clone(),
            stance: t.touchpoint.stance_observed.map(|s| s.as_str().to_string()),
        })
        .collect();

    let (mut asks, mut commitments) = (Vec::new(), Vec::new());
    for open in touchpoints::open_items(conn, Some(sponsor_id))? {
        let item = ItemData {
            date: short_date(open.occurred_on),
            text: open.item.text.clone(),
        };
        match open.item.kind {
            ItemKind::Ask => asks.push(item),
            ItemKind::Commitment => commitments.push(item),
        }
    }

    let priorities = stories::tags::words(&s.priorities);
    let names = initiatives::names(conn)?;
    let mut scored: Vec<(usize, &wins::QuickWin)> = Vec::new();
    let all_wins = wins::list_all(conn)?;
    for w in all_wins.iter().filter(|w| w.status != WinStatus::Dropped) {
        let mut score = stories::tags::words(&format!("{} {}", w.title, w.soft_benefits))
            .intersection(&priorities)
            .count();
        if sponsored.contains(&w.initiative_id) || w.sponsor_ids.contains(&sponsor_id) {
            score += 5;
        }
        if score > 0 {
            scored.push((score, w));
        }
    }
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.target_on.cmp(&a.1.target_on)));
    let wins: Vec<WinData> = scored
        .into_iter()
        .take(WINS)
        .map(|(_, w)| win_data(w, names.get(&w.initiative_id), as_of))
        .collect();

    let chosen: Vec<SharedStory> = match &options.story_ids {
        Some(ids) => ids
            .iter()
            .map(|id| stories::for_sharing(conn, *id))
            .collect::<std::result::Result<_, _>>()?,
        None => stories::best_stories_for_sponsor_on(conn, sponsor_id, false, as_of, STORIES)?
            .into_iter()
            .map(|m| m.story)
            .collect(),
    };
    let story_ids = chosen.iter().map(|s| s.id).collect();
    let stories = chosen.iter().map(story_data).collect();

    let decisions: Vec<DecisionData> = decision_register(conn, &RegisterFilter::default())?
        .into_iter()
        .filter(|e| {
            matches!(
                e.decision.status,
                DecisionStatus::Proposed | DecisionStatus::Deferred
            ) && e.initiatives.iter().any(|i| sponsored.contains(&i.id))
        })
        .take(DECISIONS)
        .map(|e| DecisionData {
            title: e.decision.title.clone(),
            text: e.decision.text.clone(),
            status: e.decision.status.as_str().to_string(),
            initiatives: e
                .initiatives
                .iter()
                .map(|i| i.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        })
        .collect();

    let mut next_steps = Vec::new();
    if let Some(ask) = asks.first() {
        next_steps.push(format!("Ask again: {}", ask.text));
    }
    if let Some(d) = decisions.first() {
        next_steps.push(format!("Seek their decision on: {}", d.title));
    }
    match follow_up {
        Some(on) if on < as_of => {
            next_steps.push(format!("Follow-up was due {}: book it now", short_date(on)))
        }
        Some(on) => next_steps.push(format!("Follow up by {}", short_date(on))),
        None => {}
    }
    if next_steps.is_empty() {
        next_steps.push("Book the next conversation".to_string());
    }

    Ok(BriefData {
        header: Header::new("Sponsor brief", &s.name, as_of),
        show: options.shown(&Section::BRIEF),
        sponsor: SponsorData {
            name: s.name.clone(),
            title: s.title.clone(),
            org_unit,
            reports_to,
            tier: tier_label(s.tier),
            stance: s.stance.as_str().to_string(),
            status: match s.status_date {
                Some(on) => format!("{} ({})", words(s.status.as_str()), long_date(on)),
                None => words(s.status.as_str()),
            },
            channel: s.preferred_channel.clone(),
            last_contact,
            priorities: items(&s.priorities),
        },
        sponsorships,
        touchpoints,
        asks,
        commitments,
        talking_points: items(&s.talking_points),
        wins,
        stories,
        decisions,
        next_steps,
        story_ids,
        sponsor_id,
    })
}

/// A story the preview dialog offers for a brief, and whether it is ticked by default.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
pub struct StoryChoice {
    pub id: Id,
    pub headline: String,
    pub initiative: String,
    pub told_on: NaiveDate,
    /// Already told to this sponsor (a brief for them, or a meeting they attended).
    pub used: bool,
    pub selected: bool,
}

/// Every consented story that matches the sponsor, the default picks ticked.
pub fn story_choices(
    conn: &Connection,
    sponsor_id: Id,
    as_of: NaiveDate,
) -> Result<Vec<StoryChoice>> {
    let matches = stories::stories_for_sponsor_on(conn, sponsor_id, true, as_of)?;
    let mut picked = 0;
    Ok(matches
        .into_iter()
        .map(|m| {
            let selected = !m.used_with_sponsor && picked < STORIES;
            if selected {
                picked += 1;
            }
            StoryChoice {
                id: m.story.id,
                headline: m.story.headline,
                initiative: m.story.initiative,
                told_on: m.story.told_on,
                used: m.used_with_sponsor,
                selected,
            }
        })
        .collect())
}
