//! `sponsors [--json]`: the sponsors list as an aligned table, or as a JSON array whose shape is
//! part of the CLI contract (so it is its own struct, not whatever the core's row holds).

use std::process::ExitCode;

use chrono::NaiveDate;
use serde::Serialize;
use sponsor_desk_core::sponsors::{self, model::SponsorQuery, model::SponsorRow};
use sponsor_desk_core::{org_units, Id, Store};

use super::error::CliError;
use super::output;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print a JSON array instead of a table
    #[arg(long)]
    pub json: bool,

    /// Only sponsors of this tier (1-4)
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    tier: Option<u8>,

    /// Only sponsors in this org unit or below it (exit 4 if it does not exist)
    #[arg(long, value_name = "ID")]
    org_unit: Option<Id>,

    /// Only sponsors whose name contains TEXT
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,
}

/// One sponsor in `sponsors --json`.
#[derive(Debug, Serialize)]
struct SponsorLine<'a> {
    id: Id,
    name: &'a str,
    title: &'a str,
    tier: u8,
    stance: &'a str,
    status: &'a str,
    status_date: Option<NaiveDate>,
    org_unit: &'a str,
    org_unit_id: Id,
}

impl<'a> From<&'a SponsorRow> for SponsorLine<'a> {
    fn from(row: &'a SponsorRow) -> Self {
        SponsorLine {
            id: row.id,
            name: &row.name,
            title: &row.title,
            tier: row.tier,
            stance: row.stance.as_str(),
            status: row.status.as_str(),
            status_date: row.status_date,
            org_unit: &row.org_unit,
            org_unit_id: row.org_unit_id,
        }
    }
}

pub fn run(store: &Store, args: &Args) -> Result<ExitCode, CliError> {
    if let Some(id) = args.org_unit {
        // A filter on a unit that does not exist is a mistake, not an empty list.
        org_units::get(store.conn(), id)?;
    }
    let query = SponsorQuery {
        search: args.search.clone(),
        tier: args.tier,
        org_unit_id: args.org_unit,
        ..SponsorQuery::default()
    };
    let rows = sponsors::list(store.conn(), &query)?;
    let text = if args.json {
        let lines: Vec<SponsorLine> = rows.iter().map(SponsorLine::from).collect();
        serde_json::to_string_pretty(&lines).map_err(|e| CliError::Stdout(e.into()))?
    } else {
        table(&rows)
    };
    output::print(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// An aligned table with a count line.
fn table(rows: &[SponsorRow]) -> String {
    let header = [
        "ID", "NAME", "TITLE", "TIER", "STANCE", "STATUS", "ORG UNIT",
    ];
    let mut cells: Vec<Vec<String>> = vec![header.map(str::to_string).to_vec()];
    for row in rows {
        let status = match row.status_date {
            Some(date) => format!("{} {date}", row.status),
            None => row.status.to_string(),
        };
        cells.push(vec![
            row.id.to_string(),
            row.name.clone(),
            row.title.clone(),
            row.tier.to_string(),
            row.stance.to_string(),
            status,
            row.org_unit.clone(),
        ]);
    }
    let mut out = output::table(&cells);
    out.push(format!("{} sponsor(s)", rows.len()));
    out.join("\n")
}
