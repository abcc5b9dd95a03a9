//! The small demo's committees: the military KM Steering Committee (Chief of Staff and all
//! directors, quarterly, the KMO leading [000]) with a seat left empty by a deputy who moved on,
//! and the company's monthly Knowledge Council; held meetings with agenda, minutes and
//! attendance, a next planned meeting, a decision register with a supersede chain and a stalled
//! proposal, and actions (one overdue).

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};
use rusqlite::Transaction;

use super::small::lookup;
use crate::committees::{
    self, actions, decisions, meetings, ActionInput, ActionStatus, AgendaItemInput, AgendaKind,
    AttendanceInput, AttendanceStatus as A, CommitteeCadence, CommitteeInput, DecisionInput,
    DecisionStatus as D, MeetingInput, MeetingStatus, MemberInput, MemberRole,
};
use crate::error::Result;
use crate::Id;

/// What the demo created, for the summary and for the evidence that refers to meetings.
pub(super) struct Created {
    pub committees: usize,
    pub meetings: usize,
    pub decisions: usize,
    pub actions: usize,
    /// The steering committee's last held meeting.
    pub last_steering: Id,
}

struct Ctx<'a, 'c> {
    tx: &'a Transaction<'c>,
    today: NaiveDate,
    people: &'a HashMap<&'a str, Id>,
    plans: &'a HashMap<&'a str, Id>,
}

impl Ctx<'_, '_> {
    fn day(&self, offset: i64) -> NaiveDate {
        self.today + Duration::days(offset)
    }

    fn who(&self, key: &str) -> Result<Id> {
        lookup(self.people, key)
    }

    fn committee(&self, name: &str, cadence: CommitteeCadence, purpose: &str) -> Result<Id> {
        let input = CommitteeInput {
            name: name.to_string(),
            cadence,
            cadence_days: None,
            purpose: purpose.to_string(),
        };
        Ok(committees::create(self.tx, &input)?.id)
    }

    fn seat(&self, committee: Id, key: &str, role: MemberRole, from: i64) -> Result<()> {
        let input = MemberInput {
            committee_id: Some(committee),
            sponsor_id: Some(self.who(key)?),
            role,
            start_date: Some(self.day(from)),
            end_date: None,
        };
        committees::add_member(self.tx, &input)?;
        Ok(())
    }

    /// A meeting with its agenda ((title, presenter, initiative key, kind, minutes)) and, once
    /// held, who came ((sponsor key or guest name, attendance, delegate)).
    fn meeting(
        &self,
        committee: Id,
        on: i64,
        agenda: &[(&str, &str, Option<&str>, AgendaKind, &str)],
        came: &[(&str, A, Option<&str>)],
    ) -> Result<Id> {
        let status = if on < 0 {
            MeetingStatus::Held
        } else {
            MeetingStatus::Planned
        };
        let input = MeetingInput {
            committee_id: Some(committee),
            scheduled_on: Some(self.day(on)),
            location: "Conference room B".to_string(),
            status,
            send_ahead_notes: String::new(),
            agenda: agenda
                .iter()
                .map(|(title, presenter, plan, kind, minutes)| {
                    Ok(AgendaItemInput {
                        id: None,
                        title: (*title).to_string(),
                        presenter: (*presenter).to_string(),
                        time_box_minutes: Some(20),
                        initiative_id: plan.map(|p| lookup(self.plans, p)).transpose()?,
                        kind: *kind,
                        minutes: (*minutes).to_string(),
                    })
                })
                .collect::<Result<_>>()?,
        };
        let id = meetings::plan(self.tx, &input)?.id;
        if !came.is_empty() {
            let list = came
                .iter()
                .map(|(who, attendance, delegate)| {
                    let sponsor = self.people.get(who).copied();
                    AttendanceInput {
                        sponsor_id: sponsor,
                        guest_name: sponsor.is_none().then(|| (*who).to_string()),
                        attendance: *attendance,
                        delegate_name: delegate.map(str::to_string),
                        is_guest: sponsor.is_none(),
                    }
                })
                .collect::<Vec<_>>();
            meetings::record_attendance(self.tx, id, &list)?;
        }
        Ok(id)
    }

    fn decision(
        &self,
        meeting: Id,
        title: &str,
        text: &str,
        status: D,
        supersedes: Option<Id>,
        plans: &[&str],
    ) -> Result<Id> {
        let input = DecisionInput {
            title: title.to_string(),
            text: text.to_string(),
            rationale: String::new(),
            status,
            meeting_id: Some(meeting),
            decided_by: "Chair".to_string(),
            decided_on: None,
            supersedes_id: supersedes,
            initiative_ids: plans
                .iter()
                .map(|p| lookup(self.plans, p))
                .collect::<Result<_>>()?,
        };
        Ok(decisions::create(self.tx, &input)?.id)
    }

    /// An action raised at `meeting`, due `due` days from today, done `done` days from today.
    fn action(
        &self,
        meeting: Id,
        decision: Option<Id>,
        text: &str,
        owner: &str,
        due: i64,
        done: Option<i64>,
    ) -> Result<()> {
        let input = ActionInput {
            text: text.to_string(),
            owner_sponsor_id: Some(self.who(owner)?),
            owner_name: None,
            due_on: Some(self.day(due)),
            status: if done.is_some() {
                ActionStatus::Done
            } else {
                ActionStatus::Open
            },
            meeting_id: Some(meeting),
            decision_id: decision,
            completed_on: done.map(|d| self.day(d)),
        };
        actions::create(self.tx, &input)?;
        Ok(())
    }
}

use AgendaKind::{Decision as Decide, Discussion as Discuss, Information as Inform};

/// Who attends: a sponsor's key, or the name of a guest who is not a sponsor.
type Came = (&'static str, A, Option<&'static str>);

const KMO: &str = "Knowledge Management Officer";
const J4_DELEGATE: &str = "Lt. Col. R. Amsel";
/// The steering committee's usual attendance; the deputy (last) left before the latest meeting.
const STEERING: [&str; 10] = [
    "cos", "j1", "j2", "j3", "j4", "j5", "j6", "kmwg", KMO, "dcos",
];
const COUNCIL: [&str; 6] = ["coo", "vpp", "vpw", "vps", "vpsa", "pm"];

/// Everyone in `all` present, except as `changes` say (apologies, a delegate).
fn came(all: &[&'static str], changes: &[Came]) -> Vec<Came> {
    all.iter()
        .map(|who| {
            changes
                .iter()
                .find(|(k, _, _)| k == who)
                .copied()
                .unwrap_or((who, A::Present, None))
        })
        .collect()
}

pub(super) fn fill(
    tx: &Transaction,
    today: NaiveDate,
    people: &HashMap<&str, Id>,
    plans: &HashMap<&str, Id>,
) -> Result<Created> {
    let cx = Ctx {
        tx,
        today,
        people,
        plans,
    };
    let kmsc = cx.committee(
        "KM Steering Committee",
        CommitteeCadence::Quarterly,
        "The Chief of Staff and all directors meet quarterly; the KMO leads discussion of the KM Working Group's efforts and receives guidance and decisions.",
    )?;
    cx.seat(kmsc, "cos", MemberRole::Chair, -300)?;
    for director in ["j1", "j2", "j3", "j4", "j5", "j6", "dcos"] {
        // The deputy moved to a NATO post: their seat stays until someone is named.
        cx.seat(kmsc, director, MemberRole::Member, -300)?;
    }
    cx.seat(kmsc, "kmwg", MemberRole::Secretary, -300)?;
    let kmo = KMO;

    let first = cx.meeting(
        kmsc,
        -222,
        &[
            (
                "Why a lessons learned portal",
                kmo,
                Some("llp"),
                Inform,
                "The KMO showed three repeated mistakes from last year's exercises.",
            ),
            (
                "One repository for lessons",
                kmo,
                Some("llp"),
                Decide,
                "Agreed: one portal, owned by the KM Working Group.",
            ),
        ],
        &came(&STEERING, &[("j2", A::Apologies, None)]),
    )?;
    cx.decision(
        first,
        "One repository for lessons learned",
        "The Lessons Learned Portal is the single place for lessons; the KM Working Group owns it.",
        D::Decided,
        None,
        &["llp"],
    )?;

    let second = cx.meeting(
        kmsc,
        -131,
        &[
            (
                "Portal scope",
                kmo,
                Some("llp"),
                Decide,
                "Start with the J-directorates only.",
            ),
            (
                "Onboarding pilot funding",
                "Director J1 Personnel",
                Some("onboard"),
                Decide,
                "Tabled: J4 wants the cost per trainee first.",
            ),
            (
                "Quick wins so far",
                kmo,
                None,
                Inform,
                "Twelve lessons published; the first reuse in an exercise plan.",
            ),
        ],
        &came(
            &STEERING,
            &[
                ("dcos", A::Apologies, None),
                ("j4", A::Delegate, Some(J4_DELEGATE)),
                ("j6", A::Apologies, None),
            ],
        ),
    )?;
    let narrow = cx.decision(
        second,
        "Portal scope: J-directorates first",
        "Only the J-directorates publish lessons in the first year.",
        D::Decided,
        None,
        &["llp"],
    )?;
    cx.decision(
        second,
        "Fund the onboarding time-to-competency pilot",
        "Fund two branch chiefs' time for a six-month pilot.",
        D::Proposed,
        None,
        &["onboard"],
    )?;
    cx.action(
        second,
        Some(narrow),
        "Publish the first 20 lessons",
        "j2c",
        -70,
        Some(-72),
    )?;

    let third = cx.meeting(
        kmsc,
        -40,
        &[
            (
                "Portal results and reuse",
                kmo,
                Some("llp"),
                Inform,
                "Forty lessons, six reused; J3 cited one in the winter exercise plan.",
            ),
            (
                "Extend the portal to all commands",
                "Chief of Staff",
                Some("llp"),
                Decide,
                "Agreed, replacing the J-directorates-first scope.",
            ),
            (
                "After-action reviews within 14 days",
                "Director J3 Operations",
                Some("opscop"),
                Decide,
                "Agreed for every exercise from next quarter.",
            ),
            (
                "J3 succession",
                kmo,
                Some("opscop"),
                Discuss,
                "J5 will take over as executive sponsor of the Operations CoP.",
            ),
        ],
        &came(
            &STEERING[..STEERING.len() - 1],
            &[
                ("j2", A::Apologies, None),
                ("j4", A::Delegate, Some(J4_DELEGATE)),
                ("j6", A::Apologies, None),
            ],
        ),
    )?;
    let wide = cx.decision(
        third,
        "Portal scope: all commands",
        "Every command publishes lessons in the portal.",
        D::Decided,
        Some(narrow),
        &["llp"],
    )?;
    let aar = cx.decision(
        third,
        "After-action reviews within 14 days",
        "Every exercise holds an after-action review within 14 days and files it in the portal.",
        D::Decided,
        None,
        &["opscop", "llp"],
    )?;
    cx.action(
        third,
        Some(wide),
        "Draft the portal taxonomy for all commands",
        "kmwg",
        -10,
        None,
    )?;
    cx.action(
        third,
        Some(aar),
        "Brief the directors on the after-action review rule",
        "cos",
        20,
        None,
    )?;
    cx.action(
        third,
        None,
        "Name the Operations CoP's next executive sponsor in writing",
        "j3",
        30,
        None,
    )?;
    cx.meeting(
        kmsc,
        51,
        &[
            (
                "Portal results since the last meeting",
                kmo,
                Some("llp"),
                Inform,
                "",
            ),
            (
                "Onboarding pilot funding (tabled twice)",
                "Director J1 Personnel",
                Some("onboard"),
                Decide,
                "",
            ),
        ],
        &[],
    )?;

    let council = cx.committee(
        "Knowledge Council",
        CommitteeCadence::Monthly,
        "Business-group heads align knowledge work with the company's goals: Products, Web, Support and Sales.",
    )?;
    cx.seat(council, "coo", MemberRole::Chair, -200)?;
    for head in ["vpp", "vpw", "vps", "vpsa"] {
        cx.seat(council, head, MemberRole::Member, -200)?;
    }
    cx.seat(council, "pm", MemberRole::Secretary, -200)?;
    let everyone = |absent: &'static str| came(&COUNCIL, &[(absent, A::Apologies, None)]);
    let c1 = cx.meeting(
        council,
        -74,
        &[(
            "Duplicate research subscriptions",
            "Director of Support",
            Some("subs"),
            Decide,
            "Three teams pay for the same services; consolidate under one contract.",
        )],
        &everyone("vpw"),
    )?;
    let consolidate = cx.decision(
        c1,
        "Consolidate research subscriptions",
        "One company contract replaces the teams' separate subscriptions.",
        D::Decided,
        None,
        &["subs"],
    )?;
    cx.action(
        c1,
        Some(consolidate),
        "Cancel the duplicate team subscriptions",
        "vpsa",
        -40,
        Some(-45),
    )?;
    let c2 = cx.meeting(
        council,
        -44,
        &[(
            "Expertise profiles for managers",
            "VP Products",
            Some("expertise"),
            Decide,
            "Deferred until the CEO has a profile of her own.",
        )],
        &everyone("vpsa"),
    )?;
    cx.decision(
        c2,
        "Expertise profiles for all managers",
        "Every manager keeps an expertise profile.",
        D::Deferred,
        None,
        &["expertise"],
    )?;
    let c3 = cx.meeting(
        council,
        -14,
        &[(
            "Support Knowledge Base results",
            "Director of Support",
            Some("kcs"),
            Inform,
            "First-contact resolution up from 55% to 63%.",
        )],
        &everyone("vpp"),
    )?;
    cx.action(
        c3,
        None,
        "Share the knowledge base results at the sales kickoff",
        "vps",
        10,
        None,
    )?;
    // No next Council meeting is planned yet: the committee-lapsed warning says so.
    Ok(Created {
        committees: 2,
        meetings: 8,
        decisions: 7,
        actions: 6,
        last_steering: third,
    })
}
