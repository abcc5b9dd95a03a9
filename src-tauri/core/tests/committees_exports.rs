//! One calendar for every dated thing (meetings, action due dates, touchpoint follow-ups,
//! sponsor departures) read back with the `icalendar` parser and checked against RFC 5545
//! framing; the actions list as CSV read back with the `csv` crate.

use crate::committees_support::{action, d, Fx};
use crate::csv_support::parse_csv;
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};
use sponsor_desk_core::committees::{
    self, action_uid, actions_csv, departure_uid, follow_up_uid, ics, meeting_uid, ActionQuery,
    ActionStatus,
};
use sponsor_desk_core::sponsors::SponsorStatus;
use sponsor_desk_core::touchpoints::{
    self, ItemKind, ItemStatus, TouchpointInput, TouchpointItemInput, TouchpointKind,
};
use sponsor_desk_core::Id;

fn touchpoint(
    fx: &mut Fx,
    on: &str,
    follow_up: Option<&str>,
    sponsors: Vec<Id>,
    summary: &str,
) -> Id {
    let input = TouchpointInput {
        occurred_on: Some(d(on)),
        kind: TouchpointKind::OneToOneBrief,
        summary: summary.into(),
        stance_observed: None,
        follow_up_on: follow_up.map(d),
        sponsor_ids: sponsors,
        items: vec![
            TouchpointItemInput {
                id: None,
                kind: ItemKind::Ask,
                text: "Open the all-hands, 5 minutes".into(),
                status: ItemStatus::Open,
                resolved_on: None,
            },
            TouchpointItemInput {
                id: None,
                kind: ItemKind::Commitment,
                text: "Already done".into(),
                status: ItemStatus::Met,
                resolved_on: Some(d(on)),
            },
        ],
    };
    fx.store
        .write(|tx| Ok(touchpoints::create(tx, &input)?.id))
        .expect("touchpoint")
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

/// RFC 5545 framing: CRLF only, physical lines of at most 75 octets, folds start with a space.
fn assert_rfc5545_framing(text: &str) {
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
    let unix = text.replace("\r\n", "");
    assert!(
        !unix.contains('\n') && !unix.contains('\r'),
        "a bare CR or LF"
    );
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    for e in ["BEGIN:VEVENT", "DTSTAMP:", "UID:"] {
        assert_eq!(
            text.matches(e).count(),
            text.matches("END:VEVENT").count(),
            "every event has one {e}"
        );
    }
}

#[test]
fn one_calendar_carries_meetings_actions_follow_ups_and_departures() {
    let mut fx = Fx::new();
    let ana = fx.sponsor("Ana Silva; CIO, \"interim\"", 1);
    let bo = fx.sponsor("Bo Chen", 2);
    let cy = fx.sponsor("Cy Dube", 2);
    let stays = fx.sponsor("Dee Stays", 3);
    let c = fx.committee("KM Steering");
    let m = fx.meeting(c, "2026-06-15", &["Status"]);
    let a = fx.action(&action("Send the report", Some(bo), "2026-06-20"));
    let long = format!("Talked budget, next steps; {}", "ü".repeat(70));
    let follow = touchpoint(
        &mut fx,
        "2026-05-20",
        Some("2026-06-10"),
        vec![bo, ana],
        &long,
    );
    // Follow-ups and departures before the as-of day, and touchpoints without a follow-up, stay out.
    touchpoint(&mut fx, "2026-05-01", Some("2026-05-10"), vec![bo], "Old");
    touchpoint(&mut fx, "2026-05-02", None, vec![cy], "None planned");
    fx.set_status(ana, SponsorStatus::Departing, Some("2026-07-31"));
    fx.set_status(cy, SponsorStatus::RoleChanged, Some("2026-06-30"));
    fx.set_status(stays, SponsorStatus::Departed, Some("2026-01-31"));

    let text = ics(fx.store.conn(), d("2026-06-01")).unwrap();
    assert_rfc5545_framing(&text);
    let calendar: Calendar = text.parse().expect("the calendar parses");
    let found = events(&calendar);
    let uids: Vec<&str> = found.iter().filter_map(|e| e.get_uid()).collect();
    assert_eq!(
        uids,
        [
            follow_up_uid(follow).as_str(),
            meeting_uid(m).as_str(),
            action_uid(a).as_str(),
            departure_uid(cy).as_str(),
            departure_uid(ana).as_str(),
        ],
        "in date order, nothing before the as-of day"
    );
    for e in &found {
        assert!(e
            .property_value("DTSTAMP")
            .is_some_and(|s| s.ends_with('Z')));
        // All-day: DATE values (no time), DTEND the next day.
        match (e.get_start(), e.get_end()) {
            (Some(DatePerhapsTime::Date(s)), Some(DatePerhapsTime::Date(end))) => {
                assert_eq!(end, s.succ_opt().unwrap());
            }
            other => panic!("not an all-day event: {other:?}"),
        }
    }
    let follow_event = found[0];
    assert_eq!(
        follow_event.get_start(),
        Some(DatePerhapsTime::Date(d("2026-06-10")))
    );
    assert_eq!(
        follow_event.get_summary(),
        Some("Follow up: Ana Silva; CIO, \"interim\", Bo Chen")
    );
    assert_eq!(
        follow_event.get_description().map(String::from),
        Some(format!(
            "After the 1:1 brief of 2026-05-20:\n{long}\n\nAsk: Open the all-hands, 5 minutes"
        )),
        "open items only, text unescaped back exactly"
    );
    let role = found[3];
    assert_eq!(role.get_summary(), Some("Cy Dube changes role"));
    let leaves = found[4];
    assert_eq!(
        leaves.get_summary(),
        Some("Ana Silva; CIO, \"interim\" leaves")
    );
    assert_eq!(
        leaves.get_start(),
        Some(DatePerhapsTime::Date(d("2026-07-31")))
    );
    assert_eq!(leaves.get_description(), Some("Director, Directorate"));
    assert!(
        text.contains("SUMMARY:Ana Silva\\; CIO\\, \"interim\" leaves\r\n"),
        "escaped TEXT"
    );

    // A moved departure date moves the same event (same UID, higher SEQUENCE).
    fx.set_status(ana, SponsorStatus::Departing, Some("2026-08-15"));
    let again: Calendar = ics(fx.store.conn(), d("2026-06-01"))
        .unwrap()
        .parse()
        .unwrap();
    let moved = events(&again)
        .into_iter()
        .find(|e| e.get_uid() == Some(departure_uid(ana).as_str()))
        .expect("still there");
    assert_eq!(
        moved.get_start(),
        Some(DatePerhapsTime::Date(d("2026-08-15")))
    );
    assert_eq!(moved.property_value("SEQUENCE"), Some("2"));
}

#[test]
fn the_actions_list_reads_back_as_csv_with_owners_sources_and_overdue_days() {
    let mut fx = Fx::new();
    let bo = fx.sponsor("Bo Chen", 2);
    let c = fx.committee("KM Steering, \"core\"");
    let m = fx.meeting(c, "2026-03-01", &[]);
    let mut from_meeting = action(
        "Draft the charter;\nthen circulate \"v2\"",
        Some(bo),
        "2026-03-10",
    );
    from_meeting.meeting_id = Some(m);
    let late = fx.action(&from_meeting);
    let later = fx.action(&action("Book the room", None, "2026-06-01"));
    let done = fx.action(&action("Done already", None, "2026-03-05"));
    fx.store
        .write(|tx| {
            committees::actions::set_status(tx, done, ActionStatus::Done, Some(d("2026-03-04")))
        })
        .unwrap();

    let text = actions_csv(fx.store.conn(), &ActionQuery::default(), d("2026-03-15")).unwrap();
    assert!(text.ends_with("\r\n"));
    let (header, rows) = parse_csv(&text);
    assert_eq!(header, committees::actions::ACTIONS_CSV_HEADER);
    let ids: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        ids,
        [done.to_string(), late.to_string(), later.to_string()],
        "by due date"
    );
    assert_eq!(
        rows[1],
        [
            late.to_string().as_str(),
            "2026-03-10",
            "open",
            "Draft the charter;\nthen circulate \"v2\"",
            "Bo Chen",
            "KM Steering, \"core\"",
            "2026-03-01",
            "",
            "",
            "5",
        ]
    );
    assert_eq!(rows[0][2], "done");
    assert_eq!(rows[0][8], "2026-03-04");
    assert_eq!(rows[2][4], "Pat the KMO");
    assert_eq!(rows[2][9], "0");

    let open_only = ActionQuery {
        status: Some(ActionStatus::Open),
        ..ActionQuery::default()
    };
    let (_, open_rows) =
        parse_csv(&actions_csv(fx.store.conn(), &open_only, d("2026-03-15")).unwrap());
    assert_eq!(open_rows.len(), 2, "filtered as on screen");
}

#[test]
fn no_actions_is_the_header_alone() {
    let fx = Fx::new();
    let text = actions_csv(fx.store.conn(), &ActionQuery::default(), d("2026-03-15")).unwrap();
    assert_eq!(
        text,
        format!("{}\r\n", committees::actions::ACTIONS_CSV_HEADER.join(","))
    );
}
