//! `import FILE`: a JSON export into the database, in one transaction (all or nothing).
//! CSV import comes in a later version; a .csv file is refused as a usage error for now.

use std::path::PathBuf;
use std::process::ExitCode;

use sponsor_desk_core::{transfer, Store};

use super::error::CliError;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A JSON file as written by `export`
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

pub fn run(store: &mut Store, args: &Args) -> Result<ExitCode, CliError> {
    let is_csv = args.file.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("csv"));
    if is_csv {
        return Err(CliError::Usage(format!(
            "{} is a CSV file, and this version imports only JSON as written by `export`; CSV import comes in a later version.",
            args.file.display()
        )));
    }
    let text = std::fs::read_to_string(&args.file)
        .map_err(|source| CliError::Read { path: args.file.clone(), source })?;
    let summary = transfer::import_json(store, &text)?;
    println!("imported {} from {}", summary, args.file.display());
    Ok(ExitCode::SUCCESS)
}
