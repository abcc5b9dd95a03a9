//! `calendar --out FILE.ics [--as-of DATE]`: planned meetings, open actions' due dates,
//! touchpoint follow-ups and sponsor departures from the as-of date on, as an RFC 5545 calendar a
//! calendar app imports (the core's `ics`).

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use sponsor_desk_core::committees::ics;
use sponsor_desk_core::Store;

use super::error::CliError;
use super::output;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The .ics file to write
    #[arg(long, value_name = "FILE.ics")]
    out: PathBuf,

    /// Events from this day on (YYYY-MM-DD) [default: today]
    #[arg(long, value_name = "DATE")]
    as_of: Option<NaiveDate>,
}

pub fn run(store: &Store, args: &Args) -> Result<ExitCode, CliError> {
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let text = ics(store.conn(), as_of)?;
    output::write_file(&args.out, &text)?;
    eprintln!("wrote the calendar to {}", args.out.display());
    Ok(ExitCode::SUCCESS)
}
