//! The small demo's touchpoints: most sponsors met within their tier's cadence, with asks and
//! commitments open and met, one director whose observed stance slipped, one overdue follow-up,
//! and a few sponsors left stale (the CEO, a watch officer, the web manager) on purpose.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};
use rusqlite::Transaction;

use super::small::lookup;
use crate::error::Result;
use crate::sponsors::Stance;
use crate::touchpoints::{
    self, ItemKind, ItemStatus, TouchpointInput, TouchpointItemInput, TouchpointKind as K,
};
use crate::Id;

/// An ask or commitment: kind, text, and the day (from today) it was met, if it was.
type Item = (ItemKind, &'static str, Option<i64>);

struct Meet {
    /// Days from today (negative: in the past).
    day: i64,
    kind: K,
    with: &'static [&'static str],
    summary: &'static str,
    stance: Option<Stance>,
    follow_up: Option<i64>,
    items: &'static [Item],
}

use ItemKind::{Ask, Commitment};
use Stance::{Champion, Neutral, Opponent, Skeptic, Supporter};

/// Oldest first, so ids follow the calendar. The asks come from APQC's advice [000]: explicit
/// requests such as opening the all-staff meeting or creating an expertise profile.
const MEETINGS: &[Meet] = &[
    Meet {
        day: -120,
        kind: K::Event,
        with: &["cos", "j1", "j2", "j3", "j4", "j5", "j6"],
        summary: "KM Steering Committee kickoff: why lessons learned need a home",
        stance: None,
        follow_up: None,
        items: &[],
    },
    Meet {
        day: -100,
        kind: K::Call,
        with: &["j6"],
        summary: "Service desk knowledge needs; J6 sees the portal as another system to run",
        stance: Some(Opponent),
        follow_up: None,
        items: &[(Ask, "Host the portal on the existing service desk platform", None)],
    },
    Meet {
        day: -80,
        kind: K::OneToOneBrief,
        with: &["ceo"],
        summary: "Expertise profiles: tied to the CEO's priority of finding experts in-house before hiring consultants",
        stance: Some(Supporter),
        follow_up: None,
        items: &[(
            Ask,
            "Create an expertise profile and encourage your directs to do the same",
            None,
        )],
    },
    Meet {
        day: -70,
        kind: K::OneToOneBrief,
        with: &["vps"],
        summary: "Support Knowledge Base kickoff: one answer per topic across Support, Web and Products",
        stance: Some(Champion),
        follow_up: None,
        items: &[(Commitment, "Present the knowledge base at the support all-hands", Some(-55))],
    },
    Meet {
        day: -60,
        kind: K::Call,
        with: &["j2"],
        summary: "After-action library closed; J2 doubts anyone reads the lessons",
        stance: Some(Skeptic),
        follow_up: None,
        items: &[],
    },
    Meet {
        day: -50,
        kind: K::Call,
        with: &["webm"],
        summary: "Help-site answers that contradict the support articles",
        stance: Some(Supporter),
        follow_up: None,
        items: &[],
    },
    Meet {
        day: -40,
        kind: K::Committee,
        with: &["cos", "j1", "j3", "j5", "kmwg"],
        summary: "KM Steering Committee: quarterly review of the Lessons Learned Portal and the quick wins",
        stance: None,
        follow_up: None,
        items: &[],
    },
    Meet {
        day: -35,
        kind: K::OneToOneBrief,
        with: &["coo"],
        summary: "Quarterly sponsor brief on the Support Knowledge Base before the COO leaves",
        stance: Some(Champion),
        follow_up: Some(25),
        items: &[(Commitment, "Fund a knowledge manager post for Support", None)],
    },
    Meet {
        day: -25,
        kind: K::OneToOneBrief,
        with: &["j1"],
        summary: "Onboarding pilot: agree the time-to-competency baseline",
        stance: Some(Supporter),
        follow_up: Some(-5),
        items: &[
            (
                Ask,
                "Open the all-staff meeting with two minutes on lessons learned",
                None,
            ),
            (Commitment, "Name a branch chief to own the pilot", Some(-18)),
        ],
    },
    Meet {
        day: -22,
        kind: K::Email,
        with: &["salc", "prodc"],
        summary: "Subscription inventory: which teams pay for which research services",
        stance: Some(Supporter),
        follow_up: None,
        items: &[(Commitment, "Send the list of team subscriptions", Some(-19))],
    },
    Meet {
        day: -20,
        kind: K::OneToOneBrief,
        with: &["j3"],
        summary: "Handover planning before the J3 director leaves",
        stance: Some(Champion),
        follow_up: Some(10),
        items: &[(Ask, "Introduce the KMO to your successor", Some(-10))],
    },
    Meet {
        day: -20,
        kind: K::Call,
        with: &["vps"],
        summary: "Support Knowledge Base: the answer-conflict backlog keeps growing",
        stance: Some(Neutral),
        follow_up: Some(15),
        items: &[(Ask, "Give agents 30 minutes a week to fix articles", None)],
    },
    Meet {
        day: -18,
        kind: K::Call,
        with: &["j2c"],
        summary: "Lessons learned backlog review",
        stance: Some(Champion),
        follow_up: None,
        items: &[(Commitment, "Publish 20 lessons by the end of the month", None)],
    },
    Meet {
        day: -15,
        kind: K::Call,
        with: &["j5"],
        summary: "Successor briefing: what the Operations Community of Practice needs from J5",
        stance: Some(Supporter),
        follow_up: Some(20),
        items: &[(
            Ask,
            "Take over as executive sponsor of the Operations Community of Practice",
            None,
        )],
    },
    Meet {
        day: -14,
        kind: K::Training,
        with: &["supm", "supc", "prodc"],
        summary: "Knowledge-centred support training for Tier 2",
        stance: Some(Champion),
        follow_up: None,
        items: &[],
    },
    Meet {
        day: -12,
        kind: K::OneToOneBrief,
        with: &["kmwg"],
        summary: "Weekly KM Working Group sync",
        stance: Some(Champion),
        follow_up: None,
        items: &[(Ask, "Draft the portal taxonomy before the next steering committee", None)],
    },
    Meet {
        day: -10,
        kind: K::Event,
        with: &["j3m", "j1m"],
        summary: "Community of practice meetup on after-action reviews",
        stance: Some(Supporter),
        follow_up: None,
        items: &[],
    },
    Meet {
        day: -5,
        kind: K::OneToOneBrief,
        with: &["cos"],
        summary: "Pre-brief for the next KM Steering Committee",
        stance: Some(Champion),
        follow_up: Some(45),
        items: &[(
            Ask,
            "Open the next steering committee with the portal results",
            None,
        )],
    },
];

/// Logs the touchpoints above; returns how many.
pub(super) fn fill(
    tx: &Transaction,
    today: NaiveDate,
    people: &HashMap<&str, Id>,
) -> Result<usize> {
    let day = |offset: i64| today + Duration::days(offset);
    for m in MEETINGS {
        let input = TouchpointInput {
            occurred_on: Some(day(m.day)),
            kind: m.kind,
            summary: m.summary.to_string(),
            stance_observed: m.stance,
            follow_up_on: m.follow_up.map(day),
            sponsor_ids: m
                .with
                .iter()
                .map(|k| lookup(people, k))
                .collect::<Result<_>>()?,
            items: m
                .items
                .iter()
                .map(|(kind, text, met)| TouchpointItemInput {
                    id: None,
                    kind: *kind,
                    text: (*text).to_string(),
                    status: if met.is_some() {
                        ItemStatus::Met
                    } else {
                        ItemStatus::Open
                    },
                    resolved_on: met.map(day),
                })
                .collect(),
        };
        touchpoints::create(tx, &input)?;
    }
    Ok(MEETINGS.len())
}
