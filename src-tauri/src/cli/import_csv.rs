//! `import FILE.csv [--mapping FILE.json] [--kind ...]`: sponsors or org units from a spreadsheet,
//! streamed from the file into one transaction; prints "N added, N updated, N unchanged".

use std::collections::BTreeMap;
use std::fs::File;
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use sponsor_desk_core::csv_import::{self, CsvKind, CsvOptions};
use sponsor_desk_core::{CoreError, Store};

use super::error::CliError;
use super::output;

/// `--kind`, as the command line spells it.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Kind {
    Sponsors,
    OrgUnits,
}

pub fn run(
    store: &mut Store,
    file: &Path,
    mapping: Option<&Path>,
    kind: Option<Kind>,
) -> Result<ExitCode, CliError> {
    let kind = match kind {
        Some(Kind::Sponsors) => CsvKind::Sponsors,
        Some(Kind::OrgUnits) => CsvKind::OrgUnits,
        None => csv_import::kind_from_file_name(
            &file
                .file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default(),
        ),
    };
    let mapping = match mapping {
        Some(path) => read_mapping(path)?,
        None => BTreeMap::new(),
    };
    let input = File::open(file).map_err(|source| CliError::Read {
        path: file.to_path_buf(),
        source,
    })?;
    // The file is read as the rows go in, never whole; Ctrl+C ends the process and SQLite rolls
    // the open transaction back, so no cancel flag is needed here.
    let summary = csv_import::import(
        store,
        input,
        &CsvOptions { kind, mapping },
        &AtomicBool::new(false),
        &mut |_| {},
    )
    .map_err(|e| super::import::in_file(file, e))?;
    let what = match kind {
        CsvKind::Sponsors => "sponsors",
        CsvKind::OrgUnits => "org units",
    };
    let mut line = format!(
        "{} added, {} updated, {} unchanged ({what} from {})",
        summary.added,
        summary.updated,
        summary.unchanged,
        file.display()
    );
    if summary.org_units_created > 0 {
        line.push_str(&format!(
            "; {} org units created on the way",
            summary.org_units_created
        ));
    }
    output::print(&line)?;
    Ok(ExitCode::SUCCESS)
}

/// The mapping file: one JSON object of strings, e.g. {"Full name": "name", "Dept": "org_unit"}.
fn read_mapping(path: &Path) -> Result<BTreeMap<String, String>, CliError> {
    let text = std::fs::read_to_string(path).map_err(|source| CliError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    serde_json::from_str(&text).map_err(|e| {
        CoreError::InvalidImport {
            location: format!("{}: line {}", path.display(), e.line()),
            field: None,
            message: format!(
                "the mapping is not a JSON object of column header to field name ({e}); write it like {{\"Full name\": \"name\", \"Dept\": \"org_unit\"}}"
            ),
        }
        .into()
    })
}
