//! `committee-pack --meeting ID --out FILE.pdf [--as-of DATE]`: the pack for one meeting as a
//! PDF, written atomically; the stories it tells are recorded as told at that meeting.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use sponsor_desk_core::{Id, Store};
use sponsor_desk_packs::{self as packs, PackOptions};

use super::brief::write_pdf;
use super::error::CliError;
use super::warnings::{date_arg, today};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The meeting's id (exit 4 if there is none)
    #[arg(long, value_name = "ID")]
    meeting: Id,

    /// The PDF file to write (replaced if it exists)
    #[arg(long, value_name = "FILE.pdf")]
    out: PathBuf,

    /// The day the pack is prepared on, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    as_of: Option<NaiveDate>,
}

pub fn run(store: &mut Store, args: &Args) -> Result<ExitCode, CliError> {
    let as_of = args.as_of.unwrap_or_else(today);
    let data = packs::committee_pack(store.conn(), args.meeting, as_of, &PackOptions::default())?;
    let pdf = packs::pdf(&data)?;
    write_pdf(&args.out, &pdf)?;
    packs::record_usage(store, &data, as_of)?;
    eprintln!("wrote the committee pack to {}", args.out.display());
    Ok(ExitCode::SUCCESS)
}
