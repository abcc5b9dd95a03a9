//! Reading and writing sponsors: the filtered, sorted list, the detail page, and writes that
//! each add a history row in the caller's transaction. Deleting someone still referenced is refused.

use std::cmp::Ordering;

use chrono::NaiveDate;
use rusqlite::types::ToSql;
use rusqlite::{params, Connection, Row, Transaction};

use super::model::{Sponsor, SponsorDetail, SponsorInput, SponsorQuery, SponsorRow, SponsorSort};
use super::validate::{check, clean_email};
use crate::error::{CoreError, Result};
use crate::history::{self, HistoryAction};
use crate::store::{all_rows, one_row, row_params};
use crate::validate::{into_result, record_label};
use crate::Id;

const ENTITY: &str = "sponsors";

fn from_row(r: &Row) -> rusqlite::Result<Sponsor> {
    Ok(Sponsor {
        id: r.get(0)?,
        name: r.get(1)?,
        title: r.get(2)?,
        email: r.get(3)?,
        org_unit_id: r.get(4)?,
        reports_to_id: r.get(5)?,
        tier: r.get(6)?,
        stance: r.get(7)?,
        influence: r.get(8)?,
        interest: r.get(9)?,
        status: r.get(10)?,
        status_date: r.get(11)?,
        priorities: r.get(12)?,
        talking_points: r.get(13)?,
        preferred_channel: r.get(14)?,
        notes: r.get(15)?,
        created_at: r.get(16)?,
        updated_at: r.get(17)?,
    })
}

/// The columns `from_row` reads, as one literal so statements can be built with `concat!`.
macro_rules! select_sponsors {
    () => {
        "SELECT id, name, title, email, org_unit_id, reports_to_id, tier, stance, influence,
                interest, status, status_date, priorities, talking_points, preferred_channel,
                notes, created_at, updated_at
         FROM sponsors"
    };
}

pub fn get(conn: &Connection, id: Id) -> Result<Sponsor> {
    one_row(
        conn,
        concat!(select_sponsors!(), " WHERE id = ?1"),
        "sponsor",
        id,
        from_row,
    )
}

/// Every sponsor, by id (export).
pub(crate) fn list_by_id(conn: &Connection) -> Result<Vec<Sponsor>> {
    all_rows(
        conn,
        concat!(select_sponsors!(), " ORDER BY id"),
        [],
        from_row,
    )
}

/// The sponsors list as of today.
pub fn list(conn: &Connection, query: &SponsorQuery) -> Result<Vec<SponsorRow>> {
    list_on(conn, query, chrono::Local::now().date_naive())
}

/// The sponsors list, counting sponsorships still open on `today`.
pub fn list_on(
    conn: &Connection,
    query: &SponsorQuery,
    today: NaiveDate,
) -> Result<Vec<SponsorRow>> {
    let mut rows = rows(conn, query, None, today)?;
    if let Some(needle) = query.search.as_deref().map(|s| s.trim().to_lowercase()) {
        // Filtered here rather than in SQL: SQLite's lower() only folds ASCII.
        rows.retain(|(row, _)| {
            row.name.to_lowercase().contains(&needle) || row.title.to_lowercase().contains(&needle)
        });
    }
    let sort = query.sort.unwrap_or(SponsorSort::Name);
    // Lower-cased once per row, not once per comparison: 5,000 rows sort in a fraction of the
    // time.
    let mut keyed: Vec<(String, String, SponsorRow, String)> = rows
        .into_iter()
        .map(|(row, updated)| {
            (
                row.name.to_lowercase(),
                row.org_unit.to_lowercase(),
                row,
                updated,
            )
        })
        .collect();
    keyed.sort_by(
        |(a_name, a_unit, a, a_updated), (b_name, b_unit, b, b_updated)| {
            let primary = match sort {
                SponsorSort::Name => Ordering::Equal,
                SponsorSort::Tier => a.tier.cmp(&b.tier),
                SponsorSort::Stance => a.stance.cmp(&b.stance),
                SponsorSort::Status => a.status.cmp(&b.status),
                SponsorSort::OrgUnit => a_unit.cmp(b_unit),
                SponsorSort::Influence => a.influence.cmp(&b.influence),
                SponsorSort::Updated => a_updated.cmp(b_updated),
            };
            let by_name = |(an, a): (&String, &SponsorRow), (bn, b): (&String, &SponsorRow)| {
                an.cmp(bn).then(a.id.cmp(&b.id))
            };
            match (sort, query.descending) {
                (SponsorSort::Name, true) => by_name((b_name, b), (a_name, a)),
                (_, true) => primary
                    .reverse()
                    .then_with(|| by_name((a_name, a), (b_name, b))),
                (_, false) => primary.then_with(|| by_name((a_name, a), (b_name, b))),
            }
        },
    );
    Ok(keyed.into_iter().map(|(_, _, row, _)| row).collect())
}

/// The stable tiebreak of every order: name ignoring case, then id.
fn by_name(a: &SponsorRow, b: &SponsorRow) -> Ordering {
    a.name
        .to_lowercase()
        .cmp(&b.name.to_lowercase())
        .then(a.id.cmp(&b.id))
}

/// List rows (with their `updated_at`, for sorting) matching the SQL-side filters.
fn rows(
    conn: &Connection,
    query: &SponsorQuery,
    reports_to: Option<Id>,
    today: NaiveDate,
) -> Result<Vec<(SponsorRow, String)>> {
    let mut stmt = conn.prepare_cached(
        "WITH RECURSIVE units(id) AS (
             SELECT id FROM org_units WHERE id = ?4
             UNION SELECT o.id FROM org_units o JOIN units u ON o.parent_id = u.id
         )
         SELECT s.id, s.name, s.title, s.tier, s.stance, s.status, s.status_date, s.org_unit_id,
                o.name, s.influence, s.interest,
                (SELECT count(*) FROM sponsorships p
                  WHERE p.sponsor_id = s.id AND (p.end_date IS NULL OR p.end_date >= ?5)),
                s.updated_at
         FROM sponsors s JOIN org_units o ON o.id = s.org_unit_id
         WHERE (?1 IS NULL OR s.tier = ?1)
           AND (?2 IS NULL OR s.stance = ?2)
           AND (?3 IS NULL OR s.status = ?3)
           AND (?4 IS NULL OR s.org_unit_id IN (SELECT id FROM units))
           AND (?6 IS NULL OR s.reports_to_id = ?6)",
    )?;
    let rows = stmt.query_map(
        params![
            query.tier,
            query.stance,
            query.status,
            query.org_unit_id,
            today,
            reports_to
        ],
        |r| {
            let row = SponsorRow {
                id: r.get(0)?,
                name: r.get(1)?,
                title: r.get(2)?,
                tier: r.get(3)?,
                stance: r.get(4)?,
                status: r.get(5)?,
                status_date: r.get(6)?,
                org_unit_id: r.get(7)?,
                org_unit: r.get(8)?,
                influence: r.get(9)?,
                interest: r.get(10)?,
                open_sponsorships: r.get(11)?,
            };
            Ok((row, r.get(12)?))
        },
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Everything a sponsor's page shows, as of today.
pub fn detail(conn: &Connection, id: Id) -> Result<SponsorDetail> {
    detail_on(conn, id, chrono::Local::now().date_naive())
}

pub fn detail_on(conn: &Connection, id: Id, today: NaiveDate) -> Result<SponsorDetail> {
    let sponsor = get(conn, id)?;
    let org_unit = crate::org_units::get(conn, sponsor.org_unit_id)?.name;
    let reports_to = match sponsor.reports_to_id {
        Some(boss) => Some(get(conn, boss)?.name),
        None => None,
    };
    let mut direct_reports: Vec<SponsorRow> =
        rows(conn, &SponsorQuery::default(), Some(id), today)?
            .into_iter()
            .map(|(row, _)| row)
            .collect();
    direct_reports.sort_by(by_name);
    Ok(SponsorDetail {
        org_unit,
        reports_to,
        direct_reports,
        sponsorships: crate::sponsorships::views_on(conn, Some(id), None, today)?,
        history: history::list_for(conn, ENTITY, id)?,
        sponsor,
    })
}

/// Inserts a row as given (`id` None lets SQLite choose). Used by create and by import.
pub(crate) fn insert(
    tx: &Transaction,
    id: Option<Id>,
    s: &SponsorInput,
    created_at: &str,
    updated_at: &str,
) -> Result<Id> {
    tx.prepare_cached(
        "INSERT INTO sponsors (id, name, title, email, org_unit_id, reports_to_id, tier, stance,
                influence, interest, status, status_date, priorities, talking_points,
                preferred_channel, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
    )?
    .execute(row_params(&id, &columns(s), &[&created_at, &updated_at]))?;
    Ok(tx.last_insert_rowid())
}

/// `?2..` of the insert and update statements.
fn columns(s: &SponsorInput) -> [&dyn ToSql; 15] {
    [
        &s.name,
        &s.title,
        &s.email,
        &s.org_unit_id,
        &s.reports_to_id,
        &s.tier,
        &s.stance,
        &s.influence,
        &s.interest,
        &s.status,
        &s.status_date,
        &s.priorities,
        &s.talking_points,
        &s.preferred_channel,
        &s.notes,
    ]
}

/// What is stored: the name trimmed, a blank email as none.
fn normalized(input: &SponsorInput) -> SponsorInput {
    SponsorInput {
        name: input.name.trim().to_string(),
        email: clean_email(input.email.as_deref()).map(str::to_string),
        ..input.clone()
    }
}

fn validated(conn: &Connection, id: Option<Id>, input: &SponsorInput) -> Result<SponsorInput> {
    into_result(
        record_label("sponsor", id, &input.name),
        check(conn, id, input)?,
    )?;
    Ok(normalized(input))
}

pub fn create(tx: &Transaction, input: &SponsorInput) -> Result<Sponsor> {
    create_at(tx, input, &history::now())
}

/// As `create`, stamped `at` (the demo's deterministic clock).
pub(crate) fn create_at(tx: &Transaction, input: &SponsorInput, at: &str) -> Result<Sponsor> {
    let id = insert(tx, None, &validated(tx, None, input)?, at, at)?;
    let sponsor = get(tx, id)?;
    history::record_at(
        tx,
        at,
        ENTITY,
        id,
        HistoryAction::Create,
        None,
        Some(&sponsor),
    )?;
    Ok(sponsor)
}

pub fn update(tx: &Transaction, id: Id, input: &SponsorInput) -> Result<Sponsor> {
    let old = get(tx, id)?;
    let s = validated(tx, Some(id), input)?;
    tx.prepare_cached(
        "UPDATE sponsors SET name = ?2, title = ?3, email = ?4, org_unit_id = ?5,
                reports_to_id = ?6, tier = ?7, stance = ?8, influence = ?9, interest = ?10,
                status = ?11, status_date = ?12, priorities = ?13, talking_points = ?14,
                preferred_channel = ?15, notes = ?16, updated_at = ?17
         WHERE id = ?1",
    )?
    .execute(row_params(&id, &columns(&s), &[&history::now()]))?;
    history::updated(tx, ENTITY, id, &old, get(tx, id)?)
}

/// Deletes a sponsor nothing refers to; otherwise a Conflict saying what to end or change first.
pub fn delete(tx: &Transaction, id: Id) -> Result<()> {
    let old = get(tx, id)?;
    let names = |sql: &str| -> Result<Vec<String>> {
        let mut stmt = tx.prepare_cached(sql)?;
        let rows = stmt.query_map([id], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    };
    let initiatives = names(
        "SELECT i.name FROM sponsorships p JOIN initiatives i ON i.id = p.initiative_id
         WHERE p.sponsor_id = ?1 ORDER BY i.name",
    )?;
    let reports = names("SELECT name FROM sponsors WHERE reports_to_id = ?1 ORDER BY name")?;
    let mut uses = Vec::new();
    if !initiatives.is_empty() {
        uses.push(format!(
            "{} sponsorship(s) ({}): delete those sponsorships first, or keep the person and set their status to departed",
            initiatives.len(),
            initiatives.join(", ")
        ));
    }
    if !reports.is_empty() {
        uses.push(format!(
            "{} person(s) reporting to them ({}): change who they report to first",
            reports.len(),
            reports.join(", ")
        ));
    }
    if let Some(others) = crate::references::sponsor_uses(tx, id)? {
        uses.push(format!(
            "{others}: end or remove those first, or keep the person and set their status to departed"
        ));
    }
    if !uses.is_empty() {
        return Err(CoreError::Conflict {
            field: None,
            message: format!("Sponsor \"{}\" still has {}", old.name, uses.join("; and ")),
        });
    }
    tx.prepare_cached("DELETE FROM sponsors WHERE id = ?1")?
        .execute([id])?;
    history::deleted(tx, ENTITY, id, &old)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sponsors::{SponsorStatus, Stance};
    use crate::sponsorships::SponsorshipRole;
    use crate::testing::{
        date, fields_of, initiative, sponsor, sponsorship, store_with_unit, unit,
    };
    use crate::Store;

    fn add(store: &mut Store, input: &SponsorInput) -> Id {
        store.write(|tx| Ok(create(tx, input)?.id)).unwrap()
    }

    #[test]
    fn name_length_boundaries() {
        let (mut store, unit) = store_with_unit();
        add(&mut store, &sponsor(&"x".repeat(200), unit, 1));
        for bad in [String::new(), "x".repeat(201), "x".repeat(500)] {
            let err = store
                .write(|tx| create(tx, &sponsor(&bad, unit, 1)))
                .unwrap_err();
            assert_eq!(fields_of(err), ["name"]);
        }
    }

    #[test]
    fn tier_and_scores_are_in_range() {
        let (mut store, unit) = store_with_unit();
        for tier in [1, 4] {
            add(&mut store, &sponsor(&format!("T{tier}"), unit, tier));
        }
        for tier in [0, 5] {
            let err = store
                .write(|tx| create(tx, &sponsor("Tee", unit, tier)))
                .unwrap_err();
            assert_eq!(fields_of(err), ["tier"]);
        }
        let mut input = sponsor("Scores", unit, 2);
        input.influence = 0;
        input.interest = 6;
        let err = store.write(|tx| create(tx, &input)).unwrap_err();
        assert_eq!(fields_of(err), ["influence", "interest"]);
    }

    #[test]
    fn status_dates_follow_the_status() {
        let (mut store, unit) = store_with_unit();
        let mut input = sponsor("Dee Parting", unit, 1);
        input.status = SponsorStatus::Departing;
        let err = store.write(|tx| create(tx, &input)).unwrap_err();
        let errors = err.field_errors();
        assert_eq!(errors[0].field, "status_date");
        assert_eq!(
            errors[0].message,
            "A departing sponsor needs the expected departure date"
        );
        assert!(
            err.to_string().starts_with("new sponsor \"Dee Parting\": "),
            "{err}"
        );
        input.status_date = Some(date("2026-09-30"));
        add(&mut store, &input);
        let mut active = sponsor("Al Ready", unit, 1);
        active.status_date = Some(date("2026-09-30"));
        let err = store.write(|tx| create(tx, &active)).unwrap_err();
        assert_eq!(fields_of(err), ["status_date"]);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let (store, _) = store_with_unit();
        let mut input = sponsor("", 99, 0);
        input.email = Some("nope".into());
        input.status = SponsorStatus::Departed;
        input.reports_to_id = Some(42);
        let fields: Vec<String> = check(store.conn(), None, &input)
            .unwrap()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                "name",
                "email",
                "tier",
                "status_date",
                "org_unit_id",
                "reports_to_id"
            ]
        );
    }

    #[test]
    fn emails_are_unique_ignoring_case() {
        let (mut store, unit) = store_with_unit();
        let mut ada = sponsor("Ada", unit, 1);
        ada.email = Some(" Ada@Example.org ".into());
        let id = add(&mut store, &ada);
        assert_eq!(
            get(store.conn(), id).unwrap().email.as_deref(),
            Some("Ada@Example.org")
        );
        let mut other = sponsor("Other", unit, 1);
        other.email = Some("ada@example.ORG".into());
        let err = store.write(|tx| create(tx, &other)).unwrap_err();
        assert_eq!(fields_of(err), ["email"]);
        // Saving Ada again with her own address is fine.
        store.write(|tx| update(tx, id, &ada)).unwrap();
        other.email = Some("  ".into());
        let other_id = add(&mut store, &other);
        assert_eq!(get(store.conn(), other_id).unwrap().email, None);
    }

    #[test]
    fn reports_to_loops_of_one_two_and_three_are_refused() {
        let (mut store, unit) = store_with_unit();
        let a = add(&mut store, &sponsor("A", unit, 1));
        let mut b_input = sponsor("B", unit, 2);
        b_input.reports_to_id = Some(a);
        let b = add(&mut store, &b_input);
        let mut c_input = sponsor("C", unit, 3);
        c_input.reports_to_id = Some(b);
        let c = add(&mut store, &c_input);
        let mut a_input = sponsor("A", unit, 1);
        for (boss, expected) in [(a, "themselves"), (b, "(B → A)"), (c, "(C → B → A)")] {
            a_input.reports_to_id = Some(boss);
            let err = store.write(|tx| update(tx, a, &a_input)).unwrap_err();
            let errors = err.field_errors();
            assert_eq!(errors[0].field, "reports_to_id");
            assert!(
                errors[0].message.contains(expected),
                "{}",
                errors[0].message
            );
        }
        a_input.reports_to_id = Some(999);
        assert_eq!(
            fields_of(store.write(|tx| update(tx, a, &a_input)).unwrap_err()),
            ["reports_to_id"]
        );
    }

    #[test]
    fn update_and_delete_record_history() {
        let (mut store, unit) = store_with_unit();
        let id = add(&mut store, &sponsor("Ada", unit, 1));
        let mut input = sponsor("Ada Lovelace", unit, 2);
        input.stance = Stance::Champion;
        let updated = store.write(|tx| update(tx, id, &input)).unwrap();
        assert_eq!((updated.tier, updated.stance), (2, Stance::Champion));
        let entries = history::list_for(store.conn(), ENTITY, id).unwrap();
        assert_eq!(entries[0].action, HistoryAction::Update);
        assert_eq!(entries[0].old_values.as_ref().unwrap()["name"], "Ada");
        assert_eq!(
            entries[0].new_values.as_ref().unwrap()["name"],
            "Ada Lovelace"
        );
        store.write(|tx| delete(tx, id)).unwrap();
        assert_eq!(
            history::list_for(store.conn(), ENTITY, id).unwrap().len(),
            3
        );
        let err = store.write(|tx| update(tx, id, &input)).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::NotFound);
    }

    #[test]
    fn deleting_a_sponsor_still_referenced_is_a_conflict() {
        let (mut store, unit) = store_with_unit();
        let boss = add(&mut store, &sponsor("Boss", unit, 1));
        let mut input = sponsor("Report", unit, 3);
        input.reports_to_id = Some(boss);
        add(&mut store, &input);
        store
            .write(|tx| {
                let i = crate::initiatives::create(tx, &initiative("KM Portal"))?.id;
                crate::sponsorships::create(
                    tx,
                    &sponsorship(boss, i, SponsorshipRole::ExecutiveSponsor),
                )
            })
            .unwrap();
        let err = store.write(|tx| delete(tx, boss)).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::Conflict);
        let message = err.to_string();
        assert!(
            message.contains("1 sponsorship(s) (KM Portal)"),
            "{message}"
        );
        assert!(message.contains("reporting to them (Report)"), "{message}");
    }

    #[test]
    fn list_filters_searches_and_sorts() {
        let (mut store, products) = store_with_unit();
        let (web, team) = store
            .write(|tx| {
                let web = crate::org_units::create(tx, &unit("Web", Some(products)))?.id;
                let team = crate::org_units::create(tx, &unit("Front end", Some(web)))?.id;
                Ok((web, team))
            })
            .unwrap();
        let mut zoe = sponsor("Zoë Zed", team, 3);
        zoe.title = "Head of ÉTUDES".into();
        zoe.influence = 5;
        let zoe = add(&mut store, &zoe);
        let mut bob = sponsor("bob", web, 1);
        bob.stance = Stance::Skeptic;
        let bob = add(&mut store, &bob);
        let mut amy = sponsor("Amy", products, 3);
        amy.status = SponsorStatus::Departing;
        amy.status_date = Some(date("2026-08-01"));
        let amy = add(&mut store, &amy);
        let today = date("2026-06-01");
        let ids = |q: &SponsorQuery| -> Vec<Id> {
            list_on(store.conn(), q, today)
                .unwrap()
                .iter()
                .map(|r| r.id)
                .collect()
        };
        assert_eq!(ids(&SponsorQuery::default()), [amy, bob, zoe]);
        let q = SponsorQuery {
            search: Some("études".into()),
            ..Default::default()
        };
        assert_eq!(ids(&q), [zoe]);
        let q = SponsorQuery {
            search: Some("ZOË".into()),
            ..Default::default()
        };
        assert_eq!(ids(&q), [zoe]);
        let q = SponsorQuery {
            org_unit_id: Some(web),
            ..Default::default()
        };
        assert_eq!(ids(&q), [bob, zoe]);
        let q = SponsorQuery {
            tier: Some(3),
            ..Default::default()
        };
        assert_eq!(ids(&q), [amy, zoe]);
        let q = SponsorQuery {
            stance: Some(Stance::Skeptic),
            ..Default::default()
        };
        assert_eq!(ids(&q), [bob]);
        let q = SponsorQuery {
            status: Some(SponsorStatus::Departing),
            ..Default::default()
        };
        assert_eq!(ids(&q), [amy]);
        let sorted = |sort: SponsorSort, descending: bool| {
            ids(&SponsorQuery {
                sort: Some(sort),
                descending,
                ..Default::default()
            })
        };
        assert_eq!(sorted(SponsorSort::Name, true), [zoe, bob, amy]);
        assert_eq!(sorted(SponsorSort::Tier, false), [bob, amy, zoe]);
        assert_eq!(sorted(SponsorSort::Tier, true), [amy, zoe, bob]);
        assert_eq!(sorted(SponsorSort::Stance, false), [amy, zoe, bob]);
        assert_eq!(sorted(SponsorSort::Status, true), [amy, bob, zoe]);
        assert_eq!(sorted(SponsorSort::OrgUnit, false), [zoe, amy, bob]);
        assert_eq!(sorted(SponsorSort::Influence, true), [zoe, amy, bob]);
        // Writes in one millisecond share a stamp; set distinct ones to test the order.
        for (id, at) in [
            (zoe, "2026-01-03"),
            (bob, "2026-01-01"),
            (amy, "2026-01-02"),
        ] {
            store
                .conn()
                .execute(
                    "UPDATE sponsors SET updated_at = ?2 WHERE id = ?1",
                    params![id, at],
                )
                .unwrap();
        }
        assert_eq!(sorted(SponsorSort::Updated, false), [bob, amy, zoe]);
    }

    #[test]
    fn open_sponsorships_count_those_not_ended_before_today() {
        let (mut store, unit) = store_with_unit();
        let id = add(&mut store, &sponsor("Ada", unit, 1));
        store
            .write(|tx| {
                let i = crate::initiatives::create(tx, &initiative("KM Portal"))?.id;
                for (role, end) in [
                    (SponsorshipRole::ExecutiveSponsor, None),
                    (SponsorshipRole::Champion, Some("2026-06-01")),
                    (SponsorshipRole::SuccessorInWaiting, Some("2026-05-31")),
                ] {
                    let mut input = sponsorship(id, i, role);
                    input.end_date = end.map(date);
                    crate::sponsorships::create(tx, &input)?;
                }
                Ok(())
            })
            .unwrap();
        let rows = list_on(store.conn(), &SponsorQuery::default(), date("2026-06-01")).unwrap();
        assert_eq!(rows[0].open_sponsorships, 2);
        let detail = detail_on(store.conn(), id, date("2026-06-01")).unwrap();
        assert_eq!(detail.sponsorships.len(), 3);
        assert_eq!(detail.sponsorships.iter().filter(|v| v.active).count(), 2);
        assert_eq!(detail.org_unit, "Products");
        assert_eq!(detail.history.len(), 1);
    }

    #[test]
    fn detail_shows_boss_and_direct_reports() {
        let (mut store, unit) = store_with_unit();
        let boss = add(&mut store, &sponsor("Boss", unit, 1));
        for name in ["Zed", "Amy"] {
            let mut input = sponsor(name, unit, 2);
            input.reports_to_id = Some(boss);
            add(&mut store, &input);
        }
        let detail = detail_on(store.conn(), boss, date("2026-06-01")).unwrap();
        let names: Vec<&str> = detail
            .direct_reports
            .iter()
            .map(|r| r.name.as_str())
            .collect();
        assert_eq!(names, ["Amy", "Zed"]);
        let zed = detail_on(
            store.conn(),
            detail.direct_reports[1].id,
            date("2026-06-01"),
        )
        .unwrap();
        assert_eq!(zed.reports_to.as_deref(), Some("Boss"));
    }
}
