//! `brief --sponsor ID --out FILE.pdf [--as-of DATE]`: one sponsor's brief as a PDF, written
//! atomically; the stories it tells are recorded as told to that sponsor.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use sponsor_desk_core::{Id, Store};
use sponsor_desk_packs::{self as packs, PackOptions};

use super::error::CliError;
use super::warnings::{date_arg, today};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The sponsor's id (exit 4 if there is none)
    #[arg(long, value_name = "ID")]
    sponsor: Id,

    /// The PDF file to write (replaced if it exists)
    #[arg(long, value_name = "FILE.pdf")]
    out: PathBuf,

    /// The day the brief is for, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    as_of: Option<NaiveDate>,
}

pub fn run(store: &mut Store, args: &Args) -> Result<ExitCode, CliError> {
    let as_of = args.as_of.unwrap_or_else(today);
    let data = packs::brief(store.conn(), args.sponsor, as_of, &PackOptions::default())?;
    let pdf = packs::pdf(&data)?;
    write_pdf(&args.out, &pdf)?;
    packs::record_usage(store, &data, as_of)?;
    eprintln!(
        "wrote the brief for {} to {}",
        data.sponsor.name,
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// Writes a PDF through a temporary file beside it, so a failure never leaves half a file.
pub(super) fn write_pdf(path: &std::path::Path, pdf: &[u8]) -> Result<(), CliError> {
    crate::files::write_atomic(path, pdf).map_err(|source| CliError::Write {
        path: path.to_path_buf(),
        source,
    })
}
