//! Who attended a meeting: recording the list as a whole, and the view that states who was a
//! guest. A sponsor who is not a member on the meeting's day is accepted only marked as a guest.

use rusqlite::{params, Connection, Row, Transaction};

use super::model::{Attendance, AttendanceInput, AttendanceView, Meeting};
use super::queries::{get, touch};
use super::validate::check_attendance;
use crate::committees::queries::{self as committees, role_on};
use crate::error::Result;
use crate::validate::{into_result, record_label};
use crate::Id;

fn from_row(r: &Row) -> rusqlite::Result<Attendance> {
    Ok(Attendance {
        id: r.get(0)?,
        meeting_id: r.get(1)?,
        sponsor_id: r.get(2)?,
        guest_name: r.get(3)?,
        attendance: r.get(4)?,
        delegate_name: r.get(5)?,
        is_guest: r.get(6)?,
    })
}

pub(crate) fn load_attendance(conn: &Connection, meeting_id: Id) -> Result<Vec<Attendance>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, meeting_id, sponsor_id, guest_name, attendance, delegate_name, is_guest
         FROM meeting_attendance WHERE meeting_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([meeting_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Replaces the attendance of `meeting_id` with `list` (the screen submits the whole list).
/// Every problem is reported at once and nothing is written when there is one.
pub fn record_attendance(
    tx: &Transaction,
    meeting_id: Id,
    list: &[AttendanceInput],
) -> Result<Meeting> {
    let old = get(tx, meeting_id)?;
    let committee = committees::get(tx, old.committee_id)?;
    let (errors, rows) =
        check_attendance(tx, committee.id, &committee.name, old.scheduled_on, list)?;
    into_result(record_label("meeting", Some(meeting_id), ""), errors)?;
    tx.prepare_cached("DELETE FROM meeting_attendance WHERE meeting_id = ?1")?
        .execute([meeting_id])?;
    for row in rows {
        tx.prepare_cached(
            "INSERT INTO meeting_attendance (meeting_id, sponsor_id, guest_name, attendance,
                    delegate_name, is_guest)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            meeting_id,
            row.sponsor_id,
            row.guest_name,
            row.attendance,
            row.delegate_name,
            row.is_guest
        ])?;
    }
    touch(tx, &old)
}

/// The meeting's attendees with names, roles and the guest note, in the order recorded.
pub(crate) fn views(
    conn: &Connection,
    meeting: &Meeting,
    committee: &str,
) -> Result<Vec<AttendanceView>> {
    let mut out = Vec::new();
    for a in &meeting.attendance {
        let (name, role) = match a.sponsor_id {
            Some(sid) => {
                let name: String = conn
                    .prepare_cached("SELECT name FROM sponsors WHERE id = ?1")?
                    .query_row([sid], |r| r.get(0))?;
                (
                    name,
                    role_on(conn, meeting.committee_id, sid, meeting.scheduled_on)?,
                )
            }
            None => (a.guest_name.clone().unwrap_or_default(), None),
        };
        let guest_note = a.is_guest.then(|| match a.sponsor_id {
            Some(_) => format!(
                "guest (not a member of \"{committee}\" on {})",
                meeting.scheduled_on
            ),
            None => "guest (not a sponsor)".to_string(),
        });
        out.push(AttendanceView {
            attendance: a.clone(),
            name,
            role: if a.is_guest { None } else { role },
            guest_note,
        });
    }
    Ok(out)
}
