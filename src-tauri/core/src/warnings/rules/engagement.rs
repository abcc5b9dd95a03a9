//! Rules about contact with sponsors, from the touchpoint log: stale-engagement,
//! stance-slipping and follow-up-overdue. Touchpoints dated after the as-of date are ignored.

use super::{sponsor_subject, Ctx};
use crate::initiatives::model::InitiativeStatus;
use crate::warnings::build::{count, excerpt, ids, join, Draft};
use crate::warnings::model::{Subject, SubjectKind, WarningCode};
use crate::Id;

pub(super) fn check(cx: &Ctx, out: &mut Vec<Draft>) {
    stale_engagement(cx, out);
    stance_slipping(cx, out);
    follow_up_overdue(cx, out);
}

/// A sponsor in post who holds a running sponsorship (any role) of an active or proposed
/// initiative, and whose last touchpoint on or before the as-of date is more than their tier's
/// cadence ago. With no touchpoint at all, the clock starts at the earliest start of those
/// sponsorships. Exactly the cadence does not fire.
fn stale_engagement(cx: &Ctx, out: &mut Vec<Draft>) {
    for p in cx.sponsors().filter(|p| p.in_post_on(cx.as_of)) {
        let earliest = cx
            .ix
            .sponsorships_of_sponsor(p.id)
            .iter()
            .filter(|s| s.runs_on(cx.as_of))
            .filter_map(|s| Some((s, cx.ix.snap.initiatives.get(&s.initiative_id)?)))
            .filter(|(_, i)| {
                matches!(
                    i.status,
                    InitiativeStatus::Active | InitiativeStatus::Proposed
                )
            })
            .min_by_key(|(s, _)| (s.start_date, s.id));
        let Some((first, initiative)) = earliest else {
            continue;
        };
        let cadence = cx.settings.cadence_days.for_tier(p.tier);
        let last = cx
            .ix
            .touchpoints_until(p.id, cx.as_of)
            .last()
            .map(|seen| seen.touchpoint);
        let (since, what, facts) = match last {
            Some(t) => (
                t.occurred_on,
                format!(
                    "the last touchpoint was a {} on {}",
                    t.kind.label(),
                    t.occurred_on
                ),
                format!("{}:{}:{}", p.tier, t.id, t.occurred_on),
            ),
            None => (
                first.start_date,
                format!(
                    "there has been no touchpoint since they began sponsoring {} on {}",
                    initiative.name, first.start_date
                ),
                format!("{}:none:{}", p.tier, first.id),
            ),
        };
        let days = (cx.as_of - since).num_days();
        if days <= cadence {
            continue;
        }
        let ago = count(usize::try_from(days).unwrap_or(0), "day", "days");
        out.push(Draft {
            code: WarningCode::StaleEngagement,
            subject: sponsor_subject(p),
            message: format!(
                "No touchpoint with {} for {} (tier-{} cadence: {} days)",
                p.name, ago, p.tier, cadence
            ),
            reason: format!(
                "{} is tier {} with a {}-day cadence; {}, {} before {}",
                p.name, p.tier, cadence, what, ago, cx.as_of
            ),
            suggestion: format!("Book a check-in with {} and log it as a touchpoint", p.name),
            facts,
        });
    }
}

/// A sponsor in post whose last two observed stances (touchpoints with a stance, on or before
/// the as-of date, by date then id) went colder.
fn stance_slipping(cx: &Ctx, out: &mut Vec<Draft>) {
    for p in cx.sponsors().filter(|p| p.in_post_on(cx.as_of)) {
        let mut observed = cx
            .ix
            .touchpoints_until(p.id, cx.as_of)
            .iter()
            .rev()
            .filter_map(|seen| seen.stance.map(|stance| (seen.touchpoint, stance)));
        let (Some((last, now)), Some((prev, before))) = (observed.next(), observed.next()) else {
            continue;
        };
        if now.warmth() >= before.warmth() {
            continue;
        }
        out.push(Draft {
            code: WarningCode::StanceSlipping,
            subject: sponsor_subject(p),
            message: format!("{}'s stance slipped from {} to {}", p.name, before, now),
            reason: format!(
                "the last two observed stances of {}: {} at the {} on {}, then {} at the {} on {}",
                p.name,
                before,
                prev.kind.label(),
                prev.occurred_on,
                now,
                last.kind.label(),
                last.occurred_on
            ),
            suggestion: format!(
                "Meet {} to learn what changed; revisit their priorities and talking points",
                p.name
            ),
            facts: format!("{}:{}>{}:{}", prev.id, before, last.id, now),
        });
    }
}

/// A touchpoint on or before the as-of date whose follow-up date is before the as-of date, with
/// at least one of its sponsors in post, and no later-dated touchpoint (up to the as-of date)
/// with any of its sponsors. On the follow-up date itself it is due, not overdue.
fn follow_up_overdue(cx: &Ctx, out: &mut Vec<Draft>) {
    for t in cx.touchpoints().filter(|t| t.occurred_on <= cx.as_of) {
        let Some(due) = t.follow_up_on.filter(|due| *due < cx.as_of) else {
            continue;
        };
        let sponsors: Vec<_> = t
            .sponsor_ids
            .iter()
            .filter_map(|id| cx.ix.sponsor(*id))
            .collect();
        if !sponsors.iter().any(|p| p.in_post_on(cx.as_of)) {
            continue;
        }
        let later = |s: &Id| {
            let seen = cx.ix.touchpoints_until(*s, cx.as_of);
            seen.last().is_some_and(|last| last.on > t.occurred_on)
        };
        if t.sponsor_ids.iter().any(later) {
            continue;
        }
        let names: Vec<&str> = sponsors.iter().map(|p| p.name.as_str()).collect();
        let who = join(&names);
        let late = count(
            usize::try_from((cx.as_of - due).num_days()).unwrap_or(0),
            "day",
            "days",
        );
        let kind = t.kind.label();
        let plain = format!("{kind} with {who} on {}", t.occurred_on);
        let mut chars = plain.chars();
        let name: String = match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => plain.clone(),
        };
        out.push(Draft {
            code: WarningCode::FollowUpOverdue,
            subject: Subject { kind: SubjectKind::Touchpoint, id: t.id, name },
            message: format!("Follow-up with {who} was due on {due}"),
            reason: format!(
                "the {kind} with {who} on {} (\"{}\") set a follow-up for {due}, {late} before {}, and no touchpoint with them has been logged since",
                t.occurred_on,
                excerpt(&t.summary, 80),
                cx.as_of
            ),
            suggestion: format!("Follow up with {who} and log it as a touchpoint"),
            facts: format!("{}:{}|{}", t.occurred_on, due, ids(&t.sponsor_ids)),
        });
    }
}
