//! The CLI's errors and the one place that maps them to exit codes and to the error JSON.
//! Exit codes are a contract (README): 2 usage, 3 invalid input, 4 not found, 5 database.

use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

use serde::Serialize;
use sponsor_desk_core::{CoreError, ErrorCode};
use sponsor_desk_packs::PackError;

use crate::error::AppError;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Core(#[from] CoreError),

    #[error(transparent)]
    App(#[from] AppError),

    /// A pack could not be built or typeset.
    #[error(transparent)]
    Pack(#[from] PackError),

    /// Arguments that parse but cannot be used, e.g. a CSV file before CSV import exists.
    #[error("{0}")]
    Usage(String),

    #[error("cannot read {}: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },

    #[error("cannot write {}: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },

    #[error("cannot write to standard output: {0}")]
    Stdout(io::Error),
}

pub const USAGE: u8 = 2;
pub const INVALID_INPUT: u8 = 3;
pub const NOT_FOUND: u8 = 4;
pub const DATABASE: u8 = 5;

impl CliError {
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => USAGE,
            CliError::Core(core) | CliError::App(AppError::Core(core)) => core_exit_code(core),
            CliError::App(_) => DATABASE,
            CliError::Pack(PackError::Core(core)) => core_exit_code(core),
            // Typesetting failed: the input could not be made into a pack.
            CliError::Pack(_) => INVALID_INPUT,
            CliError::Read { source, .. } if source.kind() == io::ErrorKind::NotFound => NOT_FOUND,
            // An unreadable input or an output we cannot write: the user named the wrong file.
            CliError::Read { .. } | CliError::Write { .. } | CliError::Stdout(_) => INVALID_INPUT,
        }
    }

    /// The machine-readable code in `{"error": {"code", ...}}`: the core's codes, plus `usage`.
    pub fn code(&self) -> &'static str {
        match self {
            CliError::Core(core)
            | CliError::App(AppError::Core(core))
            | CliError::Pack(PackError::Core(core)) => code_name(core.code()),
            CliError::Pack(_) => "pack",
            CliError::Usage(_) => "usage",
            CliError::Read { source, .. } if source.kind() == io::ErrorKind::NotFound => {
                "not_found"
            }
            CliError::App(_)
            | CliError::Read { .. }
            | CliError::Write { .. }
            | CliError::Stdout(_) => "io",
        }
    }

    pub fn field(&self) -> Option<&str> {
        match self {
            CliError::Core(core) | CliError::App(AppError::Core(core)) => core.field(),
            _ => None,
        }
    }

    /// Tells the user (stderr, one sentence) and, with `--json`, the script (stdout).
    pub fn report(&self, json: bool) -> ExitCode {
        let message = self.to_string();
        eprintln!("{message}");
        if json {
            print_json_error(self.code(), &message, self.field());
        }
        ExitCode::from(self.exit_code())
    }
}

/// Core error codes to exit codes: the only mapping, so every subcommand agrees.
fn core_exit_code(error: &CoreError) -> u8 {
    match error.code() {
        ErrorCode::Validation | ErrorCode::Conflict | ErrorCode::InvalidImport => INVALID_INPUT,
        ErrorCode::NotFound => NOT_FOUND,
        ErrorCode::NewerSchema | ErrorCode::Database | ErrorCode::Io => DATABASE,
    }
}

fn code_name(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::Validation => "validation",
        ErrorCode::NotFound => "not_found",
        ErrorCode::Conflict => "conflict",
        ErrorCode::InvalidImport => "invalid_import",
        ErrorCode::NewerSchema => "newer_schema",
        ErrorCode::Database => "database",
        ErrorCode::Io => "io",
    }
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    code: &'a str,
    message: &'a str,
    field: Option<&'a str>,
}

#[derive(Serialize)]
struct ErrorJson<'a> {
    error: ErrorBody<'a>,
}

pub fn print_json_error(code: &str, message: &str, field: Option<&str>) {
    let body = ErrorJson {
        error: ErrorBody {
            code,
            message,
            field,
        },
    };
    // Serialising three strings cannot fail; if stdout is gone there is no one to tell.
    if let Ok(text) = serde_json::to_string(&body) {
        println!("{text}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_core_code_maps_to_a_documented_exit_code() {
        let cases = [
            (
                CoreError::validation("sponsor", "name", "Name is required."),
                INVALID_INPUT,
            ),
            (
                CoreError::NotFound {
                    kind: "sponsor",
                    id: 3,
                },
                NOT_FOUND,
            ),
            (
                CoreError::Conflict {
                    field: None,
                    message: "in use".into(),
                },
                INVALID_INPUT,
            ),
            (
                CoreError::InvalidImport {
                    location: "sponsors[0]".into(),
                    field: Some("tier".into()),
                    message: "bad".into(),
                },
                INVALID_INPUT,
            ),
            (
                CoreError::NewerSchema {
                    found: 9999,
                    supported: 1,
                },
                DATABASE,
            ),
        ];
        for (error, code) in cases {
            let cli = CliError::from(error);
            assert_eq!(cli.exit_code(), code, "{cli}");
            // The JSON code is the core's serde name, so scripts see one vocabulary.
            if let CliError::Core(core) = &cli {
                let serde_name = serde_json::to_value(core.code()).unwrap_or_default();
                assert_eq!(serde_name, cli.code());
            }
        }
    }

    #[test]
    fn a_missing_input_file_is_not_found() {
        let error = CliError::Read {
            path: "x.json".into(),
            source: io::Error::from(io::ErrorKind::NotFound),
        };
        assert_eq!(error.exit_code(), NOT_FOUND);
        assert_eq!(error.code(), "not_found");
    }
}
