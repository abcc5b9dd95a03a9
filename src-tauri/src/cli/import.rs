//! `import FILE`: a JSON export into the database, in one transaction (all or nothing).
//! CSV import comes in a later version; a .csv file is refused as a usage error for now.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sponsor_desk_core::{transfer, CoreError, Store};

use super::error::CliError;
use super::output;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A JSON file as written by `export`
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

pub fn run(store: &mut Store, args: &Args) -> Result<ExitCode, CliError> {
    let is_csv = args
        .file
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("csv"));
    if is_csv {
        return Err(CliError::Usage(format!(
            "{} is a CSV file, and this version imports only JSON as written by `export`; CSV import comes in a later version.",
            args.file.display()
        )));
    }
    let text = std::fs::read_to_string(&args.file).map_err(|source| CliError::Read {
        path: args.file.clone(),
        source,
    })?;
    let summary = transfer::import_json(store, &text).map_err(|e| in_file(&args.file, e))?;
    output::print(&format!("imported {summary} from {}", args.file.display()))?;
    Ok(ExitCode::SUCCESS)
}

/// The core knows the text, not the file: the message gets the file's name, and the field's
/// name when the core's sentence does not already say it, so a user knows where to look.
fn in_file(file: &Path, error: CoreError) -> CliError {
    match error {
        CoreError::InvalidImport {
            location,
            field,
            message,
        } => {
            let mut place = format!("{}: {location}", file.display());
            if let Some(name) = field.as_deref() {
                if !location.contains(name) && !message.contains(name) {
                    place.push_str(&format!(", field {name}"));
                }
            }
            CoreError::InvalidImport {
                location: place,
                field,
                message,
            }
            .into()
        }
        other => other.into(),
    }
}
