//! Rules about the evidence an initiative produces: quick-win-late and story-drought.

use std::collections::HashMap;

use chrono::{NaiveDate, TimeDelta};

use super::{initiative_subject, Ctx};
use crate::initiatives::model::InitiativeStatus;
use crate::warnings::build::{count, Draft};
use crate::warnings::model::{Subject, SubjectKind, WarningCode};
use crate::wins::model::{is_target_beyond_six_months, WinStatus};
use crate::Id;

pub(super) fn check(cx: &Ctx, out: &mut Vec<Draft>) {
    quick_win_late(cx, out);
    story_drought(cx, out);
}

/// A quick win still planned or in progress whose target is past (the day after the target),
/// or whose target lies more than six calendar months after its start (the quick wins
/// feature's `is_target_beyond_six_months`). Delivered and dropped ones need no action and
/// never warn, though the dashboard still counts a late delivery as late.
fn quick_win_late(cx: &Ctx, out: &mut Vec<Draft>) {
    for w in &cx.ix.snap.quick_wins {
        if !matches!(w.status, WinStatus::Planned | WinStatus::InProgress) {
            continue;
        }
        let overdue = cx.as_of > w.target_on;
        let too_far = is_target_beyond_six_months(w.start_on, w.target_on);
        if !overdue && !too_far {
            continue;
        }
        let initiative = cx
            .ix
            .snap
            .initiatives
            .get(&w.initiative_id)
            .map_or("its initiative", |i| i.name.as_str());
        let mut problems = Vec::new();
        if overdue {
            let late = (cx.as_of - w.target_on).num_days();
            problems.push(format!(
                "its target {} passed {} ago and it is still {}",
                w.target_on,
                count(usize::try_from(late).unwrap_or(0), "day", "days"),
                w.status.as_str().replace('_', " ")
            ));
        }
        if too_far {
            problems.push(format!(
                "its target {} is more than six months after its start {}",
                w.target_on, w.start_on
            ));
        }
        let message = if overdue {
            format!(
                "Quick win \"{}\" missed its target {}",
                w.title, w.target_on
            )
        } else {
            format!("Quick win \"{}\" is planned beyond six months", w.title)
        };
        let suggestion = if overdue {
            format!(
                "Deliver \"{}\" or re-plan it with a new target, and tell its sponsors",
                w.title
            )
        } else {
            format!(
                "Cut \"{}\" to something deliverable within six months, or treat it as a project",
                w.title
            )
        };
        out.push(Draft {
            code: WarningCode::QuickWinLate,
            subject: Subject {
                kind: SubjectKind::QuickWin,
                id: w.id,
                name: w.title.clone(),
            },
            message,
            reason: format!(
                "\"{}\" ({}): on {}, {}",
                w.title,
                initiative,
                cx.as_of,
                problems.join(" and ")
            ),
            suggestion,
            facts: format!("{}:{}:{}:{}", w.start_on, w.target_on, overdue, too_far),
        });
    }
}

/// An active initiative whose latest success story on or before the as-of date is more than
/// the drought days old (exactly that many days is fine). Without any story the clock starts at
/// the initiative's start date; without that either, it fires.
fn story_drought(cx: &Ctx, out: &mut Vec<Draft>) {
    let days = cx.settings.story_drought_days;
    let mut latest: HashMap<Id, (NaiveDate, Id)> = HashMap::new();
    for s in cx.ix.snap.stories.iter().filter(|s| s.told_on <= cx.as_of) {
        let entry = latest.entry(s.initiative_id).or_insert((s.told_on, s.id));
        if (s.told_on, s.id) > *entry {
            *entry = (s.told_on, s.id);
        }
    }
    let since_limit = TimeDelta::try_days(days).and_then(|d| cx.as_of.checked_sub_signed(d));
    for i in cx
        .ix
        .snap
        .initiatives
        .values()
        .filter(|i| i.status == InitiativeStatus::Active)
    {
        let last = latest.get(&i.id).copied();
        let since = last
            .map(|(on, _)| on)
            .or(i.start_date.filter(|d| *d <= cx.as_of));
        if since.is_some_and(|on| since_limit.is_none_or(|limit| on >= limit)) {
            continue;
        }
        let (what, facts) = match (last, since) {
            (Some((on, id)), _) => (
                format!("its last success story was told on {on}"),
                format!("story:{id}"),
            ),
            (None, Some(start)) => (
                format!("it has no success story since it started on {start}"),
                format!("start:{start}"),
            ),
            (None, None) => (
                "it has no success story yet".to_string(),
                "none".to_string(),
            ),
        };
        out.push(Draft {
            code: WarningCode::StoryDrought,
            subject: initiative_subject(i),
            message: match last {
                Some((on, _)) => format!("{} has had no success story since {}", i.name, on),
                None => format!("{} has no success story yet", i.name),
            },
            reason: format!(
                "{} is active and on {} {}; the drought threshold is {} days",
                i.name, cx.as_of, what, days
            ),
            suggestion: format!(
                "Ask the people {} helped for a story in their own words, with consent to quote",
                i.name
            ),
            facts,
        });
    }
}
