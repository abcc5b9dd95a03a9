//! `register [--csv] [--out FILE] [--status S] [--initiative ID]`: the decision register as an
//! aligned table, or as the CSV the window exports (the core's `register_csv`, header always).

use std::path::PathBuf;
use std::process::ExitCode;

use sponsor_desk_core::committees::{
    decision_register, register_csv, DecisionStatus, RegisterEntry, RegisterFilter,
};
use sponsor_desk_core::{initiatives, Id, Store};

use super::error::CliError;
use super::output;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print RFC 4180 CSV (CRLF line ends) instead of a table
    #[arg(long)]
    csv: bool,

    /// Write to FILE instead of stdout
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,

    /// Only decisions with this status (proposed, decided, deferred, superseded, reversed)
    #[arg(long, value_name = "S")]
    status: Option<DecisionStatus>,

    /// Only decisions linked to this initiative (exit 4 if it does not exist)
    #[arg(long, value_name = "ID")]
    initiative: Option<Id>,
}

pub fn run(store: &Store, args: &Args) -> Result<ExitCode, CliError> {
    if let Some(id) = args.initiative {
        // A filter on an initiative that does not exist is a mistake, not an empty register.
        initiatives::get(store.conn(), id)?;
    }
    let filter = RegisterFilter {
        status: args.status,
        initiative_id: args.initiative,
        ..RegisterFilter::default()
    };
    let text = if args.csv {
        register_csv(store.conn(), &filter)?
    } else {
        table(&decision_register(store.conn(), &filter)?)
    };
    output::emit(args.out.as_deref(), &text, "the decision register")?;
    Ok(ExitCode::SUCCESS)
}

/// One line per decision with both ends of its supersede chain, and a count line.
fn table(entries: &[RegisterEntry]) -> String {
    let header = [
        "ID",
        "DATE",
        "STATUS",
        "TITLE",
        "COMMITTEE",
        "SUPERSEDES",
        "SUPERSEDED BY",
    ];
    let id_of = |refs: &[sponsor_desk_core::committees::DecisionRef]| {
        refs.first().map(|d| d.id.to_string()).unwrap_or_default()
    };
    let mut cells: Vec<Vec<String>> = vec![header.map(str::to_string).to_vec()];
    for e in entries {
        cells.push(vec![
            e.decision.id.to_string(),
            e.dated_on.to_string(),
            e.decision.status.to_string(),
            e.decision.title.clone(),
            e.committee_name.clone().unwrap_or_default(),
            id_of(&e.supersedes),
            id_of(&e.superseded_by),
        ]);
    }
    let mut out = output::table(&cells);
    out.push(format!("{} decision(s)", entries.len()));
    out.join("\n")
}
