//! The rules, grouped by what they look at. Each reads the indexed snapshot as of one date and
//! pushes drafts; none reads the clock, the database or anything else, so results are repeatable.

mod committees;
mod engagement;
mod evidence;
mod initiatives;
mod turnover;

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::build::Draft;
use super::index::Index;
use super::model::{Subject, SubjectKind};
use super::snapshot::{InitiativeFacts, SponsorFacts, TouchpointFacts};
use crate::settings::Settings;
use crate::sponsors::model::SponsorStatus;
use crate::sponsorships::model::SponsorshipRole;
use crate::Id;

/// What every rule reads.
pub(crate) struct Ctx<'a> {
    pub ix: &'a Index<'a>,
    pub settings: &'a Settings,
    pub as_of: NaiveDate,
    /// When set, only the warnings about these subjects are produced (see `Scope`).
    pub scope: Option<&'a Scope<'a>>,
}

/// The subjects whose warnings can change when some sponsors' own facts (status, date) change,
/// and nothing else: a what-if evaluates only these, since every other warning reads none of
/// those sponsors' facts and so is the same before and after.
///
/// Which facts each rule reads about sponsors: an initiative's rules read the sponsors holding
/// any of its sponsorships; a sponsor's rules read that sponsor and, for departing-uncovered,
/// the sponsors of the initiatives they cover; a follow-up reads its touchpoint's sponsors;
/// committee and evidence rules read no sponsor at all.
pub(crate) struct Scope<'a> {
    /// Initiatives any of the changed sponsors holds a sponsorship of (any role, any dates).
    pub initiatives: BTreeSet<Id>,
    /// The changed sponsors and everyone holding a sponsorship of those initiatives.
    pub sponsors: BTreeSet<Id>,
    /// The changed sponsors' touchpoints, by date then id.
    pub touchpoints: Vec<&'a TouchpointFacts>,
}

impl<'a> Scope<'a> {
    pub fn of(ix: &Index<'a>, changed: &BTreeSet<Id>) -> Scope<'a> {
        let initiatives: BTreeSet<Id> = changed
            .iter()
            .flat_map(|id| ix.sponsorships_of_sponsor(*id))
            .map(|s| s.initiative_id)
            .collect();
        let mut sponsors: BTreeSet<Id> = changed.clone();
        sponsors.extend(
            initiatives
                .iter()
                .flat_map(|id| ix.sponsorships_of_initiative(*id))
                .map(|s| s.sponsor_id),
        );
        let mut touchpoints: Vec<&TouchpointFacts> = changed
            .iter()
            .flat_map(|id| ix.touchpoints_until(*id, NaiveDate::MAX))
            .map(|seen| seen.touchpoint)
            .collect();
        touchpoints.sort_by_key(|t| (t.occurred_on, t.id));
        touchpoints.dedup_by_key(|t| t.id);
        Scope {
            initiatives,
            sponsors,
            touchpoints,
        }
    }
}

impl<'a> Ctx<'a> {
    /// The initiatives to check, by id.
    fn initiatives(&self) -> Box<dyn Iterator<Item = &'a InitiativeFacts> + '_> {
        let all = &self.ix.snap.initiatives;
        match self.scope {
            None => Box::new(all.values()),
            Some(scope) => Box::new(scope.initiatives.iter().filter_map(|id| all.get(id))),
        }
    }

    /// The sponsors to check, by id.
    fn sponsors(&self) -> Box<dyn Iterator<Item = &'a SponsorFacts> + '_> {
        match self.scope {
            None => Box::new(self.ix.sponsors()),
            Some(scope) => Box::new(scope.sponsors.iter().filter_map(|id| self.ix.sponsor(*id))),
        }
    }

    /// The touchpoints to check, by date then id.
    fn touchpoints(&self) -> Box<dyn Iterator<Item = &'a TouchpointFacts> + '_> {
        match self.scope {
            None => Box::new(self.ix.snap.touchpoints.iter()),
            Some(scope) => Box::new(scope.touchpoints.iter().copied()),
        }
    }
}

/// Runs every implemented rule, in no particular order (the caller sorts); within a scope,
/// only the rules that can read a sponsor.
pub(crate) fn run(cx: &Ctx) -> Vec<Draft> {
    let mut out = Vec::new();
    initiatives::check(cx, &mut out);
    turnover::check(cx, &mut out);
    engagement::check(cx, &mut out);
    if cx.scope.is_none() {
        committees::check(cx, &mut out);
        evidence::check(cx, &mut out);
    }
    out
}

fn initiative_subject(i: &InitiativeFacts) -> Subject {
    Subject {
        kind: SubjectKind::Initiative,
        id: i.id,
        name: i.name.clone(),
    }
}

fn sponsor_subject(p: &SponsorFacts) -> Subject {
    Subject {
        kind: SubjectKind::Sponsor,
        id: p.id,
        name: p.name.clone(),
    }
}

fn role_label(role: SponsorshipRole) -> &'static str {
    match role {
        SponsorshipRole::ExecutiveSponsor => "executive sponsor",
        SponsorshipRole::LineManagerSponsor => "line-manager sponsor",
        SponsorshipRole::SuccessorInWaiting => "successor-in-waiting",
        SponsorshipRole::Champion => "champion",
    }
}

/// How a sponsor who is not in post left: "departed on 2026-01-31".
fn gone_phrase(p: &SponsorFacts) -> String {
    let date = p
        .status_date
        .map_or_else(|| "an unrecorded date".to_string(), |d| d.to_string());
    match p.status {
        SponsorStatus::RoleChanged => format!("changed role on {date}"),
        SponsorStatus::Departing => format!("was due to leave on {date}"),
        SponsorStatus::Departed | SponsorStatus::Active => format!("departed on {date}"),
    }
}

/// "" or a date, for facts strings.
fn opt_date(d: Option<NaiveDate>) -> String {
    d.map_or_else(String::new, |d| d.to_string())
}
