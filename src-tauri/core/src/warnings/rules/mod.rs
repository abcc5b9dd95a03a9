//! The rules, grouped by what they look at. Each reads the indexed snapshot as of one date and
//! pushes drafts; none reads the clock, the database or anything else, so results are repeatable.

mod committees;
mod engagement;
mod evidence;
mod initiatives;
mod turnover;

use chrono::NaiveDate;

use super::build::Draft;
use super::index::Index;
use super::model::{Subject, SubjectKind};
use super::snapshot::{InitiativeFacts, SponsorFacts};
use crate::settings::Settings;
use crate::sponsors::model::SponsorStatus;
use crate::sponsorships::model::SponsorshipRole;

/// What every rule reads.
pub(crate) struct Ctx<'a> {
    pub ix: &'a Index<'a>,
    pub settings: &'a Settings,
    pub as_of: NaiveDate,
}

/// Runs every implemented rule, in no particular order (the caller sorts).
pub(crate) fn run(cx: &Ctx) -> Vec<Draft> {
    let mut out = Vec::new();
    initiatives::check(cx, &mut out);
    turnover::check(cx, &mut out);
    engagement::check(cx, &mut out);
    committees::check(cx, &mut out);
    evidence::check(cx, &mut out);
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
