//! The sponsors list as CSV, in the import's own field names, so a saved list edited in a
//! spreadsheet imports back as updates (matched by email, else id) rather than as new people.

use rusqlite::Connection;

use crate::csv_table::{csv_text, opt};
use crate::error::Result;
use crate::org_units;
use crate::sponsors::{self, SponsorQuery};

/// The header row, one import field per column.
pub const SPONSOR_COLUMNS: &[&str] = &[
    "id",
    "name",
    "title",
    "email",
    "org_unit",
    "reports_to",
    "tier",
    "stance",
    "influence",
    "interest",
    "status",
    "status_date",
    "preferred_channel",
];

/// The sponsors `query` selects (as the list shows them), as RFC 4180 CSV with CRLF line ends.
/// The unit is written as its full path so the import finds the same unit, not a namesake.
pub fn sponsors_csv(conn: &Connection, query: &SponsorQuery) -> Result<String> {
    let units = org_units::list(conn)?;
    let path_of = |id: i64| {
        let mut parts = Vec::new();
        let mut at = Some(id);
        // The tree has no loops (validated), the bound only guards against a corrupt file.
        while let (Some(u), true) = (
            at.and_then(|a| units.iter().find(|u| u.id == a)),
            parts.len() < 64,
        ) {
            parts.push(u.name.clone());
            at = u.parent_id;
        }
        parts.reverse();
        parts.join(" / ")
    };
    let mut rows = Vec::new();
    for row in sponsors::list(conn, query)? {
        let s = sponsors::get(conn, row.id)?;
        let boss = match s.reports_to_id {
            Some(b) => {
                let boss = sponsors::get(conn, b)?;
                boss.email.unwrap_or(boss.name)
            }
            None => String::new(),
        };
        rows.push([
            s.id.to_string(),
            s.name,
            s.title,
            s.email.unwrap_or_default(),
            path_of(s.org_unit_id),
            boss,
            s.tier.to_string(),
            s.stance.to_string(),
            s.influence.to_string(),
            s.interest.to_string(),
            s.status.to_string(),
            opt(s.status_date),
            s.preferred_channel,
        ]);
    }
    csv_text("the sponsors CSV", SPONSOR_COLUMNS, rows)
}
