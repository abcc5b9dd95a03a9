//! Rules about people leaving and load resting on one person: departing-uncovered,
//! departed-unreplaced and concentration.

use std::collections::BTreeSet;

use chrono::{NaiveDate, TimeDelta};

use super::{gone_phrase, opt_date, role_label, sponsor_subject, Ctx};
use crate::initiatives::model::InitiativeStatus;
use crate::sponsors::model::SponsorStatus;
use crate::warnings::build::{count, ids, join, Draft};
use crate::warnings::coverage::{lines, Coverage};
use crate::warnings::model::WarningCode;
use crate::warnings::snapshot::SponsorFacts;

pub(super) fn check(cx: &Ctx, out: &mut Vec<Draft>) {
    let horizon_end = TimeDelta::try_days(cx.settings.horizon_days)
        .and_then(|d| cx.as_of.checked_add_signed(d))
        .unwrap_or(NaiveDate::MAX);
    for p in cx.sponsors() {
        if p.in_post_on(cx.as_of) {
            if p.status == SponsorStatus::Departing {
                if let Some(leaves) = p.status_date.filter(|d| *d <= horizon_end) {
                    departing_uncovered(cx, p, leaves, out);
                }
            }
        } else {
            departed_unreplaced(cx, p, out);
        }
    }
    concentration(cx, out);
}

/// A sponsor in post leaves within the horizon, and on their departure date an active or
/// proposed initiative would have fewer sponsors than required on a line they count on, or
/// (active initiatives) no executive sponsor at all. Counted on the departure date with every
/// other departure and sponsorship end up to then, and with successors-in-waiting counted as
/// stepping in: a named successor is the cover the rule asks for.
fn departing_uncovered(cx: &Ctx, p: &SponsorFacts, leaves: NaiveDate, out: &mut Vec<Draft>) {
    let initiatives: BTreeSet<_> = cx
        .ix
        .sponsorships_of_sponsor(p.id)
        .iter()
        .filter(|s| s.covers() && s.runs_on(leaves))
        .map(|s| s.initiative_id)
        .collect();
    let mut uncovered = Vec::new();
    let mut names = Vec::new();
    let mut facts = Vec::new();
    for id in initiatives {
        let Some(i) = cx.ix.snap.initiatives.get(&id) else {
            continue;
        };
        if !matches!(
            i.status,
            InitiativeStatus::Active | InitiativeStatus::Proposed
        ) {
            continue;
        }
        // The departing sponsor is not in post on their date, so is not counted here.
        let after = Coverage::on(cx.ix, id, leaves, |_, _| true);
        let mut gaps = Vec::new();
        let mut keys = Vec::new();
        let all = lines(&i.required);
        let executives = after.count(&all[0]);
        let orphaned = i.status == InitiativeStatus::Active && p.tier <= 2 && executives == 0;
        if orphaned {
            gaps.push("no executive sponsor (orphaned)".to_string());
            keys.push("orphaned".to_string());
        }
        for line in all.iter().filter(|l| l.fits(p.tier)) {
            let have = after.count(line);
            // An orphaned initiative's executive shortfall is already said.
            if have < line.required && !(orphaned && line.key == "executive") {
                gaps.push(format!("{} {} of {}", line.label, have, line.required));
                keys.push(format!("{}:{}:{}", line.key, line.required, have));
            }
        }
        if gaps.is_empty() {
            continue;
        }
        uncovered.push(format!("{} would have {}", i.name, join(&gaps)));
        names.push(i.name.clone());
        facts.push(format!("{}={}", id, keys.join("+")));
    }
    if uncovered.is_empty() {
        return;
    }
    let days = (leaves - cx.as_of).num_days();
    out.push(Draft {
        code: WarningCode::DepartingUncovered,
        subject: sponsor_subject(p),
        message: format!("{} leaves on {}, uncovering {}", p.name, leaves, join(&names)),
        reason: format!(
            "{} (tier {}) departs on {}, {} after {}, within the {}-day horizon; on that date, counting successors-in-waiting, {}",
            p.name,
            p.tier,
            leaves,
            count(usize::try_from(days).unwrap_or(0), "day", "days"),
            cx.as_of,
            cx.settings.horizon_days,
            join(&uncovered)
        ),
        suggestion: format!(
            "Line up successors for {} before {} (a what-if on {} ranks candidates)",
            p.name, leaves, p.name
        ),
        facts: format!("{}|{}", leaves, facts.join(";")),
    });
}

/// A sponsor who is no longer in post (departed, role changed, or past their departure date)
/// still holds sponsorships that have not ended: no end date, or an end date that is neither
/// past nor on/before the day they left. Initiatives completed or cancelled are not counted.
fn departed_unreplaced(cx: &Ctx, p: &SponsorFacts, out: &mut Vec<Draft>) {
    let open: Vec<_> = cx
        .ix
        .sponsorships_of_sponsor(p.id)
        .iter()
        .filter(|s| {
            s.end_date
                .is_none_or(|end| end >= cx.as_of && p.status_date.is_none_or(|left| end > left))
        })
        .filter_map(|s| {
            let i = cx.ix.snap.initiatives.get(&s.initiative_id)?;
            let live = matches!(
                i.status,
                InitiativeStatus::Proposed | InitiativeStatus::Active | InitiativeStatus::OnHold
            );
            live.then_some((*s, i))
        })
        .collect();
    if open.is_empty() {
        return;
    }
    let held: Vec<String> = open
        .iter()
        .map(|(s, i)| match s.end_date {
            Some(end) => format!("{} of {} (until {})", role_label(s.role), i.name, end),
            None => format!("{} of {}", role_label(s.role), i.name),
        })
        .collect();
    let verb = match p.status {
        SponsorStatus::RoleChanged => "changed role",
        _ => "left",
    };
    let date = opt_date(p.status_date);
    out.push(Draft {
        code: WarningCode::DepartedUnreplaced,
        subject: sponsor_subject(p),
        message: format!(
            "{} {} on {} but still holds {}",
            p.name,
            verb,
            date,
            count(open.len(), "open sponsorship", "open sponsorships")
        ),
        reason: format!(
            "{} {} and on {} still holds: {}",
            p.name,
            gone_phrase(p),
            cx.as_of,
            held.join("; ")
        ),
        suggestion: format!(
            "End {}'s sponsorships and name replacements (a what-if on {} ranks candidates)",
            p.name, p.name
        ),
        facts: format!(
            "{}:{}|{}",
            p.status,
            date,
            ids(open
                .iter()
                .map(|(s, _)| format!("{}:{}", s.id, opt_date(s.end_date))))
        ),
    });
}

/// A sponsor in post is an active sponsor (covering role, running) of more than the threshold
/// share of all active initiatives. Exactly the threshold does not fire.
fn concentration(cx: &Ctx, out: &mut Vec<Draft>) {
    let active: usize = cx
        .ix
        .snap
        .initiatives
        .values()
        .filter(|i| i.status == InitiativeStatus::Active)
        .count();
    if active == 0 {
        return;
    }
    let total = i64::try_from(active).unwrap_or(i64::MAX);
    let threshold = cx.settings.concentration_percent;
    for p in cx.sponsors().filter(|p| p.in_post_on(cx.as_of)) {
        let carried: BTreeSet<_> = cx
            .ix
            .sponsorships_of_sponsor(p.id)
            .iter()
            .filter(|s| s.covers() && s.runs_on(cx.as_of))
            .filter_map(|s| cx.ix.snap.initiatives.get(&s.initiative_id))
            .filter(|i| i.status == InitiativeStatus::Active)
            .map(|i| i.id)
            .collect();
        let carried_n = i64::try_from(carried.len()).unwrap_or(i64::MAX);
        if carried_n.saturating_mul(100) <= threshold.saturating_mul(total) {
            continue;
        }
        let names: Vec<&str> = carried
            .iter()
            .filter_map(|id| cx.ix.snap.initiatives.get(id))
            .map(|i| i.name.as_str())
            .collect();
        let share = (carried_n as f64) * 100.0 / (total as f64);
        out.push(Draft {
            code: WarningCode::Concentration,
            subject: sponsor_subject(p),
            message: format!("{} carries {} of {} active initiatives ({:.0}%)", p.name, carried_n, total, share),
            reason: format!(
                "on {} {} is an active sponsor of {} of the {} active initiatives ({:.1}%, above the {}% threshold): {}",
                cx.as_of,
                p.name,
                carried_n,
                total,
                share,
                threshold,
                join(&names)
            ),
            suggestion: format!(
                "Spread the load: recruit other sponsors for some of these initiatives so losing {} does not stall the programme",
                p.name
            ),
            facts: ids(&carried),
        });
    }
}
