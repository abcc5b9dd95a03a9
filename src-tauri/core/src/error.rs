//! The core's one error enum, and the stable codes it is known by outside (CLI exit codes, IPC).
//! Messages are plain sentences a user can act on: they name the record, the field and the fix.

use serde::Serialize;
use ts_rs::TS;

/// A problem with one field of one record, as shown beside that field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FieldError {
    /// The field's name as the API spells it, e.g. `status_date`.
    pub field: String,
    pub message: String,
}

/// The stable, machine-readable kind of an error. Crosses IPC and the CLI's JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Validation,
    NotFound,
    Conflict,
    InvalidImport,
    NewerSchema,
    Database,
    Io,
}

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// One or more fields of a record are invalid; `errors` is never empty.
    #[error("{record}: {}", errors.first().map(|e| e.message.as_str()).unwrap_or("invalid"))]
    Validation {
        record: String,
        errors: Vec<FieldError>,
    },

    #[error("{kind} {id} does not exist")]
    NotFound { kind: &'static str, id: crate::Id },

    /// The change would break a rule that involves other records (duplicate, cycle, still in use).
    #[error("{message}")]
    Conflict {
        field: Option<String>,
        message: String,
    },

    /// An import file is wrong at `location` (file, line or record); nothing was imported.
    #[error("{location}: {message}")]
    InvalidImport {
        location: String,
        field: Option<String>,
        message: String,
    },

    #[error("this database was written by a newer Sponsor Desk (schema {found}, this version reads up to {supported}); it was left untouched, open it with the newer version")]
    NewerSchema { found: i64, supported: i64 },

    #[error("database problem: {0}")]
    Database(#[from] rusqlite::Error),

    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },
}

impl CoreError {
    pub fn code(&self) -> ErrorCode {
        match self {
            CoreError::Validation { .. } => ErrorCode::Validation,
            CoreError::NotFound { .. } => ErrorCode::NotFound,
            CoreError::Conflict { .. } => ErrorCode::Conflict,
            CoreError::InvalidImport { .. } => ErrorCode::InvalidImport,
            CoreError::NewerSchema { .. } => ErrorCode::NewerSchema,
            CoreError::Database(_) => ErrorCode::Database,
            CoreError::Io { .. } => ErrorCode::Io,
        }
    }

    /// The field the error is about, when there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            CoreError::Validation { errors, .. } => errors.first().map(|e| e.field.as_str()),
            CoreError::Conflict { field, .. } | CoreError::InvalidImport { field, .. } => {
                field.as_deref()
            }
            _ => None,
        }
    }

    /// All field errors (validation), for forms that show each beside its field.
    pub fn field_errors(&self) -> Vec<FieldError> {
        match self {
            CoreError::Validation { errors, .. } => errors.clone(),
            other => other
                .field()
                .map(|f| {
                    vec![FieldError {
                        field: f.to_string(),
                        message: other.to_string(),
                    }]
                })
                .unwrap_or_default(),
        }
    }

    pub fn validation(record: impl Into<String>, field: &str, message: impl Into<String>) -> Self {
        CoreError::Validation {
            record: record.into(),
            errors: vec![FieldError {
                field: field.to_string(),
                message: message.into(),
            }],
        }
    }
}

pub type Result<T, E = CoreError> = std::result::Result<T, E>;
