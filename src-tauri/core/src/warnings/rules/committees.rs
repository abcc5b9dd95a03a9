//! Rules about steering committees, read from the committees feature's facts (whose pure
//! conditions decide; this module words the warning): committee-lapsed, decision-stalled and
//! action-overdue.

use std::collections::HashMap;

use super::{opt_date, Ctx};
use crate::committees::facts::{CommitteeFacts, STALL_DAYS, STALL_MEETINGS};
use crate::committees::meetings::MeetingStatus;
use crate::warnings::build::{count, excerpt, Draft};
use crate::warnings::model::{Subject, SubjectKind, WarningCode};
use crate::Id;

pub(super) fn check(cx: &Ctx, out: &mut Vec<Draft>) {
    let facts = &cx.ix.snap.committees;
    for c in &facts.committees {
        committee_lapsed(cx, c, out);
    }
    let committees: HashMap<Id, &CommitteeFacts> =
        facts.committees.iter().map(|c| (c.id, c)).collect();
    for d in &facts.decisions {
        let committee = d.committee_id.and_then(|id| committees.get(&id).copied());
        if !d.stalled_on(committee, cx.as_of) {
            continue;
        }
        let held_since = committee.map_or(0, |c| {
            c.meetings
                .iter()
                .filter(|m| {
                    m.status == MeetingStatus::Held && m.on > d.tabled_on && m.on <= cx.as_of
                })
                .count()
        });
        let days = (cx.as_of - d.tabled_on).num_days();
        let whose = committee.map_or_else(String::new, |c| format!(" at {}", c.name));
        out.push(Draft {
            code: WarningCode::DecisionStalled,
            subject: Subject { kind: SubjectKind::Decision, id: d.id, name: d.title.clone() },
            message: format!("Decision \"{}\" is still {} after {}", d.title, d.status, count(days_of(days), "day", "days")),
            reason: format!(
                "\"{}\" was tabled{} on {} and on {} is still {}: {} since, {} held meeting(s) since (stalled after more than {} days or {} meetings)",
                d.title,
                whose,
                d.tabled_on,
                cx.as_of,
                d.status,
                count(days_of(days), "day", "days"),
                held_since,
                STALL_DAYS,
                STALL_MEETINGS
            ),
            suggestion: format!("Put \"{}\" on the next agenda for a decision, or withdraw it", d.title),
            facts: format!("{}:{}:{}", d.status, d.tabled_on, d.committee_id.unwrap_or(0)),
        });
    }
    for a in &facts.actions {
        if !a.overdue_on(cx.as_of) {
            continue;
        }
        let late = count(days_of((cx.as_of - a.due_on).num_days()), "day", "days");
        let owner = if a.owner.is_empty() {
            "its owner".to_string()
        } else {
            a.owner.clone()
        };
        out.push(Draft {
            code: WarningCode::ActionOverdue,
            subject: Subject {
                kind: SubjectKind::Action,
                id: a.id,
                name: excerpt(&a.text, 80),
            },
            message: format!(
                "Action for {} was due on {}: {}",
                owner,
                a.due_on,
                excerpt(&a.text, 60)
            ),
            reason: format!(
                "the action \"{}\" owned by {} was due on {} and is still open on {}, {} late",
                excerpt(&a.text, 120),
                owner,
                a.due_on,
                cx.as_of,
                late
            ),
            suggestion: format!(
                "Ask {owner} for an update, then mark the action done, dropped or re-dated"
            ),
            facts: format!(
                "{}:{}",
                a.due_on,
                a.owner_sponsor_id
                    .map_or_else(|| a.owner.clone(), |id| id.to_string())
            ),
        });
    }
}

/// The committees feature's `lapsed_on` with the grace from the settings: no held meeting
/// within cadence + grace days before the as-of date (never met counts), or no planned meeting
/// from the as-of date on.
fn committee_lapsed(cx: &Ctx, c: &CommitteeFacts, out: &mut Vec<Draft>) {
    let grace = cx.settings.committee_grace_days;
    if !c.lapsed_on(cx.as_of, grace) {
        return;
    }
    let last = c.last_held_on(cx.as_of);
    let next = c.next_planned_on(cx.as_of);
    let limit = c.cadence_days + grace;
    let mut problems = Vec::new();
    match last {
        None => problems.push("it has never met".to_string()),
        Some(on) if (cx.as_of - on).num_days() > limit => problems.push(format!(
            "it last met on {on}, {} ago, more than its {}-day cadence plus {} days of grace",
            count(days_of((cx.as_of - on).num_days()), "day", "days"),
            c.cadence_days,
            grace
        )),
        Some(_) => {}
    }
    if next.is_none() {
        problems.push("no next meeting is planned".to_string());
    }
    let message = match (last, next) {
        (None, _) => format!("{} has never met", c.name),
        (Some(on), None) if (cx.as_of - on).num_days() <= limit => {
            format!("{} has no next meeting planned", c.name)
        }
        (Some(on), _) => format!("{} has not met since {}", c.name, on),
    };
    out.push(Draft {
        code: WarningCode::CommitteeLapsed,
        subject: Subject {
            kind: SubjectKind::Committee,
            id: c.id,
            name: c.name.clone(),
        },
        message,
        reason: format!("on {}, {}", cx.as_of, problems.join(" and ")),
        suggestion: format!(
            "Plan the next meeting of {} and send the invitations",
            c.name
        ),
        facts: format!("{}|{}|{}", c.cadence_days, opt_date(last), opt_date(next)),
    });
}

fn days_of(days: i64) -> usize {
    usize::try_from(days).unwrap_or(0)
}
