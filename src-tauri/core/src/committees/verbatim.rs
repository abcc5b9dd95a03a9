//! Committee records inserted exactly as exported (ids, timestamps, agendas, attendance,
//! decision links), for import only. The caller validates each record first; nothing here
//! writes history, because the imported history rows already tell each record's story.

use rusqlite::{params, Transaction};

use super::actions::ActionItem;
use super::decisions::Decision;
use super::meetings::Meeting;
use super::model::{Committee, CommitteeMember};
use crate::error::Result;

pub fn insert_committee(tx: &Transaction, c: &Committee) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO committees (id, name, cadence, cadence_days, purpose, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        c.id,
        c.name,
        c.cadence,
        c.cadence_days,
        c.purpose,
        c.created_at,
        c.updated_at
    ])?;
    Ok(())
}

pub fn insert_member(tx: &Transaction, m: &CommitteeMember) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO committee_members
             (id, committee_id, sponsor_id, role, start_date, end_date, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        m.id,
        m.committee_id,
        m.sponsor_id,
        m.role,
        m.start_date,
        m.end_date,
        m.created_at,
        m.updated_at
    ])?;
    Ok(())
}

/// A meeting with its agenda items and attendance rows, each keeping its id.
pub fn insert_meeting(tx: &Transaction, m: &Meeting) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO meetings
             (id, committee_id, scheduled_on, location, status, send_ahead_notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        m.id,
        m.committee_id,
        m.scheduled_on,
        m.location,
        m.status,
        m.send_ahead_notes,
        m.created_at,
        m.updated_at
    ])?;
    let mut item = tx.prepare_cached(
        "INSERT INTO agenda_items
             (id, meeting_id, position, title, presenter, time_box_minutes, initiative_id, kind, minutes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for a in &m.agenda {
        item.execute(params![
            a.id,
            m.id,
            a.position,
            a.title,
            a.presenter,
            a.time_box_minutes,
            a.initiative_id,
            a.kind,
            a.minutes
        ])?;
    }
    let mut attendee = tx.prepare_cached(
        "INSERT INTO meeting_attendance
             (id, meeting_id, sponsor_id, guest_name, attendance, delegate_name, is_guest)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for a in &m.attendance {
        attendee.execute(params![
            a.id,
            m.id,
            a.sponsor_id,
            a.guest_name,
            a.attendance,
            a.delegate_name,
            a.is_guest
        ])?;
    }
    Ok(())
}

/// A decision with its initiative links. The decision it supersedes must be inserted first.
pub fn insert_decision(tx: &Transaction, d: &Decision) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO decisions (id, title, text, rationale, status, meeting_id, decided_by,
                                decided_on, supersedes_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        d.id,
        d.title,
        d.text,
        d.rationale,
        d.status,
        d.meeting_id,
        d.decided_by,
        d.decided_on,
        d.supersedes_id,
        d.created_at,
        d.updated_at
    ])?;
    let mut link = tx.prepare_cached(
        "INSERT OR IGNORE INTO decision_initiatives (decision_id, initiative_id) VALUES (?1, ?2)",
    )?;
    for initiative in &d.initiative_ids {
        link.execute(params![d.id, initiative])?;
    }
    Ok(())
}

pub fn insert_action(tx: &Transaction, a: &ActionItem) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO actions (id, text, owner_sponsor_id, owner_name, due_on, status, meeting_id,
                              decision_id, completed_on, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        a.id,
        a.text,
        a.owner_sponsor_id,
        a.owner_name,
        a.due_on,
        a.status,
        a.meeting_id,
        a.decision_id,
        a.completed_on,
        a.created_at,
        a.updated_at
    ])?;
    Ok(())
}
