//! Builds the meeting prep view from the committee tables, the history of sponsor changes, the
//! touchpoint log and the warnings engine. Reads only; the same data and date give the same view.

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension};

use super::model::{ChangesSince, MeetingPrep, MemberAtRisk, RiskKind, RiskReason, SponsorChange};
use crate::committees::actions::{self, ActionQuery, ActionStatus};
use crate::committees::decisions::{decision_register, DecisionStatus, RegisterFilter};
use crate::committees::meetings::{self, Meeting};
use crate::committees::queries::member_views;
use crate::error::Result;
use crate::settings::Settings;
use crate::sponsors::model::SponsorStatus;
use crate::Id;

/// The prep view of meeting `meeting_id` as of `as_of` (usually today, a few days before it).
pub fn meeting_prep(conn: &Connection, meeting_id: Id, as_of: NaiveDate) -> Result<MeetingPrep> {
    let detail = meetings::detail(conn, meeting_id)?;
    let committee_id = detail.meeting.committee_id;
    let settings = crate::settings::get(conn)?;
    let previous = meetings::previous(conn, &detail.meeting, true)?
        .map(|id| meetings::row(conn, id))
        .transpose()?;
    let open_actions = actions::list(
        conn,
        &ActionQuery {
            status: Some(ActionStatus::Open),
            committee_id: Some(committee_id),
            ..ActionQuery::default()
        },
        as_of,
    )?;
    let pending_decisions = decision_register(conn, &RegisterFilter::default())?
        .into_iter()
        .filter(|e| {
            matches!(
                e.decision.status,
                DecisionStatus::Proposed | DecisionStatus::Deferred
            ) && (e.committee_id == Some(committee_id) || e.decision.meeting_id.is_none())
        })
        .collect();
    let changes = changes_since(conn, previous.as_ref().map(|m| m.scheduled_on), as_of)?;
    let members_at_risk = members_at_risk(conn, &settings, &detail.meeting, as_of)?;
    Ok(MeetingPrep {
        as_of,
        meeting: detail,
        previous_meeting: previous,
        open_actions,
        pending_decisions,
        changes,
        members_at_risk,
    })
}

fn changes_since(
    conn: &Connection,
    since: Option<NaiveDate>,
    as_of: NaiveDate,
) -> Result<ChangesSince> {
    let mut changes = ChangesSince {
        since,
        new_decisions: Vec::new(),
        sponsor_changes: Vec::new(),
        new_warnings: Vec::new(),
        // Quick wins and success stories come with issue 6; their lists stay empty until then.
        quick_wins: Vec::new(),
        stories: Vec::new(),
    };
    let Some(since) = since else {
        return Ok(changes);
    };
    if since >= as_of {
        return Ok(changes);
    }
    changes.new_decisions = decision_register(
        conn,
        &RegisterFilter {
            from: since.checked_add_days(Days::new(1)),
            to: Some(as_of),
            ..RegisterFilter::default()
        },
    )?;
    changes.sponsor_changes = sponsor_changes(conn, since, as_of)?;
    // The warnings engine reads today's data; evaluating it on the earlier date too tells which
    // warnings the passing of time (departures, cadences, due dates) or the data raised since.
    // Hidden ones included, as the engine raised them: through the engine's cache, which a
    // fresh snapshot would bypass (90 ms on a large database, every time a pack is printed).
    let before: BTreeSet<_> = crate::warnings::list_with_hidden(conn, since)?
        .iter()
        .map(|w| w.key())
        .collect();
    changes.new_warnings = crate::warnings::list(conn, as_of)?
        .into_iter()
        .filter(|w| !before.contains(&w.key()))
        .collect();
    Ok(changes)
}

/// Sponsor status changes recorded after `since` (the day after it, in UTC) up to `as_of`.
fn sponsor_changes(
    conn: &Connection,
    since: NaiveDate,
    as_of: NaiveDate,
) -> Result<Vec<SponsorChange>> {
    let mut stmt = conn.prepare_cached(
        "SELECT h.entity_id, coalesce(s.name, json_extract(h.new_values, '$.name')),
                json_extract(h.old_values, '$.status'), json_extract(h.new_values, '$.status'),
                json_extract(h.new_values, '$.status_date'), h.at
         FROM history h LEFT JOIN sponsors s ON s.id = h.entity_id
         WHERE h.entity = 'sponsors' AND h.action = 'update'
           AND substr(h.at, 1, 10) > ?1 AND substr(h.at, 1, 10) <= ?2
           AND (json_extract(h.old_values, '$.status') IS NOT json_extract(h.new_values, '$.status')
                OR json_extract(h.old_values, '$.status_date')
                   IS NOT json_extract(h.new_values, '$.status_date'))
         ORDER BY h.at, h.id",
    )?;
    let rows = stmt.query_map(params![since, as_of], |r| {
        Ok(SponsorChange {
            sponsor_id: r.get(0)?,
            name: r.get(1)?,
            from: r.get(2)?,
            to: r.get(3)?,
            status_date: r.get(4)?,
            recorded_at: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Members on the meeting's date who are gone (empty seat), departing within the settings'
/// horizon (90 days by default), or without a touchpoint within their tier's cadence. The
/// engagement clock starts at the membership's start when there has been no touchpoint.
fn members_at_risk(
    conn: &Connection,
    settings: &Settings,
    meeting: &Meeting,
    as_of: NaiveDate,
) -> Result<Vec<MemberAtRisk>> {
    let mut out: Vec<MemberAtRisk> = Vec::new();
    let mut seen = BTreeSet::new();
    for m in member_views(conn, meeting.committee_id, meeting.scheduled_on)? {
        if !m.current || !seen.insert(m.member.sponsor_id) {
            continue;
        }
        let mut reasons = Vec::new();
        let gone = !crate::sponsorships::in_post_on(m.sponsor_status, m.sponsor_status_date, as_of);
        if gone {
            reasons.push(RiskReason {
                kind: RiskKind::EmptySeat,
                detail: format!(
                    "{} is no longer in post ({}{}); the seat is empty",
                    m.sponsor_name,
                    m.sponsor_status.as_str().replace('_', " "),
                    m.sponsor_status_date
                        .map_or(String::new(), |d| format!(" on {d}"))
                ),
                on: m.sponsor_status_date,
            });
        } else if m.sponsor_status == SponsorStatus::Departing {
            if let Some(leaves) = m.sponsor_status_date {
                let days = (leaves - as_of).num_days();
                if days <= settings.horizon_days {
                    reasons.push(RiskReason {
                        kind: RiskKind::Departing,
                        detail: format!(
                            "{} departs on {leaves}, in {days} day(s); line up a successor for the seat",
                            m.sponsor_name
                        ),
                        on: Some(leaves),
                    });
                }
            }
        }
        if !gone {
            if let Some(reason) = stale(conn, settings, &m, as_of)? {
                reasons.push(reason);
            }
        }
        if !reasons.is_empty() {
            out.push(MemberAtRisk {
                sponsor_id: m.member.sponsor_id,
                name: m.sponsor_name,
                role: m.member.role,
                tier: m.sponsor_tier,
                reasons,
            });
        }
    }
    out.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then(a.sponsor_id.cmp(&b.sponsor_id))
    });
    Ok(out)
}

fn stale(
    conn: &Connection,
    settings: &Settings,
    m: &crate::committees::model::MemberView,
    as_of: NaiveDate,
) -> Result<Option<RiskReason>> {
    let last: Option<NaiveDate> = conn
        .prepare_cached(
            "SELECT max(t.occurred_on) FROM touchpoints t
             JOIN touchpoint_sponsors ts ON ts.touchpoint_id = t.id
             WHERE ts.sponsor_id = ?1 AND t.occurred_on <= ?2",
        )?
        .query_row(params![m.member.sponsor_id, as_of], |r| r.get(0))
        .optional()?
        .flatten();
    let cadence = settings.cadence_days.for_tier(m.sponsor_tier);
    let since = last.unwrap_or(m.member.start_date);
    let days = (as_of - since).num_days();
    if days <= cadence {
        return Ok(None);
    }
    let detail = match last {
        Some(on) => format!(
            "No touchpoint with {} for {days} days (last on {on}; tier-{} cadence: {cadence} days)",
            m.sponsor_name, m.sponsor_tier
        ),
        None => format!(
            "No touchpoint with {} since they joined the committee on {} ({days} days; tier-{} cadence: {cadence} days)",
            m.sponsor_name, m.member.start_date, m.sponsor_tier
        ),
    };
    Ok(Some(RiskReason {
        kind: RiskKind::StaleEngagement,
        detail,
        on: last,
    }))
}
