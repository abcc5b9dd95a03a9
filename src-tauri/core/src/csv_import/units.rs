//! Finding an org unit by name or path ("Company / Sales"), creating the missing ones through
//! the org units' own create (so their rules and history apply). Ambiguous names are refused.

use rusqlite::{params, Transaction};

use crate::error::Result;
use crate::org_units::{self, OrgUnitInput, OrgUnitKind};
use crate::Id;

/// The parts of a path: "Company / Sales" or "Company > Sales", blanks dropped.
pub(crate) fn segments(path: &str) -> Vec<&str> {
    path.split(['/', '>'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

fn named(tx: &Transaction, name: &str, parent: Option<Option<Id>>) -> Result<Vec<Id>> {
    // COLLATE NOCASE folds ASCII only; names are compared as written otherwise.
    let mut stmt = tx.prepare_cached(
        "SELECT id FROM org_units WHERE name = ?1 COLLATE NOCASE
           AND (?2 = 0 OR parent_id IS ?3) ORDER BY id",
    )?;
    let (filter, parent_id) = match parent {
        None => (0, None),
        Some(p) => (1, p),
    };
    let ids = stmt
        .query_map(params![name, filter, parent_id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<Id>>>()?;
    Ok(ids)
}

/// The unit `path` names, created (with its missing ancestors) when absent. `Err(message)` when
/// the name is ambiguous. `created` counts the units added.
pub(crate) fn resolve(
    tx: &Transaction,
    path: &str,
    created: &mut u32,
) -> Result<std::result::Result<Id, String>> {
    let parts = segments(path);
    let Some((first, rest)) = parts.split_first() else {
        return Ok(Err(
            "the org unit is empty; write its name, or a path like Company / Sales".into(),
        ));
    };
    // A lone number is an existing unit's id (as exported).
    if rest.is_empty() {
        if let Ok(id) = first.parse::<Id>() {
            if org_units::get(tx, id).is_ok() {
                return Ok(Ok(id));
            }
        }
    }
    // The first part: a top-level unit of that name, else the one unit anywhere with it.
    let mut current = match named(tx, first, Some(None))?.first() {
        Some(id) => Some(*id),
        None => {
            let anywhere = named(tx, first, None)?;
            match anywhere.len() {
                0 => None,
                1 => Some(anywhere[0]),
                n => {
                    return Ok(Err(format!(
                        "{n} org units are named \"{first}\"; write the path from the top, like Company / {first}"
                    )))
                }
            }
        }
    };
    if current.is_none() {
        match create(tx, first, None, rest.is_empty(), created)? {
            Ok(id) => current = Some(id),
            Err(message) => return Ok(Err(message)),
        }
    }
    for part in rest {
        let found = named(tx, part, Some(current))?.first().copied();
        current = Some(match found {
            Some(id) => id,
            None => match create(tx, part, current, false, created)? {
                Ok(id) => id,
                Err(message) => return Ok(Err(message)),
            },
        });
    }
    Ok(current.ok_or_else(|| "the org unit is empty".to_string()))
}

fn create(
    tx: &Transaction,
    name: &str,
    parent: Option<Id>,
    leaf_at_top: bool,
    created: &mut u32,
) -> Result<std::result::Result<Id, String>> {
    // A new top of a path is the organisation; anything else is a department until edited.
    let kind = if parent.is_none() && !leaf_at_top {
        OrgUnitKind::Organisation
    } else {
        OrgUnitKind::Department
    };
    let input = OrgUnitInput {
        name: name.to_string(),
        kind,
        parent_id: parent,
        notes: String::new(),
    };
    // A part the unit rules refuse (found by fuzzing: a NUL in a name) is a problem of this
    // row's cell, said with its row and column, not an error of a unit the file never named.
    if let Some(problem) = org_units::check(tx, None, &input)?.into_iter().next() {
        return Ok(Err(format!(
            "the org unit \"{name}\" in the path cannot be created: {}",
            problem.message
        )));
    }
    let unit = org_units::create(tx, &input)?;
    *created += 1;
    Ok(Ok(unit.id))
}

/// The unit named by the last part of `path` under the parent the rest of it names, if any;
/// the parent is created when missing. Used by org unit rows, which may add the last part.
pub(crate) fn parent_of(
    tx: &Transaction,
    parts: &[&str],
    created: &mut u32,
) -> Result<std::result::Result<Option<Id>, String>> {
    if parts.len() <= 1 {
        return Ok(Ok(None));
    }
    let parent_path = parts[..parts.len() - 1].join(" / ");
    Ok(resolve(tx, &parent_path, created)?.map(Some))
}

/// The child of `parent` named `name` (top level when None).
pub(crate) fn child(tx: &Transaction, parent: Option<Id>, name: &str) -> Result<Option<Id>> {
    Ok(named(tx, name, Some(parent))?.first().copied())
}
