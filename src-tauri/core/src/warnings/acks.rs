//! Acknowledgements and snoozes: stored per warning (code and subject) with the fingerprint of
//! the facts the user saw, so a warning returns as soon as those facts change.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::model::{AckInput, AckState, SubjectKind, Warning, WarningAck, WarningCode};
use crate::error::{CoreError, Result};
use crate::history::{self, HistoryAction};
use crate::Id;

const ENTITY: &str = "warning_acks";

/// Hides the warning while its facts stay as `input.fingerprint` says. Replaces any earlier
/// acknowledgement or snooze of the same warning.
pub fn acknowledge(tx: &Transaction, input: &AckInput) -> Result<WarningAck> {
    save(tx, input, AckState::Acknowledged, None)
}

/// Hides the warning until `until` (it shows again on that day), or sooner if its facts change.
/// `until` must be after `today`.
pub fn snooze(
    tx: &Transaction,
    input: &AckInput,
    until: NaiveDate,
    today: NaiveDate,
) -> Result<WarningAck> {
    if until <= today {
        return Err(CoreError::validation(
            label(input.code, input.subject_kind, input.subject_id),
            "snoozed_until",
            format!("Snooze until a date after today ({today}); {until} is not"),
        ));
    }
    save(tx, input, AckState::Snoozed, Some(until))
}

/// Shows an acknowledged or snoozed warning again. Not found when it was not hidden.
pub fn unhide(
    tx: &Transaction,
    code: WarningCode,
    kind: SubjectKind,
    subject_id: Id,
) -> Result<()> {
    let old = find(tx, code, kind, subject_id)?.ok_or(CoreError::NotFound {
        kind: "warning acknowledgement",
        id: subject_id,
    })?;
    tx.prepare_cached(
        "DELETE FROM warning_acks WHERE code = ?1 AND subject_kind = ?2 AND subject_id = ?3",
    )?
    .execute(params![code, kind, subject_id])?;
    history::record(
        tx,
        ENTITY,
        subject_id,
        HistoryAction::Delete,
        Some(&old),
        None,
    )?;
    Ok(())
}

/// Every stored acknowledgement and snooze, by code, subject kind and id.
pub fn list_acks(conn: &Connection) -> Result<Vec<WarningAck>> {
    let mut stmt = conn.prepare_cached(
        "SELECT code, subject_kind, subject_id, fingerprint, state, snoozed_until, at FROM warning_acks
         ORDER BY code, subject_kind, subject_id",
    )?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Marks each warning hidden by a matching acknowledgement (same fingerprint) or a matching
/// snooze (same fingerprint, `snoozed_until` after `as_of`).
pub(crate) fn mark(warnings: &mut [Warning], acks: &[WarningAck], as_of: NaiveDate) {
    let by_key: HashMap<(WarningCode, SubjectKind, Id), &WarningAck> = acks
        .iter()
        .map(|a| ((a.code, a.subject_kind, a.subject_id), a))
        .collect();
    for w in warnings {
        let Some(ack) = by_key
            .get(&w.key())
            .filter(|a| a.fingerprint == w.fingerprint)
        else {
            continue;
        };
        match (ack.state, ack.snoozed_until) {
            (AckState::Acknowledged, _) => w.acknowledged = true,
            (AckState::Snoozed, Some(until)) if until > as_of => w.snoozed_until = Some(until),
            (AckState::Snoozed, _) => {}
        }
    }
}

/// The fingerprint rule: as the warning gave it, 1 to 200 characters, no spaces around.
const FINGERPRINT_RULE: &str =
    "The fingerprint must be copied from the warning (1 to 200 characters, no spaces around)";

fn fingerprint_ok(fingerprint: &str) -> bool {
    let length = fingerprint.chars().count();
    length > 0 && length <= 200 && fingerprint.trim() == fingerprint
}

/// Every problem with a stored acknowledgement (import): its fingerprint, and a snooze date
/// exactly when it is snoozed.
pub fn check_ack(ack: &WarningAck) -> Vec<crate::FieldError> {
    let mut errors = crate::validate::Errors::default();
    if !fingerprint_ok(&ack.fingerprint) {
        errors.push("fingerprint", FINGERPRINT_RULE);
    }
    match (ack.state, ack.snoozed_until) {
        (AckState::Snoozed, None) => errors.push(
            "snoozed_until",
            "A snoozed warning needs the date it shows again (YYYY-MM-DD)",
        ),
        (AckState::Acknowledged, Some(_)) => errors.push(
            "snoozed_until",
            "An acknowledged warning has no snooze date; clear it or set the state to snoozed",
        ),
        _ => {}
    }
    errors.into_vec()
}

/// Stores an acknowledgement exactly as exported (import; the caller runs `check_ack` first).
pub fn insert_verbatim(tx: &Transaction, ack: &WarningAck) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO warning_acks (code, subject_kind, subject_id, fingerprint, state, snoozed_until, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![ack.code, ack.subject_kind, ack.subject_id, ack.fingerprint, ack.state, ack.snoozed_until, ack.at])?;
    Ok(())
}

fn save(
    tx: &Transaction,
    input: &AckInput,
    state: AckState,
    until: Option<NaiveDate>,
) -> Result<WarningAck> {
    if !fingerprint_ok(&input.fingerprint) {
        return Err(CoreError::validation(
            label(input.code, input.subject_kind, input.subject_id),
            "fingerprint",
            FINGERPRINT_RULE,
        ));
    }
    let old = find(tx, input.code, input.subject_kind, input.subject_id)?;
    let ack = WarningAck {
        code: input.code,
        subject_kind: input.subject_kind,
        subject_id: input.subject_id,
        fingerprint: input.fingerprint.clone(),
        state,
        snoozed_until: until,
        at: history::now(),
    };
    tx.prepare_cached(
        "INSERT INTO warning_acks (code, subject_kind, subject_id, fingerprint, state, snoozed_until, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (code, subject_kind, subject_id) DO UPDATE SET
             fingerprint = excluded.fingerprint, state = excluded.state,
             snoozed_until = excluded.snoozed_until, at = excluded.at",
    )?
    .execute(params![ack.code, ack.subject_kind, ack.subject_id, ack.fingerprint, ack.state, ack.snoozed_until, ack.at])?;
    let action = if old.is_some() {
        HistoryAction::Update
    } else {
        HistoryAction::Create
    };
    history::record(tx, ENTITY, ack.subject_id, action, old.as_ref(), Some(&ack))?;
    Ok(ack)
}

fn find(
    conn: &Connection,
    code: WarningCode,
    kind: SubjectKind,
    id: Id,
) -> Result<Option<WarningAck>> {
    Ok(conn
        .prepare_cached(
            "SELECT code, subject_kind, subject_id, fingerprint, state, snoozed_until, at FROM warning_acks
             WHERE code = ?1 AND subject_kind = ?2 AND subject_id = ?3",
        )?
        .query_row(params![code, kind, id], from_row)
        .optional()?)
}

fn from_row(r: &Row) -> rusqlite::Result<WarningAck> {
    Ok(WarningAck {
        code: r.get(0)?,
        subject_kind: r.get(1)?,
        subject_id: r.get(2)?,
        fingerprint: r.get(3)?,
        state: r.get(4)?,
        snoozed_until: r.get(5)?,
        at: r.get(6)?,
    })
}

fn label(code: WarningCode, kind: SubjectKind, id: Id) -> String {
    format!("{code} warning on {kind} {id}")
}
