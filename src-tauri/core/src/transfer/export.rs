//! Reading the whole database into an `Export`, and writing it as pretty JSON.
//! Read-only, and deterministic: the same database always gives the same bytes.

use rusqlite::Connection;

use super::model::{Export, InitiativeOrgUnit, FORMAT, VERSION};
use crate::error::{CoreError, Result};
use crate::{history, initiatives, org_units, sponsors, sponsorships};

pub fn export(conn: &Connection) -> Result<Export> {
    Ok(Export {
        format: FORMAT.to_string(),
        version: VERSION,
        org_units: org_units::list_by_id(conn)?,
        sponsors: sponsors::list_by_id(conn)?,
        initiatives: initiatives::list_by_id(conn)?,
        initiative_org_units: initiatives::org_units_by_initiative(conn, None)?
            .into_iter()
            .map(|(initiative_id, org_unit_id)| InitiativeOrgUnit {
                initiative_id,
                org_unit_id,
            })
            .collect(),
        initiative_milestones: initiatives::milestones_by_id(conn, None)?,
        initiative_assessments: initiatives::assessments_by_id(conn, None)?,
        sponsorships: sponsorships::list_by_id(conn)?,
        history: history::list_all(conn)?,
    })
}

/// The export as pretty JSON with a trailing newline, as the CLI writes it.
pub fn export_json(conn: &Connection) -> Result<String> {
    let mut text = serde_json::to_string_pretty(&export(conn)?).map_err(|e| CoreError::Io {
        context: "could not write the export as JSON".to_string(),
        source: e.into(),
    })?;
    text.push('\n');
    Ok(text)
}
