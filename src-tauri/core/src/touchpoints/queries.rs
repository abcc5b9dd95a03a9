//! Touchpoint reads and writes. Writes run in the caller's transaction and record history; reads
//! load a page of touchpoints with their sponsors and items in three queries, never one per row.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::model::{
    ItemStatus, OpenItem, SponsorName, TimelineEntry, TimelineQuery, Touchpoint, TouchpointInput,
    TouchpointItem,
};
use super::validate::{check, resolution};
use crate::error::{CoreError, Result};
use crate::history::{self, HistoryAction};
use crate::validate::{into_result, record_label, Errors};
use crate::Id;

/// Prefixes a query with the `picked` CTE: the ids of the touchpoints that match
/// ?1 id, ?2 sponsor, ?3 from, ?4 to (each NULL for any) and ?5 limit (-1 for all).
macro_rules! picked {
    ($rest:literal) => {
        concat!(
            "WITH picked AS (
                SELECT t.id FROM touchpoints t
                WHERE (?1 IS NULL OR t.id = ?1)
                  AND (?2 IS NULL OR t.id IN
                       (SELECT touchpoint_id FROM touchpoint_sponsors WHERE sponsor_id = ?2))
                  AND (?3 IS NULL OR t.occurred_on >= ?3)
                  AND (?4 IS NULL OR t.occurred_on <= ?4)
                ORDER BY t.occurred_on DESC, t.id DESC
                LIMIT ?5) ",
            $rest
        )
    };
}

/// As `picked!`, starting from one sponsor's touchpoints (?2 set): `picked!` walks every
/// touchpoint newest first until it has found `limit` of theirs (3.5 ms for a brief's four).
macro_rules! picked_for_sponsor {
    ($rest:literal) => {
        concat!(
            "WITH picked AS (
                SELECT t.id FROM touchpoint_sponsors mine JOIN touchpoints t ON t.id = mine.touchpoint_id
                WHERE mine.sponsor_id = ?2
                  AND (?1 IS NULL OR t.id = ?1)
                  AND (?3 IS NULL OR t.occurred_on >= ?3)
                  AND (?4 IS NULL OR t.occurred_on <= ?4)
                ORDER BY t.occurred_on DESC, t.id DESC
                LIMIT ?5) ",
            $rest
        )
    };
}

/// As `picked!`, for one touchpoint by id (?1 only): `picked!`'s `?1 IS NULL OR ...` makes SQLite
/// scan and sort every touchpoint, 35 ms per save on a large database, since a save reads the
/// touchpoint back by id. For one sponsor's, `picked_for_sponsor!`.
macro_rules! pick {
    ($by_id:expr, $by_sponsor:expr, $rest:literal) => {
        if $by_id {
            concat!(
                "WITH picked AS (SELECT t.id FROM touchpoints t WHERE t.id = ?1) ",
                $rest
            )
        } else if $by_sponsor {
            picked_for_sponsor!($rest)
        } else {
            picked!($rest)
        }
    };
}

#[derive(Default)]
struct Filter {
    id: Option<Id>,
    sponsor_id: Option<Id>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    limit: Option<u32>,
}

/// The matching touchpoints, newest first, each with its sponsors' names.
fn load(conn: &Connection, f: &Filter) -> Result<Vec<TimelineEntry>> {
    let limit = f.limit.map_or(-1, i64::from);
    let by_id = f.id.is_some();
    let by_sponsor = f.sponsor_id.is_some();
    let args: &[&dyn rusqlite::ToSql] = if by_id {
        params![f.id]
    } else {
        params![f.id, f.sponsor_id, f.from, f.to, limit]
    };

    let mut sponsors: HashMap<Id, Vec<SponsorName>> = HashMap::new();
    let mut stmt = conn.prepare_cached(pick!(
        by_id,
        by_sponsor,
        "SELECT ts.touchpoint_id, s.id, s.name FROM touchpoint_sponsors ts
         JOIN picked p ON p.id = ts.touchpoint_id JOIN sponsors s ON s.id = ts.sponsor_id
         ORDER BY ts.touchpoint_id, s.id"
    ))?;
    let rows = stmt.query_map(args, |r| {
        Ok((
            r.get::<_, Id>(0)?,
            SponsorName {
                id: r.get(1)?,
                name: r.get(2)?,
            },
        ))
    })?;
    for row in rows {
        let (touchpoint_id, sponsor) = row?;
        sponsors.entry(touchpoint_id).or_default().push(sponsor);
    }

    let mut items: HashMap<Id, Vec<TouchpointItem>> = HashMap::new();
    let mut stmt = conn.prepare_cached(pick!(
        by_id,
        by_sponsor,
        "SELECT i.id, i.touchpoint_id, i.kind, i.text, i.status, i.resolved_on
         FROM touchpoint_items i JOIN picked p ON p.id = i.touchpoint_id
         ORDER BY i.touchpoint_id, i.id"
    ))?;
    for item in stmt.query_map(args, item_from_row)? {
        let item = item?;
        items.entry(item.touchpoint_id).or_default().push(item);
    }

    let mut stmt = conn.prepare_cached(pick!(
        by_id,
        by_sponsor,
        "SELECT t.id, t.occurred_on, t.kind, t.summary, t.stance_observed, t.follow_up_on,
                t.created_at, t.updated_at
         FROM touchpoints t JOIN picked p ON p.id = t.id
         ORDER BY t.occurred_on DESC, t.id DESC"
    ))?;
    let rows = stmt.query_map(args, touchpoint_from_row)?;
    let mut entries = Vec::new();
    for row in rows {
        let mut touchpoint = row?;
        let names = sponsors.remove(&touchpoint.id).unwrap_or_default();
        touchpoint.sponsor_ids = names.iter().map(|s| s.id).collect();
        touchpoint.items = items.remove(&touchpoint.id).unwrap_or_default();
        entries.push(TimelineEntry {
            touchpoint,
            sponsors: names,
        });
    }
    Ok(entries)
}

/// A touchpoint from `id, occurred_on, kind, summary, stance_observed, follow_up_on,
/// created_at, updated_at`, its sponsors and items still to be filled in.
fn touchpoint_from_row(r: &Row) -> rusqlite::Result<Touchpoint> {
    Ok(Touchpoint {
        id: r.get(0)?,
        occurred_on: r.get(1)?,
        kind: r.get(2)?,
        summary: r.get(3)?,
        stance_observed: r.get(4)?,
        follow_up_on: r.get(5)?,
        sponsor_ids: Vec::new(),
        items: Vec::new(),
        created_at: r.get(6)?,
        updated_at: r.get(7)?,
    })
}

fn item_from_row(r: &Row) -> rusqlite::Result<TouchpointItem> {
    Ok(TouchpointItem {
        id: r.get(0)?,
        touchpoint_id: r.get(1)?,
        kind: r.get(2)?,
        text: r.get(3)?,
        status: r.get(4)?,
        resolved_on: r.get(5)?,
    })
}

pub fn get(conn: &Connection, id: Id) -> Result<Touchpoint> {
    load(
        conn,
        &Filter {
            id: Some(id),
            ..Filter::default()
        },
    )?
    .pop()
    .map(|e| e.touchpoint)
    .ok_or(CoreError::NotFound {
        kind: "touchpoint",
        id,
    })
}

/// A sponsor's touchpoints, newest first (the timeline on their page).
pub fn list_for_sponsor(conn: &Connection, sponsor_id: Id) -> Result<Vec<Touchpoint>> {
    let filter = Filter {
        sponsor_id: Some(sponsor_id),
        ..Filter::default()
    };
    Ok(load(conn, &filter)?
        .into_iter()
        .map(|e| e.touchpoint)
        .collect())
}

/// Touchpoints matching `query`, newest first, with their sponsors' names.
pub fn timeline(conn: &Connection, query: &TimelineQuery) -> Result<Vec<TimelineEntry>> {
    let filter = Filter {
        id: None,
        sponsor_id: query.sponsor_id,
        from: query.from,
        to: query.to,
        limit: query.limit,
    };
    load(conn, &filter)
}

/// Every touchpoint by id (export). Not through `load`: the export needs no names, and three
/// scans in touchpoint order, joined in step here, skip its sorts and hash maps.
pub fn list_all(conn: &Connection) -> Result<Vec<Touchpoint>> {
    let mut all = Vec::new();
    let mut stmt = conn.prepare_cached(
        "SELECT id, occurred_on, kind, summary, stance_observed, follow_up_on, created_at,
                updated_at
         FROM touchpoints ORDER BY id",
    )?;
    let rows = stmt.query_map([], touchpoint_from_row)?;
    for row in rows {
        all.push(row?);
    }
    // Both lists come in touchpoint order, as `all` does: each row's touchpoint is found by
    // walking forward, never back.
    let mut at = 0;
    let mut stmt = conn.prepare_cached(
        "SELECT touchpoint_id, sponsor_id FROM touchpoint_sponsors
         ORDER BY touchpoint_id, sponsor_id",
    )?;
    for row in stmt.query_map([], |r| Ok((r.get::<_, Id>(0)?, r.get::<_, Id>(1)?)))? {
        let (touchpoint_id, sponsor_id) = row?;
        if let Some(t) = owner(&mut all, &mut at, touchpoint_id) {
            t.sponsor_ids.push(sponsor_id);
        }
    }
    let mut at = 0;
    let mut stmt = conn.prepare_cached(
        "SELECT id, touchpoint_id, kind, text, status, resolved_on FROM touchpoint_items
         ORDER BY touchpoint_id, id",
    )?;
    for item in stmt.query_map([], item_from_row)? {
        let item = item?;
        if let Some(t) = owner(&mut all, &mut at, item.touchpoint_id) {
            t.items.push(item);
        }
    }
    Ok(all)
}

/// The touchpoint `id` in `all` (sorted by id), searching from `at`, which it advances.
fn owner<'a>(all: &'a mut [Touchpoint], at: &mut usize, id: Id) -> Option<&'a mut Touchpoint> {
    while all.get(*at).is_some_and(|t| t.id < id) {
        *at += 1;
    }
    all.get_mut(*at).filter(|t| t.id == id)
}

/// Open asks and commitments, oldest touchpoint first; only a sponsor's when `sponsor_id` is set.
pub fn open_items(conn: &Connection, sponsor_id: Option<Id>) -> Result<Vec<OpenItem>> {
    // One statement per case rather than `?1 IS NULL OR ...`, which keeps SQLite from using the
    // sponsor index: a sponsor's brief took 26 ms here on a large database. In a sponsor's case
    // `+i.status` keeps SQLite off the index of every open item, which it otherwise prefers to
    // the sponsor's few touchpoints (another 25 ms for a brief).
    let (names_sql, items_sql) = if sponsor_id.is_some() {
        (
            "SELECT ts.touchpoint_id, s.id, s.name FROM touchpoint_sponsors ts
             JOIN sponsors s ON s.id = ts.sponsor_id
             WHERE ts.touchpoint_id IN
                (SELECT mine.touchpoint_id FROM touchpoint_sponsors mine
                 JOIN touchpoint_items i ON i.touchpoint_id = mine.touchpoint_id AND +i.status = 'open'
                 WHERE mine.sponsor_id = ?1)
             ORDER BY ts.touchpoint_id, s.id",
            "SELECT i.id, i.touchpoint_id, i.kind, i.text, i.status, i.resolved_on, t.occurred_on, t.kind
             FROM touchpoint_sponsors mine
             JOIN touchpoints t ON t.id = mine.touchpoint_id
             JOIN touchpoint_items i ON i.touchpoint_id = t.id
             WHERE mine.sponsor_id = ?1 AND +i.status = 'open'
             ORDER BY t.occurred_on, t.id, i.id",
        )
    } else {
        (
            "SELECT ts.touchpoint_id, s.id, s.name FROM touchpoint_sponsors ts
             JOIN sponsors s ON s.id = ts.sponsor_id
             WHERE ts.touchpoint_id IN (SELECT touchpoint_id FROM touchpoint_items WHERE status = 'open')
             ORDER BY ts.touchpoint_id, s.id",
            "SELECT i.id, i.touchpoint_id, i.kind, i.text, i.status, i.resolved_on, t.occurred_on, t.kind
             FROM touchpoint_items i JOIN touchpoints t ON t.id = i.touchpoint_id
             WHERE i.status = 'open'
             ORDER BY t.occurred_on, t.id, i.id",
        )
    };
    let mut names: HashMap<Id, Vec<SponsorName>> = HashMap::new();
    let mut stmt = conn.prepare_cached(names_sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(sponsor_id), |r| {
        Ok((
            r.get::<_, Id>(0)?,
            SponsorName {
                id: r.get(1)?,
                name: r.get(2)?,
            },
        ))
    })?;
    for row in rows {
        let (touchpoint_id, sponsor) = row?;
        names.entry(touchpoint_id).or_default().push(sponsor);
    }
    let mut stmt = conn.prepare_cached(items_sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(sponsor_id), |r| {
        Ok((item_from_row(r)?, r.get::<_, NaiveDate>(6)?, r.get(7)?))
    })?;
    let mut open = Vec::new();
    for row in rows {
        let (item, occurred_on, touchpoint_kind) = row?;
        let sponsors = names.get(&item.touchpoint_id).cloned().unwrap_or_default();
        open.push(OpenItem {
            item,
            occurred_on,
            touchpoint_kind,
            sponsors,
        });
    }
    Ok(open)
}

/// Logs a touchpoint, its sponsors and items, with a history row.
pub fn create(tx: &Transaction, input: &TouchpointInput) -> Result<Touchpoint> {
    create_at(tx, input, &history::now())
}

/// As `create`, stamped `at` (the demo's deterministic clock).
pub fn create_at(tx: &Transaction, input: &TouchpointInput, at: &str) -> Result<Touchpoint> {
    let occurred_on = validated(tx, None, input)?;
    let now = at;
    tx.prepare_cached(
        "INSERT INTO touchpoints (occurred_on, kind, summary, stance_observed, follow_up_on, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
    )?
    .execute(params![
        occurred_on,
        input.kind,
        input.summary.trim(),
        input.stance_observed,
        input.follow_up_on,
        now
    ])?;
    let id = tx.last_insert_rowid();
    write_children(tx, id, input)?;
    let created = get(tx, id)?;
    history::record_at(
        tx,
        at,
        "touchpoints",
        id,
        HistoryAction::Create,
        None,
        Some(&created),
    )?;
    Ok(created)
}

/// Inserts a touchpoint exactly as exported (ids, timestamps, sponsors, items), for import. The
/// caller validates it first (`check`); no history row, the imported history holds its story.
pub fn insert_verbatim(tx: &Transaction, t: &Touchpoint) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO touchpoints (id, occurred_on, kind, summary, stance_observed, follow_up_on,
                                  created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        t.id,
        t.occurred_on,
        t.kind,
        t.summary,
        t.stance_observed,
        t.follow_up_on,
        t.created_at,
        t.updated_at
    ])?;
    let mut link = tx.prepare_cached(
        "INSERT OR IGNORE INTO touchpoint_sponsors (touchpoint_id, sponsor_id) VALUES (?1, ?2)",
    )?;
    for sponsor_id in &t.sponsor_ids {
        link.execute(params![t.id, sponsor_id])?;
    }
    let mut item = tx.prepare_cached(
        "INSERT INTO touchpoint_items (id, touchpoint_id, kind, text, status, resolved_on)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for i in &t.items {
        item.execute(params![i.id, t.id, i.kind, i.text, i.status, i.resolved_on])?;
    }
    Ok(())
}

/// Replaces a touchpoint's fields, sponsors and items (items keep their ids when given).
pub fn update(tx: &Transaction, id: Id, input: &TouchpointInput) -> Result<Touchpoint> {
    let old = get(tx, id)?;
    let occurred_on = validated(tx, Some(id), input)?;
    tx.prepare_cached(
        "UPDATE touchpoints SET occurred_on = ?2, kind = ?3, summary = ?4, stance_observed = ?5,
                follow_up_on = ?6, updated_at = ?7
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        occurred_on,
        input.kind,
        input.summary.trim(),
        input.stance_observed,
        input.follow_up_on,
        history::now()
    ])?;
    write_children(tx, id, input)?;
    let new = get(tx, id)?;
    history::record(
        tx,
        "touchpoints",
        id,
        HistoryAction::Update,
        Some(&old),
        Some(&new),
    )?;
    Ok(new)
}

/// Deletes a touchpoint with its items; the history keeps the whole record.
pub fn delete(tx: &Transaction, id: Id) -> Result<()> {
    let old = get(tx, id)?;
    tx.prepare_cached("DELETE FROM touchpoints WHERE id = ?1")?
        .execute(params![id])?;
    history::record(
        tx,
        "touchpoints",
        id,
        HistoryAction::Delete,
        Some(&old),
        None,
    )?;
    Ok(())
}

/// Marks an ask or commitment open, met or dropped (met and dropped need the date).
pub fn set_item_status(
    tx: &Transaction,
    item_id: Id,
    status: ItemStatus,
    resolved_on: Option<NaiveDate>,
) -> Result<TouchpointItem> {
    let found = tx
        .prepare_cached(
            "SELECT i.id, i.touchpoint_id, i.kind, i.text, i.status, i.resolved_on, t.occurred_on
             FROM touchpoint_items i JOIN touchpoints t ON t.id = i.touchpoint_id WHERE i.id = ?1",
        )?
        .query_row(params![item_id], |r| {
            Ok((item_from_row(r)?, r.get::<_, NaiveDate>(6)?))
        })
        .optional()?;
    let (old, occurred_on) = found.ok_or(CoreError::NotFound {
        kind: "touchpoint item",
        id: item_id,
    })?;
    let mut errors = Errors::default();
    resolution(
        &mut errors,
        "resolved_on",
        status,
        resolved_on,
        Some(occurred_on),
    );
    into_result(format!("touchpoint item {item_id}"), errors.into_vec())?;
    tx.prepare_cached("UPDATE touchpoint_items SET status = ?2, resolved_on = ?3 WHERE id = ?1")?
        .execute(params![item_id, status, resolved_on])?;
    let new = TouchpointItem {
        status,
        resolved_on,
        ..old.clone()
    };
    history::record(
        tx,
        "touchpoint_items",
        item_id,
        HistoryAction::Update,
        Some(&old),
        Some(&new),
    )?;
    Ok(new)
}

/// Checks `input` and returns its date, or every field problem at once.
fn validated(conn: &Connection, id: Option<Id>, input: &TouchpointInput) -> Result<NaiveDate> {
    let label = {
        let summary: String = input.summary.trim().chars().take(40).collect();
        record_label("touchpoint", id, &summary)
    };
    into_result(label.clone(), check(conn, id, input)?)?;
    input.occurred_on.ok_or_else(|| {
        CoreError::validation(
            label,
            "occurred_on",
            "The date of the touchpoint is required",
        )
    })
}

/// Writes the sponsors (deduplicated) and items of touchpoint `id` as `input` lists them.
fn write_children(tx: &Transaction, id: Id, input: &TouchpointInput) -> Result<()> {
    tx.prepare_cached("DELETE FROM touchpoint_sponsors WHERE touchpoint_id = ?1")?
        .execute(params![id])?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO touchpoint_sponsors (touchpoint_id, sponsor_id) VALUES (?1, ?2)",
    )?;
    let sponsors: BTreeSet<Id> = input.sponsor_ids.iter().copied().collect();
    for sponsor_id in sponsors {
        insert.execute(params![id, sponsor_id])?;
    }

    let kept: BTreeSet<Id> = input.items.iter().filter_map(|i| i.id).collect();
    let existing: Vec<Id> = tx
        .prepare_cached("SELECT id FROM touchpoint_items WHERE touchpoint_id = ?1")?
        .query_map(params![id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut remove = tx.prepare_cached("DELETE FROM touchpoint_items WHERE id = ?1")?;
    for item_id in existing.into_iter().filter(|i| !kept.contains(i)) {
        remove.execute(params![item_id])?;
    }
    let mut change = tx.prepare_cached(
        "UPDATE touchpoint_items SET kind = ?3, text = ?4, status = ?5, resolved_on = ?6
         WHERE id = ?1 AND touchpoint_id = ?2",
    )?;
    let mut add = tx.prepare_cached(
        "INSERT INTO touchpoint_items (touchpoint_id, kind, text, status, resolved_on)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for item in &input.items {
        let text = item.text.trim();
        match item.id {
            Some(item_id) => change.execute(params![
                item_id,
                id,
                item.kind,
                text,
                item.status,
                item.resolved_on
            ])?,
            None => add.execute(params![id, item.kind, text, item.status, item.resolved_on])?,
        };
    }
    Ok(())
}
