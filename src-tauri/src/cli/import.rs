//! `import FILE`: a JSON export, or a CSV of sponsors or org units (see `import_csv`), into the
//! database in one transaction (all or nothing).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sponsor_desk_core::{transfer, CoreError, Store};

use super::error::CliError;
use super::output;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A JSON file as written by `export`, or a .csv of sponsors or org units
    #[arg(value_name = "FILE")]
    file: PathBuf,

    /// CSV only: a JSON object {"column header": "field"} overriding the guessed mapping
    /// ("" ignores a column)
    #[arg(long, value_name = "FILE.json")]
    mapping: Option<PathBuf>,

    /// CSV only: what the file holds; by default org units when the file name says so
    /// (org-units.csv, units.csv), else sponsors
    #[arg(long, value_enum)]
    kind: Option<super::import_csv::Kind>,
}

pub fn run(store: &mut Store, args: &Args) -> Result<ExitCode, CliError> {
    let is_csv = args
        .file
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("csv"));
    if is_csv {
        return super::import_csv::run(store, &args.file, args.mapping.as_deref(), args.kind);
    }
    if args.mapping.is_some() || args.kind.is_some() {
        return Err(CliError::Usage(format!(
            "--mapping and --kind apply to CSV files only, and {} is not a .csv file",
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
pub(super) fn in_file(file: &Path, error: CoreError) -> CliError {
    match error {
        CoreError::InvalidImport {
            location,
            field,
            message,
        } => {
            let mut place = format!("{}: {location}", file.display());
            if let Some(name) = field.as_deref() {
                if !names(&location, name) && !names(&message, name) {
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

/// Whether `text` names `field` as a word of its own: "invalid type" does not name `id`.
fn names(text: &str, field: &str) -> bool {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices(field).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + field.len()..].chars().next();
        !before.is_some_and(is_word) && !after.is_some_and(is_word)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(location: &str, field: &str, message: &str) -> String {
        let error = CoreError::InvalidImport {
            location: location.into(),
            field: Some(field.into()),
            message: message.into(),
        };
        in_file(Path::new("bad.json"), error).to_string()
    }

    #[test]
    fn the_field_is_added_unless_the_sentence_names_it_as_a_word() {
        let wrong_type = shown(
            "sponsors[0]",
            "id",
            "invalid type: string \"seven\", expected i64",
        );
        assert!(
            wrong_type.contains("sponsors[0], field id:"),
            "{wrong_type}"
        );
        let missing = shown("sponsors[id=3]", "name", "missing field `name`; add it");
        assert!(!missing.contains("field name:"), "{missing}");
        let part = shown("meetings[id=2]", "agenda[0].initiative_id", "refers to ...");
        assert!(part.contains("field agenda[0].initiative_id"), "{part}");
    }
}
