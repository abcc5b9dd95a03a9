//! What-if departures: the chosen sponsors leave on a date, computed on an in-memory copy of the
//! snapshot (nothing is written). Compares the world with them in post against the world
//! without them, both as of the date, and ranks successor candidates for what they uncover.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use chrono::NaiveDate;
use rusqlite::Connection;

use super::cache;
use super::coverage::{lines, Coverage, Line};
use super::evaluate::evaluate;
use super::index::Index;
use super::model::{
    Candidate, InitiativeRef, LosingCoverage, LostLine, SponsorRef, SuccessorCandidates, Warning,
    WhatIf,
};
use super::snapshot::{Snapshot, SponsorFacts};
use crate::error::{CoreError, Result};
use crate::initiatives::model::InitiativeStatus;
use crate::settings::Settings;
use crate::sponsors::model::SponsorStatus;
use crate::sponsorships::model::SponsorshipRole;
use crate::Id;

/// At most this many candidates per initiative.
pub const MAX_CANDIDATES: usize = 10;

/// Loads the snapshot and settings and runs `what_if_snapshot`. Errors: no sponsor given
/// (validation), or an id that is not a sponsor (not found).
pub fn what_if(conn: &Connection, sponsor_ids: &[Id], on: NaiveDate) -> Result<WhatIf> {
    if sponsor_ids.is_empty() {
        return Err(CoreError::validation(
            "what-if",
            "sponsor_ids",
            "Pick at least one sponsor to depart",
        ));
    }
    let (shared, settings) = cache::snapshot(conn)?;
    if let Some(&id) = sponsor_ids
        .iter()
        .find(|id| !shared.sponsors.contains_key(id))
    {
        return Err(CoreError::NotFound {
            kind: "sponsor",
            id,
        });
    }
    let departing: BTreeSet<Id> = sponsor_ids.iter().copied().collect();
    // Sponsors already active make "before" the database as it is, whose warnings on `on` are
    // usually evaluated already: only "after" is evaluated here.
    let already_active = departing.iter().all(|id| {
        shared
            .sponsors
            .get(id)
            .is_some_and(|p| p.status == SponsorStatus::Active && p.status_date.is_none())
    });
    if already_active {
        let before = cache::evaluated(conn, on)?;
        return Ok(compare(
            (*shared).clone(),
            &settings,
            &departing,
            on,
            &before,
        ));
    }
    Ok(what_if_snapshot(
        (*shared).clone(),
        &settings,
        &departing,
        on,
    ))
}

/// The pure part. "Before" puts the chosen sponsors in post (status active, whatever it was);
/// "after" has them depart on `on` (their first day gone). Both are evaluated as of `on`, so
/// the difference is the departures alone. Ids that are not sponsors are ignored.
pub fn what_if_snapshot(
    mut snapshot: Snapshot,
    settings: &Settings,
    departing: &BTreeSet<Id>,
    on: NaiveDate,
) -> WhatIf {
    set_status(&mut snapshot, departing, SponsorStatus::Active, None);
    let before_warnings = evaluate(&snapshot, settings, on);
    compare(snapshot, settings, departing, on, &before_warnings)
}

/// `what_if_snapshot` of one sponsor whom `snapshot` already has departing on `on`, given
/// `snapshot`'s own warnings on `on` (the "after" world, which the departures view evaluates
/// once per date rather than once per sponsor). Works on the caller's copy instead of a fresh
/// clone of 100,000 rows: the sponsor is put back in post for "before" and returned to
/// departing on `on`, as they were, before this returns.
pub(crate) fn departure_of(
    snapshot: &mut Snapshot,
    settings: &Settings,
    sponsor_id: Id,
    on: NaiveDate,
    after_warnings: &[Warning],
) -> WhatIf {
    let departing = BTreeSet::from([sponsor_id]);
    set_status(snapshot, &departing, SponsorStatus::Active, None);
    let before_warnings = evaluate(snapshot, settings, on);
    let before_counts = counts_on(snapshot, &departing, on);
    set_status(snapshot, &departing, SponsorStatus::Departing, Some(on));
    differences(
        snapshot,
        &departing,
        on,
        &before_counts,
        &before_warnings,
        after_warnings,
    )
}

/// The initiatives that `p`, whom the indexed snapshot already has departing on `on`, leaves
/// short: exactly `what_if_snapshot`'s `initiatives_losing_coverage` for them, without copying
/// the snapshot or evaluating it. With `p` in post, every line their tier fits on an initiative
/// they cover would count them once more than the snapshot counts now.
pub(crate) fn losing_of(ix: &Index, p: &SponsorFacts, on: NaiveDate) -> Vec<LosingCoverage> {
    let touched: BTreeSet<Id> = ix
        .sponsorships_of_sponsor(p.id)
        .iter()
        .filter(|s| s.covers() && s.runs_on(on))
        .map(|s| s.initiative_id)
        .collect();
    touched
        .into_iter()
        .filter_map(|initiative_id| {
            let i = ix.snap.initiatives.get(&initiative_id)?;
            if !matches!(
                i.status,
                InitiativeStatus::Active | InitiativeStatus::Proposed
            ) {
                return None;
            }
            let after = Coverage::covering(ix, i.id, on);
            let short: Vec<LostLine> = lines(&i.required)
                .into_iter()
                .filter_map(|line| {
                    let a = after.count(&line);
                    let b = a.saturating_add(u8::from(line.fits(p.tier)));
                    let orphaned =
                        line.key == "executive" && a == 0 && i.status == InitiativeStatus::Active;
                    (a < b && (a < line.required || orphaned)).then(|| LostLine {
                        key: line.key.to_string(),
                        label: line.label.to_string(),
                        required: line.required,
                        before: b,
                        after: a,
                    })
                })
                .collect();
            (!short.is_empty()).then(|| LosingCoverage {
                id: i.id,
                name: i.name.clone(),
                lines: short,
                lost_sponsors: vec![sponsor_ref(p)],
            })
        })
        .collect()
}

/// The comparison itself, given the world with the departing sponsors in post (`snapshot`) and
/// its warnings on `on`.
fn compare(
    mut snapshot: Snapshot,
    settings: &Settings,
    departing: &BTreeSet<Id>,
    on: NaiveDate,
    before_warnings: &[Warning],
) -> WhatIf {
    let before_counts = counts_on(&snapshot, departing, on);
    set_status(&mut snapshot, departing, SponsorStatus::Departing, Some(on));
    let after_warnings = evaluate(&snapshot, settings, on);
    differences(
        &snapshot,
        departing,
        on,
        &before_counts,
        before_warnings,
        &after_warnings,
    )
}

/// What changed between "before" (its warnings and `counts_on`) and "after" (`snapshot`, with
/// the sponsors departing on `on`, and its warnings).
fn differences(
    snapshot: &Snapshot,
    departing: &BTreeSet<Id>,
    on: NaiveDate,
    before_counts: &BTreeMap<Id, (Vec<Id>, [u8; 5])>,
    before_warnings: &[Warning],
    after_warnings: &[Warning],
) -> WhatIf {
    let seen: HashSet<_> = before_warnings
        .iter()
        .map(|w| (w.key(), &w.fingerprint))
        .collect();
    let new_warnings = after_warnings
        .iter()
        .filter(|w| !seen.contains(&(w.key(), &w.fingerprint)))
        .cloned()
        .collect();

    let ix = Index::new(snapshot);
    let mut losing = Vec::new();
    let mut successors = Vec::new();
    for (initiative_id, (lost_sponsors, before)) in before_counts {
        let Some(i) = snapshot.initiatives.get(initiative_id) else {
            continue;
        };
        let after = Coverage::covering(&ix, i.id, on);
        let short: Vec<(Line, u8, u8)> = lines(&i.required)
            .into_iter()
            .zip(before.iter().copied())
            .map(|(line, b)| (line, b, after.count(&line)))
            .filter(|(line, b, a)| {
                let orphaned =
                    line.key == "executive" && *a == 0 && i.status == InitiativeStatus::Active;
                a < b && (*a < line.required || orphaned)
            })
            .collect();
        if short.is_empty() {
            continue;
        }
        let lost: Vec<&SponsorFacts> = lost_sponsors
            .iter()
            .filter_map(|id| snapshot.sponsors.get(id))
            .collect();
        losing.push(LosingCoverage {
            id: i.id,
            name: i.name.clone(),
            lines: short
                .iter()
                .map(|(line, b, a)| LostLine {
                    key: line.key.to_string(),
                    label: line.label.to_string(),
                    required: line.required,
                    before: *b,
                    after: *a,
                })
                .collect(),
            lost_sponsors: lost.iter().map(|p| sponsor_ref(p)).collect(),
        });
        let short_lines: Vec<Line> = short.iter().map(|(line, _, _)| *line).collect();
        successors.push(SuccessorCandidates {
            initiative: InitiativeRef {
                id: i.id,
                name: i.name.clone(),
            },
            candidates: candidates(&ix, i.id, &i.name, &short_lines, &lost, departing, on),
        });
    }
    WhatIf {
        new_warnings,
        initiatives_losing_coverage: losing,
        successor_candidates: successors,
    }
}

fn set_status(
    snapshot: &mut Snapshot,
    ids: &BTreeSet<Id>,
    status: SponsorStatus,
    date: Option<NaiveDate>,
) {
    for id in ids {
        if let Some(p) = snapshot.sponsors.get_mut(id) {
            p.status = status;
            p.status_date = date;
        }
    }
}

/// For each active or proposed initiative a departing sponsor actively sponsors on `on`: those
/// sponsors, and the coverage count of each line (in `lines` order) with them in post.
fn counts_on(
    snapshot: &Snapshot,
    departing: &BTreeSet<Id>,
    on: NaiveDate,
) -> BTreeMap<Id, (Vec<Id>, [u8; 5])> {
    let ix = Index::new(snapshot);
    let mut touched: BTreeMap<Id, BTreeSet<Id>> = BTreeMap::new();
    for id in departing {
        for s in ix
            .sponsorships_of_sponsor(*id)
            .iter()
            .filter(|s| s.covers() && s.runs_on(on))
        {
            touched.entry(s.initiative_id).or_default().insert(*id);
        }
    }
    touched
        .into_iter()
        .filter_map(|(initiative_id, lost)| {
            let i = snapshot.initiatives.get(&initiative_id)?;
            if !matches!(
                i.status,
                InitiativeStatus::Active | InitiativeStatus::Proposed
            ) {
                return None;
            }
            let cov = Coverage::covering(&ix, initiative_id, on);
            let counts = lines(&i.required).map(|line| cov.count(&line));
            Some((initiative_id, (lost.into_iter().collect(), counts)))
        })
        .collect()
}

fn sponsor_ref(p: &SponsorFacts) -> SponsorRef {
    SponsorRef {
        id: p.id,
        name: p.name.clone(),
        tier: p.tier,
    }
}

/// Sponsors who could fill the short lines: in post on `on`, not departing (now or later), not
/// among the departures, at a tier that fits a short line, and not already an active sponsor of
/// the initiative. Ranked, as DOMAIN.md asks, by: already engaged with the initiative
/// (successor-in-waiting 2, an ended or future sponsorship 1), then same org unit as a departing
/// sponsor, then stance warmth, then influence; ties by name and id. The score encodes exactly
/// that order: engaged x 1000 + same unit x 100 + warmth x 10 + influence.
fn candidates(
    ix: &Index,
    initiative_id: Id,
    initiative_name: &str,
    short: &[Line],
    lost: &[&SponsorFacts],
    departing: &BTreeSet<Id>,
    on: NaiveDate,
) -> Vec<Candidate> {
    let mut ranked: Vec<(Candidate, String)> = Vec::new();
    for p in ix.snap.sponsors.values() {
        if !p.in_post_on(on) || p.status == SponsorStatus::Departing || departing.contains(&p.id) {
            continue;
        }
        let fits: Vec<&str> = short
            .iter()
            .filter(|l| l.fits(p.tier))
            .map(|l| l.label)
            .collect();
        if fits.is_empty() {
            continue;
        }
        let held: Vec<_> = ix
            .sponsorships_of_sponsor(p.id)
            .iter()
            .filter(|s| s.initiative_id == initiative_id)
            .collect();
        if held.iter().any(|s| s.covers() && s.runs_on(on)) {
            continue;
        }
        let mut why = Vec::new();
        let waiting = held
            .iter()
            .find(|s| s.role == SponsorshipRole::SuccessorInWaiting && s.runs_on(on));
        let engaged = if waiting.is_some() {
            why.push(format!("successor-in-waiting for {initiative_name}"));
            2
        } else if let Some(s) = held.first() {
            if s.start_date > on {
                why.push(format!(
                    "due to start on {initiative_name} on {}",
                    s.start_date
                ));
            } else {
                why.push(format!(
                    "sponsored {initiative_name} before (tier {})",
                    p.tier
                ));
            }
            1
        } else {
            0
        };
        let same_unit = lost.iter().find(|l| l.org_unit_id == p.org_unit_id);
        if let Some(l) = same_unit {
            why.push(format!(
                "same org unit as {} ({})",
                l.name,
                ix.unit_name(p.org_unit_id)
            ));
        }
        why.push(format!("{}, influence {}", p.stance, p.influence));
        why.push(format!("tier {} fits {}", p.tier, fits.join(" and ")));
        let score = engaged * 1000
            + if same_unit.is_some() { 100 } else { 0 }
            + i64::from(p.stance.warmth()) * 10
            + i64::from(p.influence);
        ranked.push((
            Candidate {
                sponsor: sponsor_ref(p),
                score,
                why: why.join("; "),
            },
            p.name.to_lowercase(),
        ));
    }
    ranked.sort_by(|(a, an), (b, bn)| {
        b.score
            .cmp(&a.score)
            .then_with(|| an.cmp(bn))
            .then_with(|| a.sponsor.id.cmp(&b.sponsor.id))
    });
    ranked
        .into_iter()
        .take(MAX_CANDIDATES)
        .map(|(c, _)| c)
        .collect()
}
