//! Rules about one active initiative's sponsors on the as-of date: orphaned, tier-gap,
//! single-point, pet-project and unit-gap. Proposed, on-hold, completed and cancelled
//! initiatives are skipped: building support for a proposal is work in progress, not a gap.

use super::{gone_phrase, initiative_subject, opt_date, role_label, Ctx};
use crate::initiatives::model::InitiativeStatus;
use crate::warnings::build::{ids, join, Draft};
use crate::warnings::coverage::{lines, Coverage};
use crate::warnings::model::WarningCode;
use crate::warnings::snapshot::InitiativeFacts;

pub(super) fn check(cx: &Ctx, out: &mut Vec<Draft>) {
    for initiative in cx.initiatives() {
        if initiative.status != InitiativeStatus::Active {
            continue;
        }
        let cov = Coverage::covering(cx.ix, initiative.id, cx.as_of);
        let orphaned = orphaned(cx, initiative, &cov, out);
        tier_gap(cx, initiative, &cov, orphaned, out);
        single_point(cx, initiative, out);
        pet_project(cx, initiative, &cov, out);
        unit_gap(cx, initiative, &cov, out);
    }
}

/// No active sponsor at tier 1 or 2, whatever the initiative's required coverage says.
/// Returns whether it fired, so tier-gap does not report the same shortfall again.
fn orphaned(cx: &Ctx, i: &InitiativeFacts, cov: &Coverage, out: &mut Vec<Draft>) -> bool {
    let [executive, ..] = lines(&i.required);
    if cov.count(&executive) > 0 {
        return false;
    }
    let mut why_not = Vec::new();
    let mut facts = Vec::new();
    let mut successor = None;
    for s in cx.ix.sponsorships_of_initiative(i.id) {
        let Some(p) = cx.ix.sponsor(s.sponsor_id).filter(|p| p.tier <= 2) else {
            continue;
        };
        facts.push(format!(
            "{}:{}:{}:{}:{}:{}:{}",
            s.id,
            s.role,
            s.start_date,
            opt_date(s.end_date),
            p.id,
            p.status,
            opt_date(p.status_date)
        ));
        let runs = s.runs_on(cx.as_of);
        let in_post = p.in_post_on(cx.as_of);
        let why = if !in_post {
            gone_phrase(p)
        } else if s.start_date > cx.as_of {
            format!("sponsorship starts on {}", s.start_date)
        } else if !runs {
            format!("sponsorship ended on {}", opt_date(s.end_date))
        } else {
            // Running, in post, yet not counted: only a successor-in-waiting.
            if successor.is_none() {
                successor = Some(p.name.clone());
            }
            "lined up, not yet sponsoring".to_string()
        };
        why_not.push(format!(
            "{} (tier {}, {}): {}",
            p.name,
            p.tier,
            role_label(s.role),
            why
        ));
    }
    let mut reason = format!(
        "{} is active and on {} none of its active sponsorships is held by a tier-1 or tier-2 sponsor in post",
        i.name, cx.as_of
    );
    if !why_not.is_empty() {
        reason.push_str(&format!("; {}", join(&why_not)));
    }
    let suggestion = match successor {
        Some(name) => format!(
            "Confirm {name}, the successor-in-waiting, as executive sponsor of {}",
            i.name
        ),
        None => format!(
            "Ask a tier-1 or tier-2 leader to become executive sponsor of {}",
            i.name
        ),
    };
    out.push(Draft {
        code: WarningCode::Orphaned,
        subject: initiative_subject(i),
        message: format!("{} has no active executive sponsor", i.name),
        reason,
        suggestion,
        facts: facts.join(";"),
    });
    true
}

/// Fewer active sponsors on a coverage line than required.
fn tier_gap(cx: &Ctx, i: &InitiativeFacts, cov: &Coverage, orphaned: bool, out: &mut Vec<Draft>) {
    let short: Vec<_> = lines(&i.required)
        .into_iter()
        .filter(|line| cov.count(line) < line.required)
        .filter(|line| !(orphaned && line.key == "executive"))
        .collect();
    if short.is_empty() {
        return;
    }
    let mut parts = Vec::new();
    let mut needs = Vec::new();
    let mut facts = Vec::new();
    for line in &short {
        let on_line = cov.on_line(line);
        let have = on_line.len();
        let names: Vec<&str> = on_line.iter().map(|p| p.name.as_str()).collect();
        let who = if names.is_empty() {
            String::new()
        } else {
            format!(" ({})", join(&names))
        };
        parts.push(format!(
            "{} {} of {}{}",
            line.label, have, line.required, who
        ));
        needs.push(format!(
            "{} ({} more)",
            line.label,
            usize::from(line.required) - have
        ));
        facts.push(format!(
            "{}:{}:{}",
            line.key,
            line.required,
            ids(on_line.iter().map(|p| p.id))
        ));
    }
    let headline: Vec<String> = short
        .iter()
        .map(|l| format!("{} ({} of {})", l.label, cov.count(l), l.required))
        .collect();
    out.push(Draft {
        code: WarningCode::TierGap,
        subject: initiative_subject(i),
        message: format!("{} is short of {}", i.name, join(&headline)),
        reason: format!(
            "required coverage of {} on {}: {}",
            i.name,
            cx.as_of,
            join(&parts)
        ),
        suggestion: format!("Recruit {} for {}", join(&needs), i.name),
        facts: facts.join(";"),
    });
}

/// Exactly one person in post holds running sponsorships (any role, successors included).
fn single_point(cx: &Ctx, i: &InitiativeFacts, out: &mut Vec<Draft>) {
    let everyone = Coverage::on(cx.ix, i.id, cx.as_of, |_, _| true);
    let [only] = everyone.sponsors.as_slice() else {
        return;
    };
    let held: Vec<_> = cx
        .ix
        .sponsorships_of_initiative(i.id)
        .iter()
        .filter(|s| s.sponsor_id == only.id && s.runs_on(cx.as_of))
        .collect();
    let roles: Vec<&str> = held.iter().map(|s| role_label(s.role)).collect();
    out.push(Draft {
        code: WarningCode::SinglePoint,
        subject: initiative_subject(i),
        message: format!("All of {}'s sponsorship rests on {}", i.name, only.name),
        reason: format!(
            "on {} {} (tier {}, {}) is the only sponsor in post on {}: there is no successor-in-waiting and no second sponsor",
            cx.as_of,
            only.name,
            only.tier,
            join(&roles),
            i.name
        ),
        suggestion: format!("Name a successor-in-waiting or recruit a second sponsor for {}", i.name),
        facts: format!("{}:{}", only.id, ids(held.iter().map(|s| s.id))),
    });
}

/// Active sponsors at tier 1 and nobody at tier 2 or 3 (tier-4 champions do not change that).
fn pet_project(cx: &Ctx, i: &InitiativeFacts, cov: &Coverage, out: &mut Vec<Draft>) {
    let top = cov.in_tier(1);
    if top.is_empty() || !cov.in_tier(2).is_empty() || !cov.in_tier(3).is_empty() {
        return;
    }
    let names: Vec<&str> = top.iter().map(|p| p.name.as_str()).collect();
    out.push(Draft {
        code: WarningCode::PetProject,
        subject: initiative_subject(i),
        message: format!("{} is backed at tier 1 only", i.name),
        reason: format!(
            "on {} {}'s active sponsors at tiers 1-3 are all tier 1 ({}), with nobody at tier 2 or 3; a successor may drop a first-tier pet idea",
            cx.as_of,
            i.name,
            join(&names)
        ),
        suggestion: format!(
            "Build durable support for {}: recruit a tier-2 director or a tier-3 line manager",
            i.name
        ),
        facts: ids(top.iter().map(|p| p.id)),
    });
}

/// An initiative spanning two or more org units with no active sponsor in (or under) one of them.
fn unit_gap(cx: &Ctx, i: &InitiativeFacts, cov: &Coverage, out: &mut Vec<Draft>) {
    if i.org_unit_ids.len() < 2 {
        return;
    }
    let missing: Vec<_> = i
        .org_unit_ids
        .iter()
        .copied()
        .filter(|unit| {
            !cov.sponsors
                .iter()
                .any(|p| cx.ix.unit_within(p.org_unit_id, *unit))
        })
        .collect();
    if missing.is_empty() {
        return;
    }
    let missing_names: Vec<String> = missing.iter().map(|u| cx.ix.unit_name(*u)).collect();
    let all_names: Vec<String> = i.org_unit_ids.iter().map(|u| cx.ix.unit_name(*u)).collect();
    out.push(Draft {
        code: WarningCode::UnitGap,
        subject: initiative_subject(i),
        message: format!("{} has no sponsor in {}", i.name, join(&missing_names)),
        reason: format!(
            "{} spans {}; on {} none of its active sponsors belongs to {} or a unit under it",
            i.name,
            join(&all_names),
            cx.as_of,
            join(&missing_names)
        ),
        suggestion: format!("Find a sponsor in {} for {}", join(&missing_names), i.name),
        facts: format!("{}|{}", ids(&i.org_unit_ids), ids(&missing)),
    });
}
