//! Export and import of every record kind on real files: a database holding touchpoints,
//! settings, acknowledgements, committees, meetings, decisions, actions, quick wins, stories,
//! quotes and metrics survives export → import → export byte for byte (search included), and a
//! dangling reference in any of them is refused by record and field with nothing written.

// Helpers here are test code too: a failed unwrap is a failed test with its message.
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use serde_json::Value;
use sponsor_desk_core::committees::{
    self, actions, decisions, meetings, ActionInput, ActionStatus, AgendaItemInput, AgendaKind,
    AttendanceInput, AttendanceStatus, CommitteeCadence, CommitteeInput, DecisionInput,
    DecisionStatus, MeetingInput, MeetingStatus, MemberInput, MemberRole,
};
use sponsor_desk_core::demo::{self, DemoSize};
use sponsor_desk_core::metrics::{self, Direction, MetricInput, MetricValueInput};
use sponsor_desk_core::stories::{self, Consent, Impact, QuoteInput, StoryInput, UsageInput};
use sponsor_desk_core::touchpoints::{
    self, ItemKind, ItemStatus, TouchpointInput, TouchpointItemInput, TouchpointKind,
};
use sponsor_desk_core::transfer::{export, export_json, import_json};
use sponsor_desk_core::warnings::{self, AckInput, SubjectKind, WarningCode};
use sponsor_desk_core::wins::{self, Evidence, EvidenceKind, QuickWinInput, Recurrence, WinStatus};
use sponsor_desk_core::{search, settings, CoreError, Id, Store};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The small demo plus at least one record of every kind, written through the features' APIs.
fn full_store(dir: &tempfile::TempDir, name: &str) -> Store {
    let mut store = Store::open(&dir.path().join(name)).unwrap();
    demo::fill(&mut store, DemoSize::Small, 7, d("2026-06-15")).unwrap();
    let e = export(store.conn()).unwrap();
    let active: Vec<Id> = e
        .sponsors
        .iter()
        .filter(|s| s.status_date.is_none())
        .map(|s| s.id)
        .collect();
    let (a, b) = (active[0], active[1]);
    let initiative = e.initiatives[0].id;
    store
        .write(|tx| {
            touchpoints::create(
                tx,
                &TouchpointInput {
                    occurred_on: Some(d("2026-05-02")),
                    kind: TouchpointKind::OneToOneBrief,
                    summary: "Quarterly brief on the expertise directory".into(),
                    stance_observed: None,
                    follow_up_on: Some(d("2026-06-01")),
                    sponsor_ids: vec![b, a],
                    items: vec![
                        TouchpointItemInput {
                            id: None,
                            kind: ItemKind::Ask,
                            text: "Open the all-staff meeting".into(),
                            status: ItemStatus::Met,
                            resolved_on: Some(d("2026-05-20")),
                        },
                        TouchpointItemInput {
                            id: None,
                            kind: ItemKind::Commitment,
                            text: "Create an expertise profile".into(),
                            status: ItemStatus::Open,
                            resolved_on: None,
                        },
                    ],
                },
            )?;
            let mut saved = settings::get(tx)?;
            saved.horizon_days = 120;
            settings::set(tx, &saved)?;
            warnings::acknowledge(
                tx,
                &AckInput {
                    code: WarningCode::StaleEngagement,
                    subject_kind: SubjectKind::Sponsor,
                    subject_id: a,
                    fingerprint: "last=2026-01-01".into(),
                },
            )?;
            let committee = committees::create(
                tx,
                &CommitteeInput {
                    name: "Transfer Test Committee".into(),
                    cadence: CommitteeCadence::Quarterly,
                    cadence_days: None,
                    purpose: "Guidance and decisions".into(),
                },
            )?;
            for (sponsor, role) in [(a, MemberRole::Chair), (b, MemberRole::Member)] {
                committees::add_member(
                    tx,
                    &MemberInput {
                        committee_id: Some(committee.id),
                        sponsor_id: Some(sponsor),
                        role,
                        start_date: Some(d("2026-01-01")),
                        end_date: None,
                    },
                )?;
            }
            let meeting = meetings::plan(
                tx,
                &MeetingInput {
                    committee_id: Some(committee.id),
                    scheduled_on: Some(d("2026-03-10")),
                    location: "Board room".into(),
                    status: MeetingStatus::Held,
                    send_ahead_notes: String::new(),
                    agenda: ["Results", "Decisions needed"]
                        .iter()
                        .map(|t| AgendaItemInput {
                            id: None,
                            title: (*t).into(),
                            presenter: "KMO".into(),
                            time_box_minutes: Some(20),
                            initiative_id: Some(initiative),
                            kind: AgendaKind::Decision,
                            minutes: "Agreed".into(),
                        })
                        .collect(),
                },
            )?;
            committees::meetings::record_attendance(
                tx,
                meeting.id,
                &[
                    AttendanceInput {
                        sponsor_id: Some(a),
                        guest_name: None,
                        attendance: AttendanceStatus::Present,
                        delegate_name: None,
                        is_guest: false,
                    },
                    AttendanceInput {
                        sponsor_id: None,
                        guest_name: Some("Dana from Finance".into()),
                        attendance: AttendanceStatus::Present,
                        delegate_name: None,
                        is_guest: true,
                    },
                ],
            )?;
            let decision = |title: &str, status, supersedes_id| DecisionInput {
                title: title.into(),
                text: "Fund it".into(),
                rationale: "Quick wins first".into(),
                status,
                meeting_id: Some(meeting.id),
                decided_by: "Chief of Staff".into(),
                decided_on: None,
                supersedes_id,
                initiative_ids: vec![initiative],
            };
            let first = decisions::create(
                tx,
                &decision("Pilot in Support", DecisionStatus::Decided, None),
            )?;
            let second = decisions::create(
                tx,
                &decision(
                    "Pilot in Support and Web",
                    DecisionStatus::Decided,
                    Some(first.id),
                ),
            )?;
            actions::create(
                tx,
                &ActionInput {
                    text: "Draft the pilot plan".into(),
                    owner_sponsor_id: Some(b),
                    owner_name: None,
                    due_on: Some(d("2026-04-01")),
                    status: ActionStatus::Open,
                    meeting_id: Some(meeting.id),
                    decision_id: Some(second.id),
                    completed_on: None,
                },
            )?;
            wins::create(
                tx,
                &QuickWinInput {
                    initiative_id: Some(initiative),
                    title: "Consolidate duplicate subscriptions".into(),
                    start_on: Some(d("2026-01-05")),
                    target_on: Some(d("2026-04-30")),
                    status: WinStatus::Delivered,
                    delivered_on: Some(d("2026-04-20")),
                    savings_amount: Some("18400.50".into()),
                    currency: Some("USD".into()),
                    savings_basis: "Three research subscriptions became one".into(),
                    recurrence: Recurrence::PerYear,
                    soft_benefits: String::new(),
                    evidence: vec![Evidence {
                        kind: EvidenceKind::Link,
                        reference: "https://intranet.example/invoices".into(),
                        label: "Invoices".into(),
                    }],
                    sponsor_ids: vec![a],
                },
            )?;
            let story = stories::create(
                tx,
                &StoryInput {
                    initiative_id: Some(initiative),
                    told_on: Some(d("2026-05-05")),
                    headline: "The answer was already in the wiki".into(),
                    narrative: "A field engineer found the fix in minutes.".into(),
                    tags: vec!["Support".into(), "time saved".into()],
                    quotes: vec![
                        QuoteInput {
                            id: None,
                            text: "I found it in two minutes instead of two days".into(),
                            person_name: "Sam Okafor".into(),
                            person_role: "Field engineer".into(),
                            consent: Consent::Given,
                            consent_on: Some(d("2026-05-06")),
                        },
                        QuoteInput {
                            id: None,
                            text: "Nobody asked me before".into(),
                            person_name: "Lee Park".into(),
                            person_role: String::new(),
                            consent: Consent::Pending,
                            consent_on: None,
                        },
                    ],
                    impacts: vec![Impact {
                        metric: "Time to answer".into(),
                        before: 16.0,
                        after: 0.5,
                        unit: "hours".into(),
                    }],
                },
            )?;
            stories::record_usage(
                tx,
                &UsageInput {
                    story_id: Some(story.id),
                    kind: sponsor_desk_core::stories::UsageKind::Meeting,
                    sponsor_id: None,
                    meeting_id: Some(meeting.id),
                    used_on: Some(d("2026-05-10")),
                    note: String::new(),
                },
            )?;
            let metric = metrics::create(
                tx,
                &MetricInput {
                    name: "Transfer test participation".into(),
                    unit: "people".into(),
                    direction: Direction::HigherIsBetter,
                    initiative_id: Some(initiative),
                    outcome: "Faster answers".into(),
                },
            )?;
            for (on, v) in [("2026-01-01", 40.0), ("2026-04-01", 55.5)] {
                metrics::add_value(
                    tx,
                    &MetricValueInput {
                        metric_id: Some(metric.id),
                        measured_on: Some(d(on)),
                        value: v,
                        note: String::new(),
                    },
                )?;
            }
            Ok(())
        })
        .unwrap();
    store
}

fn import_error(store: &mut Store, text: &str) -> (String, Option<String>, String) {
    match import_json(store, text) {
        Err(CoreError::InvalidImport {
            location,
            field,
            message,
        }) => (location, field, message),
        other => panic!("expected InvalidImport, got {other:?}"),
    }
}

#[test]
fn every_kind_round_trips_byte_for_byte_and_stays_searchable() {
    let dir = tempfile::tempdir().unwrap();
    let source = full_store(&dir, "source.db");
    let first = export_json(source.conn()).unwrap();
    let value: Value = serde_json::from_str(&first).unwrap();
    for key in [
        "touchpoints",
        "settings",
        "warning_acks",
        "committees",
        "committee_members",
        "meetings",
        "decisions",
        "actions",
        "quick_wins",
        "stories",
        "quotes",
        "metrics",
        "metric_values",
    ] {
        let list = value[key].as_array().unwrap();
        assert!(!list.is_empty(), "{key} is empty in the export");
    }
    let mut target = Store::open(&dir.path().join("target.db")).unwrap();
    let summary = import_json(&mut target, &first).unwrap();
    assert!(summary.decisions >= 2 && summary.stories >= 1, "{summary}");
    let history_before = value["history"].as_array().unwrap().len();
    drop(target);
    let target = Store::open(&dir.path().join("target.db")).unwrap();
    let second = export_json(target.conn()).unwrap();
    assert!(first == second, "the second export differs from the first");
    let again: Value = serde_json::from_str(&second).unwrap();
    assert_eq!(again["history"].as_array().unwrap().len(), history_before);
    assert!(target.check().unwrap().ok);

    // The search index is rebuilt by the triggers as the records go in.
    for (text, kind) in [
        ("two minutes", "quote"),
        ("already in the wiki", "story"),
        ("Support and Web", "decision"),
        ("expertise directory", "touchpoint"),
    ] {
        let hits = search::query(target.conn(), text, 10).unwrap();
        assert!(
            hits.iter().any(|h| h.kind.as_str() == kind),
            "no {kind} hit for {text:?}: {hits:?}"
        );
    }
    assert_eq!(settings::get(target.conn()).unwrap().horizon_days, 120);
}

/// Points one reference at a record that is not in the file; the import names it and writes
/// nothing.
#[test]
fn a_dangling_reference_in_any_kind_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let good: Value =
        serde_json::from_str(&export_json(full_store(&dir, "source.db").conn()).unwrap()).unwrap();
    let mut target = Store::open(&dir.path().join("target.db")).unwrap();
    let empty = export_json(target.conn()).unwrap();
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["touchpoints", "0", "sponsor_ids", "0"],
            "touchpoints",
            "sponsor_ids[0]",
        ),
        (
            &["committee_members", "0", "committee_id"],
            "committee_members",
            "committee_id",
        ),
        (
            &["committee_members", "1", "sponsor_id"],
            "committee_members",
            "sponsor_id",
        ),
        (
            &["meetings", "0", "committee_id"],
            "meetings",
            "committee_id",
        ),
        (
            &["meetings", "0", "agenda", "1", "initiative_id"],
            "meetings",
            "agenda[1].initiative_id",
        ),
        (
            &["meetings", "0", "attendance", "0", "sponsor_id"],
            "meetings",
            "attendance[0].sponsor_id",
        ),
        (
            &["decisions", "1", "supersedes_id"],
            "decisions",
            "supersedes_id",
        ),
        (&["decisions", "0", "meeting_id"], "decisions", "meeting_id"),
        (
            &["decisions", "0", "initiative_ids", "0"],
            "decisions",
            "initiative_ids[0]",
        ),
        (&["actions", "0", "meeting_id"], "actions", "meeting_id"),
        (&["actions", "0", "decision_id"], "actions", "decision_id"),
        (
            &["actions", "0", "owner_sponsor_id"],
            "actions",
            "owner_sponsor_id",
        ),
        (
            &["quick_wins", "0", "initiative_id"],
            "quick_wins",
            "initiative_id",
        ),
        (
            &["quick_wins", "0", "sponsor_ids", "0"],
            "quick_wins",
            "sponsor_ids[0]",
        ),
        (
            &["stories", "0", "initiative_id"],
            "stories",
            "initiative_id",
        ),
        (
            &["stories", "0", "usages", "0", "meeting_id"],
            "stories",
            "usages[0].meeting_id",
        ),
        (&["quotes", "0", "story_id"], "quotes", "story_id"),
        (
            &["metrics", "0", "initiative_id"],
            "metrics",
            "initiative_id",
        ),
        (
            &["metric_values", "0", "metric_id"],
            "metric_values",
            "metric_id",
        ),
    ];
    for (path, kind, field) in cases {
        let mut value = good.clone();
        let mut slot = &mut value;
        for step in *path {
            slot = match step.parse::<usize>() {
                Ok(i) => &mut slot[i],
                Err(_) => &mut slot[*step],
            };
        }
        *slot = 987_654.into();
        let record = &value[path[0]][path[1].parse::<usize>().unwrap()]["id"];
        let (location, got_field, message) = import_error(&mut target, &value.to_string());
        assert_eq!(location, format!("{kind}[id={record}]"), "{path:?}");
        assert_eq!(got_field.as_deref(), Some(*field), "{path:?}");
        assert!(
            message.starts_with("refers to ")
                && message.contains("987654, which is not in the file; use the id of one of the"),
            "{path:?}: {message}"
        );
        assert_eq!(export_json(target.conn()).unwrap(), empty, "{path:?}");
    }
}

/// Records that only fail their feature's own checks once earlier records are written (a
/// superseded decision nobody replaces, an attendee who is no member, a bad setting) undo it all.
#[test]
fn late_invalid_records_of_the_new_kinds_undo_everything() {
    let dir = tempfile::tempdir().unwrap();
    let good: Value =
        serde_json::from_str(&export_json(full_store(&dir, "source.db").conn()).unwrap()).unwrap();
    let mut target = Store::open(&dir.path().join("target.db")).unwrap();
    let empty = export_json(target.conn()).unwrap();

    // Unlinking a supersede leaves the older decision "superseded" with nothing replacing it.
    let mut value = good.clone();
    let decisions = value["decisions"].as_array_mut().unwrap();
    let newer = decisions
        .iter_mut()
        .find(|d| !d["supersedes_id"].is_null())
        .unwrap();
    let older = newer["supersedes_id"].clone();
    newer["supersedes_id"] = Value::Null;
    let (location, field, _) = import_error(&mut target, &value.to_string());
    assert_eq!(location, format!("decisions[id={older}]"));
    assert_eq!(field.as_deref(), Some("status"));

    // Without the memberships the chair attends as no member, and is not marked a guest.
    let mut value = good.clone();
    value["committee_members"] = Value::Array(Vec::new());
    let (location, field, _) = import_error(&mut target, &value.to_string());
    assert!(location.starts_with("meetings[id="), "{location}");
    assert_eq!(field.as_deref(), Some("attendance[0].is_guest"));

    // Found by fuzzing: days on a non-custom cadence passed the check and failed as a database
    // error at the table's CHECK.
    let mut value = good.clone();
    let committee = &mut value["committees"][0];
    committee["cadence"] = "quarterly".into();
    committee["cadence_days"] = 45.into();
    let id = committee["id"].clone();
    let (location, field, message) = import_error(&mut target, &value.to_string());
    assert_eq!(location, format!("committees[id={id}]"));
    assert_eq!(field.as_deref(), Some("cadence_days"));
    assert!(message.contains("custom"), "{message}");

    let mut value = good.clone();
    value["settings"][0]["value"] = 0.into();
    let (location, field, message) = import_error(&mut target, &value.to_string());
    assert_eq!(location, "settings[0]");
    assert!(field.is_some(), "{message}");

    let mut value = good.clone();
    value["settings"][0]["key"] = "colour".into();
    let (_, field, message) = import_error(&mut target, &value.to_string());
    assert_eq!(field.as_deref(), Some("key"));
    assert!(message.contains("horizon_days"), "{message}");

    let mut value = good.clone();
    value["quotes"][1]["position"] = 5.into();
    let (location, field, _) = import_error(&mut target, &value.to_string());
    assert!(location.starts_with("quotes[id="), "{location}");
    assert_eq!(field.as_deref(), Some("position"));

    let mut value = good.clone();
    let with_items = value["touchpoints"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|t| !t["items"].as_array().unwrap().is_empty())
        .unwrap();
    with_items["items"][0]["touchpoint_id"] = 987_654.into();
    let (location, field, _) = import_error(&mut target, &value.to_string());
    assert!(location.starts_with("touchpoints[id="), "{location}");
    assert_eq!(field.as_deref(), Some("items[0].touchpoint_id"));

    let mut value = good.clone();
    value["warning_acks"][0]["state"] = "snoozed".into();
    let (location, field, _) = import_error(&mut target, &value.to_string());
    assert_eq!(location, "warning_acks[0]");
    assert_eq!(field.as_deref(), Some("snoozed_until"));

    let mut value = good.clone();
    value["actions"][0]["colour"] = "red".into();
    let (location, field, _) = import_error(&mut target, &value.to_string());
    assert!(location.starts_with("actions[id="), "{location}");
    assert_eq!(field.as_deref(), Some("colour"));

    assert_eq!(export_json(target.conn()).unwrap(), empty);
}
