//! One CSV row into one sponsor or org unit, inside the caller's transaction, through the
//! features' own `check`, `create` and `update`. Problems come back per cell, never half-written.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, Transaction};

use super::model::CsvCellError;
use super::{units, values};
use crate::error::{CoreError, FieldError, Result};
use crate::org_units::{self, OrgUnitInput, OrgUnitKind};
use crate::sponsors::{self, SponsorInput, SponsorStatus, Stance};
use crate::Id;

/// What one row did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    Added,
    Updated,
    Unchanged,
}

/// The header and mapped field of each column, to look cells up by field.
pub(crate) struct Columns {
    pub headers: Vec<String>,
    pub mapping: Vec<Option<&'static str>>,
}

impl Columns {
    fn index(&self, field: &str) -> Option<usize> {
        self.mapping.iter().position(|m| *m == Some(field))
    }

    /// The trimmed cell of `field`, when a column fills it.
    fn cell<'a>(&self, cells: &'a [String], field: &str) -> Option<&'a str> {
        self.index(field)
            .and_then(|i| cells.get(i))
            .map(|c| c.trim())
    }

    fn error(&self, row: u64, field: &str, message: String) -> CsvCellError {
        let column = self.index(field).map(|i| self.headers[i].clone());
        CsvCellError {
            row: row as u32,
            column,
            field: field.to_string(),
            message,
        }
    }
}

/// The records earlier rows of the file wrote, with the row that wrote each: a second row for
/// the same person or unit would silently overwrite the first, so it is refused instead.
/// Also the org unit paths sponsor rows resolved, while no unit has been created since.
#[derive(Default)]
pub(crate) struct Written {
    rows: HashMap<Id, u64>,
    units: UnitPaths,
}

/// Org unit paths already resolved, and how many units had been created then: a new unit can
/// change what a path means (a name found anywhere may become ambiguous), so the paths are
/// forgotten whenever one is created. Spares most rows their few queries per path segment.
#[derive(Default)]
struct UnitPaths {
    created: u32,
    ids: HashMap<String, Id>,
}

impl Written {
    /// The row that already wrote `id`, if one did.
    fn by(&self, id: Option<Id>) -> Option<u64> {
        id.and_then(|id| self.rows.get(&id).copied())
    }

    fn add(&mut self, id: Id, row: u64) {
        self.rows.entry(id).or_insert(row);
    }

    /// `units::resolve`, remembered while `units_added` stays as it was.
    fn unit(
        &mut self,
        tx: &Transaction,
        path: &str,
        units_added: &mut u32,
    ) -> Result<std::result::Result<Id, String>> {
        let paths = &mut self.units;
        if paths.created != *units_added {
            paths.ids.clear();
            paths.created = *units_added;
        }
        if let Some(id) = paths.ids.get(path) {
            return Ok(Ok(*id));
        }
        let found = units::resolve(tx, path, units_added)?;
        if let (Ok(id), true) = (&found, paths.created == *units_added) {
            paths.ids.insert(path.to_string(), *id);
        }
        Ok(found)
    }
}

/// A sponsor row's reports-to cell, resolved once every row is in (the boss may come later).
pub(crate) struct Pending {
    pub row: u64,
    pub sponsor: Id,
    pub boss: Option<String>,
    pub outcome: Outcome,
}

/// Stores one sponsor row. `Ok(Err(..))` are the row's cell problems; nothing of it was written.
pub(crate) fn sponsor(
    tx: &Transaction,
    cols: &Columns,
    row: u64,
    cells: &[String],
    units_added: &mut u32,
    written: &mut Written,
) -> Result<std::result::Result<Pending, Vec<CsvCellError>>> {
    let mut errors = Vec::new();
    let email = cols.cell(cells, "email").filter(|e| !e.is_empty());
    let mut existing = match email {
        Some(email) => tx
            // `email IS NOT NULL` lets SQLite use the partial index sponsors_email.
            .prepare_cached(
                "SELECT id FROM sponsors WHERE lower(email) = lower(?1) AND email IS NOT NULL",
            )?
            .query_row([email], |r| r.get::<_, Id>(0))
            .optional()?,
        None => None,
    };
    let mut matched_by = "email";
    if existing.is_none() {
        if let Some(text) = cols.cell(cells, "id").filter(|t| !t.is_empty()) {
            match values::id(text) {
                Ok(id) if sponsors::get(tx, id).is_ok() => {
                    existing = Some(id);
                    matched_by = "id";
                }
                Ok(id) => errors.push(cols.error(row, "id", format!("sponsor {id} does not exist; leave the id empty to add this person, or use the id of an existing sponsor"))),
                Err(m) => errors.push(cols.error(row, "id", m)),
            }
        }
    }
    if let Some(first) = written.by(existing) {
        return Ok(Err(vec![cols.error(
            row,
            matched_by,
            format!("row {first} has the same {matched_by}, so both rows are the same person; keep one row per person (merge the two)"),
        )]));
    }
    let before = match existing {
        Some(id) => Some(SponsorInput::from(&sponsors::get(tx, id)?)),
        None => None,
    };
    // A new person gets middle values until the officer rates them in the window.
    let mut input = before.clone().unwrap_or(SponsorInput {
        name: String::new(),
        title: String::new(),
        email: None,
        org_unit_id: None,
        reports_to_id: None,
        tier: 3,
        stance: Stance::Neutral,
        influence: 3,
        interest: 3,
        status: SponsorStatus::Active,
        status_date: None,
        priorities: String::new(),
        talking_points: String::new(),
        preferred_channel: String::new(),
        notes: String::new(),
    });
    if let Some(name) = cols.cell(cells, "name") {
        input.name = name.to_string();
    }
    if cols.index("email").is_some() {
        input.email = email.map(str::to_string);
    }
    for (field, target) in [
        ("title", &mut input.title),
        ("priorities", &mut input.priorities),
        ("talking_points", &mut input.talking_points),
        ("preferred_channel", &mut input.preferred_channel),
        ("notes", &mut input.notes),
    ] {
        if let Some(text) = cols.cell(cells, field) {
            *target = text.to_string();
        }
    }
    for (field, what, max) in [
        ("tier", "tier", 4),
        ("influence", "score", 5),
        ("interest", "score", 5),
    ] {
        if let Some(text) = cols.cell(cells, field).filter(|t| !t.is_empty()) {
            match values::number(text, what, 1, max) {
                Ok(n) => match field {
                    "tier" => input.tier = n,
                    "influence" => input.influence = n,
                    _ => input.interest = n,
                },
                Err(m) => errors.push(cols.error(row, field, m)),
            }
        }
    }
    if let Some(text) = cols.cell(cells, "stance").filter(|t| !t.is_empty()) {
        match values::stance(text) {
            Ok(s) => input.stance = s,
            Err(m) => errors.push(cols.error(row, "stance", m)),
        }
    }
    if let Some(text) = cols.cell(cells, "status").filter(|t| !t.is_empty()) {
        match values::status(text) {
            Ok(s) => input.status = s,
            Err(m) => errors.push(cols.error(row, "status", m)),
        }
    }
    if let Some(text) = cols.cell(cells, "status_date") {
        if text.is_empty() {
            input.status_date = None;
        } else {
            match values::date(text) {
                Ok(d) => input.status_date = Some(d),
                Err(m) => errors.push(cols.error(row, "status_date", m)),
            }
        }
    }
    if let Some(path) = cols.cell(cells, "org_unit") {
        if path.is_empty() {
            errors.push(
                cols.error(
                    row,
                    "org_unit",
                    "the org unit is empty; write the unit's name, or a path like Company / Sales"
                        .into(),
                ),
            );
        } else if errors.is_empty() {
            // Units are only created for rows that are otherwise fine, so a bad row adds nothing.
            match written.unit(tx, path, units_added)? {
                Ok(id) => input.org_unit_id = Some(id),
                Err(m) => errors.push(cols.error(row, "org_unit", m)),
            }
        }
    }
    // The features' own rules run even after a cell problem, so a row shows all its problems;
    // a unit not resolved (because of an earlier problem) is not one of them.
    let unresolved = input.org_unit_id.is_none() && !errors.is_empty();
    let unchanged = existing.is_some() && before.as_ref() == Some(&input);
    if !errors.is_empty() || unchanged {
        let found = sponsors::check(tx, existing, &input)?;
        sponsor_errors(cols, row, &mut errors, found, unresolved);
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
    }
    // A row to write is checked once, by create or update themselves (the same `check`, before
    // anything is written): their refusal becomes the row's cell problems.
    let written_as = match existing {
        Some(id) if unchanged => Ok((id, Outcome::Unchanged)),
        Some(id) => sponsors::update(tx, id, &input).map(|s| (s.id, Outcome::Updated)),
        None => sponsors::create(tx, &input).map(|s| (s.id, Outcome::Added)),
    };
    let (sponsor, outcome) = match written_as {
        Ok(done) => done,
        Err(CoreError::Validation { errors: found, .. }) => {
            sponsor_errors(cols, row, &mut errors, found, unresolved);
            return Ok(Err(errors));
        }
        Err(e) => return Err(e),
    };
    written.add(sponsor, row);
    Ok(Ok(Pending {
        row,
        sponsor,
        boss: cols.cell(cells, "reports_to").map(str::to_string),
        outcome,
    }))
}

/// Adds the sponsor rules' problems to a row's, under the CSV's field names; one per field.
fn sponsor_errors(
    cols: &Columns,
    row: u64,
    errors: &mut Vec<CsvCellError>,
    found: Vec<FieldError>,
    unresolved: bool,
) {
    for e in found {
        let field = match e.field.as_str() {
            "org_unit_id" if unresolved => continue,
            "org_unit_id" => "org_unit",
            "reports_to_id" => "reports_to",
            other => other,
        };
        if !errors.iter().any(|x| x.field == field) {
            errors.push(cols.error(row, field, e.message));
        }
    }
}

/// Sets the reports-to of one pending row (by email, else by a unique name). Returns whether it
/// changed anything, or the cell's problem.
pub(crate) fn reports_to(
    tx: &Transaction,
    cols: &Columns,
    pending: &Pending,
) -> Result<std::result::Result<bool, Vec<CsvCellError>>> {
    let Some(text) = pending.boss.as_deref() else {
        return Ok(Ok(false));
    };
    let boss = if text.is_empty() {
        None
    } else {
        let column = if text.contains('@') { "email" } else { "name" };
        // Both statements are fixed text; only the column differs, chosen above, never user text.
        // Each is written so an index answers it (sponsors_email is partial, sponsors_name is
        // NOCASE, which folds ASCII as lower() does): a scan per row made import quadratic.
        let sql = if column == "email" {
            "SELECT id FROM sponsors WHERE lower(email) = lower(?1) AND email IS NOT NULL ORDER BY id"
        } else {
            "SELECT id FROM sponsors WHERE name = ?1 COLLATE NOCASE ORDER BY id"
        };
        let ids = tx
            .prepare_cached(sql)?
            .query_map([text], |r| r.get::<_, Id>(0))?
            .collect::<rusqlite::Result<Vec<Id>>>()?;
        match ids.len() {
            1 => Some(ids[0]),
            0 => return Ok(Err(vec![cols.error(pending.row, "reports_to", format!("nobody with the {column} \"{text}\" is in the file or the database; check the spelling, or leave the cell empty"))])),
            n => return Ok(Err(vec![cols.error(pending.row, "reports_to", format!("{n} people are named \"{text}\"; write their email instead"))])),
        }
    };
    let current = sponsors::get(tx, pending.sponsor)?;
    if current.reports_to_id == boss {
        return Ok(Ok(false));
    }
    let mut input = SponsorInput::from(&current);
    input.reports_to_id = boss;
    // Checked once, by update itself, before it writes anything.
    match sponsors::update(tx, pending.sponsor, &input) {
        Ok(_) => Ok(Ok(true)),
        Err(CoreError::Validation { errors, .. }) => Ok(Err(errors
            .into_iter()
            .map(|e| cols.error(pending.row, "reports_to", e.message))
            .collect())),
        Err(e) => Err(e),
    }
}

/// Stores one org unit row: found by id, else by its path; created when missing.
pub(crate) fn org_unit(
    tx: &Transaction,
    cols: &Columns,
    row: u64,
    cells: &[String],
    units_added: &mut u32,
    written: &mut Written,
) -> Result<std::result::Result<Outcome, Vec<CsvCellError>>> {
    let mut errors = Vec::new();
    let name_cell = cols.cell(cells, "name").unwrap_or("");
    let parent_cell = cols.cell(cells, "parent").unwrap_or("");
    let mut parts: Vec<&str> = units::segments(parent_cell);
    parts.extend(units::segments(name_cell));
    if units::segments(name_cell).is_empty() {
        errors.push(cols.error(
            row,
            "name",
            "the name is empty; write the unit's name, or a path like Company / Sales".into(),
        ));
    }
    let kind = match cols.cell(cells, "kind").filter(|t| !t.is_empty()) {
        Some(text) => match values::kind(text) {
            Ok(k) => Some(k),
            Err(m) => {
                errors.push(cols.error(row, "kind", m));
                None
            }
        },
        None => None,
    };
    let mut by_id = None;
    if let Some(text) = cols.cell(cells, "id").filter(|t| !t.is_empty()) {
        match values::id(text) {
            Ok(id) if org_units::get(tx, id).is_ok() => by_id = Some(id),
            Ok(id) => errors.push(cols.error(
                row,
                "id",
                format!("org unit {id} does not exist; leave the id empty to add this unit"),
            )),
            Err(m) => errors.push(cols.error(row, "id", m)),
        }
    }
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let parent = match units::parent_of(tx, &parts, units_added)? {
        Ok(p) => p,
        Err(m) => {
            let field = if parent_cell.is_empty() {
                "name"
            } else {
                "parent"
            };
            return Ok(Err(vec![cols.error(row, field, m)]));
        }
    };
    let leaf = parts.last().copied().unwrap_or("");
    let existing = match by_id {
        Some(id) => Some(id),
        None => units::child(tx, parent, leaf)?,
    };
    // A unit an earlier row only created as a parent may still be listed once itself.
    if let Some(first) = written.by(existing) {
        let (field, same) = if by_id.is_some() {
            ("id", "id")
        } else {
            ("name", "unit (same name under the same parent)")
        };
        return Ok(Err(vec![cols.error(
            row,
            field,
            format!("row {first} lists the same {same}; keep one row per unit (merge the two)"),
        )]));
    }
    let before = match existing {
        Some(id) => Some(org_units::get(tx, id)?),
        None => None,
    };
    let input = OrgUnitInput {
        name: leaf.to_string(),
        kind: kind
            .or(before.as_ref().map(|b| b.kind))
            .unwrap_or(if parent.is_none() {
                OrgUnitKind::Organisation
            } else {
                OrgUnitKind::Department
            }),
        parent_id: parent,
        notes: match (cols.cell(cells, "notes"), &before) {
            (Some(n), _) => n.to_string(),
            (None, Some(b)) => b.notes.clone(),
            (None, None) => String::new(),
        },
    };
    let found = org_units::check(tx, existing, &input)?;
    if !found.is_empty() {
        return Ok(Err(found
            .into_iter()
            .map(|e| {
                let field = if e.field == "parent_id" {
                    "parent"
                } else {
                    "name"
                };
                cols.error(row, field, e.message)
            })
            .collect()));
    }
    let (id, outcome) = match (existing, before) {
        (Some(id), Some(b))
            if b.name == input.name
                && b.kind == input.kind
                && b.parent_id == input.parent_id
                && b.notes == input.notes =>
        {
            (id, Outcome::Unchanged)
        }
        (Some(id), _) => (org_units::update(tx, id, &input)?.id, Outcome::Updated),
        (None, _) => (org_units::create(tx, &input)?.id, Outcome::Added),
    };
    written.add(id, row);
    Ok(Ok(outcome))
}
