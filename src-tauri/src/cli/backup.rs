//! `backup --out FILE`: a consistent copy of the database, verified before it gets its name.
//! Exit 3 when FILE cannot be written (the message names it), 5 when the database itself fails.

use std::path::PathBuf;
use std::process::ExitCode;

use sponsor_desk_core::store::backup;
use sponsor_desk_core::{CoreError, Store};

use super::error::CliError;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The backup file to write (replaced if it exists, only once the new copy verifies)
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

pub fn run(store: &Store, args: &Args) -> Result<ExitCode, CliError> {
    let report = backup::backup_to(store, &args.out).map_err(|error| match error {
        // The store is already open, so an I/O problem is the destination's: the user named an
        // unusable place (exit 3), not a database problem.
        CoreError::Io { source, .. } => CliError::Write {
            path: args.out.clone(),
            source,
        },
        other => CliError::Core(other),
    })?;
    eprintln!(
        "backed up the database (schema {}, {} bytes, verified) to {}",
        report.schema_version,
        report.bytes,
        report.path.display()
    );
    Ok(ExitCode::SUCCESS)
}
