//! The Sponsor Desk calendar as an RFC 5545 file: planned committee meetings, open actions' due
//! dates, touchpoint follow-ups and sponsor departures as all-day events with stable UIDs, so
//! re-importing the file updates events instead of adding copies. The `icalendar` crate writes
//! CRLF, folds lines at 75 octets and escapes TEXT values.

use chrono::{DateTime, Days, NaiveDate, Utc};
use icalendar::{Calendar, Component, Event, EventLike, Property};
use rusqlite::{params, Connection};

use super::ics_people::{departures, follow_ups};
use crate::error::Result;
use crate::Id;

/// The PRODID the calendar names itself with (RFC 5545 3.7.3).
pub const PRODID: &str = "-//Sponsor Desk//Steering committees//EN";

/// The UID of a meeting's event: stable across exports and renames.
pub fn meeting_uid(id: Id) -> String {
    format!("meeting-{id}@sponsor-desk")
}

/// The UID of an action's due-date event.
pub fn action_uid(id: Id) -> String {
    format!("action-{id}@sponsor-desk")
}

/// The UID of a touchpoint's follow-up event.
pub fn follow_up_uid(touchpoint_id: Id) -> String {
    format!("follow-up-{touchpoint_id}@sponsor-desk")
}

/// The UID of a sponsor's departure (or role change) event: one per sponsor, so a moved date
/// moves the event.
pub fn departure_uid(sponsor_id: Id) -> String {
    format!("departure-{sponsor_id}@sponsor-desk")
}

/// The calendar from `as_of` on: planned meetings scheduled on or after `as_of`, open actions
/// due on or after it (overdue ones are in `overdue_actions`: a reminder dated in the past
/// reminds nobody), touchpoint follow-ups due from then on, and sponsors whose status date
/// (leaving, left or changing role) falls on or after it. Events are all-day (meetings have a date, not a time), in date order.
/// The same data gives the same bytes: DTSTAMP is the record's last change, not the clock.
pub fn ics(conn: &Connection, as_of: NaiveDate) -> Result<String> {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", PRODID))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", "PUBLISH"))
        .append_property(Property::new("X-WR-CALNAME", "Sponsor Desk"));
    let mut events: Vec<(NaiveDate, u8, Id, Event)> = Vec::new();
    for m in planned_meetings(conn, as_of)? {
        let mut description = Vec::new();
        if !m.agenda.is_empty() {
            description.push("Agenda:".to_string());
            description.extend(
                m.agenda
                    .iter()
                    .enumerate()
                    .map(|(i, title)| format!("{}. {title}", i + 1)),
            );
        }
        if !m.notes.trim().is_empty() {
            if !description.is_empty() {
                description.push(String::new());
            }
            description.push(m.notes.clone());
        }
        let mut event = all_day(&meeting_uid(m.id), m.on, &m.updated_at, m.sequence, as_of);
        event.summary(&plain(&format!("{} meeting", m.committee)));
        if !description.is_empty() {
            event.description(&plain(&description.join("\n")));
        }
        if !m.location.trim().is_empty() {
            event.location(&plain(&m.location));
        }
        events.push((m.on, 0, m.id, event.done()));
    }
    for a in open_actions(conn, as_of)? {
        let mut event = all_day(
            &action_uid(a.id),
            a.due_on,
            &a.updated_at,
            a.sequence,
            as_of,
        );
        event.summary(&plain(&format!("Action due ({}): {}", a.owner, a.text)));
        let mut description = vec![a.text.clone(), format!("Owner: {}", a.owner)];
        if let Some(source) = &a.source {
            description.push(source.clone());
        }
        event.description(&plain(&description.join("\n")));
        events.push((a.due_on, 1, a.id, event.done()));
    }
    for f in follow_ups(conn, as_of)? {
        let mut event = all_day(&follow_up_uid(f.id), f.on, &f.updated_at, f.sequence, as_of);
        event.summary(&plain(&format!("Follow up: {}", f.sponsors.join(", "))));
        let mut description = vec![
            format!("After the {} of {}:", f.kind.label(), f.occurred_on),
            f.summary.clone(),
        ];
        if !f.open_items.is_empty() {
            description.push(String::new());
            description.extend(f.open_items.iter().cloned());
        }
        event.description(&plain(&description.join("\n")));
        events.push((f.on, 2, f.id, event.done()));
    }
    for d in departures(conn, as_of)? {
        let mut event = all_day(&departure_uid(d.id), d.on, &d.updated_at, d.sequence, as_of);
        let what = match d.status.as_str() {
            "role_changed" => "changes role",
            "departed" => "left",
            _ => "leaves",
        };
        event.summary(&plain(&format!("{} {what}", d.name)));
        let mut description = vec![[d.title.as_str(), d.org_unit.as_str()]
            .iter()
            .filter(|t| !t.trim().is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ")];
        if !d.initiatives.is_empty() {
            description.push(format!("Sponsors: {}", d.initiatives.join("; ")));
        }
        event.description(&plain(&description.join("\n")));
        events.push((d.on, 3, d.id, event.done()));
    }
    events.sort_by_key(|e| (e.0, e.1, e.2));
    calendar.extend(events.into_iter().map(|(_, _, _, event)| event));
    Ok(calendar.done().to_string())
}

/// An all-day event on `on`. DTEND is the next day: RFC 5545 makes DTEND exclusive and later
/// than DTSTART, which the crate's own `all_day` (DTEND = DTSTART) is not.
fn all_day(uid: &str, on: NaiveDate, updated_at: &str, sequence: u32, as_of: NaiveDate) -> Event {
    let stamp = DateTime::parse_from_rfc3339(updated_at)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|_| as_of.and_time(chrono::NaiveTime::MIN).and_utc());
    let mut event = Event::new();
    event
        .uid(uid)
        .timestamp(stamp)
        .sequence(sequence)
        .starts(on)
        .ends(on.checked_add_days(Days::new(1)).unwrap_or(on));
    event
}

/// Text as RFC 5545 carries it: the crate escapes `\ , ;` and LF, so CR and CRLF become LF
/// (a bare CR would end the content line).
fn plain(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

struct PlannedMeeting {
    id: Id,
    on: NaiveDate,
    committee: String,
    location: String,
    notes: String,
    agenda: Vec<String>,
    updated_at: String,
    sequence: u32,
}

/// How many times a record changed after it was created: the event's SEQUENCE, so calendar
/// apps take a re-imported event as newer.
const SEQUENCE_SQL: &str = "(SELECT count(*) FROM history h
      WHERE h.entity = ?3 AND h.entity_id = x.id AND h.action = 'update')";

fn planned_meetings(conn: &Connection, as_of: NaiveDate) -> Result<Vec<PlannedMeeting>> {
    let sql = format!(
        "SELECT x.id, x.scheduled_on, c.name, x.location, x.send_ahead_notes, x.updated_at,
                {SEQUENCE_SQL}
         FROM meetings x JOIN committees c ON c.id = x.committee_id
         WHERE x.status = ?1 AND x.scheduled_on >= ?2
         ORDER BY x.scheduled_on, x.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params!["planned", as_of, "meetings"], |r| {
        Ok(PlannedMeeting {
            id: r.get(0)?,
            on: r.get(1)?,
            committee: r.get(2)?,
            location: r.get(3)?,
            notes: r.get(4)?,
            agenda: Vec::new(),
            updated_at: r.get(5)?,
            sequence: r.get(6)?,
        })
    })?;
    let mut meetings: Vec<PlannedMeeting> = rows.collect::<rusqlite::Result<_>>()?;
    let mut agenda = conn.prepare_cached(
        "SELECT title FROM agenda_items WHERE meeting_id = ?1 ORDER BY position, id",
    )?;
    for m in &mut meetings {
        let titles = agenda.query_map([m.id], |r| r.get(0))?;
        m.agenda = titles.collect::<rusqlite::Result<_>>()?;
    }
    Ok(meetings)
}

struct OpenAction {
    id: Id,
    due_on: NaiveDate,
    text: String,
    owner: String,
    source: Option<String>,
    updated_at: String,
    sequence: u32,
}

fn open_actions(conn: &Connection, as_of: NaiveDate) -> Result<Vec<OpenAction>> {
    let sql = format!(
        "SELECT x.id, x.due_on, x.text, coalesce(s.name, x.owner_name, ''), c.name,
                coalesce(m.scheduled_on, dm.scheduled_on), d.title, x.updated_at, {SEQUENCE_SQL}
         FROM actions x
         LEFT JOIN sponsors s ON s.id = x.owner_sponsor_id
         LEFT JOIN meetings m ON m.id = x.meeting_id
         LEFT JOIN decisions d ON d.id = x.decision_id
         LEFT JOIN meetings dm ON dm.id = d.meeting_id
         LEFT JOIN committees c ON c.id = coalesce(m.committee_id, dm.committee_id)
         WHERE x.status = ?1 AND x.due_on >= ?2
         ORDER BY x.due_on, x.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params!["open", as_of, "actions"], |r| {
        let committee: Option<String> = r.get(4)?;
        let meeting_on: Option<NaiveDate> = r.get(5)?;
        let decision: Option<String> = r.get(6)?;
        let mut source = Vec::new();
        if let (Some(c), Some(on)) = (&committee, meeting_on) {
            source.push(format!("From the {c} meeting of {on}"));
        }
        if let Some(d) = decision {
            source.push(format!("Decision: {d}"));
        }
        Ok(OpenAction {
            id: r.get(0)?,
            due_on: r.get(1)?,
            text: r.get(2)?,
            owner: r.get(3)?,
            source: (!source.is_empty()).then(|| source.join("\n")),
            updated_at: r.get(7)?,
            sequence: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carriage_returns_become_line_feeds_for_the_crate_to_escape() {
        assert_eq!(plain("a\r\nb\rc\nd"), "a\nb\nc\nd");
    }

    #[test]
    fn uids_name_the_record_kind_and_id() {
        assert_eq!(meeting_uid(7), "meeting-7@sponsor-desk");
        assert_eq!(action_uid(7), "action-7@sponsor-desk");
        assert_eq!(follow_up_uid(7), "follow-up-7@sponsor-desk");
        assert_eq!(departure_uid(7), "departure-7@sponsor-desk");
    }

    #[test]
    fn an_unreadable_stamp_falls_back_to_the_as_of_day() {
        let event = all_day(
            "x",
            "2026-03-01".parse().unwrap(),
            "garbage",
            0,
            "2026-02-01".parse().unwrap(),
        );
        assert_eq!(event.property_value("DTSTAMP"), Some("20260201T000000Z"));
    }
}
