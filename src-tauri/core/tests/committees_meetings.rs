//! Meetings on a real database file: a date is required, one live meeting per committee and
//! day, the agenda (validation, order, kept ids), copying the last agenda, attendance (members,
//! guests stated as such, delegates), minutes, history, and what blocks a delete or a move.

use crate::committees_support::{action, d, fields, item, meeting, Fx};
use sponsor_desk_core::committees::meetings::{
    self, AgendaKind, AttendanceInput, AttendanceStatus, MeetingStatus,
};
use sponsor_desk_core::committees::{self, duplicate_last_agenda, MemberRole};
use sponsor_desk_core::{history, ErrorCode, Id};

/// An agenda item as copied: title, initiative, kind, time box, minutes.
type CopiedItem<'a> = (&'a str, Option<Id>, AgendaKind, Option<i64>, &'a str);

fn present(sponsor_id: Id) -> AttendanceInput {
    AttendanceInput {
        sponsor_id: Some(sponsor_id),
        guest_name: None,
        attendance: AttendanceStatus::Present,
        delegate_name: None,
        is_guest: false,
    }
}

#[test]
fn a_meeting_without_a_date_is_refused_and_nothing_is_written() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let mut input = meeting(c, "2026-03-01", &["Opening", ""]);
    input.scheduled_on = None;
    let err = fx.store.write(|tx| meetings::plan(tx, &input)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    let errors = err.field_errors();
    assert_eq!(errors[0].field, "scheduled_on");
    assert!(
        errors[0].message.contains("needs a date"),
        "{}",
        errors[0].message
    );
    assert_eq!(errors[1].field, "agenda[1].title", "every problem at once");
    assert_eq!((fx.count("meetings"), fx.count("agenda_items")), (0, 0));
    assert_eq!(fx.count("history WHERE entity = 'meetings'"), 0);
}

#[test]
fn a_second_live_meeting_on_the_same_day_is_refused_but_a_cancelled_one_is_not() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let first = fx.meeting(c, "2026-03-01", &[]);
    let err = fx
        .store
        .write(|tx| meetings::plan(tx, &meeting(c, "2026-03-01", &[])))
        .unwrap_err();
    assert!(
        err.to_string().contains(&format!("(meeting {first})")),
        "{err}"
    );
    let mut cancelled = meeting(c, "2026-03-01", &[]);
    cancelled.status = MeetingStatus::Cancelled;
    fx.store.write(|tx| meetings::plan(tx, &cancelled)).unwrap();
    // Another committee may meet that day.
    let other = fx.committee("Communities council");
    fx.meeting(other, "2026-03-01", &[]);
}

#[test]
fn agenda_items_are_checked_numbered_in_order_and_keep_their_ids() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let portal = fx.initiative("KM Portal");
    let mut input = meeting(c, "2026-03-01", &["A", "B", "C"]);
    input.agenda[0].time_box_minutes = Some(0);
    input.agenda[1].initiative_id = Some(4242);
    input.agenda[2].presenter = "p".repeat(201);
    let err = fx.store.write(|tx| meetings::plan(tx, &input)).unwrap_err();
    assert_eq!(
        fields(err),
        [
            "agenda[0].time_box_minutes",
            "agenda[1].initiative_id",
            "agenda[2].presenter"
        ]
    );
    let mut input = meeting(c, "2026-03-01", &["A", "B", "C"]);
    input.agenda[1].initiative_id = Some(portal);
    input.agenda[1].kind = AgendaKind::Decision;
    let planned = fx.store.write(|tx| meetings::plan(tx, &input)).unwrap();
    let positions: Vec<(i64, &str)> = planned
        .agenda
        .iter()
        .map(|a| (a.position, a.title.as_str()))
        .collect();
    assert_eq!(positions, [(1, "A"), (2, "B"), (3, "C")]);

    // Reorder: C first, drop A, add D. C and B keep their ids.
    let (a, b, c_item) = (&planned.agenda[0], &planned.agenda[1], &planned.agenda[2]);
    let mut edit = meeting(c, "2026-03-01", &[]);
    let mut keep_c = item("C");
    keep_c.id = Some(c_item.id);
    let mut keep_b = item("B");
    keep_b.id = Some(b.id);
    keep_b.initiative_id = Some(portal);
    edit.agenda = vec![keep_c, keep_b, item("D")];
    let updated = fx
        .store
        .write(|tx| meetings::update(tx, planned.id, &edit))
        .unwrap();
    let order: Vec<(i64, &str)> = updated
        .agenda
        .iter()
        .map(|x| (x.position, x.title.as_str()))
        .collect();
    assert_eq!(order, [(1, "C"), (2, "B"), (3, "D")]);
    assert_eq!(updated.agenda[0].id, c_item.id);
    assert!(updated.agenda.iter().all(|x| x.id != a.id));
    let detail = meetings::detail(fx.store.conn(), planned.id).unwrap();
    assert_eq!(
        detail.agenda[1].initiative_name.as_deref(),
        Some("KM Portal")
    );

    // An id from another meeting is refused.
    let other = fx.meeting(c, "2026-06-01", &["X"]);
    let foreign = meetings::get(fx.store.conn(), other).unwrap().agenda[0].id;
    let mut bad = meeting(c, "2026-03-01", &[]);
    let mut stolen = item("X");
    stolen.id = Some(foreign);
    bad.agenda = vec![stolen];
    let err = fx
        .store
        .write(|tx| meetings::update(tx, planned.id, &bad))
        .unwrap_err();
    assert_eq!(fields(err), ["agenda[0].id"]);
}

#[test]
fn duplicating_the_last_agenda_copies_its_items_without_minutes() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let portal = fx.initiative("KM Portal");
    let mut first = meeting(c, "2026-01-15", &["Old business"]);
    first.agenda[0].minutes = "Old minutes".into();
    fx.store.write(|tx| meetings::plan(tx, &first)).unwrap();
    let mut last = meeting(
        c,
        "2026-03-15",
        &["Programme status", "Portal budget", "AOB"],
    );
    last.location = "Room 4".into();
    last.send_ahead_notes = "Read the status report".into();
    last.agenda[1].initiative_id = Some(portal);
    last.agenda[1].kind = AgendaKind::Decision;
    last.agenda[1].time_box_minutes = Some(30);
    last.agenda[1].minutes = "Budget approved with conditions".into();
    let last = fx.store.write(|tx| meetings::plan(tx, &last)).unwrap();
    // A later meeting with an agenda is not "previous" to the new date.
    fx.meeting(c, "2026-09-15", &["Later"]);

    let copy = fx
        .store
        .write(|tx| duplicate_last_agenda(tx, c, d("2026-06-15")))
        .unwrap();
    assert_eq!(copy.scheduled_on, d("2026-06-15"));
    assert_eq!(copy.status, MeetingStatus::Planned);
    assert_eq!(copy.location, "Room 4");
    assert_eq!(copy.send_ahead_notes, "");
    let copied: Vec<CopiedItem> = copy
        .agenda
        .iter()
        .map(|a| {
            (
                a.title.as_str(),
                a.initiative_id,
                a.kind,
                a.time_box_minutes,
                a.minutes.as_str(),
            )
        })
        .collect();
    assert_eq!(
        copied,
        [
            (
                "Programme status",
                None,
                AgendaKind::Discussion,
                Some(15),
                ""
            ),
            (
                "Portal budget",
                Some(portal),
                AgendaKind::Decision,
                Some(30),
                ""
            ),
            ("AOB", None, AgendaKind::Discussion, Some(15), ""),
        ]
    );
    assert!(copy.agenda.iter().all(|a| a.meeting_id == copy.id));
    // The source is untouched.
    let source = meetings::get(fx.store.conn(), last.id).unwrap();
    assert_eq!(source.agenda[1].minutes, "Budget approved with conditions");
    assert_eq!(
        history::list_for(fx.store.conn(), "meetings", copy.id)
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn duplicating_with_no_earlier_agenda_says_so_and_writes_nothing() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    fx.meeting(c, "2026-09-01", &["Later"]);
    let err = fx
        .store
        .write(|tx| duplicate_last_agenda(tx, c, d("2026-06-01")))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    assert!(
        err.to_string()
            .contains("no meeting with an agenda before 2026-06-01"),
        "{err}"
    );
    assert_eq!(fx.count("meetings"), 1);
    // Copying onto a day that already has a meeting is the same-day rule.
    fx.meeting(c, "2026-10-01", &[]);
    let err = fx
        .store
        .write(|tx| duplicate_last_agenda(tx, c, d("2026-10-01")))
        .unwrap_err();
    assert_eq!(fields(err), ["scheduled_on"]);
}

#[test]
fn a_non_member_attends_only_as_a_guest_and_the_view_says_so() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let ada = fx.sponsor("Ada", 1);
    let vic = fx.sponsor("Vic Visitor", 2);
    fx.member(c, ada, MemberRole::Chair, "2025-01-01");
    let m = fx.meeting(c, "2026-03-01", &["Opening"]);

    let err = fx
        .store
        .write(|tx| meetings::record_attendance(tx, m, &[present(ada), present(vic)]))
        .unwrap_err();
    let errors = err.field_errors();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, "attendance[1].is_guest");
    assert!(
        errors[0]
            .message
            .contains("Vic Visitor is not a member of \"KM Steering Committee\" on 2026-03-01"),
        "{}",
        errors[0].message
    );
    assert_eq!(fx.count("meeting_attendance"), 0, "nothing partial");

    let mut as_guest = present(vic);
    as_guest.is_guest = true;
    let outsider = AttendanceInput {
        sponsor_id: None,
        guest_name: Some("  Sam from Finance ".into()),
        attendance: AttendanceStatus::Present,
        delegate_name: None,
        is_guest: false,
    };
    // A member wrongly flagged as guest is stored as a member.
    let mut ada_flagged = present(ada);
    ada_flagged.is_guest = true;
    fx.store
        .write(|tx| meetings::record_attendance(tx, m, &[ada_flagged, as_guest, outsider]))
        .unwrap();
    let detail = meetings::detail(fx.store.conn(), m).unwrap();
    let seen: Vec<(&str, Option<MemberRole>, Option<&str>)> = detail
        .attendance
        .iter()
        .map(|a| (a.name.as_str(), a.role, a.guest_note.as_deref()))
        .collect();
    assert_eq!(
        seen,
        [
            ("Ada", Some(MemberRole::Chair), None),
            (
                "Vic Visitor",
                None,
                Some("guest (not a member of \"KM Steering Committee\" on 2026-03-01)")
            ),
            ("Sam from Finance", None, Some("guest (not a sponsor)")),
        ]
    );
    assert!(detail.not_recorded.is_empty());
}

#[test]
fn attendance_rules_are_all_reported_at_once() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let ada = fx.sponsor("Ada", 1);
    let bob = fx.sponsor("Bob", 2);
    fx.member(c, ada, MemberRole::Chair, "2025-01-01");
    fx.member(c, bob, MemberRole::Member, "2025-01-01");
    let m = fx.meeting(c, "2026-03-01", &[]);
    let nobody = AttendanceInput {
        sponsor_id: None,
        guest_name: Some(" ".into()),
        attendance: AttendanceStatus::Present,
        delegate_name: None,
        is_guest: true,
    };
    let mut delegate_without_name = present(bob);
    delegate_without_name.attendance = AttendanceStatus::Delegate;
    let mut both = present(ada);
    both.guest_name = Some("Someone".into());
    let mut apologies_with_delegate = present(ada);
    apologies_with_delegate.attendance = AttendanceStatus::Apologies;
    apologies_with_delegate.delegate_name = Some("Deputy".into());
    let err = fx
        .store
        .write(|tx| {
            meetings::record_attendance(
                tx,
                m,
                &[
                    nobody,
                    delegate_without_name,
                    both,
                    apologies_with_delegate,
                    present(9999),
                ],
            )
        })
        .unwrap_err();
    assert_eq!(
        fields(err),
        [
            "attendance[0].sponsor_id",
            "attendance[1].delegate_name",
            "attendance[2].guest_name",
            "attendance[3].delegate_name",
            "attendance[4].sponsor_id"
        ]
    );

    let mut delegate = present(bob);
    delegate.attendance = AttendanceStatus::Delegate;
    delegate.delegate_name = Some("Bob's deputy".into());
    let err = fx
        .store
        .write(|tx| meetings::record_attendance(tx, m, &[present(ada), present(ada)]))
        .unwrap_err();
    assert!(err.to_string().contains("listed twice"), "{err}");
    let saved = fx
        .store
        .write(|tx| meetings::record_attendance(tx, m, &[delegate]))
        .unwrap();
    assert_eq!(
        saved.attendance[0].delegate_name.as_deref(),
        Some("Bob's deputy")
    );
    let detail = meetings::detail(fx.store.conn(), m).unwrap();
    let missing: Vec<&str> = detail
        .not_recorded
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(missing, ["Ada"]);
}

#[test]
fn minutes_are_recorded_per_item_with_a_history_row() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let m = fx.meeting(c, "2026-03-01", &["Opening", "Budget"]);
    let budget = meetings::get(fx.store.conn(), m).unwrap().agenda[1].id;
    let saved = fx
        .store
        .write(|tx| meetings::record_minutes(tx, budget, "Agreed; see decision 4.\nNext: costs"))
        .unwrap();
    assert_eq!(saved.minutes, "Agreed; see decision 4.\nNext: costs");
    let entries = history::list_for(fx.store.conn(), "meetings", m).unwrap();
    assert_eq!(entries.len(), 2);
    let after = entries[0].new_values.as_ref().unwrap();
    assert_eq!(
        after["agenda"][1]["minutes"],
        "Agreed; see decision 4.\nNext: costs"
    );
    let err = fx
        .store
        .write(|tx| meetings::record_minutes(tx, 9999, "x"))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    let err = fx
        .store
        .write(|tx| meetings::record_minutes(tx, budget, &"m".repeat(20_001)))
        .unwrap_err();
    assert_eq!(fields(err), ["minutes"]);
}

#[test]
fn a_meeting_cannot_move_past_its_actions_or_be_deleted_under_them() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let m = fx.meeting(c, "2026-03-01", &["Opening"]);
    let mut a = action("Send the report", None, "2026-03-10");
    a.meeting_id = Some(m);
    fx.action(&a);
    let err = fx
        .store
        .write(|tx| meetings::update(tx, m, &meeting(c, "2026-03-20", &["Opening"])))
        .unwrap_err();
    assert_eq!(fields(err), ["scheduled_on"]);
    let err = fx.store.write(|tx| meetings::delete(tx, m)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict);
    assert!(err.to_string().contains("1 action(s)"), "{err}");

    let empty = fx.meeting(c, "2026-04-01", &["Opening"]);
    fx.store.write(|tx| meetings::delete(tx, empty)).unwrap();
    let trail = history::list_for(fx.store.conn(), "meetings", empty).unwrap();
    assert_eq!(trail.len(), 2);
    assert_eq!(
        trail[0].old_values.as_ref().unwrap()["agenda"][0]["title"],
        "Opening",
        "the deleted agenda stays in the history"
    );
    assert_eq!(fx.count("agenda_items"), 1);
}

#[test]
fn meetings_list_newest_first_with_counts() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let old = fx.meeting(c, "2026-01-01", &["A", "B"]);
    let new = fx.meeting(c, "2026-04-01", &["A"]);
    let mut dec =
        crate::committees_support::decision("Fund it", committees::DecisionStatus::Decided);
    dec.meeting_id = Some(old);
    fx.decision(&dec);
    let rows = meetings::list(fx.store.conn(), Some(c)).unwrap();
    let seen: Vec<(Id, u32, u32)> = rows
        .iter()
        .map(|r| (r.id, r.agenda_items, r.decisions))
        .collect();
    assert_eq!(seen, [(new, 1, 0), (old, 2, 1)]);
    let detail = meetings::detail(fx.store.conn(), new).unwrap();
    assert_eq!(detail.previous_meeting_id, Some(old));
    assert_eq!(detail.next_meeting_id, None);
    assert_eq!(
        committees::detail(fx.store.conn(), c, d("2026-05-01"))
            .unwrap()
            .meetings
            .len(),
        2
    );
}
