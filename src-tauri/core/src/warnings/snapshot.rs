//! The data the warnings engine reads, loaded in one query per table (never one per record),
//! and the engine's definitions of "in post" and "active" over it. Loading writes nothing.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::Connection;

use crate::committees::facts::WarningFacts;
use crate::error::Result;
use crate::initiatives::model::{InitiativeStatus, RequiredCoverage};
use crate::sponsors::model::{SponsorStatus, Stance};
use crate::sponsorships::model::SponsorshipRole;
use crate::touchpoints::TouchpointKind;
use crate::wins::model::WinStatus;
use crate::Id;

#[derive(Debug, Clone, PartialEq)]
pub struct OrgUnitFacts {
    pub id: Id,
    pub name: String,
    pub parent_id: Option<Id>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SponsorFacts {
    pub id: Id,
    pub name: String,
    pub org_unit_id: Id,
    pub tier: u8,
    pub stance: Stance,
    pub influence: u8,
    pub status: SponsorStatus,
    pub status_date: Option<NaiveDate>,
}

impl SponsorFacts {
    /// In post on `day`: status active, or departing with the departure date still ahead (the
    /// date is their first day gone). Departed and role-changed sponsors are not, whatever
    /// their date. The one rule of `sponsorships::in_post_on`, shared with the pages' counts.
    pub fn in_post_on(&self, day: NaiveDate) -> bool {
        crate::sponsorships::in_post_on(self.status, self.status_date, day)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct InitiativeFacts {
    pub id: Id,
    pub name: String,
    pub status: InitiativeStatus,
    pub start_date: Option<NaiveDate>,
    pub required: RequiredCoverage,
    /// The org units it spans, ascending.
    pub org_unit_ids: Vec<Id>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SponsorshipFacts {
    pub id: Id,
    pub sponsor_id: Id,
    pub initiative_id: Id,
    pub role: SponsorshipRole,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
}

impl SponsorshipFacts {
    /// Runs on `day`: started on or before it and not ended before it (the end date is the
    /// last day). Whether the sponsor is still in post is a separate question.
    pub fn runs_on(&self, day: NaiveDate) -> bool {
        self.start_date <= day && self.end_date.is_none_or(|end| end >= day)
    }

    /// Counts toward coverage: every role except successor-in-waiting, who is only lined up.
    pub fn covers(&self) -> bool {
        self.role.covers()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TouchpointFacts {
    pub id: Id,
    pub occurred_on: NaiveDate,
    pub kind: TouchpointKind,
    /// Only for touchpoints with a follow-up date (the one rule that quotes it), to keep the
    /// load of a large log light; empty for the others.
    pub summary: String,
    pub stance_observed: Option<Stance>,
    pub follow_up_on: Option<NaiveDate>,
    /// Ascending.
    pub sponsor_ids: Vec<Id>,
}

/// A quick win, as quick-win-late reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct QuickWinFacts {
    pub id: Id,
    pub initiative_id: Id,
    pub title: String,
    pub start_on: NaiveDate,
    pub target_on: NaiveDate,
    pub status: WinStatus,
}

/// A success story's date, as story-drought reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryFacts {
    pub id: Id,
    pub initiative_id: Id,
    pub told_on: NaiveDate,
}

/// Everything the rules read. Maps are by id; sponsorships by id; touchpoints by date, then id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Snapshot {
    pub org_units: BTreeMap<Id, OrgUnitFacts>,
    pub sponsors: BTreeMap<Id, SponsorFacts>,
    pub initiatives: BTreeMap<Id, InitiativeFacts>,
    pub sponsorships: Vec<SponsorshipFacts>,
    pub touchpoints: Vec<TouchpointFacts>,
    /// Committees with their meetings, decisions and actions (the committees feature's loader).
    pub committees: WarningFacts,
    /// By id.
    pub quick_wins: Vec<QuickWinFacts>,
    /// By id.
    pub stories: Vec<StoryFacts>,
}

/// Reads the snapshot: a dozen queries, whatever the size of the database.
pub fn load_snapshot(conn: &Connection) -> Result<Snapshot> {
    let mut snapshot = Snapshot::default();

    let mut stmt = conn.prepare_cached("SELECT id, name, parent_id FROM org_units")?;
    for unit in stmt.query_map([], |r| {
        Ok(OrgUnitFacts {
            id: r.get(0)?,
            name: r.get(1)?,
            parent_id: r.get(2)?,
        })
    })? {
        let unit = unit?;
        snapshot.org_units.insert(unit.id, unit);
    }

    let mut stmt = conn.prepare_cached(
        "SELECT id, name, org_unit_id, tier, stance, influence, status, status_date FROM sponsors",
    )?;
    for sponsor in stmt.query_map([], |r| {
        Ok(SponsorFacts {
            id: r.get(0)?,
            name: r.get(1)?,
            org_unit_id: r.get(2)?,
            tier: r.get(3)?,
            stance: r.get(4)?,
            influence: r.get(5)?,
            status: r.get(6)?,
            status_date: optional_date_at(r, 7)?,
        })
    })? {
        let sponsor = sponsor?;
        snapshot.sponsors.insert(sponsor.id, sponsor);
    }

    let mut stmt = conn.prepare_cached(
        "SELECT id, name, status, required_executive, required_tier1, required_tier2,
                required_tier3, required_tier4, start_date FROM initiatives",
    )?;
    for initiative in stmt.query_map([], |r| {
        Ok(InitiativeFacts {
            id: r.get(0)?,
            name: r.get(1)?,
            status: r.get(2)?,
            start_date: r.get(8)?,
            required: RequiredCoverage {
                executive: r.get(3)?,
                tier1: r.get(4)?,
                tier2: r.get(5)?,
                tier3: r.get(6)?,
                tier4: r.get(7)?,
            },
            org_unit_ids: Vec::new(),
        })
    })? {
        let initiative = initiative?;
        snapshot.initiatives.insert(initiative.id, initiative);
    }

    let mut stmt = conn.prepare_cached(
        "SELECT initiative_id, org_unit_id FROM initiative_org_units ORDER BY initiative_id, org_unit_id",
    )?;
    for pair in stmt.query_map([], |r| Ok((r.get::<_, Id>(0)?, r.get::<_, Id>(1)?)))? {
        let (initiative_id, unit_id) = pair?;
        if let Some(initiative) = snapshot.initiatives.get_mut(&initiative_id) {
            initiative.org_unit_ids.push(unit_id);
        }
    }

    let mut stmt = conn.prepare_cached(
        "SELECT id, sponsor_id, initiative_id, role, start_date, end_date FROM sponsorships ORDER BY id",
    )?;
    snapshot.sponsorships = stmt
        .query_map([], |r| {
            Ok(SponsorshipFacts {
                id: r.get(0)?,
                sponsor_id: r.get(1)?,
                initiative_id: r.get(2)?,
                role: r.get(3)?,
                start_date: date_at(r, 4)?,
                end_date: optional_date_at(r, 5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;

    // Read in rowid order (a sequential scan; ordering by date here would visit the table in
    // index order, page by page, several times slower) and sort in memory afterwards.
    let mut stmt = conn.prepare_cached(
        "SELECT id, occurred_on, kind, CASE WHEN follow_up_on IS NULL THEN '' ELSE summary END,
                stance_observed, follow_up_on FROM touchpoints",
    )?;
    let mut touchpoints: Vec<TouchpointFacts> = stmt
        .query_map([], |r| {
            Ok(TouchpointFacts {
                id: r.get(0)?,
                occurred_on: date_at(r, 1)?,
                kind: r.get(2)?,
                summary: r.get(3)?,
                stance_observed: r.get(4)?,
                follow_up_on: optional_date_at(r, 5)?,
                sponsor_ids: Vec::new(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    touchpoints.sort_unstable_by_key(|t| t.id);
    // Pairs come in touchpoint id order too: attach them in one merging pass.
    let mut stmt = conn.prepare_cached(
        "SELECT touchpoint_id, sponsor_id FROM touchpoint_sponsors ORDER BY touchpoint_id, sponsor_id",
    )?;
    let mut at = 0;
    for pair in stmt.query_map([], |r| Ok((r.get::<_, Id>(0)?, r.get::<_, Id>(1)?)))? {
        let (touchpoint_id, sponsor_id) = pair?;
        while at < touchpoints.len() && touchpoints[at].id < touchpoint_id {
            at += 1;
        }
        if let Some(t) = touchpoints.get_mut(at).filter(|t| t.id == touchpoint_id) {
            t.sponsor_ids.push(sponsor_id);
        }
    }
    touchpoints.sort_unstable_by_key(|t| (t.occurred_on, t.id));
    snapshot.touchpoints = touchpoints;

    snapshot.committees = crate::committees::facts::warning_facts(conn)?;
    let mut stmt = conn.prepare_cached(
        "SELECT id, initiative_id, title, start_on, target_on, status FROM quick_wins ORDER BY id",
    )?;
    snapshot.quick_wins = stmt
        .query_map([], |r| {
            Ok(QuickWinFacts {
                id: r.get(0)?,
                initiative_id: r.get(1)?,
                title: r.get(2)?,
                start_on: r.get(3)?,
                target_on: r.get(4)?,
                status: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt =
        conn.prepare_cached("SELECT id, initiative_id, told_on FROM stories ORDER BY id")?;
    snapshot.stories = stmt
        .query_map([], |r| {
            Ok(StoryFacts {
                id: r.get(0)?,
                initiative_id: r.get(1)?,
                told_on: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(snapshot)
}

/// Reads a `YYYY-MM-DD` column directly: chrono's general parser costs more than the rest of
/// the row when tens of thousands of touchpoints load. Anything else goes to that parser.
fn date_at(row: &rusqlite::Row, i: usize) -> rusqlite::Result<NaiveDate> {
    let text = row.get_ref(i)?.as_str()?;
    if let Some(date) = fast_date(text) {
        return Ok(date);
    }
    row.get(i)
}

fn optional_date_at(row: &rusqlite::Row, i: usize) -> rusqlite::Result<Option<NaiveDate>> {
    match row.get_ref(i)? {
        rusqlite::types::ValueRef::Null => Ok(None),
        _ => date_at(row, i).map(Some),
    }
}

fn fast_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let year = i32::try_from(number(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::fast_date;

    #[test]
    fn fast_dates_parse_exactly_what_chrono_would() {
        for text in ["2026-06-01", "2024-02-29", "0001-01-01", "9999-12-31"] {
            assert_eq!(fast_date(text), text.parse().ok(), "{text}");
        }
        for text in [
            "2025-02-29",
            "2026-13-01",
            "2026-6-01",
            "2026-06-01T00",
            "20260601xx",
            "2026-0a-01",
        ] {
            assert_eq!(fast_date(text), None, "{text}");
        }
    }
}
