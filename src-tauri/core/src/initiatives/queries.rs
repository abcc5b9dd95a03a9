//! Reading and writing initiatives with their milestones, assessments and spanned org units,
//! and the coverage their pages show. Children are replaced as a whole in the same transaction.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::types::ToSql;
use rusqlite::{params, Connection, Row, Transaction};
use serde::Serialize;

use super::coverage::coverage;
use super::model::{
    Assessment, AssessmentInput, Initiative, InitiativeDetail, InitiativeInput, InitiativeRow,
    Milestone, MilestoneInput, RequiredCoverage, TierGroup,
};
use super::validate::check;
use crate::error::{CoreError, Result};
use crate::history::{self, HistoryAction};
use crate::sponsorships::views_on;
use crate::store::{all_rows, one_row, row_params};
use crate::validate::{into_result, record_label};
use crate::Id;

const ENTITY: &str = "initiatives";

fn from_row(r: &Row) -> rusqlite::Result<Initiative> {
    Ok(Initiative {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: r.get(2)?,
        business_problem: r.get(3)?,
        measurable_goal: r.get(4)?,
        owner: r.get(5)?,
        status: r.get(6)?,
        start_date: r.get(7)?,
        target_date: r.get(8)?,
        maturity_baseline: r.get(9)?,
        required_coverage: RequiredCoverage {
            executive: r.get(10)?,
            tier1: r.get(11)?,
            tier2: r.get(12)?,
            tier3: r.get(13)?,
            tier4: r.get(14)?,
        },
        created_at: r.get(15)?,
        updated_at: r.get(16)?,
    })
}

/// The columns `from_row` reads, as one literal so statements can be built with `concat!`.
macro_rules! select_initiatives {
    () => {
        "SELECT id, name, kind, business_problem, measurable_goal, owner, status, start_date,
                target_date, maturity_baseline, required_executive, required_tier1,
                required_tier2, required_tier3, required_tier4, created_at, updated_at
         FROM initiatives"
    };
}

pub fn get(conn: &Connection, id: Id) -> Result<Initiative> {
    one_row(
        conn,
        concat!(select_initiatives!(), " WHERE id = ?1"),
        "initiative",
        id,
        from_row,
    )
}

/// Every initiative, by id (export and the list).
pub(crate) fn list_by_id(conn: &Connection) -> Result<Vec<Initiative>> {
    all_rows(
        conn,
        concat!(select_initiatives!(), " ORDER BY id"),
        [],
        from_row,
    )
}

/// Milestones of one initiative (`Some`) or of all (`None`), by id.
pub(crate) fn milestones_by_id(
    conn: &Connection,
    initiative: Option<Id>,
) -> Result<Vec<Milestone>> {
    let sql = "SELECT id, initiative_id, quarter, title, done FROM initiative_milestones
               WHERE ?1 IS NULL OR initiative_id = ?1 ORDER BY id";
    all_rows(conn, sql, [initiative], |r| {
        Ok(Milestone {
            id: r.get(0)?,
            initiative_id: r.get(1)?,
            quarter: r.get(2)?,
            title: r.get(3)?,
            done: r.get(4)?,
        })
    })
}

/// Assessments of one initiative (`Some`) or of all (`None`), by id.
pub(crate) fn assessments_by_id(
    conn: &Connection,
    initiative: Option<Id>,
) -> Result<Vec<Assessment>> {
    let sql = "SELECT id, initiative_id, assessed_on, level, note FROM initiative_assessments
               WHERE ?1 IS NULL OR initiative_id = ?1 ORDER BY id";
    all_rows(conn, sql, [initiative], |r| {
        Ok(Assessment {
            id: r.get(0)?,
            initiative_id: r.get(1)?,
            assessed_on: r.get(2)?,
            level: r.get(3)?,
            note: r.get(4)?,
        })
    })
}

/// (initiative id, org unit id) pairs, of one initiative or of all, in that order.
pub(crate) fn org_units_by_initiative(
    conn: &Connection,
    initiative: Option<Id>,
) -> Result<Vec<(Id, Id)>> {
    let sql = "SELECT initiative_id, org_unit_id FROM initiative_org_units
               WHERE ?1 IS NULL OR initiative_id = ?1 ORDER BY initiative_id, org_unit_id";
    all_rows(conn, sql, [initiative], |r| Ok((r.get(0)?, r.get(1)?)))
}

/// The initiatives list as of today.
pub fn list(conn: &Connection) -> Result<Vec<InitiativeRow>> {
    list_on(conn, chrono::Local::now().date_naive())
}

/// The initiatives list by name, with active sponsors and coverage as of `today`.
pub fn list_on(conn: &Connection, today: NaiveDate) -> Result<Vec<InitiativeRow>> {
    // Active sponsors as the list shows them, and those among them that count toward coverage
    // (not a successor-in-waiting), as the warnings engine counts them.
    let mut active: HashMap<Id, Vec<(Id, u8)>> = HashMap::new();
    let mut covering: HashMap<Id, Vec<(Id, u8)>> = HashMap::new();
    for view in views_on(conn, None, None, today)?
        .into_iter()
        .filter(|v| v.active)
    {
        let entry = (view.sponsorship.sponsor_id, view.sponsor_tier);
        if view.sponsorship.role.covers() {
            covering
                .entry(view.sponsorship.initiative_id)
                .or_default()
                .push(entry);
        }
        active
            .entry(view.sponsorship.initiative_id)
            .or_default()
            .push(entry);
    }
    let mut rows: Vec<InitiativeRow> = list_by_id(conn)?
        .into_iter()
        .map(|i| {
            let sponsors = active.get(&i.id).map(Vec::as_slice).unwrap_or_default();
            let counted = covering.get(&i.id).map(Vec::as_slice).unwrap_or_default();
            row_of(i, sponsors, counted)
        })
        .collect();
    rows.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then(a.id.cmp(&b.id))
    });
    Ok(rows)
}

/// The row `list_on` shows for `initiative` (as `get` read it), for a page that needs only a
/// few of them (a sponsor's brief): reads that initiative's sponsorships, not all of them.
pub fn row_on(
    conn: &Connection,
    initiative: Initiative,
    today: NaiveDate,
) -> Result<InitiativeRow> {
    let id = initiative.id;
    let (mut active, mut covering) = (Vec::new(), Vec::new());
    for view in views_on(conn, None, Some(id), today)?
        .into_iter()
        .filter(|v| v.active)
    {
        let entry = (view.sponsorship.sponsor_id, view.sponsor_tier);
        if view.sponsorship.role.covers() {
            covering.push(entry);
        }
        active.push(entry);
    }
    Ok(row_of(initiative, &active, &covering))
}

/// Every initiative's name, by id.
pub fn names(conn: &Connection) -> Result<HashMap<Id, String>> {
    let pairs = all_rows(conn, "SELECT id, name FROM initiatives", [], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })?;
    Ok(pairs.into_iter().collect())
}

/// A list row from an initiative, its active sponsors (id, tier) and those among them that
/// count toward coverage.
fn row_of(i: Initiative, sponsors: &[(Id, u8)], counted: &[(Id, u8)]) -> InitiativeRow {
    let mut people: Vec<Id> = sponsors.iter().map(|(id, _)| *id).collect();
    people.sort_unstable();
    people.dedup();
    InitiativeRow {
        covered: coverage(&i.required_coverage, counted)
            .iter()
            .all(|l| l.met),
        active_sponsors: u32::try_from(people.len()).unwrap_or(u32::MAX),
        id: i.id,
        name: i.name,
        kind: i.kind,
        status: i.status,
        owner: i.owner,
        target_date: i.target_date,
    }
}

/// Everything an initiative's page shows, as of today.
pub fn detail(conn: &Connection, id: Id) -> Result<InitiativeDetail> {
    detail_on(conn, id, chrono::Local::now().date_naive())
}

pub fn detail_on(conn: &Connection, id: Id, today: NaiveDate) -> Result<InitiativeDetail> {
    let initiative = get(conn, id)?;
    let views = views_on(conn, None, Some(id), today)?;
    // A successor-in-waiting is listed in the tiers but does not count toward coverage.
    let active: Vec<(Id, u8)> = views
        .iter()
        .filter(|v| v.active && v.sponsorship.role.covers())
        .map(|v| (v.sponsorship.sponsor_id, v.sponsor_tier))
        .collect();
    let tiers = (1..=4)
        .map(|tier| TierGroup {
            tier,
            sponsorships: views
                .iter()
                .filter(|v| v.sponsor_tier == tier)
                .cloned()
                .collect(),
        })
        .collect();
    Ok(InitiativeDetail {
        coverage: coverage(&initiative.required_coverage, &active),
        org_unit_ids: org_units_by_initiative(conn, Some(id))?
            .into_iter()
            .map(|(_, u)| u)
            .collect(),
        milestones: milestones_by_id(conn, Some(id))?,
        assessments: assessments_by_id(conn, Some(id))?,
        tiers,
        history: history::list_for(conn, ENTITY, id)?,
        initiative,
    })
}

/// What history stores for an initiative: the row with its children, so every change shows.
#[derive(Serialize)]
struct Snapshot {
    #[serde(flatten)]
    initiative: Initiative,
    org_unit_ids: Vec<Id>,
    milestones: Vec<Milestone>,
    assessments: Vec<Assessment>,
}

fn snapshot(conn: &Connection, id: Id) -> Result<Snapshot> {
    Ok(Snapshot {
        initiative: get(conn, id)?,
        org_unit_ids: org_units_by_initiative(conn, Some(id))?
            .into_iter()
            .map(|(_, u)| u)
            .collect(),
        milestones: milestones_by_id(conn, Some(id))?,
        assessments: assessments_by_id(conn, Some(id))?,
    })
}

/// Inserts the initiative's own row as given (`id` None lets SQLite choose); children apart.
pub(crate) fn insert(
    tx: &Transaction,
    id: Option<Id>,
    i: &InitiativeInput,
    created_at: &str,
    updated_at: &str,
) -> Result<Id> {
    tx.prepare_cached(
        "INSERT INTO initiatives (id, name, kind, business_problem, measurable_goal, owner, status,
                start_date, target_date, maturity_baseline, required_executive, required_tier1,
                required_tier2, required_tier3, required_tier4, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    )?
    .execute(row_params(&id, &columns(i), &[&created_at, &updated_at]))?;
    Ok(tx.last_insert_rowid())
}

/// `?2..` of the insert and update statements.
fn columns(i: &InitiativeInput) -> [&dyn ToSql; 14] {
    let c = &i.required_coverage;
    [
        &i.name,
        &i.kind,
        &i.business_problem,
        &i.measurable_goal,
        &i.owner,
        &i.status,
        &i.start_date,
        &i.target_date,
        &i.maturity_baseline,
        &c.executive,
        &c.tier1,
        &c.tier2,
        &c.tier3,
        &c.tier4,
    ]
}

pub(crate) fn insert_milestone(
    tx: &Transaction,
    id: Option<Id>,
    initiative: Id,
    m: &MilestoneInput,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO initiative_milestones (id, initiative_id, quarter, title, done)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![id, initiative, m.quarter, m.title, m.done])?;
    Ok(())
}

pub(crate) fn insert_assessment(
    tx: &Transaction,
    id: Option<Id>,
    initiative: Id,
    a: &AssessmentInput,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO initiative_assessments (id, initiative_id, assessed_on, level, note)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![id, initiative, a.assessed_on, a.level, a.note])?;
    Ok(())
}

pub(crate) fn insert_org_unit(tx: &Transaction, initiative: Id, unit: Id) -> Result<()> {
    tx.prepare_cached(
        "INSERT OR IGNORE INTO initiative_org_units (initiative_id, org_unit_id) VALUES (?1, ?2)",
    )?
    .execute([initiative, unit])?;
    Ok(())
}

/// Replaces milestones, assessments and spanned units with those of `input`.
fn replace_children(tx: &Transaction, id: Id, input: &InitiativeInput) -> Result<()> {
    for sql in [
        "DELETE FROM initiative_milestones WHERE initiative_id = ?1",
        "DELETE FROM initiative_assessments WHERE initiative_id = ?1",
        "DELETE FROM initiative_org_units WHERE initiative_id = ?1",
    ] {
        tx.prepare_cached(sql)?.execute([id])?;
    }
    for m in &input.milestones {
        insert_milestone(
            tx,
            None,
            id,
            &MilestoneInput {
                title: m.title.trim().to_string(),
                ..m.clone()
            },
        )?;
    }
    for a in &input.assessments {
        insert_assessment(tx, None, id, a)?;
    }
    for unit in &input.org_unit_ids {
        insert_org_unit(tx, id, *unit)?;
    }
    Ok(())
}

fn validated(
    conn: &Connection,
    id: Option<Id>,
    input: &InitiativeInput,
) -> Result<InitiativeInput> {
    into_result(
        record_label("initiative", id, &input.name),
        check(conn, id, input)?,
    )?;
    Ok(InitiativeInput {
        name: input.name.trim().to_string(),
        ..input.clone()
    })
}

pub fn create(tx: &Transaction, input: &InitiativeInput) -> Result<Initiative> {
    create_at(tx, input, &history::now())
}

/// As `create`, stamped `at` (the demo's deterministic clock).
pub(crate) fn create_at(tx: &Transaction, input: &InitiativeInput, at: &str) -> Result<Initiative> {
    let input = validated(tx, None, input)?;
    let id = insert(tx, None, &input, at, at)?;
    replace_children(tx, id, &input)?;
    let new = snapshot(tx, id)?;
    history::record_at(tx, at, ENTITY, id, HistoryAction::Create, None, Some(&new))?;
    Ok(new.initiative)
}

pub fn update(tx: &Transaction, id: Id, input: &InitiativeInput) -> Result<Initiative> {
    let old = snapshot(tx, id)?;
    let i = validated(tx, Some(id), input)?;
    tx.prepare_cached(
        "UPDATE initiatives SET name = ?2, kind = ?3, business_problem = ?4, measurable_goal = ?5,
                owner = ?6, status = ?7, start_date = ?8, target_date = ?9,
                maturity_baseline = ?10, required_executive = ?11, required_tier1 = ?12,
                required_tier2 = ?13, required_tier3 = ?14, required_tier4 = ?15, updated_at = ?16
         WHERE id = ?1",
    )?
    .execute(row_params(&id, &columns(&i), &[&history::now()]))?;
    replace_children(tx, id, &i)?;
    Ok(history::updated(tx, ENTITY, id, &old, snapshot(tx, id)?)?.initiative)
}

/// Deletes an initiative with no sponsorships (its milestones, assessments and unit links go
/// with it); otherwise a Conflict saying what to remove first.
pub fn delete(tx: &Transaction, id: Id) -> Result<()> {
    let old = snapshot(tx, id)?;
    let sponsors: Vec<String> = {
        let mut stmt = tx.prepare_cached(
            "SELECT s.name FROM sponsorships p JOIN sponsors s ON s.id = p.sponsor_id
             WHERE p.initiative_id = ?1 ORDER BY s.name",
        )?;
        let rows = stmt.query_map([id], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut uses = Vec::new();
    if !sponsors.is_empty() {
        uses.push(format!(
            "{} sponsorship(s) ({}): delete those sponsorships first",
            sponsors.len(),
            sponsors.join(", ")
        ));
    }
    if let Some(others) = crate::references::initiative_uses(tx, id)? {
        uses.push(format!(
            "{others} that name it: remove it from those or delete them first"
        ));
    }
    if !uses.is_empty() {
        return Err(CoreError::Conflict {
            field: None,
            message: format!(
                "Initiative \"{}\" still has {}; or keep it and set its status to cancelled",
                old.initiative.name,
                uses.join("; and ")
            ),
        });
    }
    tx.prepare_cached("DELETE FROM initiatives WHERE id = ?1")?
        .execute([id])?;
    history::deleted(tx, ENTITY, id, &old)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::initiatives::InitiativeStatus;
    use crate::sponsors::SponsorStatus;
    use crate::sponsorships::SponsorshipRole::{
        Champion, ExecutiveSponsor, LineManagerSponsor, SuccessorInWaiting,
    };
    use crate::testing::{date, fields_of, initiative, sponsor, sponsorship, store_with_unit};

    fn milestone(quarter: &str, title: &str) -> MilestoneInput {
        MilestoneInput {
            quarter: quarter.into(),
            title: title.into(),
            done: false,
        }
    }

    /// A brief reads single rows; they must be the list's rows exactly, on every date the
    /// demo's sponsorships start, end or depart around.
    #[test]
    fn row_on_is_the_lists_row() {
        let mut store = crate::Store::open_in_memory().unwrap();
        let today = date("2026-06-15");
        crate::demo::fill(&mut store, crate::demo::DemoSize::Small, 3, today).unwrap();
        let names = names(store.conn()).unwrap();
        for on in ["2025-01-01", "2026-06-15", "2026-12-31"].map(date) {
            let list = list_on(store.conn(), on).unwrap();
            assert!(on != today || list.iter().any(|r| r.active_sponsors > 0 && r.covered));
            assert_eq!(list.len(), names.len());
            for row in &list {
                let initiative = get(store.conn(), row.id).unwrap();
                assert_eq!(&row_on(store.conn(), initiative, on).unwrap(), row);
                assert_eq!(names.get(&row.id), Some(&row.name));
            }
        }
    }

    #[test]
    fn update_replaces_children_and_history_shows_them() {
        let (mut store, unit) = store_with_unit();
        let mut input = initiative("Expertise profiles");
        input.org_unit_ids = vec![unit, unit];
        input.milestones = vec![
            milestone("2026-Q3", "Pilot"),
            milestone("2026-Q4", "Roll out"),
        ];
        input.assessments = vec![AssessmentInput {
            assessed_on: date("2026-01-15"),
            level: 2,
            note: "baseline".into(),
        }];
        let id = store.write(|tx| Ok(create(tx, &input)?.id)).unwrap();
        let before = detail_on(store.conn(), id, date("2026-06-01")).unwrap();
        assert_eq!(before.org_unit_ids, [unit]);
        assert_eq!(before.milestones.len(), 2);
        input.milestones = vec![milestone("2027-Q1", "Review")];
        input.assessments.clear();
        input.org_unit_ids.clear();
        input.status = InitiativeStatus::OnHold;
        store.write(|tx| update(tx, id, &input)).unwrap();
        let after = detail_on(store.conn(), id, date("2026-06-01")).unwrap();
        assert_eq!(after.initiative.status, InitiativeStatus::OnHold);
        assert_eq!(
            after
                .milestones
                .iter()
                .map(|m| m.title.as_str())
                .collect::<Vec<_>>(),
            ["Review"]
        );
        assert!(after.assessments.is_empty() && after.org_unit_ids.is_empty());
        let last = &after.history[0];
        assert_eq!(
            last.old_values.as_ref().unwrap()["milestones"]
                .as_array()
                .unwrap()
                .len(),
            2
        );
        assert_eq!(
            last.new_values.as_ref().unwrap()["milestones"][0]["title"],
            "Review"
        );
        assert_eq!(last.new_values.as_ref().unwrap()["status"], "on_hold");
    }

    #[test]
    fn unknown_org_units_are_refused() {
        let (mut store, _) = store_with_unit();
        let mut input = initiative("X");
        input.org_unit_ids = vec![404];
        let err = store.write(|tx| create(tx, &input)).unwrap_err();
        assert_eq!(fields_of(err), ["org_unit_ids"]);
    }

    #[test]
    fn detail_and_list_count_active_sponsors_by_tier() {
        let (mut store, unit) = store_with_unit();
        let today = date("2026-06-01");
        let id = store
            .write(|tx| {
                let i = create(tx, &initiative("KM Portal"))?.id;
                let ceo = crate::sponsors::create(tx, &sponsor("Ceo", unit, 1))?.id;
                let mut gone = sponsor("Gone", unit, 2);
                gone.status = SponsorStatus::Departed;
                gone.status_date = Some(date("2026-03-01"));
                let gone = crate::sponsors::create(tx, &gone)?.id;
                let mut leaving = sponsor("Leaving", unit, 3);
                leaving.status = SponsorStatus::Departing;
                leaving.status_date = Some(date("2026-07-01"));
                let leaving = crate::sponsors::create(tx, &leaving)?.id;
                crate::sponsorships::create(tx, &sponsorship(ceo, i, ExecutiveSponsor))?;
                crate::sponsorships::create(tx, &sponsorship(ceo, i, Champion))?;
                crate::sponsorships::create(tx, &sponsorship(gone, i, ExecutiveSponsor))?;
                crate::sponsorships::create(tx, &sponsorship(leaving, i, LineManagerSponsor))?;
                Ok(i)
            })
            .unwrap();
        let detail = detail_on(store.conn(), id, today).unwrap();
        let lines: Vec<(&str, u8, u8, bool)> = detail
            .coverage
            .iter()
            .map(|l| (l.key.as_str(), l.required, l.active, l.met))
            .collect();
        assert_eq!(lines, [("executive", 1, 1, true), ("tier3", 1, 1, true)]);
        let tiers: Vec<(u8, usize)> = detail
            .tiers
            .iter()
            .map(|t| (t.tier, t.sponsorships.len()))
            .collect();
        assert_eq!(tiers, [(1, 2), (2, 1), (3, 1), (4, 0)]);
        assert!(!detail.tiers[1].sponsorships[0].active);
        let rows = list_on(store.conn(), today).unwrap();
        assert_eq!((rows[0].active_sponsors, rows[0].covered), (2, true));
        // After the departing line manager leaves, tier 3 is no longer covered.
        let rows = list_on(store.conn(), date("2026-07-01")).unwrap();
        assert_eq!((rows[0].active_sponsors, rows[0].covered), (1, false));
        let err = store.write(|tx| delete(tx, id)).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::Conflict);
        assert!(err.to_string().contains("4 sponsorship(s)"), "{err}");
    }

    #[test]
    fn a_successor_in_waiting_is_shown_but_does_not_cover() {
        let (mut store, unit) = store_with_unit();
        let today = date("2026-06-01");
        let id = store
            .write(|tx| {
                let i = create(tx, &initiative("KM Portal"))?.id;
                let lined_up = crate::sponsors::create(tx, &sponsor("Next", unit, 2))?.id;
                let manager = crate::sponsors::create(tx, &sponsor("Line", unit, 3))?.id;
                crate::sponsorships::create(tx, &sponsorship(lined_up, i, SuccessorInWaiting))?;
                crate::sponsorships::create(tx, &sponsorship(manager, i, LineManagerSponsor))?;
                Ok(i)
            })
            .unwrap();
        let detail = detail_on(store.conn(), id, today).unwrap();
        let executive = &detail.coverage[0];
        assert_eq!(
            (executive.key.as_str(), executive.active, executive.met),
            ("executive", 0, false)
        );
        assert_eq!(detail.tiers[1].sponsorships.len(), 1);
        assert!(detail.tiers[1].sponsorships[0].active);
        let rows = list_on(store.conn(), today).unwrap();
        assert_eq!((rows[0].active_sponsors, rows[0].covered), (2, false));
        // The warnings engine agrees: the initiative is orphaned.
        let found = crate::warnings::list(store.conn(), today).unwrap();
        assert!(
            found.iter().any(|w| w.code.as_str() == "orphaned"),
            "{found:?}"
        );
    }

    #[test]
    fn delete_takes_children_and_leaves_history() {
        let (mut store, unit) = store_with_unit();
        let mut input = initiative("Short lived");
        input.org_unit_ids = vec![unit];
        input.milestones = vec![milestone("2026-Q3", "Pilot")];
        let id = store.write(|tx| Ok(create(tx, &input)?.id)).unwrap();
        store.write(|tx| delete(tx, id)).unwrap();
        assert!(milestones_by_id(store.conn(), None).unwrap().is_empty());
        assert!(org_units_by_initiative(store.conn(), None)
            .unwrap()
            .is_empty());
        assert_eq!(
            history::list_for(store.conn(), ENTITY, id).unwrap()[0].action,
            HistoryAction::Delete
        );
    }
}
