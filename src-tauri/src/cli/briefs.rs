//! `briefs --meeting ID --out-dir DIR [--as-of DATE]`: a brief for every attendee of a meeting,
//! one PDF each in DIR (which must exist), named `brief-<id>-<name>.pdf`.

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

    /// The folder to write the briefs into; it must exist
    #[arg(long, value_name = "DIR")]
    out_dir: PathBuf,

    /// The day the briefs are for, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    as_of: Option<NaiveDate>,
}

pub fn run(store: &mut Store, args: &Args) -> Result<ExitCode, CliError> {
    let as_of = args.as_of.unwrap_or_else(today);
    let attendees = packs::attendees(store.conn(), args.meeting)?;
    if !args.out_dir.is_dir() {
        return Err(CliError::Write {
            path: args.out_dir.clone(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such folder"),
        });
    }
    for (sponsor_id, name) in &attendees {
        let data = packs::brief(store.conn(), *sponsor_id, as_of, &PackOptions::default())?;
        let pdf = packs::pdf(&data)?;
        let path = args.out_dir.join(packs::brief_file_name(*sponsor_id, name));
        write_pdf(&path, &pdf)?;
        packs::record_usage(store, &data, as_of)?;
        eprintln!("wrote {}", path.display());
    }
    eprintln!(
        "wrote {} brief(s) to {}",
        attendees.len(),
        args.out_dir.display()
    );
    Ok(ExitCode::SUCCESS)
}
