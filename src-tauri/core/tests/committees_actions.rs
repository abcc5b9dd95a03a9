//! Action items on a real database file: one owner, a due date not before the meeting the
//! action came from (its own or its decision's), completion dates, the overdue list.

use crate::committees_support::{action, d, decision, fields, Fx};
use sponsor_desk_core::committees::actions::{self, ActionQuery, ActionStatus};
use sponsor_desk_core::committees::{overdue_actions, DecisionStatus, MemberRole};
use sponsor_desk_core::{history, ErrorCode};

#[test]
fn an_action_due_before_its_meeting_is_refused_and_nothing_is_written() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let m = fx.meeting(c, "2026-03-01", &[]);
    let mut input = action("Circulate the minutes", None, "2026-02-28");
    input.meeting_id = Some(m);
    let err = fx
        .store
        .write(|tx| actions::create(tx, &input))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    let errors = err.field_errors();
    assert_eq!(errors[0].field, "due_on");
    assert_eq!(
        errors[0].message,
        format!("The due date 2026-02-28 is before the meeting the action came from (meeting {m} on 2026-03-01); pick 2026-03-01 or later")
    );
    assert_eq!(fx.count("actions"), 0);
    assert_eq!(fx.count("history WHERE entity = 'actions'"), 0);
    input.due_on = Some(d("2026-03-01"));
    fx.store.write(|tx| actions::create(tx, &input)).unwrap();
}

#[test]
fn an_action_from_a_decision_is_held_to_that_decisions_meeting() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let m = fx.meeting(c, "2026-03-01", &[]);
    let mut dec = decision("Fund the portal", DecisionStatus::Decided);
    dec.meeting_id = Some(m);
    let dec = fx.decision(&dec);
    let mut input = action("Sign the order", None, "2026-02-01");
    input.decision_id = Some(dec);
    assert_eq!(
        fields(
            fx.store
                .write(|tx| actions::create(tx, &input))
                .unwrap_err()
        ),
        ["due_on"]
    );
    // A decision with no meeting sets no lower bound.
    let loose = fx.decision(&decision("Loose", DecisionStatus::Decided));
    input.decision_id = Some(loose);
    fx.store.write(|tx| actions::create(tx, &input)).unwrap();
}

#[test]
fn owner_due_date_and_completion_rules_are_reported_together() {
    let mut fx = Fx::new();
    let ada = fx.sponsor("Ada", 1);
    let mut input = action(" ", Some(ada), "2026-03-01");
    input.owner_name = Some("Also Pat".into());
    input.due_on = None;
    input.status = ActionStatus::Done;
    input.meeting_id = Some(4040);
    input.decision_id = Some(5050);
    let err = fx
        .store
        .write(|tx| actions::create(tx, &input))
        .unwrap_err();
    assert_eq!(
        fields(err),
        [
            "text",
            "owner_name",
            "meeting_id",
            "decision_id",
            "due_on",
            "completed_on"
        ]
    );
    let mut nobody = action("Do it", None, "2026-03-01");
    nobody.owner_name = Some("   ".into());
    assert_eq!(
        fields(
            fx.store
                .write(|tx| actions::create(tx, &nobody))
                .unwrap_err()
        ),
        ["owner_sponsor_id"]
    );
    let mut open_with_date = action("Do it", Some(ada), "2026-03-01");
    open_with_date.completed_on = Some(d("2026-03-02"));
    assert_eq!(
        fields(
            fx.store
                .write(|tx| actions::create(tx, &open_with_date))
                .unwrap_err()
        ),
        ["completed_on"]
    );
}

#[test]
fn the_overdue_list_holds_open_actions_past_due_with_owners() {
    let mut fx = Fx::new();
    let ada = fx.sponsor("Ada Lovelace", 1);
    let c = fx.committee("KM Steering Committee");
    fx.member(c, ada, MemberRole::Chair, "2025-01-01");
    let m = fx.meeting(c, "2026-01-10", &[]);
    let mut late = action("Open the all-staff meeting", Some(ada), "2026-02-01");
    late.meeting_id = Some(m);
    let late = fx.action(&late);
    let later = fx.action(&action("Send the survey", None, "2026-02-20"));
    let due_today = fx.action(&action("Book the room", None, "2026-03-01"));
    let done = fx.action(&action("Already done", None, "2026-01-20"));
    fx.store
        .write(|tx| actions::set_status(tx, done, ActionStatus::Done, Some(d("2026-01-19"))))
        .unwrap();

    let overdue = overdue_actions(fx.store.conn(), d("2026-03-01")).unwrap();
    let seen: Vec<(i64, &str, i64)> = overdue
        .iter()
        .map(|v| (v.action.id, v.owner.as_str(), v.days_overdue))
        .collect();
    assert_eq!(
        seen,
        [(late, "Ada Lovelace", 28), (later, "Pat the KMO", 9)],
        "due today is not overdue; done ones never are"
    );
    assert_eq!(
        overdue[0].committee_name.as_deref(),
        Some("KM Steering Committee")
    );
    assert_eq!(overdue[0].meeting_on, Some(d("2026-01-10")));
    assert!(overdue.iter().all(|v| v.overdue));
    let all = actions::list(fx.store.conn(), &ActionQuery::default(), d("2026-03-01")).unwrap();
    assert_eq!(all.len(), 4);
    assert!(
        !all.iter()
            .find(|v| v.action.id == due_today)
            .unwrap()
            .overdue
    );
    let by_committee = actions::list(
        fx.store.conn(),
        &ActionQuery {
            committee_id: Some(c),
            ..Default::default()
        },
        d("2026-03-01"),
    )
    .unwrap();
    assert_eq!(by_committee.len(), 1);
}

#[test]
fn status_changes_are_recorded_and_reopening_clears_the_date() {
    let mut fx = Fx::new();
    let id = fx.action(&action("Draft the charter", None, "2026-02-01"));
    let done = fx
        .store
        .write(|tx| actions::set_status(tx, id, ActionStatus::Done, Some(d("2026-01-30"))))
        .unwrap();
    assert_eq!(done.completed_on, Some(d("2026-01-30")));
    let err = fx
        .store
        .write(|tx| actions::set_status(tx, id, ActionStatus::Dropped, None))
        .unwrap_err();
    assert_eq!(fields(err), ["completed_on"]);
    let reopened = fx
        .store
        .write(|tx| actions::set_status(tx, id, ActionStatus::Open, Some(d("2026-02-02"))))
        .unwrap();
    assert_eq!(reopened.completed_on, None);
    fx.store.write(|tx| actions::delete(tx, id)).unwrap();
    assert_eq!(
        history::list_for(fx.store.conn(), "actions", id)
            .unwrap()
            .len(),
        4
    );
}
