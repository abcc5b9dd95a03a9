//! Reading and writing quick wins with their evidence and sponsors. Every write validates first,
//! runs in the caller's transaction and records the whole quick win in history.

use std::collections::HashMap;

use rusqlite::{params, Connection, Row, Transaction};

use super::model::{Evidence, QuickWin, QuickWinInput, Savings};
use super::money::format_in;
use super::validate::{check, savings_of};
use crate::error::{CoreError, Result};
use crate::history::{self, HistoryAction};
use crate::store::all_rows;
use crate::validate::{into_result, record_label};
use crate::Id;

pub(crate) const ENTITY: &str = "quick_wins";

macro_rules! select_wins {
    () => {
        "SELECT id, initiative_id, title, start_on, target_on, status, delivered_on, savings_minor,
                currency, savings_basis, recurrence, soft_benefits, created_at, updated_at
         FROM quick_wins"
    };
}

fn from_row(r: &Row) -> rusqlite::Result<QuickWin> {
    let minor: Option<i64> = r.get(7)?;
    let currency: Option<String> = r.get(8)?;
    Ok(QuickWin {
        id: r.get(0)?,
        initiative_id: r.get(1)?,
        title: r.get(2)?,
        start_on: r.get(3)?,
        target_on: r.get(4)?,
        status: r.get(5)?,
        delivered_on: r.get(6)?,
        savings: minor.zip(currency).map(|(minor, currency)| Savings {
            amount: format_in(minor, &currency),
            minor,
            currency,
        }),
        savings_basis: r.get(9)?,
        recurrence: r.get(10)?,
        soft_benefits: r.get(11)?,
        evidence: Vec::new(),
        sponsor_ids: Vec::new(),
        created_at: r.get(12)?,
        updated_at: r.get(13)?,
    })
}

/// Fills in evidence and sponsors.
fn with_children(conn: &Connection, mut win: QuickWin) -> Result<QuickWin> {
    win.evidence = all_rows(
        conn,
        "SELECT kind, reference, label FROM quick_win_evidence WHERE quick_win_id = ?1
         ORDER BY position",
        [win.id],
        |r| {
            Ok(Evidence {
                kind: r.get(0)?,
                reference: r.get(1)?,
                label: r.get(2)?,
            })
        },
    )?;
    win.sponsor_ids = all_rows(
        conn,
        "SELECT sponsor_id FROM quick_win_sponsors WHERE quick_win_id = ?1 ORDER BY sponsor_id",
        [win.id],
        |r| r.get(0),
    )?;
    Ok(win)
}

pub fn get(conn: &Connection, id: Id) -> Result<QuickWin> {
    let win = crate::store::one_row(
        conn,
        concat!(select_wins!(), " WHERE id = ?1"),
        "quick win",
        id,
        from_row,
    )?;
    with_children(conn, win)
}

/// Quick wins, newest start first; only one initiative's when `initiative_id` is set.
pub fn list(conn: &Connection, initiative_id: Option<Id>) -> Result<Vec<QuickWin>> {
    let wins = all_rows(
        conn,
        concat!(
            select_wins!(),
            " WHERE ?1 IS NULL OR initiative_id = ?1 ORDER BY start_on DESC, id DESC"
        ),
        [initiative_id],
        from_row,
    )?;
    wins.into_iter().map(|w| with_children(conn, w)).collect()
}

/// Every quick win by id (export, dashboard, warnings, packs): one scan of each child table in
/// the order `with_children` reads a win's, not two queries per win (2,000 on a large database).
pub fn list_all(conn: &Connection) -> Result<Vec<QuickWin>> {
    let mut wins = all_rows(conn, concat!(select_wins!(), " ORDER BY id"), [], from_row)?;
    let at: HashMap<Id, usize> = wins.iter().enumerate().map(|(i, w)| (w.id, i)).collect();
    let evidence = all_rows(
        conn,
        "SELECT quick_win_id, kind, reference, label FROM quick_win_evidence
         ORDER BY quick_win_id, position",
        [],
        |r| {
            Ok((
                r.get::<_, Id>(0)?,
                Evidence {
                    kind: r.get(1)?,
                    reference: r.get(2)?,
                    label: r.get(3)?,
                },
            ))
        },
    )?;
    for (id, e) in evidence {
        if let Some(&i) = at.get(&id) {
            wins[i].evidence.push(e);
        }
    }
    let sponsors = all_rows(
        conn,
        "SELECT quick_win_id, sponsor_id FROM quick_win_sponsors ORDER BY quick_win_id, sponsor_id",
        [],
        |r| Ok((r.get::<_, Id>(0)?, r.get::<_, Id>(1)?)),
    )?;
    for (id, sponsor) in sponsors {
        if let Some(&i) = at.get(&id) {
            wins[i].sponsor_ids.push(sponsor);
        }
    }
    Ok(wins)
}

fn validated(conn: &Connection, id: Option<Id>, input: &QuickWinInput) -> Result<()> {
    into_result(
        record_label("quick win", id, &input.title),
        check(conn, id, input)?,
    )
}

/// Inserts the row (`id` none lets SQLite choose) from a validated input, with its children.
fn insert_row(
    tx: &Transaction,
    id: Option<Id>,
    input: &QuickWinInput,
    created_at: &str,
    updated_at: &str,
) -> Result<Id> {
    let (minor, currency) = savings_of(input).unzip();
    tx.prepare_cached(
        "INSERT INTO quick_wins (id, initiative_id, title, start_on, target_on, status,
                delivered_on, savings_minor, currency, savings_basis, recurrence,
                soft_benefits, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?
    .execute(params![
        id,
        input.initiative_id,
        input.title.trim(),
        input.start_on,
        input.target_on,
        input.status,
        input.delivered_on,
        minor,
        currency,
        input.savings_basis,
        input.recurrence,
        input.soft_benefits,
        created_at,
        updated_at
    ])?;
    let id = tx.last_insert_rowid();
    write_children(tx, id, &input.evidence, &input.sponsor_ids)?;
    Ok(id)
}

/// Rewrites row `id` from a validated input, with its children.
fn update_row(tx: &Transaction, id: Id, input: &QuickWinInput) -> Result<()> {
    let (minor, currency) = savings_of(input).unzip();
    tx.prepare_cached(
        "UPDATE quick_wins SET initiative_id = ?2, title = ?3, start_on = ?4, target_on = ?5,
                status = ?6, delivered_on = ?7, savings_minor = ?8, currency = ?9,
                savings_basis = ?10, recurrence = ?11, soft_benefits = ?12, updated_at = ?13
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        input.initiative_id,
        input.title.trim(),
        input.start_on,
        input.target_on,
        input.status,
        input.delivered_on,
        minor,
        currency,
        input.savings_basis,
        input.recurrence,
        input.soft_benefits,
        history::now()
    ])?;
    write_children(tx, id, &input.evidence, &input.sponsor_ids)
}

/// Replaces evidence and sponsors as a whole.
fn write_children(tx: &Transaction, id: Id, evidence: &[Evidence], sponsors: &[Id]) -> Result<()> {
    tx.prepare_cached("DELETE FROM quick_win_evidence WHERE quick_win_id = ?1")?
        .execute([id])?;
    tx.prepare_cached("DELETE FROM quick_win_sponsors WHERE quick_win_id = ?1")?
        .execute([id])?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO quick_win_evidence (quick_win_id, position, kind, reference, label)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (position, item) in (1_i64..).zip(evidence) {
        insert.execute(params![
            id,
            position,
            item.kind,
            item.reference.trim(),
            item.label.trim()
        ])?;
    }
    let mut link = tx.prepare_cached(
        "INSERT OR IGNORE INTO quick_win_sponsors (quick_win_id, sponsor_id) VALUES (?1, ?2)",
    )?;
    for sponsor in sponsors {
        link.execute(params![id, sponsor])?;
    }
    Ok(())
}

pub fn create(tx: &Transaction, input: &QuickWinInput) -> Result<QuickWin> {
    create_at(tx, input, &history::now())
}

/// As `create`, stamped `at` (the demo's deterministic clock).
pub fn create_at(tx: &Transaction, input: &QuickWinInput, at: &str) -> Result<QuickWin> {
    validated(tx, None, input)?;
    let id = insert_row(tx, None, input, at, at)?;
    let win = get(tx, id)?;
    history::record_at(tx, at, ENTITY, id, HistoryAction::Create, None, Some(&win))?;
    Ok(win)
}

pub fn update(tx: &Transaction, id: Id, input: &QuickWinInput) -> Result<QuickWin> {
    let old = get(tx, id)?;
    validated(tx, Some(id), input)?;
    update_row(tx, id, input)?;
    history::updated(tx, ENTITY, id, &old, get(tx, id)?)
}

/// Deletes a quick win with its evidence and sponsor links; the history keeps the whole record.
pub fn delete(tx: &Transaction, id: Id) -> Result<()> {
    let old = get(tx, id)?;
    tx.prepare_cached("DELETE FROM quick_wins WHERE id = ?1")?
        .execute([id])?;
    history::deleted(tx, ENTITY, id, &old)
}

/// Inserts a quick win exactly as exported (id, timestamps, children), for import. The caller
/// validates it first (`check` with `QuickWinInput::from`).
pub fn insert_verbatim(tx: &Transaction, win: &QuickWin) -> Result<()> {
    let input = QuickWinInput::from(win);
    if savings_of(&input).map(|(minor, _)| minor) != win.savings.as_ref().map(|s| s.minor) {
        return Err(CoreError::InvalidImport {
            location: format!("quick win {}", win.id),
            field: Some("savings".into()),
            message: "the saving's amount does not match its minor units".into(),
        });
    }
    insert_row(tx, Some(win.id), &input, &win.created_at, &win.updated_at)?;
    Ok(())
}
