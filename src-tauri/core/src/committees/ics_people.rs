//! The calendar's sponsor dates: touchpoint follow-ups and sponsor departures (the status date
//! of a sponsor leaving or changing role), read for `ics`. Private notes are never read here.

use chrono::NaiveDate;
use rusqlite::{params, Connection};

use crate::error::Result;
use crate::touchpoints::TouchpointKind;
use crate::Id;

/// A touchpoint whose follow-up falls on or after the as-of date.
pub(super) struct FollowUp {
    pub id: Id,
    pub on: NaiveDate,
    pub occurred_on: NaiveDate,
    pub kind: TouchpointKind,
    pub summary: String,
    pub sponsors: Vec<String>,
    /// The asks and commitments still open, as "Ask: ..." / "Commitment: ...".
    pub open_items: Vec<String>,
    pub updated_at: String,
    pub sequence: u32,
}

/// A sponsor leaving (or changing role) on or after the as-of date.
pub(super) struct Departure {
    pub id: Id,
    pub on: NaiveDate,
    pub name: String,
    pub title: String,
    pub org_unit: String,
    /// "departing", "departed" or "role_changed".
    pub status: String,
    /// The initiatives they sponsor on that day (open sponsorships), by name.
    pub initiatives: Vec<String>,
    pub updated_at: String,
    pub sequence: u32,
}

pub(super) fn follow_ups(conn: &Connection, as_of: NaiveDate) -> Result<Vec<FollowUp>> {
    let mut stmt = conn.prepare_cached(
        "SELECT x.id, x.follow_up_on, x.occurred_on, x.kind, x.summary, x.updated_at,
                (SELECT count(*) FROM history h
                  WHERE h.entity = ?2 AND h.entity_id = x.id AND h.action = 'update')
         FROM touchpoints x
         WHERE x.follow_up_on IS NOT NULL AND x.follow_up_on >= ?1
         ORDER BY x.follow_up_on, x.id",
    )?;
    let rows = stmt.query_map(params![as_of, "touchpoints"], |r| {
        Ok(FollowUp {
            id: r.get(0)?,
            on: r.get(1)?,
            occurred_on: r.get(2)?,
            kind: r.get(3)?,
            summary: r.get(4)?,
            sponsors: Vec::new(),
            open_items: Vec::new(),
            updated_at: r.get(5)?,
            sequence: r.get(6)?,
        })
    })?;
    let mut found: Vec<FollowUp> = rows.collect::<rusqlite::Result<_>>()?;
    let mut who = conn.prepare_cached(
        "SELECT s.name FROM touchpoint_sponsors ts JOIN sponsors s ON s.id = ts.sponsor_id
         WHERE ts.touchpoint_id = ?1 ORDER BY s.name COLLATE NOCASE, s.id",
    )?;
    let mut items = conn.prepare_cached(
        "SELECT kind, text FROM touchpoint_items
         WHERE touchpoint_id = ?1 AND status = 'open' ORDER BY id",
    )?;
    for f in &mut found {
        f.sponsors = who
            .query_map([f.id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        f.open_items = items
            .query_map([f.id], |r| {
                let kind: String = r.get(0)?;
                let text: String = r.get(1)?;
                let label = if kind == "ask" { "Ask" } else { "Commitment" };
                Ok(format!("{label}: {text}"))
            })?
            .collect::<rusqlite::Result<_>>()?;
    }
    Ok(found)
}

pub(super) fn departures(conn: &Connection, as_of: NaiveDate) -> Result<Vec<Departure>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, s.status_date, s.name, s.title, u.name, s.status, s.updated_at,
                (SELECT count(*) FROM history h
                  WHERE h.entity = ?2 AND h.entity_id = s.id AND h.action = 'update')
         FROM sponsors s JOIN org_units u ON u.id = s.org_unit_id
         WHERE s.status <> 'active' AND s.status_date >= ?1
         ORDER BY s.status_date, s.id",
    )?;
    let rows = stmt.query_map(params![as_of, "sponsors"], |r| {
        Ok(Departure {
            id: r.get(0)?,
            on: r.get(1)?,
            name: r.get(2)?,
            title: r.get(3)?,
            org_unit: r.get(4)?,
            status: r.get(5)?,
            initiatives: Vec::new(),
            updated_at: r.get(6)?,
            sequence: r.get(7)?,
        })
    })?;
    let mut found: Vec<Departure> = rows.collect::<rusqlite::Result<_>>()?;
    let mut sponsored = conn.prepare_cached(
        "SELECT DISTINCT i.name FROM sponsorships sp JOIN initiatives i ON i.id = sp.initiative_id
         WHERE sp.sponsor_id = ?1 AND sp.start_date <= ?2
           AND (sp.end_date IS NULL OR sp.end_date >= ?2)
         ORDER BY i.name COLLATE NOCASE",
    )?;
    for d in &mut found {
        d.initiatives = sponsored
            .query_map(params![d.id, d.on], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
    }
    Ok(found)
}
