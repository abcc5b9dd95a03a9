//! The committee pack's data for one meeting: agenda and attendance, each initiative's status,
//! decisions required, the register since the last meeting, open actions, wins and savings,
//! consented stories, coverage and turnover warnings, and the programme metrics.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use sponsor_desk_core::committees::{self, decision_register, RegisterFilter};
use sponsor_desk_core::initiatives::InitiativeStatus;
use sponsor_desk_core::stories::{self, SharedStory};
use sponsor_desk_core::warnings::{Severity, WarningCode};
use sponsor_desk_core::wins::WinStatus;
use sponsor_desk_core::{initiatives, metrics, warnings, wins, Id};

use crate::error::Result;
use crate::health::{by_initiative, health, Health};
use crate::model::{number, story_data, win_data, Header, StoryData, WinData};
use crate::options::{PackOptions, Section};
use crate::text::{long_date, money, short_date, words};

/// The latest stories a committee pack tells when the user has not chosen.
const STORIES: usize = 3;
/// The latest values a metric's chart shows.
const POINTS: usize = 8;

#[derive(Debug, Clone, Serialize)]
pub struct CommitteeData {
    pub header: Header,
    pub show: serde_json::Map<String, serde_json::Value>,
    pub committee: String,
    pub meeting: MeetingData,
    pub agenda: Vec<AgendaData>,
    pub attendance: Vec<AttendanceData>,
    pub initiatives: Vec<StatusData>,
    pub decisions_required: Vec<DecisionData>,
    pub register: Vec<DecisionData>,
    pub register_since: String,
    pub actions: Vec<ActionData>,
    pub wins: Vec<WinData>,
    pub savings: Vec<String>,
    pub stories: Vec<StoryData>,
    pub warnings: Vec<WarningData>,
    pub at_risk: Vec<RiskData>,
    pub metrics: Vec<MetricData>,
    #[serde(skip)]
    pub story_ids: Vec<Id>,
    #[serde(skip)]
    pub meeting_id: Id,
}

#[derive(Debug, Clone, Serialize)]
pub struct MeetingData {
    pub date: String,
    pub location: String,
    pub status: String,
    pub notes: String,
    pub previous: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AgendaData {
    pub position: i64,
    pub title: String,
    pub presenter: String,
    pub minutes: Option<i64>,
    pub kind: String,
    pub initiative: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AttendanceData {
    pub name: String,
    pub role: String,
    pub status: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct StatusData {
    pub name: String,
    pub status: String,
    pub owner: String,
    pub sponsors: u32,
    pub health: Health,
}

#[derive(Debug, Clone, Serialize)]
pub struct DecisionData {
    pub date: String,
    pub title: String,
    pub text: String,
    pub status: String,
    pub initiatives: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ActionData {
    pub text: String,
    pub owner: String,
    pub due: String,
    pub overdue: bool,
    pub days_overdue: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct WarningData {
    pub severity: String,
    pub code: String,
    pub subject: String,
    pub message: String,
    pub suggestion: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RiskData {
    pub name: String,
    pub role: String,
    pub reasons: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MetricData {
    pub name: String,
    pub unit: String,
    pub better: String,
    pub initiative: Option<String>,
    pub points: Vec<PointData>,
    pub latest: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PointData {
    pub label: String,
    pub value: f64,
    pub text: String,
}

/// The warnings a committee reads as coverage and turnover.
const COVERAGE_CODES: [WarningCode; 7] = [
    WarningCode::Orphaned,
    WarningCode::DepartingUncovered,
    WarningCode::DepartedUnreplaced,
    WarningCode::TierGap,
    WarningCode::SinglePoint,
    WarningCode::PetProject,
    WarningCode::Concentration,
];

/// Builds the pack for meeting `meeting_id` as of `as_of`. Unknown meeting: `NotFound`.
pub fn build(
    conn: &Connection,
    meeting_id: Id,
    as_of: NaiveDate,
    options: &PackOptions,
) -> Result<CommitteeData> {
    let prep = committees::meeting_prep(conn, meeting_id, as_of)?;
    let detail = &prep.meeting;
    let meeting = &detail.meeting;
    let all_warnings = warnings::list(conn, as_of)?;
    let warned = by_initiative(&all_warnings);
    let rows = initiatives::list_on(conn, as_of)?;
    let names: BTreeMap<Id, String> = rows.iter().map(|r| (r.id, r.name.clone())).collect();

    let agenda = detail
        .agenda
        .iter()
        .map(|a| AgendaData {
            position: a.item.position,
            title: a.item.title.clone(),
            presenter: a.item.presenter.clone(),
            minutes: a.item.time_box_minutes,
            kind: a.item.kind.as_str().to_string(),
            initiative: a.initiative_name.clone(),
        })
        .collect();
    let mut attendance: Vec<AttendanceData> = detail
        .attendance
        .iter()
        .map(|a| AttendanceData {
            name: a.name.clone(),
            role: a
                .role
                .map_or_else(|| "guest".to_string(), |r| words(r.as_str())),
            status: match &a.attendance.delegate_name {
                Some(d) => format!("{} ({d})", a.attendance.attendance.as_str()),
                None => a.attendance.attendance.as_str().to_string(),
            },
        })
        .collect();
    attendance.extend(detail.not_recorded.iter().map(|m| AttendanceData {
        name: m.name.clone(),
        role: words(m.role.as_str()),
        status: "expected".to_string(),
    }));

    let none = Vec::new();
    let initiatives = rows
        .iter()
        .filter(|r| {
            matches!(
                r.status,
                InitiativeStatus::Active | InitiativeStatus::Proposed | InitiativeStatus::OnHold
            )
        })
        .map(|r| StatusData {
            name: r.name.clone(),
            status: words(r.status.as_str()),
            owner: r.owner.clone(),
            sponsors: r.active_sponsors,
            health: health(r, warned.get(&r.id).unwrap_or(&none)),
        })
        .collect();

    let decision = |e: &committees::RegisterEntry| DecisionData {
        date: short_date(e.dated_on),
        title: e.decision.title.clone(),
        text: e.decision.text.clone(),
        status: e.decision.status.as_str().to_string(),
        initiatives: e
            .initiatives
            .iter()
            .map(|i| i.name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    };
    let decisions_required = prep.pending_decisions.iter().map(decision).collect();
    let since = prep.previous_meeting.as_ref().map(|m| m.scheduled_on);
    let register = decision_register(
        conn,
        &RegisterFilter {
            committee_id: Some(meeting.committee_id),
            from: since,
            to: Some(as_of.max(meeting.scheduled_on)),
            ..RegisterFilter::default()
        },
    )?
    .iter()
    .map(decision)
    .collect();

    let actions = prep
        .open_actions
        .iter()
        .map(|a| ActionData {
            text: a.action.text.clone(),
            owner: a.owner.clone(),
            due: short_date(a.action.due_on),
            overdue: a.overdue,
            days_overdue: a.days_overdue,
        })
        .collect();

    let all_wins = wins::list_all(conn)?;
    let mut totals: BTreeMap<String, i64> = BTreeMap::new();
    for w in all_wins.iter().filter(|w| w.status == WinStatus::Delivered) {
        if let Some(s) = &w.savings {
            *totals.entry(s.currency.clone()).or_default() += s.minor;
        }
    }
    let savings = totals.iter().map(|(c, m)| money(*m, c)).collect();
    let mut listed: Vec<&wins::QuickWin> = all_wins
        .iter()
        .filter(|w| w.status != WinStatus::Dropped)
        .collect();
    listed.sort_by(|a, b| {
        (a.status != WinStatus::Delivered)
            .cmp(&(b.status != WinStatus::Delivered))
            .then(b.target_on.cmp(&a.target_on))
    });
    let wins = listed
        .into_iter()
        .take(8)
        .map(|w| win_data(w, names.get(&w.initiative_id), as_of))
        .collect();

    let chosen: Vec<SharedStory> = match &options.story_ids {
        Some(ids) => ids
            .iter()
            .map(|id| stories::for_sharing(conn, *id))
            .collect::<std::result::Result<_, _>>()?,
        None => stories::newest(conn, as_of.max(meeting.scheduled_on), STORIES)?
            .iter()
            .map(|s| {
                let name = names.get(&s.initiative_id).cloned().unwrap_or_default();
                stories::shared(s, &name)
            })
            .collect(),
    };
    let story_ids = chosen.iter().map(|s| s.id).collect();
    let stories = chosen.iter().map(story_data).collect();

    let warnings = all_warnings
        .iter()
        .filter(|w| COVERAGE_CODES.contains(&w.code) && w.severity != Severity::Info)
        .map(|w| WarningData {
            severity: w.severity.as_str().to_string(),
            code: w.code.as_str().to_string(),
            subject: w.subject.name.clone(),
            message: w.message.clone(),
            suggestion: w.suggestion.clone(),
        })
        .collect();
    let at_risk = prep
        .members_at_risk
        .iter()
        .map(|m| RiskData {
            name: m.name.clone(),
            role: words(m.role.as_str()),
            reasons: m.reasons.iter().map(|r| r.detail.clone()).collect(),
        })
        .collect();

    let metrics = metrics::series(conn)?
        .into_iter()
        .filter(|s| !s.values.is_empty())
        .map(|s| {
            let skip = s.values.len().saturating_sub(POINTS);
            let points: Vec<PointData> = s
                .values
                .iter()
                .skip(skip)
                .map(|v| PointData {
                    label: v.measured_on.format("%b %y").to_string(),
                    value: v.value,
                    text: number(v.value),
                })
                .collect();
            let latest = s.values.last().map_or_else(String::new, |v| {
                format!(
                    "{} {} on {}",
                    number(v.value),
                    s.metric.unit,
                    short_date(v.measured_on)
                )
            });
            MetricData {
                name: s.metric.name.clone(),
                unit: s.metric.unit.clone(),
                better: match s.metric.direction {
                    metrics::Direction::HigherIsBetter => "higher is better".to_string(),
                    metrics::Direction::LowerIsBetter => "lower is better".to_string(),
                },
                initiative: s.initiative.clone(),
                points,
                latest,
            }
        })
        .collect();

    Ok(CommitteeData {
        header: Header::new(
            "Committee pack",
            &detail.committee_name,
            meeting.scheduled_on,
        ),
        show: options.shown(&Section::COMMITTEE),
        committee: detail.committee_name.clone(),
        meeting: MeetingData {
            date: long_date(meeting.scheduled_on),
            location: meeting.location.clone(),
            status: meeting.status.as_str().to_string(),
            notes: meeting.send_ahead_notes.clone(),
            previous: prep
                .previous_meeting
                .as_ref()
                .map(|m| long_date(m.scheduled_on)),
        },
        agenda,
        attendance,
        initiatives,
        decisions_required,
        register,
        register_since: since.map_or_else(|| "all time".to_string(), long_date),
        actions,
        wins,
        savings,
        stories,
        warnings,
        at_risk,
        metrics,
        story_ids,
        meeting_id,
    })
}

/// The sponsors a batch of briefs is for: everyone recorded at the meeting (present, with
/// apologies or sending a delegate), then members expected but not yet recorded. No guests.
pub fn attendees(conn: &Connection, meeting_id: Id) -> Result<Vec<(Id, String)>> {
    let detail = committees::meetings::detail(conn, meeting_id)?;
    let mut out: Vec<(Id, String)> = Vec::new();
    let recorded = detail
        .attendance
        .iter()
        .filter_map(|a| Some((a.attendance.sponsor_id?, a.name.clone())));
    let expected = detail
        .not_recorded
        .iter()
        .map(|m| (m.sponsor_id, m.name.clone()));
    for (id, name) in recorded.chain(expected) {
        if !out.iter().any(|(seen, _)| *seen == id) {
            out.push((id, name));
        }
    }
    Ok(out)
}
