//! The meeting prep view on a real database file: open actions (an overdue one marked), pending
//! decisions, what changed since the previous held meeting (new decisions, sponsor status
//! changes from the history), and members at risk (empty seat, departing, stale engagement).
//! Dates are relative to today because sponsor changes are read from the history's clock.

use crate::committees_support::{action, decision, Fx};
use chrono::{Days, NaiveDate, Utc};
use sponsor_desk_core::committees::prep::RiskKind;
use sponsor_desk_core::committees::{meeting_prep, DecisionStatus, MemberRole};
use sponsor_desk_core::sponsors::SponsorStatus;
use sponsor_desk_core::touchpoints::{self, TouchpointInput, TouchpointKind};
use sponsor_desk_core::Id;

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

fn ago(days: u64) -> NaiveDate {
    today()
        .checked_sub_days(Days::new(days))
        .expect("a date in range")
}

fn ahead(days: u64) -> NaiveDate {
    today()
        .checked_add_days(Days::new(days))
        .expect("a date in range")
}

fn s(date: NaiveDate) -> String {
    date.to_string()
}

fn touchpoint(fx: &mut Fx, sponsor: Id, on: NaiveDate) {
    let input = TouchpointInput {
        occurred_on: Some(on),
        kind: TouchpointKind::OneToOneBrief,
        summary: "Quarterly brief".into(),
        stance_observed: None,
        follow_up_on: None,
        sponsor_ids: vec![sponsor],
        items: Vec::new(),
    };
    fx.store
        .write(|tx| touchpoints::create(tx, &input))
        .expect("touchpoint");
}

struct Scene {
    fx: Fx,
    previous: Id,
    next: Id,
    overdue: Id,
    pending: Vec<Id>,
    new_decision: Id,
    ada: Id,
    bob: Id,
    cy: Id,
    di: Id,
}

fn scene() -> Scene {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let other = fx.committee("Communities council");
    let ada = fx.sponsor("Ada Chair", 1);
    let bob = fx.sponsor("Bob Departing", 2);
    let cy = fx.sponsor("Cy Departed", 2);
    let di = fx.sponsor("Di Quiet", 2);
    let joined = s(ago(200));
    for (who, role) in [
        (ada, MemberRole::Chair),
        (bob, MemberRole::Member),
        (cy, MemberRole::Member),
        (di, MemberRole::Secretary),
    ] {
        fx.member(c, who, role, &joined);
    }
    touchpoint(&mut fx, ada, ago(10));
    touchpoint(&mut fx, bob, ago(5));

    let older = fx.meeting(c, &s(ago(120)), &["Status"]);
    fx.hold(older);
    let previous = fx.meeting(c, &s(ago(30)), &["Status", "Portal budget"]);
    fx.hold(previous);
    let next = fx.meeting(c, &s(ahead(10)), &["Status"]);
    let elsewhere = fx.meeting(other, &s(ago(20)), &[]);

    // Actions: one overdue from the previous meeting, one not yet due, one done, and one of
    // another committee.
    let mut late = action("Open the all-staff meeting", Some(ada), &s(ago(3)));
    late.meeting_id = Some(previous);
    let overdue = fx.action(&late);
    let mut soon = action("Draft the CoP charter", None, &s(ahead(20)));
    soon.meeting_id = Some(previous);
    fx.action(&soon);
    let mut not_ours = action("Council task", None, &s(ago(1)));
    not_ours.meeting_id = Some(elsewhere);
    fx.action(&not_ours);

    // Decisions: a deferred one from the previous meeting, a proposal tabled for the next
    // meeting, one not yet tabled anywhere, another committee's proposal, an old decision and
    // a new one since the previous meeting.
    let mut deferred = decision("Expertise profiles", DecisionStatus::Deferred);
    deferred.meeting_id = Some(previous);
    let deferred = fx.decision(&deferred);
    let mut tabled = decision("Portal phase 2", DecisionStatus::Proposed);
    tabled.meeting_id = Some(next);
    let tabled = fx.decision(&tabled);
    let untabled = fx.decision(&decision(
        "Lessons-learned template",
        DecisionStatus::Proposed,
    ));
    let mut theirs = decision("Council charter", DecisionStatus::Proposed);
    theirs.meeting_id = Some(elsewhere);
    fx.decision(&theirs);
    let mut old = decision("Old call", DecisionStatus::Decided);
    old.decided_on = Some(ago(100));
    fx.decision(&old);
    let mut fresh = decision("Consolidate subscriptions", DecisionStatus::Decided);
    fresh.decided_on = Some(ago(7));
    let new_decision = fx.decision(&fresh);

    // Status changes recorded now, after the previous meeting.
    fx.set_status(bob, SponsorStatus::Departing, Some(&s(ahead(60))));
    fx.set_status(cy, SponsorStatus::Departed, Some(&s(ago(2))));

    Scene {
        fx,
        previous,
        next,
        overdue,
        pending: vec![untabled, tabled, deferred],
        new_decision,
        ada,
        bob,
        cy,
        di,
    }
}

#[test]
fn prep_lists_the_overdue_action_with_its_owner() {
    let sc = scene();
    let prep = meeting_prep(sc.fx.store.conn(), sc.next, today()).unwrap();
    let open: Vec<(Id, bool, &str)> = prep
        .open_actions
        .iter()
        .map(|a| (a.action.id, a.overdue, a.owner.as_str()))
        .collect();
    assert_eq!(
        open.len(),
        2,
        "only this committee's open actions: {open:?}"
    );
    assert_eq!(open[0], (sc.overdue, true, "Ada Chair"));
    assert!(!open[1].1);
    assert_eq!(prep.open_actions[0].days_overdue, 3);
}

#[test]
fn prep_lists_pending_decisions_of_the_committee_and_untabled_ones() {
    let sc = scene();
    let prep = meeting_prep(sc.fx.store.conn(), sc.next, today()).unwrap();
    let pending: Vec<Id> = prep
        .pending_decisions
        .iter()
        .map(|e| e.decision.id)
        .collect();
    let mut expected = sc.pending.clone();
    expected.sort();
    let mut got = pending.clone();
    got.sort();
    assert_eq!(got, expected);
    assert_eq!(prep.meeting.meeting.id, sc.next);
    assert_eq!(prep.meeting.agenda.len(), 1);
}

#[test]
fn prep_shows_what_changed_since_the_previous_held_meeting() {
    let sc = scene();
    let prep = meeting_prep(sc.fx.store.conn(), sc.next, today()).unwrap();
    assert_eq!(
        prep.previous_meeting.as_ref().map(|m| m.id),
        Some(sc.previous)
    );
    let changes = &prep.changes;
    assert_eq!(changes.since, Some(ago(30)));
    let new: Vec<Id> = changes
        .new_decisions
        .iter()
        .map(|e| e.decision.id)
        .collect();
    assert!(new.contains(&sc.new_decision), "{new:?}");
    assert!(
        changes.new_decisions.iter().all(|e| e.dated_on > ago(30)),
        "only decisions dated after the previous meeting"
    );
    let moves: Vec<(Id, SponsorStatus, SponsorStatus)> = changes
        .sponsor_changes
        .iter()
        .map(|c| (c.sponsor_id, c.from, c.to))
        .collect();
    assert_eq!(
        moves,
        [
            (sc.bob, SponsorStatus::Active, SponsorStatus::Departing),
            (sc.cy, SponsorStatus::Active, SponsorStatus::Departed)
        ]
    );
    assert_eq!(changes.sponsor_changes[1].name, "Cy Departed");
    assert_eq!(changes.sponsor_changes[0].status_date, Some(ahead(60)));
    // Hooks for issue 6.
    assert!(changes.quick_wins.is_empty() && changes.stories.is_empty());
}

#[test]
fn prep_names_members_at_risk_with_reasons() {
    let sc = scene();
    let prep = meeting_prep(sc.fx.store.conn(), sc.next, today()).unwrap();
    let risks: Vec<(Id, Vec<RiskKind>)> = prep
        .members_at_risk
        .iter()
        .map(|m| (m.sponsor_id, m.reasons.iter().map(|r| r.kind).collect()))
        .collect();
    assert_eq!(
        risks,
        [
            (sc.bob, vec![RiskKind::Departing]),
            (sc.cy, vec![RiskKind::EmptySeat]),
            (sc.di, vec![RiskKind::StaleEngagement]),
        ],
        "Ada was briefed 10 days ago and is not at risk ({})",
        sc.ada
    );
    let di = &prep.members_at_risk[2].reasons[0];
    assert!(
        di.detail.contains("since they joined the committee"),
        "{}",
        di.detail
    );
    assert!(
        di.detail.contains("tier-2 cadence: 45 days"),
        "{}",
        di.detail
    );
    let bob = &prep.members_at_risk[0].reasons[0];
    assert!(bob.detail.contains("in 60 day(s)"), "{}", bob.detail);
}

#[test]
fn the_first_meeting_has_nothing_to_compare_with() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let first = fx.meeting(c, &s(ahead(5)), &["Kick-off"]);
    fx.decision(&decision("Anything", DecisionStatus::Decided));
    let prep = meeting_prep(fx.store.conn(), first, today()).unwrap();
    assert_eq!(prep.changes.since, None);
    assert!(prep.changes.new_decisions.is_empty());
    assert!(prep.changes.sponsor_changes.is_empty());
    assert!(prep.changes.new_warnings.is_empty());
    assert!(prep.open_actions.is_empty() && prep.members_at_risk.is_empty());
    assert!(prep.previous_meeting.is_none());
}

#[test]
fn prep_of_a_missing_meeting_is_not_found() {
    let fx = Fx::new();
    let err = meeting_prep(fx.store.conn(), 42, today()).unwrap_err();
    assert_eq!(err.code(), sponsor_desk_core::ErrorCode::NotFound);
}
