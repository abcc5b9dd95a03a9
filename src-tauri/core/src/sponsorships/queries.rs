//! Reading and writing sponsorships, and the views that sponsor and initiative pages show.
//! Each write adds a history row in the caller's transaction.

use chrono::NaiveDate;
use rusqlite::types::ToSql;
use rusqlite::{params_from_iter, Connection, Row, Transaction};

use super::active::is_active_parts;
use super::model::{Contributions, Sponsorship, SponsorshipInput, SponsorshipView};
use super::validate::check_on;
use crate::error::Result;
use crate::history::{self, HistoryAction};
use crate::store::{all_rows, one_row, row_params};
use crate::validate::{into_result, record_label};
use crate::Id;

const ENTITY: &str = "sponsorships";

/// Maps the 14 columns of a sponsorship starting at `at`.
fn from_row_at(r: &Row, at: usize) -> rusqlite::Result<Sponsorship> {
    Ok(Sponsorship {
        id: r.get(at)?,
        sponsor_id: r.get(at + 1)?,
        initiative_id: r.get(at + 2)?,
        role: r.get(at + 3)?,
        start_date: r.get(at + 4)?,
        end_date: r.get(at + 5)?,
        contributions: Contributions {
            translates_strategy: r.get(at + 6)?,
            legitimizes: r.get(at + 7)?,
            channels_resources: r.get(at + 8)?,
            gives_voice: r.get(at + 9)?,
            negotiates_accountability: r.get(at + 10)?,
        },
        notes: r.get(at + 11)?,
        created_at: r.get(at + 12)?,
        updated_at: r.get(at + 13)?,
    })
}

/// The columns `from_row_at` reads, as one literal so statements can be built with `concat!`.
macro_rules! select_sponsorships {
    () => {
        "SELECT id, sponsor_id, initiative_id, role, start_date, end_date, translates_strategy,
                legitimizes, channels_resources, gives_voice, negotiates_accountability, notes,
                created_at, updated_at
         FROM sponsorships"
    };
}

pub fn get(conn: &Connection, id: Id) -> Result<Sponsorship> {
    one_row(
        conn,
        concat!(select_sponsorships!(), " WHERE id = ?1"),
        "sponsorship",
        id,
        |r| from_row_at(r, 0),
    )
}

/// Every sponsorship, by id (export).
pub(crate) fn list_by_id(conn: &Connection) -> Result<Vec<Sponsorship>> {
    all_rows(
        conn,
        concat!(select_sponsorships!(), " ORDER BY id"),
        [],
        |r| from_row_at(r, 0),
    )
}

/// The columns `views_on` reads: a sponsorship with its sponsor's and initiative's names.
macro_rules! select_views {
    () => {
        "SELECT s.name, s.tier, s.status, s.status_date, s.stance, i.name,
                p.id, p.sponsor_id, p.initiative_id, p.role, p.start_date, p.end_date,
                p.translates_strategy, p.legitimizes, p.channels_resources, p.gives_voice,
                p.negotiates_accountability, p.notes, p.created_at, p.updated_at
         FROM sponsorships p
         JOIN sponsors s ON s.id = p.sponsor_id
         JOIN initiatives i ON i.id = p.initiative_id"
    };
}

/// Sponsorships with names, filtered by sponsor and/or initiative (none: all), `active` as of
/// `today`. Active ones first, then by start date (newest first), then id.
pub fn views_on(
    conn: &Connection,
    sponsor_id: Option<Id>,
    initiative_id: Option<Id>,
    today: NaiveDate,
) -> Result<Vec<SponsorshipView>> {
    // One statement per case rather than `?1 IS NULL OR p.sponsor_id = ?1`, which keeps SQLite
    // from using the sponsor and initiative indexes: each view of one sponsor or initiative read
    // all 20,000 sponsorships of a large database.
    let (sql, ids): (&str, Vec<Id>) = match (sponsor_id, initiative_id) {
        (Some(s), Some(i)) => (
            concat!(
                select_views!(),
                " WHERE p.sponsor_id = ?1 AND p.initiative_id = ?2"
            ),
            vec![s, i],
        ),
        (Some(s), None) => (
            concat!(select_views!(), " WHERE p.sponsor_id = ?1"),
            vec![s],
        ),
        (None, Some(i)) => (
            concat!(select_views!(), " WHERE p.initiative_id = ?1"),
            vec![i],
        ),
        (None, None) => (select_views!(), Vec::new()),
    };
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params_from_iter(ids), |r| {
        let sponsorship = from_row_at(r, 6)?;
        let active = is_active_parts(&sponsorship, r.get(2)?, r.get(3)?, today);
        Ok(SponsorshipView {
            sponsor_name: r.get(0)?,
            sponsor_tier: r.get(1)?,
            sponsor_status: r.get(2)?,
            sponsor_stance: r.get(4)?,
            initiative_name: r.get(5)?,
            active,
            sponsorship,
        })
    })?;
    let mut views: Vec<SponsorshipView> = rows.collect::<rusqlite::Result<_>>()?;
    views.sort_by(|a, b| {
        b.active
            .cmp(&a.active)
            .then(b.sponsorship.start_date.cmp(&a.sponsorship.start_date))
            .then(a.sponsorship.id.cmp(&b.sponsorship.id))
    });
    Ok(views)
}

/// Inserts a row as given (`id` None lets SQLite choose). Used by create and by import.
pub(crate) fn insert(
    tx: &Transaction,
    id: Option<Id>,
    s: &SponsorshipInput,
    created_at: &str,
    updated_at: &str,
) -> Result<Id> {
    tx.prepare_cached(
        "INSERT INTO sponsorships (id, sponsor_id, initiative_id, role, start_date, end_date,
                translates_strategy, legitimizes, channels_resources, gives_voice,
                negotiates_accountability, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?
    .execute(row_params(&id, &columns(s), &[&created_at, &updated_at]))?;
    Ok(tx.last_insert_rowid())
}

/// `?2..` of the insert and update statements.
fn columns(s: &SponsorshipInput) -> [&dyn ToSql; 11] {
    let c = &s.contributions;
    [
        &s.sponsor_id,
        &s.initiative_id,
        &s.role,
        &s.start_date,
        &s.end_date,
        &c.translates_strategy,
        &c.legitimizes,
        &c.channels_resources,
        &c.gives_voice,
        &c.negotiates_accountability,
        &s.notes,
    ]
}

fn label(id: Option<Id>) -> String {
    record_label("sponsorship", id, "")
}

pub fn create(tx: &Transaction, input: &SponsorshipInput) -> Result<Sponsorship> {
    create_at(
        tx,
        input,
        &history::now(),
        chrono::Local::now().date_naive(),
    )
}

/// As `create`, stamped `at` and judging "open" as of `today` (the demo's deterministic clock).
pub(crate) fn create_at(
    tx: &Transaction,
    input: &SponsorshipInput,
    at: &str,
    today: NaiveDate,
) -> Result<Sponsorship> {
    into_result(label(None), check_on(tx, None, input, today)?)?;
    let id = insert(tx, None, input, at, at)?;
    let sponsorship = get(tx, id)?;
    history::record_at(
        tx,
        at,
        ENTITY,
        id,
        HistoryAction::Create,
        None,
        Some(&sponsorship),
    )?;
    Ok(sponsorship)
}

pub fn update(tx: &Transaction, id: Id, input: &SponsorshipInput) -> Result<Sponsorship> {
    let old = get(tx, id)?;
    into_result(
        label(Some(id)),
        check_on(tx, Some(id), input, chrono::Local::now().date_naive())?,
    )?;
    tx.prepare_cached(
        "UPDATE sponsorships SET sponsor_id = ?2, initiative_id = ?3, role = ?4, start_date = ?5,
                end_date = ?6, translates_strategy = ?7, legitimizes = ?8,
                channels_resources = ?9, gives_voice = ?10, negotiates_accountability = ?11,
                notes = ?12, updated_at = ?13
         WHERE id = ?1",
    )?
    .execute(row_params(&id, &columns(input), &[&history::now()]))?;
    history::updated(tx, ENTITY, id, &old, get(tx, id)?)
}

pub fn delete(tx: &Transaction, id: Id) -> Result<()> {
    let old = get(tx, id)?;
    tx.prepare_cached("DELETE FROM sponsorships WHERE id = ?1")?
        .execute([id])?;
    history::deleted(tx, ENTITY, id, &old)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sponsorships::check;
    use crate::sponsorships::SponsorshipRole::{Champion, ExecutiveSponsor};
    use crate::testing::{date, fields_of, initiative, sponsor, sponsorship, store_with_unit};
    use crate::Store;

    /// A store with one sponsor ("Ada") and one initiative ("KM Portal").
    fn fixture() -> (Store, Id, Id) {
        let (mut store, unit) = store_with_unit();
        let (s, i) = store
            .write(|tx| {
                let s = crate::sponsors::create(tx, &sponsor("Ada", unit, 1))?.id;
                let i = crate::initiatives::create(tx, &initiative("KM Portal"))?.id;
                Ok((s, i))
            })
            .unwrap();
        (store, s, i)
    }

    #[test]
    fn end_before_start_is_refused_and_same_day_is_fine() {
        let (mut store, s, i) = fixture();
        let mut input = sponsorship(s, i, ExecutiveSponsor);
        input.end_date = Some(date("2024-12-31"));
        let err = store.write(|tx| create(tx, &input)).unwrap_err();
        assert_eq!(fields_of(err), ["end_date"]);
        input.end_date = input.start_date;
        store.write(|tx| create(tx, &input)).unwrap();
    }

    #[test]
    fn missing_references_and_start_are_all_reported() {
        let (store, _, _) = fixture();
        let mut input = sponsorship(77, 88, Champion);
        input.start_date = None;
        let fields: Vec<String> = check(store.conn(), None, &input)
            .unwrap()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["start_date", "sponsor_id", "initiative_id"]);
        input.sponsor_id = None;
        input.initiative_id = None;
        let fields: Vec<String> = check(store.conn(), None, &input)
            .unwrap()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["sponsor_id", "initiative_id", "start_date"]);
    }

    #[test]
    fn a_second_open_sponsorship_in_the_same_role_is_refused() {
        let (mut store, s, i) = fixture();
        let first = store
            .write(|tx| create(tx, &sponsorship(s, i, ExecutiveSponsor)))
            .unwrap();
        let err = store
            .write(|tx| create(tx, &sponsorship(s, i, ExecutiveSponsor)))
            .unwrap_err();
        let errors = err.field_errors();
        assert_eq!(errors[0].field, "role");
        assert!(errors[0].message.contains("Ada"), "{}", errors[0].message);
        assert!(
            errors[0].message.contains("\"KM Portal\""),
            "{}",
            errors[0].message
        );
        // Another role, or the same one once the first has ended, is fine.
        store
            .write(|tx| create(tx, &sponsorship(s, i, Champion)))
            .unwrap();
        let mut ended = sponsorship(s, i, ExecutiveSponsor);
        ended.end_date = Some(date("2025-02-01"));
        store.write(|tx| update(tx, first.id, &ended)).unwrap();
        store
            .write(|tx| create(tx, &sponsorship(s, i, ExecutiveSponsor)))
            .unwrap();
        // Updating a sponsorship does not collide with itself.
        store.write(|tx| update(tx, first.id, &ended)).unwrap();
    }

    #[test]
    fn writes_record_history_and_delete_removes() {
        let (mut store, s, i) = fixture();
        let id = store
            .write(|tx| Ok(create(tx, &sponsorship(s, i, Champion))?.id))
            .unwrap();
        let mut input = sponsorship(s, i, Champion);
        input.contributions.gives_voice = true;
        assert!(
            store
                .write(|tx| update(tx, id, &input))
                .unwrap()
                .contributions
                .gives_voice
        );
        store.write(|tx| delete(tx, id)).unwrap();
        assert_eq!(
            history::list_for(store.conn(), ENTITY, id).unwrap().len(),
            3
        );
        assert_eq!(
            get(store.conn(), id).unwrap_err().code(),
            crate::ErrorCode::NotFound
        );
    }
}
