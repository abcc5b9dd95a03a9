//! Reading and writing committees and their memberships, and the committee page and list.
//! Each write runs in the caller's transaction and adds a history row per record it changes.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::meetings;
use super::model::{
    Committee, CommitteeCadence, CommitteeDetail, CommitteeInput, CommitteeMember, CommitteeRow,
    MemberInput, MemberRole, MemberView,
};
use super::validate::{check, check_member};
use crate::error::{CoreError, Result};
use crate::history::{self, HistoryAction};
use crate::sponsors::model::SponsorStatus;
use crate::sponsorships::in_post_on;
use crate::validate::{into_result, record_label};
use crate::Id;

pub(crate) const ENTITY: &str = "committees";
pub(crate) const MEMBER_ENTITY: &str = "committee_members";

fn from_row(r: &Row) -> rusqlite::Result<Committee> {
    Ok(Committee {
        id: r.get(0)?,
        name: r.get(1)?,
        cadence: r.get(2)?,
        cadence_days: r.get(3)?,
        purpose: r.get(4)?,
        created_at: r.get(5)?,
        updated_at: r.get(6)?,
    })
}

pub fn get(conn: &Connection, id: Id) -> Result<Committee> {
    conn.prepare_cached(
        "SELECT id, name, cadence, cadence_days, purpose, created_at, updated_at
         FROM committees WHERE id = ?1",
    )?
    .query_row([id], from_row)
    .optional()?
    .ok_or(CoreError::NotFound {
        kind: "committee",
        id,
    })
}

/// Every committee by id (export, warnings).
pub fn list_all(conn: &Connection) -> Result<Vec<Committee>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, cadence, cadence_days, purpose, created_at, updated_at
         FROM committees ORDER BY id",
    )?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The committees list as of `as_of`, by name.
pub fn list(conn: &Connection, as_of: NaiveDate) -> Result<Vec<CommitteeRow>> {
    let mut rows = Vec::new();
    for committee in list_all(conn)? {
        let members = member_views(conn, committee.id, as_of)?;
        let current = members.iter().filter(|m| m.current);
        let dates: (Option<NaiveDate>, Option<NaiveDate>) = conn
            .prepare_cached(
                "SELECT (SELECT max(scheduled_on) FROM meetings
                         WHERE committee_id = ?1 AND status = 'held' AND scheduled_on <= ?2),
                        (SELECT min(scheduled_on) FROM meetings
                         WHERE committee_id = ?1 AND status = 'planned' AND scheduled_on >= ?2)",
            )?
            .query_row(params![committee.id, as_of], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.push(CommitteeRow {
            id: committee.id,
            name: committee.name,
            cadence: committee.cadence,
            cadence_days: committee.cadence_days,
            members: count(current.clone().count()),
            empty_seats: count(current.filter(|m| m.empty_seat).count()),
            last_held_on: dates.0,
            next_planned_on: dates.1,
        });
    }
    rows.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then(a.id.cmp(&b.id))
    });
    Ok(rows)
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A committee's page as of `as_of`: members with their seats, meetings, history.
pub fn detail(conn: &Connection, id: Id, as_of: NaiveDate) -> Result<CommitteeDetail> {
    let committee = get(conn, id)?;
    Ok(CommitteeDetail {
        members: member_views(conn, id, as_of)?,
        meetings: meetings::list(conn, Some(id))?,
        history: history::list_for(conn, ENTITY, id)?,
        committee,
    })
}

/// Stored form of an input: trimmed name, and days only for a custom cadence.
fn normalised(input: &CommitteeInput) -> CommitteeInput {
    CommitteeInput {
        name: input.name.trim().to_string(),
        cadence: input.cadence,
        cadence_days: match input.cadence {
            CommitteeCadence::Custom => input.cadence_days,
            _ => None,
        },
        purpose: input.purpose.clone(),
    }
}

pub fn create(tx: &Transaction, input: &CommitteeInput) -> Result<Committee> {
    into_result(
        record_label("committee", None, &input.name),
        check(tx, None, input)?,
    )?;
    let input = normalised(input);
    let now = history::now();
    tx.prepare_cached(
        "INSERT INTO committees (name, cadence, cadence_days, purpose, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
    )?
    .execute(params![
        input.name,
        input.cadence,
        input.cadence_days,
        input.purpose,
        now
    ])?;
    let committee = get(tx, tx.last_insert_rowid())?;
    history::record(
        tx,
        ENTITY,
        committee.id,
        HistoryAction::Create,
        None,
        Some(&committee),
    )?;
    Ok(committee)
}

pub fn update(tx: &Transaction, id: Id, input: &CommitteeInput) -> Result<Committee> {
    let old = get(tx, id)?;
    into_result(
        record_label("committee", Some(id), &old.name),
        check(tx, Some(id), input)?,
    )?;
    let input = normalised(input);
    tx.prepare_cached(
        "UPDATE committees SET name = ?2, cadence = ?3, cadence_days = ?4, purpose = ?5,
                updated_at = ?6
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        input.name,
        input.cadence,
        input.cadence_days,
        input.purpose,
        history::now()
    ])?;
    let new = get(tx, id)?;
    history::record(
        tx,
        ENTITY,
        id,
        HistoryAction::Update,
        Some(&old),
        Some(&new),
    )?;
    Ok(new)
}

/// Deletes a committee and its memberships (each with a history row). Refused while it has
/// meetings: their decisions and actions would lose where they came from.
pub fn delete(tx: &Transaction, id: Id) -> Result<()> {
    let old = get(tx, id)?;
    let meetings: i64 = tx
        .prepare_cached("SELECT count(*) FROM meetings WHERE committee_id = ?1")?
        .query_row([id], |r| r.get(0))?;
    if meetings > 0 {
        return Err(CoreError::Conflict {
            field: None,
            message: format!(
                "Committee \"{}\" still has {meetings} meeting(s); delete those meetings first, or keep the committee",
                old.name
            ),
        });
    }
    for member in members_of(tx, id)? {
        remove_member(tx, member.id)?;
    }
    tx.prepare_cached("DELETE FROM committees WHERE id = ?1")?
        .execute([id])?;
    history::record(tx, ENTITY, id, HistoryAction::Delete, Some(&old), None)?;
    Ok(())
}

fn member_from_row(r: &Row, at: usize) -> rusqlite::Result<CommitteeMember> {
    Ok(CommitteeMember {
        id: r.get(at)?,
        committee_id: r.get(at + 1)?,
        sponsor_id: r.get(at + 2)?,
        role: r.get(at + 3)?,
        start_date: r.get(at + 4)?,
        end_date: r.get(at + 5)?,
        created_at: r.get(at + 6)?,
        updated_at: r.get(at + 7)?,
    })
}

pub fn get_member(conn: &Connection, id: Id) -> Result<CommitteeMember> {
    conn.prepare_cached(
        "SELECT id, committee_id, sponsor_id, role, start_date, end_date, created_at, updated_at
         FROM committee_members WHERE id = ?1",
    )?
    .query_row([id], |r| member_from_row(r, 0))
    .optional()?
    .ok_or(CoreError::NotFound {
        kind: "committee member",
        id,
    })
}

/// A committee's memberships, past ones included, by start date then id.
pub fn members_of(conn: &Connection, committee_id: Id) -> Result<Vec<CommitteeMember>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, committee_id, sponsor_id, role, start_date, end_date, created_at, updated_at
         FROM committee_members WHERE committee_id = ?1 ORDER BY start_date, id",
    )?;
    let rows = stmt.query_map([committee_id], |r| member_from_row(r, 0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every membership by id (export).
pub fn list_all_members(conn: &Connection) -> Result<Vec<CommitteeMember>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, committee_id, sponsor_id, role, start_date, end_date, created_at, updated_at
         FROM committee_members ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| member_from_row(r, 0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The order a committee page lists seats in: chair, secretary, then members.
fn role_rank(role: MemberRole) -> u8 {
    match role {
        MemberRole::Chair => 0,
        MemberRole::Secretary => 1,
        MemberRole::Member => 2,
    }
}

/// A committee's members with their sponsor and seat state on `as_of`: current ones first
/// (chair, secretary, members, each by name), then past and future ones by start date.
pub fn member_views(
    conn: &Connection,
    committee_id: Id,
    as_of: NaiveDate,
) -> Result<Vec<MemberView>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.name, s.title, s.tier, s.status, s.status_date,
                m.id, m.committee_id, m.sponsor_id, m.role, m.start_date, m.end_date,
                m.created_at, m.updated_at
         FROM committee_members m JOIN sponsors s ON s.id = m.sponsor_id
         WHERE m.committee_id = ?1",
    )?;
    let rows = stmt.query_map([committee_id], |r| {
        let member = member_from_row(r, 5)?;
        let name: String = r.get(0)?;
        let status: SponsorStatus = r.get(3)?;
        let status_date: Option<NaiveDate> = r.get(4)?;
        let current = member.runs_on(as_of);
        let in_post = in_post_on(status, status_date, as_of);
        Ok(MemberView {
            empty_seat: current && !in_post,
            seat_note: if current {
                seat_note(&name, status, status_date, in_post)
            } else {
                None
            },
            current,
            sponsor_name: name,
            sponsor_title: r.get(1)?,
            sponsor_tier: r.get(2)?,
            sponsor_status: status,
            sponsor_status_date: status_date,
            member,
        })
    })?;
    let mut views: Vec<MemberView> = rows.collect::<rusqlite::Result<_>>()?;
    views.sort_by(|a, b| {
        b.current
            .cmp(&a.current)
            .then_with(|| {
                if a.current {
                    role_rank(a.member.role)
                        .cmp(&role_rank(b.member.role))
                        .then(
                            a.sponsor_name
                                .to_lowercase()
                                .cmp(&b.sponsor_name.to_lowercase()),
                        )
                } else {
                    b.member.start_date.cmp(&a.member.start_date)
                }
            })
            .then(a.member.id.cmp(&b.member.id))
    });
    Ok(views)
}

/// The sentence a page shows beside a current seat whose holder is gone or going.
fn seat_note(
    name: &str,
    status: SponsorStatus,
    status_date: Option<NaiveDate>,
    in_post: bool,
) -> Option<String> {
    let on = status_date.map_or(String::new(), |d| format!(" on {d}"));
    let fix = "name a successor to the seat or end the membership";
    match (status, in_post) {
        (SponsorStatus::Active, _) => None,
        (SponsorStatus::Departing, true) => Some(format!(
            "{name} is departing{on}: line up a successor for the seat"
        )),
        (SponsorStatus::Departing, false) => Some(format!("Seat empty: {name} left{on}; {fix}")),
        (SponsorStatus::Departed, _) => Some(format!("Seat empty: {name} departed{on}; {fix}")),
        (SponsorStatus::RoleChanged, _) => {
            Some(format!("Seat empty: {name} changed role{on}; {fix}"))
        }
    }
}

fn member_label(id: Option<Id>) -> String {
    record_label("committee member", id, "")
}

/// Seats a sponsor on a committee.
pub fn add_member(tx: &Transaction, input: &MemberInput) -> Result<CommitteeMember> {
    into_result(member_label(None), check_member(tx, None, input)?)?;
    let now = history::now();
    tx.prepare_cached(
        "INSERT INTO committee_members (committee_id, sponsor_id, role, start_date, end_date,
                created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
    )?
    .execute(params![
        input.committee_id,
        input.sponsor_id,
        input.role,
        input.start_date,
        input.end_date,
        now
    ])?;
    let member = get_member(tx, tx.last_insert_rowid())?;
    history::record(
        tx,
        MEMBER_ENTITY,
        member.id,
        HistoryAction::Create,
        None,
        Some(&member),
    )?;
    Ok(member)
}

/// Changes a seat: its role, dates, or (to correct a mistake) its committee or sponsor.
pub fn update_member(tx: &Transaction, id: Id, input: &MemberInput) -> Result<CommitteeMember> {
    let old = get_member(tx, id)?;
    into_result(member_label(Some(id)), check_member(tx, Some(id), input)?)?;
    tx.prepare_cached(
        "UPDATE committee_members SET committee_id = ?2, sponsor_id = ?3, role = ?4,
                start_date = ?5, end_date = ?6, updated_at = ?7
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        input.committee_id,
        input.sponsor_id,
        input.role,
        input.start_date,
        input.end_date,
        history::now()
    ])?;
    let new = get_member(tx, id)?;
    history::record(
        tx,
        MEMBER_ENTITY,
        id,
        HistoryAction::Update,
        Some(&old),
        Some(&new),
    )?;
    Ok(new)
}

/// Removes a membership recorded by mistake. To record that someone left, set its end date.
pub fn remove_member(tx: &Transaction, id: Id) -> Result<()> {
    let old = get_member(tx, id)?;
    tx.prepare_cached("DELETE FROM committee_members WHERE id = ?1")?
        .execute([id])?;
    history::record(
        tx,
        MEMBER_ENTITY,
        id,
        HistoryAction::Delete,
        Some(&old),
        None,
    )?;
    Ok(())
}

/// The member's role on `committee_id` on `on`, if they sit on it that day.
pub(crate) fn role_on(
    conn: &Connection,
    committee_id: Id,
    sponsor_id: Id,
    on: NaiveDate,
) -> Result<Option<MemberRole>> {
    Ok(conn
        .prepare_cached(
            "SELECT role FROM committee_members
             WHERE committee_id = ?1 AND sponsor_id = ?2 AND start_date <= ?3
               AND (end_date IS NULL OR end_date >= ?3)
             ORDER BY start_date DESC, id DESC LIMIT 1",
        )?
        .query_row(params![committee_id, sponsor_id, on], |r| r.get(0))
        .optional()?)
}
