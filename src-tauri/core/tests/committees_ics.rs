//! The calendar export on a real database file: RFC 5545 framing (CRLF, lines of at most 75
//! octets, escaped text), read back with the `icalendar` crate's parser; stable UIDs and bytes;
//! only planned meetings and open actions from the as-of date on.

use crate::committees_support::{action, d, meeting, Fx};
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime, EventLike};
use sponsor_desk_core::committees::{self, action_uid, ics, meeting_uid, MeetingStatus};

fn parse(text: &str) -> Calendar {
    text.parse::<Calendar>().expect("the calendar parses")
}

fn events(calendar: &Calendar) -> Vec<&icalendar::Event> {
    calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect()
}

#[test]
fn the_calendar_reads_back_with_meetings_and_action_due_dates() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee; Q-review, \"core\"");
    let mut next = meeting(
        c,
        "2026-06-15",
        &["Programme status", "Portal budget, phase 2"],
    );
    next.location = "Room 4, HQ; 2nd floor".into();
    next.send_ahead_notes = "Read the report\r\nBring questions \\ ideas".into();
    let next = fx
        .store
        .write(|tx| committees::meetings::plan(tx, &next))
        .unwrap()
        .id;
    let past = fx.meeting(c, "2026-01-15", &["Old"]);
    let mut cancelled = meeting(c, "2026-07-15", &[]);
    cancelled.status = MeetingStatus::Cancelled;
    fx.store
        .write(|tx| committees::meetings::plan(tx, &cancelled))
        .unwrap();
    let long_text = format!(
        "Ask the CIO to open the all-staff meeting; {}",
        "é".repeat(80)
    );
    let mut due = action(&long_text, None, "2026-06-20");
    due.meeting_id = Some(past);
    let due = fx.action(&due);
    let overdue = fx.action(&action("Already late", None, "2026-05-01"));

    let text = ics(fx.store.conn(), d("2026-06-01")).unwrap();
    if std::env::var_os("SHOW_ICS").is_some() {
        eprintln!("{text}");
    }
    // Framing: CRLF only, each physical line at most 75 octets, folded lines start with a space.
    assert!(text.ends_with("\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'));
    assert!(!text.replace("\r\n", "").contains('\r'));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert!(text.contains("\r\n "), "long lines are folded");
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));

    let calendar = parse(&text);
    assert_eq!(calendar.property_value("PRODID"), Some(committees::PRODID));
    assert_eq!(calendar.property_value("VERSION"), Some("2.0"));
    let found = events(&calendar);
    let uids: Vec<&str> = found.iter().filter_map(|e| e.get_uid()).collect();
    assert_eq!(
        uids,
        [meeting_uid(next).as_str(), action_uid(due).as_str()],
        "no past, cancelled or overdue entries (overdue action {overdue})"
    );
    let meeting_event = found[0];
    assert_eq!(
        meeting_event.get_start(),
        Some(DatePerhapsTime::Date(d("2026-06-15")))
    );
    assert_eq!(
        meeting_event.get_end(),
        Some(DatePerhapsTime::Date(d("2026-06-16"))),
        "DTEND is exclusive: the next day"
    );
    assert_eq!(
        meeting_event.get_summary(),
        Some("KM Steering Committee; Q-review, \"core\" meeting")
    );
    assert_eq!(meeting_event.get_location(), Some("Room 4, HQ; 2nd floor"));
    assert_eq!(
        meeting_event.get_description(),
        Some("Agenda:\n1. Programme status\n2. Portal budget, phase 2\n\nRead the report\nBring questions \\ ideas")
    );
    let action_event = found[1];
    assert_eq!(
        action_event.get_summary().map(String::from),
        Some(format!("Action due (Pat the KMO): {long_text}"))
    );
    assert!(action_event
        .get_description()
        .unwrap_or_default()
        .contains("From the KM Steering Committee; Q-review, \"core\" meeting of 2026-01-15"));
}

#[test]
fn the_same_data_gives_the_same_bytes_and_edits_bump_the_sequence() {
    let mut fx = Fx::new();
    let c = fx.committee("KM Steering Committee");
    let m = fx.meeting(c, "2026-06-15", &["Status"]);
    let first = ics(fx.store.conn(), d("2026-06-01")).unwrap();
    assert_eq!(first, ics(fx.store.conn(), d("2026-06-01")).unwrap());
    assert!(first.contains("SEQUENCE:0\r\n"));
    let mut edit = meeting(c, "2026-06-16", &["Status"]);
    edit.location = "Room 5".into();
    fx.store
        .write(|tx| committees::meetings::update(tx, m, &edit))
        .unwrap();
    let second = ics(fx.store.conn(), d("2026-06-01")).unwrap();
    let calendar = parse(&second);
    let event = events(&calendar)[0];
    assert_eq!(
        event.get_uid(),
        Some(meeting_uid(m).as_str()),
        "the UID is stable"
    );
    assert_eq!(event.property_value("SEQUENCE"), Some("1"));
    assert_eq!(
        event.get_start(),
        Some(DatePerhapsTime::Date(d("2026-06-16")))
    );
}

#[test]
fn an_empty_calendar_is_still_a_valid_calendar() {
    let fx = Fx::new();
    let text = ics(fx.store.conn(), d("2026-06-01")).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
    assert!(events(&parse(&text)).is_empty());
}
