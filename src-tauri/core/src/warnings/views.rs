//! Read-only views for the app's screens, over the same snapshot and definitions the rules use:
//! the coverage matrix (initiatives x tiers), the departures within the horizon with what each
//! uncovers, and the follow-ups coming due. Nothing here writes or decides a warning.

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate};
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::cache;
use super::coverage::{lines, Coverage};
use super::index::Index;
use super::model::{InitiativeRef, SponsorRef, WhatIf};
use super::snapshot::{Snapshot, SponsorFacts};
use super::what_if::{losing_of, Worlds};
use crate::error::Result;
use crate::initiatives::model::InitiativeStatus;
use crate::settings::Settings;
use crate::sponsors::model::SponsorStatus;
use crate::sponsorships::model::SponsorshipRole;
use crate::touchpoints::SponsorName;
use crate::Id;

/// A sponsor in a matrix cell: counted, or lined up as a successor-in-waiting (not counted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CellSponsor {
    pub id: Id,
    pub name: String,
    pub successor: bool,
}

/// One coverage line of one initiative: `executive` (tiers 1-2) or `tier1` .. `tier4`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MatrixCell {
    pub key: String,
    pub label: String,
    pub required: u8,
    /// Distinct active sponsors on the line (successors-in-waiting not counted).
    pub active: u8,
    pub met: bool,
    /// The active sponsors, then the successors-in-waiting, each by name.
    pub sponsors: Vec<CellSponsor>,
}

/// One initiative's row of the coverage matrix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MatrixRow {
    pub initiative: InitiativeRef,
    pub status: InitiativeStatus,
    /// Executive first, then tiers 1 to 4, always five.
    pub cells: Vec<MatrixCell>,
    /// Every required line is met.
    pub met: bool,
}

/// A sponsor leaving within the horizon, and what the departure would uncover.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Departure {
    pub sponsor: SponsorRef,
    /// Their first day gone.
    pub on: NaiveDate,
    pub days_away: i64,
    pub uncovers: WhatIf,
}

/// A touchpoint whose follow-up is due within the window (or already overdue) and that no later
/// touchpoint with any of its sponsors has answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FollowUp {
    pub touchpoint_id: Id,
    pub occurred_on: NaiveDate,
    pub follow_up_on: NaiveDate,
    pub summary: String,
    pub sponsors: Vec<SponsorName>,
    pub overdue: bool,
}

/// The matrix as of `as_of`, for initiatives that are not completed or cancelled, by name.
pub fn coverage_matrix(conn: &Connection, as_of: NaiveDate) -> Result<Vec<MatrixRow>> {
    Ok(matrix_of(&cache::snapshot(conn)?.0, as_of))
}

/// Sponsors departing after `as_of` and within the horizon setting, soonest first, each with
/// the what-if of their leaving on their date.
pub fn departures(conn: &Connection, as_of: NaiveDate) -> Result<Vec<Departure>> {
    let (snapshot, settings) = cache::snapshot(conn)?;
    Ok(departures_of(&snapshot, &settings, as_of))
}

/// Follow-ups due on or before `as_of + within_days` and not yet answered, soonest first.
pub fn follow_ups_due(
    conn: &Connection,
    as_of: NaiveDate,
    within_days: u32,
) -> Result<Vec<FollowUp>> {
    Ok(follow_ups_of(&cache::snapshot(conn)?.0, as_of, within_days))
}

pub(crate) fn matrix_of(snap: &Snapshot, as_of: NaiveDate) -> Vec<MatrixRow> {
    let ix = Index::new(snap);
    let mut rows: Vec<MatrixRow> = snap
        .initiatives
        .values()
        .filter(|i| {
            !matches!(
                i.status,
                InitiativeStatus::Completed | InitiativeStatus::Cancelled
            )
        })
        .map(|i| {
            let counted = Coverage::covering(&ix, i.id, as_of);
            let waiting = Coverage::on(&ix, i.id, as_of, |s, _| {
                s.role == SponsorshipRole::SuccessorInWaiting
            });
            let cells: Vec<MatrixCell> = lines(&i.required)
                .iter()
                .map(|line| {
                    let active = counted.on_line(line);
                    let active_ids: BTreeSet<Id> = active.iter().map(|p| p.id).collect();
                    let mut sponsors = named(&active, false);
                    let lined_up: Vec<&SponsorFacts> = waiting
                        .on_line(line)
                        .into_iter()
                        .filter(|p| !active_ids.contains(&p.id))
                        .collect();
                    sponsors.extend(named(&lined_up, true));
                    let count = counted.count(line);
                    MatrixCell {
                        key: line.key.to_string(),
                        label: line.label.to_string(),
                        required: line.required,
                        active: count,
                        met: count >= line.required,
                        sponsors,
                    }
                })
                .collect();
            MatrixRow {
                initiative: InitiativeRef {
                    id: i.id,
                    name: i.name.clone(),
                },
                status: i.status,
                met: cells.iter().all(|c| c.met),
                cells,
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        (a.initiative.name.to_lowercase(), a.initiative.id)
            .cmp(&(b.initiative.name.to_lowercase(), b.initiative.id))
    });
    rows
}

/// Sponsors by name, then id, so a cell reads the same every time.
fn named(people: &[&SponsorFacts], successor: bool) -> Vec<CellSponsor> {
    let mut out: Vec<CellSponsor> = people
        .iter()
        .map(|p| CellSponsor {
            id: p.id,
            name: p.name.clone(),
            successor,
        })
        .collect();
    out.sort_by(|a, b| (&a.name, a.id).cmp(&(&b.name, b.id)));
    out
}

/// As `departures`, but each `uncovers` holds only the initiatives the departure leaves short
/// (its `new_warnings` and `successor_candidates` are left empty): what Home's card shows,
/// found over one index of the snapshot instead of a what-if per sponsor.
pub fn departures_brief(conn: &Connection, as_of: NaiveDate) -> Result<Vec<Departure>> {
    let (snapshot, settings) = cache::snapshot(conn)?;
    Ok(departures_brief_of(&snapshot, &settings, as_of))
}

/// Sponsors departing after `as_of` and within the horizon, with their date, soonest first.
fn leaving<'a>(
    snap: &'a Snapshot,
    settings: &Settings,
    as_of: NaiveDate,
) -> Vec<(&'a SponsorFacts, NaiveDate)> {
    let horizon = u64::try_from(settings.horizon_days).unwrap_or(0);
    let last = as_of.checked_add_days(Days::new(horizon)).unwrap_or(as_of);
    let mut leaving: Vec<(&SponsorFacts, NaiveDate)> = snap
        .sponsors
        .values()
        .filter(|p| p.status == SponsorStatus::Departing)
        .filter_map(|p| Some((p, p.status_date?)))
        .filter(|(_, on)| *on > as_of && *on <= last)
        .collect();
    leaving.sort_by(|a, b| (a.1, &a.0.name, a.0.id).cmp(&(b.1, &b.0.name, b.0.id)));
    leaving
}

fn departure(p: &SponsorFacts, on: NaiveDate, as_of: NaiveDate, uncovers: WhatIf) -> Departure {
    Departure {
        sponsor: SponsorRef {
            id: p.id,
            name: p.name.clone(),
            tier: p.tier,
        },
        on,
        days_away: (on - as_of).num_days(),
        uncovers,
    }
}

pub(crate) fn departures_brief_of(
    snap: &Snapshot,
    settings: &Settings,
    as_of: NaiveDate,
) -> Vec<Departure> {
    let ix = Index::new(snap);
    leaving(snap, settings, as_of)
        .into_iter()
        .map(|(p, on)| {
            let uncovers = WhatIf {
                new_warnings: Vec::new(),
                initiatives_losing_coverage: losing_of(&ix, p, on),
                successor_candidates: Vec::new(),
            };
            departure(p, on, as_of, uncovers)
        })
        .collect()
}

pub(crate) fn departures_of(
    snap: &Snapshot,
    settings: &Settings,
    as_of: NaiveDate,
) -> Vec<Departure> {
    let leaving = leaving(snap, settings, as_of);
    // Each sponsor's what-if over one shared index, overriding that sponsor's facts only.
    let worlds: Vec<(BTreeSet<Id>, Worlds)> = leaving
        .iter()
        .map(|(p, on)| {
            let departing = BTreeSet::from([p.id]);
            let worlds = Worlds::of(snap, &departing, *on);
            (departing, worlds)
        })
        .collect();
    let mut ix = Index::new(snap);
    leaving
        .iter()
        .zip(&worlds)
        .map(|((p, on), (departing, worlds))| {
            let uncovers = worlds.compare(&mut ix, settings, departing, *on);
            departure(p, *on, as_of, uncovers)
        })
        .collect()
}

pub(crate) fn follow_ups_of(snap: &Snapshot, as_of: NaiveDate, within_days: u32) -> Vec<FollowUp> {
    let ix = Index::new(snap);
    let last = as_of
        .checked_add_days(Days::new(u64::from(within_days)))
        .unwrap_or(as_of);
    let mut out: Vec<FollowUp> = snap
        .touchpoints
        .iter()
        .filter(|t| t.occurred_on <= as_of)
        .filter_map(|t| Some((t, t.follow_up_on.filter(|due| *due <= last)?)))
        .filter(|(t, _)| {
            // Answered: a later touchpoint with any of its sponsors, as follow-up-overdue says.
            !t.sponsor_ids.iter().any(|s| {
                ix.touchpoints_until(*s, as_of)
                    .last()
                    .is_some_and(|seen| seen.on > t.occurred_on)
            })
        })
        .filter_map(|(t, due)| {
            let sponsors: Vec<SponsorName> = t
                .sponsor_ids
                .iter()
                .filter_map(|id| ix.sponsor(*id))
                .filter(|p| p.in_post_on(as_of))
                .map(|p| SponsorName {
                    id: p.id,
                    name: p.name.clone(),
                })
                .collect();
            // Nobody left in post to follow up with: nothing to do.
            (!sponsors.is_empty()).then(|| FollowUp {
                touchpoint_id: t.id,
                occurred_on: t.occurred_on,
                follow_up_on: due,
                summary: t.summary.clone(),
                sponsors,
                overdue: due < as_of,
            })
        })
        .collect();
    out.sort_by_key(|f| (f.follow_up_on, f.touchpoint_id));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::initiatives::model::RequiredCoverage;
    use crate::sponsors::model::Stance;
    use crate::touchpoints::TouchpointKind;
    use crate::warnings::snapshot::{
        InitiativeFacts, OrgUnitFacts, SponsorshipFacts, TouchpointFacts,
    };

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap_or_default()
    }

    fn person(snap: &mut Snapshot, id: Id, name: &str, tier: u8) {
        snap.sponsors.insert(
            id,
            SponsorFacts {
                id,
                name: name.into(),
                org_unit_id: 1,
                tier,
                stance: Stance::Supporter,
                influence: 3,
                status: SponsorStatus::Active,
                status_date: None,
            },
        );
    }

    fn role(snap: &mut Snapshot, sponsor_id: Id, role: SponsorshipRole) {
        let id = Id::try_from(snap.sponsorships.len()).unwrap_or(0) + 1;
        snap.sponsorships.push(SponsorshipFacts {
            id,
            sponsor_id,
            initiative_id: 1,
            role,
            start_date: day("2025-01-01"),
            end_date: None,
        });
    }

    /// One active initiative (default coverage: one executive, one tier 3) with a tier-1
    /// executive sponsor, a tier-2 successor-in-waiting, and nobody at tier 3.
    fn world() -> Snapshot {
        let mut snap = Snapshot::default();
        snap.org_units.insert(
            1,
            OrgUnitFacts {
                id: 1,
                name: "Products".into(),
                parent_id: None,
            },
        );
        snap.initiatives.insert(
            1,
            InitiativeFacts {
                id: 1,
                name: "Expertise finder".into(),
                status: InitiativeStatus::Active,
                start_date: None,
                required: RequiredCoverage::default(),
                org_unit_ids: vec![1],
            },
        );
        person(&mut snap, 1, "Ada Chief", 1);
        person(&mut snap, 2, "Ben Next", 2);
        role(&mut snap, 1, SponsorshipRole::ExecutiveSponsor);
        role(&mut snap, 2, SponsorshipRole::SuccessorInWaiting);
        snap
    }

    #[test]
    fn matrix_counts_active_sponsors_and_marks_successors_without_counting_them() {
        let rows = matrix_of(&world(), day("2026-06-01"));
        assert_eq!(rows.len(), 1);
        let cell = |key: &str| rows[0].cells.iter().find(|c| c.key == key).cloned();
        let exec = cell("executive").unwrap_or_else(|| panic!("executive cell"));
        assert_eq!((exec.required, exec.active, exec.met), (1, 1, true));
        let names: Vec<(&str, bool)> = exec
            .sponsors
            .iter()
            .map(|s| (s.name.as_str(), s.successor))
            .collect();
        assert_eq!(names, [("Ada Chief", false), ("Ben Next", true)]);
        let tier3 = cell("tier3").unwrap_or_else(|| panic!("tier3 cell"));
        assert_eq!((tier3.required, tier3.active, tier3.met), (1, 0, false));
        assert!(!rows[0].met, "tier 3 is short");
        assert_eq!(rows[0].cells.len(), 5);
    }

    #[test]
    fn matrix_leaves_out_completed_initiatives() {
        let mut snap = world();
        if let Some(i) = snap.initiatives.get_mut(&1) {
            i.status = InitiativeStatus::Completed;
        }
        assert!(matrix_of(&snap, day("2026-06-01")).is_empty());
    }

    #[test]
    fn departures_within_the_horizon_only_and_with_what_they_uncover() {
        let mut snap = world();
        if let Some(p) = snap.sponsors.get_mut(&1) {
            p.status = SponsorStatus::Departing;
            p.status_date = Some(day("2026-07-01"));
        }
        let settings = Settings::default();
        let soon = departures_of(&snap, &settings, day("2026-06-01"));
        assert_eq!(soon.len(), 1);
        assert_eq!(soon[0].days_away, 30);
        assert_eq!(soon[0].uncovers.initiatives_losing_coverage.len(), 1);
        let brief = departures_brief_of(&snap, &settings, day("2026-06-01"));
        assert_eq!(
            brief[0].uncovers.initiatives_losing_coverage,
            soon[0].uncovers.initiatives_losing_coverage
        );
        assert!(brief[0].uncovers.successor_candidates.is_empty());
        // 91 days ahead is past the 90-day horizon; the day itself is already gone.
        assert!(departures_of(&snap, &settings, day("2026-04-01")).is_empty());
        assert!(departures_of(&snap, &settings, day("2026-07-01")).is_empty());
    }

    #[test]
    fn follow_ups_due_in_the_window_until_a_later_touchpoint_answers_them() {
        let mut snap = world();
        snap.touchpoints.push(TouchpointFacts {
            id: 1,
            occurred_on: day("2026-05-01"),
            kind: TouchpointKind::Call,
            summary: "Budget call".into(),
            stance_observed: None,
            follow_up_on: Some(day("2026-06-05")),
            sponsor_ids: vec![1],
        });
        let due = follow_ups_of(&snap, day("2026-06-01"), 7);
        assert_eq!(due.len(), 1);
        assert!(!due[0].overdue);
        assert_eq!(due[0].sponsors[0].name, "Ada Chief");
        assert!(follow_ups_of(&snap, day("2026-06-01"), 3).is_empty());
        assert!(follow_ups_of(&snap, day("2026-06-10"), 0)[0].overdue);
        snap.touchpoints.push(TouchpointFacts {
            id: 2,
            occurred_on: day("2026-05-20"),
            kind: TouchpointKind::Email,
            summary: String::new(),
            stance_observed: None,
            follow_up_on: None,
            sponsor_ids: vec![1],
        });
        assert!(follow_ups_of(&snap, day("2026-06-01"), 7).is_empty());
    }
}
