//! Importing an export into an empty database, all or nothing: ids, timestamps and history rows
//! are kept verbatim, and every record passes the same validation a form save does.

use std::collections::HashSet;

use rusqlite::Transaction;

use super::model::{Export, ImportSummary};
use super::parse::{location, parse};
use super::{import_committees, import_engagement, import_evidence};
use crate::error::{CoreError, FieldError, Result};
use crate::initiatives::{AssessmentInput, InitiativeInput, MilestoneInput};
use crate::sponsorships::SponsorshipInput;
use crate::{history, initiatives, org_units, sponsors, sponsorships, Id, Store};

/// Imports `text` (JSON as `export_json` writes it) into an empty store in one transaction.
pub fn import_json(store: &mut Store, text: &str) -> Result<ImportSummary> {
    let export = parse(text)?;
    store.write(|tx| {
        ensure_empty(tx)?;
        insert_all(tx, &export)
    })
}

fn ensure_empty(tx: &Transaction) -> Result<()> {
    if crate::store::record_count(tx)? > 0 {
        return Err(CoreError::Conflict {
            field: None,
            message: "This database already holds records; import JSON into an empty database (use a new --db file)".to_string(),
        });
    }
    Ok(())
}

/// An import error about `field` of the record at `index` (with `id` when it has one).
pub(super) fn invalid_at(
    kind: &str,
    index: usize,
    id: Option<Id>,
    field: &str,
    message: impl Into<String>,
) -> CoreError {
    CoreError::InvalidImport {
        location: location(kind, index, id),
        field: Some(field.to_string()),
        message: message.into(),
    }
}

/// Turns the validation problems of a record into an import error at its location, naming the
/// first problem's field.
pub(super) fn refuse(
    kind: &str,
    index: usize,
    id: Option<Id>,
    errors: Vec<FieldError>,
) -> Result<()> {
    let Some(first) = errors.first() else {
        return Ok(());
    };
    let message = errors
        .iter()
        .map(|e| e.message.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    Err(CoreError::InvalidImport {
        location: location(kind, index, id),
        field: Some(first.field.clone()),
        message,
    })
}

/// Orders records so each comes after the one it points to (parent, reports-to). A record in a
/// loop is an import error naming the field.
pub(super) fn parents_first<'a, T>(
    kind: &str,
    field: &str,
    items: &'a [T],
    key: impl Fn(&T) -> (Id, Option<Id>),
) -> Result<Vec<(usize, &'a T)>> {
    let mut placed: HashSet<Id> = HashSet::new();
    let mut ordered = Vec::with_capacity(items.len());
    let mut waiting: Vec<(usize, &T)> = items.iter().enumerate().collect();
    while !waiting.is_empty() {
        let before = waiting.len();
        waiting.retain(|(index, item)| {
            let (id, parent) = key(item);
            if parent.is_none_or(|p| placed.contains(&p)) {
                placed.insert(id);
                ordered.push((*index, *item));
                false
            } else {
                true
            }
        });
        if waiting.len() == before {
            let (index, item) = waiting[0];
            return Err(CoreError::InvalidImport {
                location: location(kind, index, Some(key(item).0)),
                field: Some(field.to_string()),
                message: format!(
                    "is part of a loop of \"{field}\" references; break the loop in the file"
                ),
            });
        }
    }
    Ok(ordered)
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn insert_all(tx: &Transaction, e: &Export) -> Result<ImportSummary> {
    for (index, unit) in parents_first("org_units", "parent_id", &e.org_units, |u| {
        (u.id, u.parent_id)
    })? {
        let input = org_units::OrgUnitInput {
            name: unit.name.clone(),
            kind: unit.kind,
            parent_id: unit.parent_id,
            notes: unit.notes.clone(),
        };
        refuse(
            "org_units",
            index,
            Some(unit.id),
            org_units::check(tx, Some(unit.id), &input)?,
        )?;
        org_units::insert(
            tx,
            Some(unit.id),
            &input,
            &unit.created_at,
            &unit.updated_at,
        )?;
    }
    for (index, s) in parents_first("sponsors", "reports_to_id", &e.sponsors, |s| {
        (s.id, s.reports_to_id)
    })? {
        let input = sponsors::SponsorInput::from(s);
        refuse(
            "sponsors",
            index,
            Some(s.id),
            sponsors::check(tx, Some(s.id), &input)?,
        )?;
        sponsors::insert(tx, Some(s.id), &input, &s.created_at, &s.updated_at)?;
    }
    for (index, i) in e.initiatives.iter().enumerate() {
        let milestones: Vec<_> = e
            .initiative_milestones
            .iter()
            .filter(|m| m.initiative_id == i.id)
            .collect();
        let assessments: Vec<_> = e
            .initiative_assessments
            .iter()
            .filter(|a| a.initiative_id == i.id)
            .collect();
        let input = InitiativeInput {
            name: i.name.clone(),
            kind: i.kind,
            business_problem: i.business_problem.clone(),
            measurable_goal: i.measurable_goal.clone(),
            owner: i.owner.clone(),
            status: i.status,
            start_date: i.start_date,
            target_date: i.target_date,
            maturity_baseline: i.maturity_baseline.map(i64::from),
            required_coverage: i.required_coverage,
            org_unit_ids: e
                .initiative_org_units
                .iter()
                .filter(|l| l.initiative_id == i.id)
                .map(|l| l.org_unit_id)
                .collect(),
            milestones: milestones
                .iter()
                .map(|m| MilestoneInput {
                    quarter: m.quarter.clone(),
                    title: m.title.clone(),
                    done: m.done,
                })
                .collect(),
            assessments: assessments
                .iter()
                .map(|a| AssessmentInput {
                    assessed_on: a.assessed_on,
                    level: a.level.into(),
                    note: a.note.clone(),
                })
                .collect(),
        };
        refuse(
            "initiatives",
            index,
            Some(i.id),
            initiatives::check(tx, Some(i.id), &input)?,
        )?;
        initiatives::insert(tx, Some(i.id), &input, &i.created_at, &i.updated_at)?;
        for (m, m_input) in milestones.iter().zip(&input.milestones) {
            initiatives::insert_milestone(tx, Some(m.id), i.id, m_input)?;
        }
        for (a, a_input) in assessments.iter().zip(&input.assessments) {
            initiatives::insert_assessment(tx, Some(a.id), i.id, a_input)?;
        }
        for unit in &input.org_unit_ids {
            initiatives::insert_org_unit(tx, i.id, *unit)?;
        }
    }
    let today = chrono::Local::now().date_naive();
    for (index, s) in e.sponsorships.iter().enumerate() {
        let input = SponsorshipInput::from(s);
        refuse(
            "sponsorships",
            index,
            Some(s.id),
            sponsorships::check_on(tx, Some(s.id), &input, today)?,
        )?;
        sponsorships::insert(tx, Some(s.id), &input, &s.created_at, &s.updated_at)?;
    }
    // In reference order: each step only points at records the steps before it wrote.
    import_engagement::insert_touchpoints(tx, e)?;
    import_engagement::insert_settings(tx, e)?;
    import_engagement::insert_acks(tx, e)?;
    import_committees::insert_committees(tx, e)?;
    import_committees::insert_meetings(tx, e)?;
    import_committees::insert_register(tx, e)?;
    import_evidence::insert_wins(tx, e)?;
    import_evidence::insert_stories(tx, e)?;
    import_evidence::insert_metrics(tx, e)?;
    for entry in &e.history {
        history::insert_verbatim(tx, entry)?;
    }
    Ok(ImportSummary {
        org_units: count(e.org_units.len()),
        sponsors: count(e.sponsors.len()),
        initiatives: count(e.initiatives.len()),
        sponsorships: count(e.sponsorships.len()),
        touchpoints: count(e.touchpoints.len()),
        committees: count(e.committees.len()),
        meetings: count(e.meetings.len()),
        decisions: count(e.decisions.len()),
        actions: count(e.actions.len()),
        quick_wins: count(e.quick_wins.len()),
        stories: count(e.stories.len()),
        metrics: count(e.metrics.len()),
        history: count(e.history.len()),
    })
}
