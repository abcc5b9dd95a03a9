//! Committee rules on real SQLite fixtures: committee-lapsed (cadence plus grace, no next
//! meeting, never met), decision-stalled (60 days or two held meetings) and action-overdue.

use crate::warnings_support::Fx;
use sponsor_desk_core::settings::{self, Settings};
use sponsor_desk_core::warnings::{Severity, SubjectKind, WarningCode};

const AS_OF: &str = "2026-06-01";

#[test]
fn a_committee_lapses_one_day_after_cadence_plus_grace() {
    let fx = Fx::new();
    let c = fx.committee("KM Steering Committee", "quarterly");
    // 91 + 14 = 105 days before 2026-06-01.
    let held = fx.meeting(c, "2026-02-16", "held");
    fx.meeting(c, "2026-07-01", "planned");
    assert!(fx.with_code(AS_OF, WarningCode::CommitteeLapsed).is_empty());
    fx.exec(
        "UPDATE meetings SET scheduled_on = '2026-02-15' WHERE id = ?1",
        [held],
    );
    let found = fx.with_code(AS_OF, WarningCode::CommitteeLapsed);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(
        (found[0].subject.kind, found[0].subject.id),
        (SubjectKind::Committee, c)
    );
    assert_eq!(
        found[0].message,
        "KM Steering Committee has not met since 2026-02-15"
    );
    assert!(
        found[0].reason.contains("106 days ago"),
        "{}",
        found[0].reason
    );
}

#[test]
fn the_grace_is_a_setting() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee", "quarterly");
    fx.meeting(c, "2026-02-15", "held");
    fx.meeting(c, "2026-07-01", "planned");
    let longer = Settings {
        committee_grace_days: 15,
        ..Settings::default()
    };
    fx.store
        .write(|tx| settings::set(tx, &longer))
        .expect("save");
    assert!(fx.with_code(AS_OF, WarningCode::CommitteeLapsed).is_empty());
}

#[test]
fn a_committee_without_a_next_meeting_has_lapsed() {
    let fx = Fx::new();
    let c = fx.committee("KM Steering Committee", "monthly");
    fx.meeting(c, "2026-05-20", "held");
    let found = fx.with_code(AS_OF, WarningCode::CommitteeLapsed);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].message,
        "KM Steering Committee has no next meeting planned"
    );
    // A meeting planned for the as-of day itself is a next meeting.
    fx.meeting(c, AS_OF, "planned");
    assert!(fx.with_code(AS_OF, WarningCode::CommitteeLapsed).is_empty());
}

#[test]
fn cancelled_meetings_do_not_count_and_never_meeting_is_lapsed() {
    let fx = Fx::new();
    let c = fx.committee("KM Steering Committee", "monthly");
    fx.meeting(c, "2026-05-20", "cancelled");
    fx.meeting(c, "2026-06-20", "planned");
    let found = fx.with_code(AS_OF, WarningCode::CommitteeLapsed);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].message, "KM Steering Committee has never met");
}

#[test]
fn a_decision_stalls_after_sixty_days() {
    let fx = Fx::new();
    let d = fx.decision("Fund the portal", "proposed", None, "2026-04-02");
    assert!(fx.with_code(AS_OF, WarningCode::DecisionStalled).is_empty());
    fx.exec(
        "UPDATE decisions SET created_at = '2026-04-01T09:00:00.000Z' WHERE id = ?1",
        [d],
    );
    let found = fx.with_code(AS_OF, WarningCode::DecisionStalled);
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].subject.kind, found[0].subject.id),
        (SubjectKind::Decision, d)
    );
    assert_eq!(
        found[0].message,
        "Decision \"Fund the portal\" is still proposed after 61 days"
    );
}

#[test]
fn a_decision_stalls_across_two_held_meetings() {
    let fx = Fx::new();
    let c = fx.committee("KM Steering Committee", "monthly");
    let tabled = fx.meeting(c, "2026-05-01", "held");
    let d = fx.decision("Fund the portal", "deferred", Some(tabled), "2026-05-01");
    fx.meeting(c, "2026-05-15", "held");
    fx.meeting(c, "2026-05-20", "cancelled");
    assert!(fx.with_code(AS_OF, WarningCode::DecisionStalled).is_empty());
    fx.meeting(c, "2026-05-29", "held");
    assert_eq!(fx.subjects(AS_OF, WarningCode::DecisionStalled), [d]);
    fx.exec("UPDATE decisions SET status = 'decided' WHERE id = ?1", [d]);
    assert!(fx.with_code(AS_OF, WarningCode::DecisionStalled).is_empty());
}

#[test]
fn an_open_action_is_overdue_the_day_after_it_was_due() {
    let fx = Fx::new();
    let a = fx.action("Send the pack to the directors", "Pat Lee", "2026-06-01");
    assert!(fx.with_code(AS_OF, WarningCode::ActionOverdue).is_empty());
    let found = fx.with_code("2026-06-02", WarningCode::ActionOverdue);
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].subject.kind, found[0].subject.id),
        (SubjectKind::Action, a)
    );
    assert_eq!(
        found[0].message,
        "Action for Pat Lee was due on 2026-06-01: Send the pack to the directors"
    );
    fx.exec(
        "UPDATE actions SET status = 'done', completed_on = '2026-06-01' WHERE id = ?1",
        [a],
    );
    assert!(fx
        .with_code("2026-06-02", WarningCode::ActionOverdue)
        .is_empty());
}
