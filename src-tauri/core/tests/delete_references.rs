//! Deleting a sponsor or an initiative that touchpoints, committees, actions or evidence still
//! name is refused with one sentence saying what refers to it and what to do, never a raw
//! FOREIGN KEY error, and changes nothing.

// Helpers here are test code too: a failed unwrap is a failed test with its message.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use rusqlite::Transaction;
use sponsor_desk_core::committees::{
    self, actions, decisions, meetings, ActionInput, ActionStatus, AgendaItemInput, AgendaKind,
    AttendanceInput, AttendanceStatus, CommitteeCadence, CommitteeInput, DecisionInput,
    DecisionStatus, MeetingInput, MeetingStatus, MemberInput, MemberRole,
};
use sponsor_desk_core::initiatives::{self, InitiativeInput};
use sponsor_desk_core::metrics::{self, Direction, MetricInput};
use sponsor_desk_core::org_units::{self, OrgUnitInput, OrgUnitKind};
use sponsor_desk_core::sponsors::{self, SponsorInput, SponsorStatus, Stance};
use sponsor_desk_core::stories::{self, StoryInput, UsageInput, UsageKind};
use sponsor_desk_core::touchpoints::{self, TouchpointInput, TouchpointKind};
use sponsor_desk_core::transfer::export_json;
use sponsor_desk_core::wins::{self, QuickWinInput, Recurrence, WinStatus};
use sponsor_desk_core::{ErrorCode, Id, Store};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

struct Fx {
    store: Store,
    unit: Id,
    initiative: Id,
}

fn setup() -> Fx {
    let mut store = Store::open_in_memory().unwrap();
    let (unit, initiative) = store
        .write(|tx| {
            let unit = org_units::create(
                tx,
                &OrgUnitInput {
                    name: "Support".into(),
                    kind: OrgUnitKind::Department,
                    parent_id: None,
                    notes: String::new(),
                },
            )?
            .id;
            let initiative = initiatives::create(
                tx,
                &InitiativeInput {
                    name: "Support Knowledge Base".into(),
                    ..initiative_input()
                },
            )?
            .id;
            Ok((unit, initiative))
        })
        .unwrap();
    Fx {
        store,
        unit,
        initiative,
    }
}

fn initiative_input() -> InitiativeInput {
    serde_json::from_value(
        serde_json::json!({"name": "x", "kind": "programme", "status": "active"}),
    )
    .unwrap()
}

fn sponsor(tx: &Transaction, unit: Id, name: &str) -> Id {
    sponsors::create(
        tx,
        &SponsorInput {
            name: name.into(),
            title: "Director".into(),
            email: None,
            org_unit_id: Some(unit),
            reports_to_id: None,
            tier: 2,
            stance: Stance::Supporter,
            influence: 3,
            interest: 3,
            status: SponsorStatus::Active,
            status_date: None,
            priorities: String::new(),
            talking_points: String::new(),
            preferred_channel: String::new(),
            notes: String::new(),
        },
    )
    .unwrap()
    .id
}

fn committee_with_meeting(tx: &Transaction, initiative: Option<Id>) -> (Id, Id) {
    let committee = committees::create(
        tx,
        &CommitteeInput {
            name: "KM Steering Committee".into(),
            cadence: CommitteeCadence::Quarterly,
            cadence_days: None,
            purpose: String::new(),
        },
    )
    .unwrap()
    .id;
    let meeting = meetings::plan(
        tx,
        &MeetingInput {
            committee_id: Some(committee),
            scheduled_on: Some(d("2026-03-10")),
            location: String::new(),
            status: MeetingStatus::Held,
            send_ahead_notes: String::new(),
            agenda: vec![AgendaItemInput {
                id: None,
                title: "Results".into(),
                presenter: String::new(),
                time_box_minutes: None,
                initiative_id: initiative,
                kind: AgendaKind::Information,
                minutes: String::new(),
            }],
        },
    )
    .unwrap()
    .id;
    (committee, meeting)
}

fn refused(
    store: &mut Store,
    delete: impl FnOnce(&Transaction) -> sponsor_desk_core::error::Result<()>,
) -> String {
    let before = export_json(store.conn()).unwrap();
    let err = store.write(delete).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict, "{err}");
    assert_eq!(export_json(store.conn()).unwrap(), before);
    err.to_string()
}

#[test]
fn a_sponsor_named_by_any_record_is_not_deleted_and_the_message_says_by_what() {
    let mut fx = setup();
    let (unit, initiative) = (fx.unit, fx.initiative);
    let ada = fx
        .store
        .write(|tx| Ok(sponsor(tx, unit, "Ada Backus")))
        .unwrap();
    // One referring record at a time: each alone blocks the delete and is named.
    type Make = fn(&Transaction, Id, Id, Id);
    let cases: &[(&str, Make)] = &[
        ("1 touchpoint", |tx, ada, _, _| {
            touchpoints::create(
                tx,
                &TouchpointInput {
                    occurred_on: Some(d("2026-05-01")),
                    kind: TouchpointKind::Call,
                    summary: "Check-in".into(),
                    stance_observed: None,
                    follow_up_on: None,
                    sponsor_ids: vec![ada],
                    items: Vec::new(),
                },
            )
            .unwrap();
        }),
        ("1 committee seat", |tx, ada, _, _| {
            let (committee, _) = committee_with_meeting(tx, None);
            committees::add_member(
                tx,
                &MemberInput {
                    committee_id: Some(committee),
                    sponsor_id: Some(ada),
                    role: MemberRole::Chair,
                    start_date: Some(d("2026-01-01")),
                    end_date: None,
                },
            )
            .unwrap();
        }),
        ("1 meeting attendance", |tx, ada, _, _| {
            let (_, meeting) = committee_with_meeting(tx, None);
            meetings::record_attendance(
                tx,
                meeting,
                &[AttendanceInput {
                    sponsor_id: Some(ada),
                    guest_name: None,
                    attendance: AttendanceStatus::Present,
                    delegate_name: None,
                    is_guest: true,
                }],
            )
            .unwrap();
        }),
        ("1 action they own", |tx, ada, _, _| {
            actions::create(
                tx,
                &ActionInput {
                    text: "Open the all-staff meeting".into(),
                    owner_sponsor_id: Some(ada),
                    owner_name: None,
                    due_on: Some(d("2026-06-01")),
                    status: ActionStatus::Open,
                    meeting_id: None,
                    decision_id: None,
                    completed_on: None,
                },
            )
            .unwrap();
        }),
        ("1 quick win that names them", |tx, ada, _, initiative| {
            wins::create(tx, &win(initiative, vec![ada])).unwrap();
        }),
        (
            "1 story logged as told in their brief",
            |tx, ada, _, initiative| {
                let story = stories::create(tx, &story(initiative)).unwrap().id;
                stories::record_usage(
                    tx,
                    &UsageInput {
                        story_id: Some(story),
                        kind: UsageKind::Brief,
                        sponsor_id: Some(ada),
                        meeting_id: None,
                        used_on: Some(d("2026-05-02")),
                        note: String::new(),
                    },
                )
                .unwrap();
            },
        ),
    ];
    for (phrase, make) in cases {
        let mut one = setup();
        let (u, i) = (one.unit, one.initiative);
        let ada = one
            .store
            .write(|tx| Ok(sponsor(tx, u, "Ada Backus")))
            .unwrap();
        one.store
            .write(|tx| {
                make(tx, ada, u, i);
                Ok(())
            })
            .unwrap();
        let message = refused(&mut one.store, |tx| sponsors::delete(tx, ada));
        assert!(
            message.contains(&format!("Sponsor \"Ada Backus\" still has {phrase}: end or remove those first, or keep the person and set their status to departed")),
            "{phrase}: {message}"
        );
    }
    // Several at once are counted in one sentence.
    fx.store
        .write(|tx| {
            for (_, make) in [&cases[0], &cases[3], &cases[4]] {
                make(tx, ada, unit, initiative);
            }
            Ok(())
        })
        .unwrap();
    let message = refused(&mut fx.store, |tx| sponsors::delete(tx, ada));
    assert!(
        message.contains(
            "1 touchpoint, 1 action they own and 1 quick win that names them: end or remove"
        ),
        "{message}"
    );
}

fn win(initiative: Id, sponsor_ids: Vec<Id>) -> QuickWinInput {
    QuickWinInput {
        initiative_id: Some(initiative),
        title: "Consolidate duplicate subscriptions".into(),
        start_on: Some(d("2026-01-05")),
        target_on: Some(d("2026-04-30")),
        status: WinStatus::InProgress,
        delivered_on: None,
        savings_amount: None,
        currency: None,
        savings_basis: String::new(),
        recurrence: Recurrence::OneOff,
        soft_benefits: String::new(),
        evidence: Vec::new(),
        sponsor_ids,
    }
}

fn story(initiative: Id) -> StoryInput {
    StoryInput {
        initiative_id: Some(initiative),
        told_on: Some(d("2026-05-01")),
        headline: "Found in minutes".into(),
        narrative: String::new(),
        tags: Vec::new(),
        quotes: Vec::new(),
        impacts: Vec::new(),
    }
}

#[test]
fn an_initiative_named_by_any_record_is_not_deleted_and_the_message_says_by_what() {
    type Make = fn(&Transaction, Id);
    let cases: &[(&str, Make)] = &[
        ("1 agenda item", |tx, i| {
            committee_with_meeting(tx, Some(i));
        }),
        ("1 decision", |tx, i| {
            decisions::create(
                tx,
                &DecisionInput {
                    title: "Pilot in Support".into(),
                    text: String::new(),
                    rationale: String::new(),
                    status: DecisionStatus::Proposed,
                    meeting_id: None,
                    decided_by: String::new(),
                    decided_on: None,
                    supersedes_id: None,
                    initiative_ids: vec![i],
                },
            )
            .unwrap();
        }),
        ("1 quick win", |tx, i| {
            wins::create(tx, &win(i, Vec::new())).unwrap();
        }),
        ("1 success story", |tx, i| {
            stories::create(tx, &story(i)).unwrap();
        }),
        ("1 metric", |tx, i| {
            metrics::create(
                tx,
                &MetricInput {
                    name: "Participation".into(),
                    unit: String::new(),
                    direction: Direction::HigherIsBetter,
                    initiative_id: Some(i),
                    outcome: String::new(),
                },
            )
            .unwrap();
        }),
    ];
    for (phrase, make) in cases {
        let mut fx = setup();
        let i = fx.initiative;
        fx.store
            .write(|tx| {
                make(tx, i);
                Ok(())
            })
            .unwrap();
        let message = refused(&mut fx.store, |tx| initiatives::delete(tx, i));
        assert!(
            message.contains(&format!("Initiative \"Support Knowledge Base\" still has {phrase} that name it: remove it from those or delete them first; or keep it and set its status to cancelled")),
            "{phrase}: {message}"
        );
    }
    // Several at once are counted in one sentence.
    let mut fx = setup();
    let i = fx.initiative;
    fx.store
        .write(|tx| {
            for (_, make) in cases {
                make(tx, i);
            }
            wins::create(tx, &win(i, Vec::new()))?;
            Ok(())
        })
        .unwrap();
    let message = refused(&mut fx.store, |tx| initiatives::delete(tx, i));
    assert!(
        message.contains(
            "1 agenda item, 1 decision, 2 quick wins, 1 success story and 1 metric that name it"
        ),
        "{message}"
    );
}
