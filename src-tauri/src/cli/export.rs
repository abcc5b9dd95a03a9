//! `export [--out FILE]`: the whole database as JSON, the format `import` reads back.

use std::path::PathBuf;
use std::process::ExitCode;

use sponsor_desk_core::{transfer, Store};

use super::error::CliError;
use super::output;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write to FILE instead of stdout
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

pub fn run(store: &Store, args: &Args) -> Result<ExitCode, CliError> {
    let json = transfer::export_json(store.conn())?;
    output::emit(args.out.as_deref(), &json, "the database")?;
    Ok(ExitCode::SUCCESS)
}
