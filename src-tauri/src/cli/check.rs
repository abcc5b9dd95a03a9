//! `check [--json]`: SQLite's integrity and foreign-key checks; exit 5 when either finds a problem.

use std::process::ExitCode;

use sponsor_desk_core::Store;

use super::error::{CliError, DATABASE};
use super::output;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print the report as JSON: {"ok", "integrity": [...], "foreign_key_violations": [...]}
    #[arg(long)]
    pub json: bool,
}

pub fn run(store: &Store, args: &Args) -> Result<ExitCode, CliError> {
    let report = store.check()?;
    if args.json {
        let text = serde_json::to_string_pretty(&report).map_err(|e| CliError::Stdout(e.into()))?;
        output::print(&text)?;
    } else {
        let mut lines = vec![format!(
            "{}: schema {}, integrity {}, {} foreign-key problem(s)",
            if report.ok {
                "database OK"
            } else {
                "database NOT OK"
            },
            store.schema_version()?,
            if report.integrity.is_empty() {
                "ok"
            } else {
                "damaged"
            },
            report.foreign_key_violations.len()
        )];
        lines.extend(
            report
                .integrity
                .iter()
                .map(|line| format!("  integrity: {line}")),
        );
        lines.extend(
            report
                .foreign_key_violations
                .iter()
                .map(|line| format!("  reference: {line}")),
        );
        output::print(&lines.join("\n"))?;
    }
    if report.ok {
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("the database has problems; restore a backup or export what can be read");
        Ok(ExitCode::from(DATABASE))
    }
}
