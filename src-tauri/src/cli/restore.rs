//! `restore FILE`: replaces the database with a backup once the backup verifies (read-only open,
//! integrity and foreign-key check, schema not newer); the current database is saved first.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sponsor_desk_core::store::backup;

use super::error::CliError;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The backup file to restore (never modified)
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

/// Runs before the database is opened: opening it would create or migrate the file being replaced.
pub fn run(db_path: &Path, args: &Args) -> Result<ExitCode, CliError> {
    if !args.file.exists() {
        // A missing file is "not found" (exit 4), as for `import`.
        return Err(CliError::Read {
            path: args.file.clone(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        });
    }
    let save_dir = crate::autobackup::folder_for(db_path);
    let now = chrono::Local::now().naive_local();
    let report = backup::restore(&args.file, db_path, &save_dir, now)?;
    if let Some(previous) = &report.previous_saved_to {
        eprintln!(
            "saved the database being replaced to {}",
            previous.display()
        );
    }
    eprintln!(
        "restored {} (schema {}, verified) into {}",
        report.restored_from.display(),
        report.schema_version,
        db_path.display()
    );
    Ok(ExitCode::SUCCESS)
}
