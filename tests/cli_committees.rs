//! The committee subcommands through the real binary: `register` (table and CSV) and
//! `calendar` (an RFC 5545 file). Data is made with the core's public API on the same file,
//! since the CLI has no subcommand to create committees.

use crate::support::TempDb;
use sponsor_desk_core::committees::{
    self, AgendaItemInput, AgendaKind, CommitteeCadence, CommitteeInput, DecisionInput,
    DecisionStatus, MeetingInput, MeetingStatus,
};
use sponsor_desk_core::{Id, Store};

const HEADER: &str = "id,dated_on,title,status,decision,rationale,decided_by,decided_on,meeting_id,meeting_on,committee,initiatives,supersedes_id,superseded_by_id";

/// A committee with one planned meeting on `on` (one agenda item) and a decision that
/// supersedes an older one; returns the meeting's id.
fn committee_with_a_meeting(db: &TempDb, on: &str) -> Id {
    let mut store = Store::open(&db.path).unwrap_or_else(|e| panic!("open: {e}"));
    let result = store.write(|tx| {
        let committee = committees::create(
            tx,
            &CommitteeInput {
                name: "KM Steering Committee".into(),
                cadence: CommitteeCadence::Quarterly,
                cadence_days: None,
                purpose: String::new(),
            },
        )?;
        let meeting = committees::meetings::plan(
            tx,
            &MeetingInput {
                committee_id: Some(committee.id),
                scheduled_on: on.parse().ok(),
                location: "Board room, 3rd floor".into(),
                status: MeetingStatus::Planned,
                send_ahead_notes: String::new(),
                agenda: vec![AgendaItemInput {
                    id: None,
                    title: "Expertise profiles, phase 2".into(),
                    presenter: String::new(),
                    time_box_minutes: Some(20),
                    initiative_id: None,
                    kind: AgendaKind::Decision,
                    minutes: String::new(),
                }],
            },
        )?;
        let decision = |title: &str, supersedes_id: Option<Id>| DecisionInput {
            title: title.into(),
            text: "Fund it, \"as agreed\"".into(),
            rationale: String::new(),
            status: DecisionStatus::Decided,
            meeting_id: Some(meeting.id),
            decided_by: "Chair".into(),
            decided_on: None,
            supersedes_id,
            initiative_ids: Vec::new(),
        };
        let old = committees::decisions::create(tx, &decision("Budget, first cut", None))?;
        committees::decisions::create(tx, &decision("Budget, revised", Some(old.id)))?;
        Ok(meeting.id)
    });
    result.unwrap_or_else(|e| panic!("fixture: {e}"))
}

#[test]
fn the_register_of_an_empty_database_is_the_csv_header_alone() {
    let db = TempDb::new("empty.sqlite");
    let out = db.run(&["register", "--csv"]).success().stdout;
    assert_eq!(out, format!("{HEADER}\r\n"));
    let file = db.file("register.csv");
    db.run(&[
        "register",
        "--csv",
        "--out",
        crate::support::path_str(&file),
    ])
    .success();
    let written = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("read: {e}"));
    assert_eq!(written, format!("{HEADER}\r\n"));
}

#[test]
fn the_register_shows_both_ends_of_a_supersede_chain_and_filters_by_status() {
    let db = TempDb::new("register.sqlite");
    committee_with_a_meeting(&db, "2026-03-10");
    let csv = db.run(&["register", "--csv"]).success().stdout;
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(
        csv.contains("\"Fund it, \"\"as agreed\"\"\""),
        "quoted as typed: {csv}"
    );
    let table = db.run(&["register"]).success().stdout;
    assert!(table.contains("SUPERSEDED BY"), "{table}");
    assert!(table.contains("2 decision(s)"), "{table}");
    let superseded = db
        .run(&["register", "--status", "superseded"])
        .success()
        .stdout;
    assert!(superseded.contains("Budget, first cut"), "{superseded}");
    assert!(!superseded.contains("Budget, revised"), "{superseded}");
    assert!(superseded.contains("1 decision(s)"), "{superseded}");
}

#[test]
fn register_refuses_a_bad_status_and_an_unknown_initiative() {
    let db = TempDb::new("bad.sqlite");
    let bad = db.run(&["register", "--status", "maybe"]).code(2);
    assert!(bad.stderr.contains("proposed"), "{}", bad.stderr);
    let missing = db.run(&["register", "--initiative", "42"]).code(4);
    assert!(
        missing.stderr.contains("initiative 42"),
        "{}",
        missing.stderr
    );
}

#[test]
fn calendar_writes_an_ics_file_a_calendar_app_reads() {
    let db = TempDb::new("calendar.sqlite");
    let meeting = committee_with_a_meeting(&db, "2026-03-10");
    let file = db.file("committees.ics");
    db.run(&[
        "calendar",
        "--out",
        crate::support::path_str(&file),
        "--as-of",
        "2026-01-01",
    ])
    .success();
    let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("read: {e}"));
    let text = String::from_utf8(bytes).unwrap_or_else(|e| panic!("UTF-8: {e}"));
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    assert!(text.ends_with("END:VCALENDAR\r\n"), "{text}");
    // RFC 5545: every line ends CRLF and none is longer than 75 octets (long ones are folded).
    let body = text.trim_end_matches("\r\n");
    for line in body.split("\r\n") {
        assert!(!line.contains('\n'), "a bare LF in {line:?}");
        assert!(line.len() <= 75, "an unfolded line: {line:?}");
    }
    let unfolded = text.replace("\r\n ", "");
    let lines: Vec<&str> = unfolded.split("\r\n").collect();
    assert!(lines.contains(&"VERSION:2.0"), "{text}");
    assert_eq!(
        lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(),
        1,
        "{text}"
    );
    assert_eq!(
        lines.iter().filter(|l| **l == "END:VEVENT").count(),
        1,
        "{text}"
    );
    assert!(
        lines.contains(&format!("UID:meeting-{meeting}@sponsor-desk").as_str()),
        "{text}"
    );
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20260310"), "{text}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("SUMMARY:") && l.contains("KM Steering Committee")),
        "{text}"
    );
    assert!(
        unfolded.contains("LOCATION:Board room\\, 3rd floor"),
        "TEXT escaped: {text}"
    );

    // After the meeting's date there is nothing left to remind anyone of.
    let later = db.file("later.ics");
    db.run(&[
        "calendar",
        "--out",
        crate::support::path_str(&later),
        "--as-of",
        "2026-04-01",
    ])
    .success();
    let later = std::fs::read_to_string(&later).unwrap_or_else(|e| panic!("read: {e}"));
    assert!(!later.contains("BEGIN:VEVENT"), "{later}");
}

#[test]
fn calendar_needs_an_out_file_and_a_real_date() {
    let db = TempDb::new("usage.sqlite");
    db.run(&["calendar"]).code(2);
    let out = db.file("x.ics");
    db.run(&[
        "calendar",
        "--out",
        crate::support::path_str(&out),
        "--as-of",
        "2026-02-30",
    ])
    .code(2);
    assert!(!out.exists(), "a failed command writes nothing");
}
