//! Committees and their members on a real database file: name and cadence rules, memberships
//! (end before start, overlapping seats), the empty seat of a departed member, history rows.

use crate::committees_support::{committee, d, fields, member, Fx};
use sponsor_desk_core::committees::{self, CommitteeCadence, MemberRole};
use sponsor_desk_core::history;
use sponsor_desk_core::sponsors::SponsorStatus;
use sponsor_desk_core::ErrorCode;

#[test]
fn names_are_required_unique_and_at_most_200_characters() {
    let mut fx = Fx::new();
    let err = fx
        .store
        .write(|tx| committees::create(tx, &committee("  ")))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    assert_eq!(fields(err), ["name"]);
    let err = fx
        .store
        .write(|tx| committees::create(tx, &committee(&"x".repeat(201))))
        .unwrap_err();
    assert!(err.to_string().contains("at most 200"), "{err}");
    fx.committee("KM Steering Committee");
    let err = fx
        .store
        .write(|tx| committees::create(tx, &committee(" km steering committee ")))
        .unwrap_err();
    assert!(err.to_string().contains("already called"), "{err}");
    assert_eq!(fx.count("committees"), 1);
}

#[test]
fn a_custom_cadence_needs_its_days_and_others_drop_them() {
    let mut fx = Fx::new();
    let mut input = committee("Working group");
    input.cadence = CommitteeCadence::Custom;
    let err = fx
        .store
        .write(|tx| committees::create(tx, &input))
        .unwrap_err();
    assert_eq!(fields(err), ["cadence_days"]);
    input.cadence_days = Some(0);
    assert!(committees::check(fx.store.conn(), None, &input).unwrap()[0]
        .message
        .contains("between 1 and 730"));
    input.cadence_days = Some(45);
    let c = fx.store.write(|tx| committees::create(tx, &input)).unwrap();
    assert_eq!(c.cadence_in_days(), 45);
    input.cadence = CommitteeCadence::Monthly;
    let c = fx
        .store
        .write(|tx| committees::update(tx, c.id, &input))
        .unwrap();
    assert_eq!((c.cadence_days, c.cadence_in_days()), (None, 30));
}

#[test]
fn membership_end_before_start_is_refused_and_all_problems_come_at_once() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let ada = fx.sponsor("Ada", 1);
    let mut input = member(c, ada, MemberRole::Chair, "2026-01-01");
    input.end_date = Some(d("2025-12-31"));
    let err = fx
        .store
        .write(|tx| committees::add_member(tx, &input))
        .unwrap_err();
    assert_eq!(fields(err), ["end_date"]);
    input.end_date = input.start_date;
    fx.store
        .write(|tx| committees::add_member(tx, &input))
        .unwrap();

    let mut bad = member(999, 998, MemberRole::Member, "2026-01-01");
    bad.start_date = None;
    let found = committees::check_member(fx.store.conn(), None, &bad).unwrap();
    let names: Vec<&str> = found.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(names, ["committee_id", "sponsor_id", "start_date"]);
}

#[test]
fn overlapping_seats_of_one_person_are_refused_and_consecutive_ones_are_fine() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let ada = fx.sponsor("Ada", 1);
    let mut first = member(c, ada, MemberRole::Member, "2025-01-01");
    first.end_date = Some(d("2025-12-31"));
    let first_id = fx
        .store
        .write(|tx| Ok(committees::add_member(tx, &first)?.id))
        .unwrap();
    let err = fx
        .store
        .write(|tx| committees::add_member(tx, &member(c, ada, MemberRole::Chair, "2025-06-01")))
        .unwrap_err();
    let message = err.field_errors()[0].message.clone();
    assert!(message.contains("Ada already sits on"), "{message}");
    assert!(
        message.contains(&format!("membership {first_id}")),
        "{message}"
    );
    fx.member(c, ada, MemberRole::Chair, "2026-01-01");
    // Editing a seat does not collide with itself.
    fx.store
        .write(|tx| committees::update_member(tx, first_id, &first))
        .unwrap();
}

#[test]
fn the_committee_page_shows_the_empty_seat_of_a_departed_or_moved_member() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let ada = fx.sponsor("Ada Chair", 1);
    let bob = fx.sponsor("Bob Gone", 2);
    let cy = fx.sponsor("Cy Moved", 2);
    let di = fx.sponsor("Di Leaving", 2);
    for (s, role) in [
        (ada, MemberRole::Chair),
        (bob, MemberRole::Member),
        (cy, MemberRole::Member),
        (di, MemberRole::Secretary),
    ] {
        fx.member(c, s, role, "2025-01-01");
    }
    fx.set_status(bob, SponsorStatus::Departed, Some("2026-02-01"));
    fx.set_status(cy, SponsorStatus::RoleChanged, Some("2026-03-01"));
    fx.set_status(di, SponsorStatus::Departing, Some("2026-09-30"));

    let detail = committees::detail(fx.store.conn(), c, d("2026-06-01")).unwrap();
    let seats: Vec<(&str, bool)> = detail
        .members
        .iter()
        .map(|m| (m.sponsor_name.as_str(), m.empty_seat))
        .collect();
    // Chair, secretary, then members by name.
    assert_eq!(
        seats,
        [
            ("Ada Chair", false),
            ("Di Leaving", false),
            ("Bob Gone", true),
            ("Cy Moved", true)
        ]
    );
    let note = |name: &str| {
        detail
            .members
            .iter()
            .find(|m| m.sponsor_name == name)
            .and_then(|m| m.seat_note.clone())
            .unwrap_or_default()
    };
    assert!(note("Bob Gone").starts_with("Seat empty: Bob Gone departed on 2026-02-01"));
    assert!(note("Cy Moved").contains("changed role on 2026-03-01"));
    assert!(note("Di Leaving").contains("departing on 2026-09-30"));
    assert_eq!(note("Ada Chair"), "");

    let rows = committees::list(fx.store.conn(), d("2026-06-01")).unwrap();
    assert_eq!((rows[0].members, rows[0].empty_seats), (4, 2));
    // After Di's date her seat is empty too.
    let later = committees::detail(fx.store.conn(), c, d("2026-10-01")).unwrap();
    assert_eq!(later.members.iter().filter(|m| m.empty_seat).count(), 3);
}

#[test]
fn past_members_are_listed_after_current_ones() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let ada = fx.sponsor("Ada", 1);
    let bob = fx.sponsor("Bob", 2);
    let mut old = member(c, ada, MemberRole::Chair, "2024-01-01");
    old.end_date = Some(d("2025-01-01"));
    fx.store
        .write(|tx| committees::add_member(tx, &old))
        .unwrap();
    fx.member(c, bob, MemberRole::Chair, "2025-01-02");
    let detail = committees::detail(fx.store.conn(), c, d("2026-01-01")).unwrap();
    let order: Vec<(&str, bool)> = detail
        .members
        .iter()
        .map(|m| (m.sponsor_name.as_str(), m.current))
        .collect();
    assert_eq!(order, [("Bob", true), ("Ada", false)]);
}

#[test]
fn every_change_is_in_the_history_and_delete_keeps_a_trace() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let ada = fx.sponsor("Ada", 1);
    let m = fx.member(c, ada, MemberRole::Chair, "2025-01-01");
    let mut input = committee("KM Steering Committee");
    input.purpose = "Decides".into();
    fx.store
        .write(|tx| committees::update(tx, c, &input))
        .unwrap();
    fx.store.write(|tx| committees::delete(tx, c)).unwrap();
    let conn = fx.store.conn();
    assert_eq!(history::list_for(conn, "committees", c).unwrap().len(), 3);
    let member_history = history::list_for(conn, "committee_members", m).unwrap();
    assert_eq!(
        member_history.len(),
        2,
        "created, then deleted with the committee"
    );
    assert_eq!(fx.count("committee_members"), 0);
    assert_eq!(
        committees::get(conn, c).unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn a_committee_with_meetings_cannot_be_deleted() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    fx.meeting(c, "2026-03-01", &["Opening"]);
    let err = fx.store.write(|tx| committees::delete(tx, c)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict);
    assert!(err.to_string().contains("1 meeting(s)"), "{err}");
    assert_eq!(fx.count("committees"), 1);
}

#[test]
fn a_seated_sponsor_cannot_be_deleted_from_under_the_committee() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let ada = fx.sponsor("Ada", 1);
    fx.member(c, ada, MemberRole::Chair, "2025-01-01");
    let result = fx
        .store
        .write(|tx| sponsor_desk_core::sponsors::delete(tx, ada));
    assert!(result.is_err(), "the membership keeps the sponsor");
    assert_eq!(fx.count("committee_members"), 1);
}
