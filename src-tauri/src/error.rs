//! The app layer's errors: `IpcError`, what a failed command sends to the UI, and `AppError`,
//! what can go wrong around the core (finding the data folder, starting the window).

use std::path::PathBuf;

use serde::Serialize;
use sponsor_desk_core::{CoreError, ErrorCode, FieldError};
use ts_rs::TS;

/// A failed command as the UI receives it: a stable code, one sentence, the field it is about
/// (so a form can show it beside that field) and, for validation, every field problem at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
    pub field: Option<String>,
    /// The record the error is about, e.g. `sponsor 12` or an import location.
    pub record: Option<String>,
    pub errors: Vec<FieldError>,
}

impl From<CoreError> for IpcError {
    fn from(error: CoreError) -> Self {
        let record = match &error {
            CoreError::Validation { record, .. } => Some(record.clone()),
            CoreError::NotFound { kind, id } => Some(format!("{kind} {id}")),
            CoreError::InvalidImport { location, .. } => Some(location.clone()),
            _ => None,
        };
        IpcError {
            code: error.code(),
            message: error.to_string(),
            field: error.field().map(str::to_string),
            record,
            errors: error.field_errors(),
        }
    }
}

/// A pack that could not be made: the core's errors keep their code; the rest say in plain
/// words what went wrong with the typesetting or the file.
impl From<sponsor_desk_packs::PackError> for IpcError {
    fn from(error: sponsor_desk_packs::PackError) -> Self {
        use sponsor_desk_packs::PackError;
        let message = match error {
            PackError::Core(core) => return IpcError::from(core),
            PackError::Data(_) | PackError::Typeset { .. } | PackError::Crashed { .. } => {
                format!("The pack could not be made ({error}). Please report this.")
            }
            PackError::Export { .. } => format!("The pack could not be written ({error})."),
            PackError::Timeout { .. } => {
                format!("{error}. Try leaving out some sections or stories.")
            }
        };
        IpcError::io(message)
    }
}

impl IpcError {
    /// A file the user chose could not be read or written: no field to blame.
    pub fn io(message: impl Into<String>) -> Self {
        IpcError {
            code: ErrorCode::Io,
            message: message.into(),
            field: None,
            record: None,
            errors: Vec::new(),
        }
    }

    /// A failure of the command machinery itself (a worker thread that panicked, a poisoned
    /// lock): no field to blame, and the database is the resource the user should worry about.
    pub fn internal(message: impl Into<String>) -> Self {
        IpcError {
            code: ErrorCode::Database,
            message: message.into(),
            field: None,
            record: None,
            errors: Vec::new(),
        }
    }
}

/// What can fail in the app layer before or around a core call.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Core(#[from] CoreError),

    #[error("no home folder was found to keep the database in; pass --db PATH")]
    NoDataDir,

    #[error("could not create the data folder {}: {source}", path.display())]
    CreateDataDir {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("the window could not start: {0}")]
    Window(#[from] tauri::Error),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_errors_keep_every_field_and_name_the_record() {
        let core = CoreError::Validation {
            record: "sponsor".into(),
            errors: vec![
                FieldError {
                    field: "name".into(),
                    message: "Name is required.".into(),
                },
                FieldError {
                    field: "tier".into(),
                    message: "Tier must be 1-4.".into(),
                },
            ],
        };
        let ipc = IpcError::from(core);
        assert_eq!(ipc.code, ErrorCode::Validation);
        assert_eq!(ipc.field.as_deref(), Some("name"));
        assert_eq!(ipc.record.as_deref(), Some("sponsor"));
        assert_eq!(ipc.errors.len(), 2);
    }

    #[test]
    fn pack_errors_keep_the_core_code_or_say_what_failed() {
        use sponsor_desk_packs::PackError;
        let missing = IpcError::from(PackError::Core(CoreError::NotFound {
            kind: "sponsor",
            id: 9,
        }));
        assert_eq!(missing.code, ErrorCode::NotFound);
        assert_eq!(missing.record.as_deref(), Some("sponsor 9"));
        let slow = IpcError::from(PackError::Timeout {
            pack: "sponsor brief",
            seconds: 20,
        });
        assert_eq!(slow.code, ErrorCode::Io);
        assert!(slow.message.contains("sponsor brief"), "{}", slow.message);
        assert!(slow.message.contains("leaving out"), "{}", slow.message);
    }

    #[test]
    fn not_found_names_the_record_and_serialises_snake_case() {
        let ipc = IpcError::from(CoreError::NotFound {
            kind: "sponsor",
            id: 7,
        });
        assert_eq!(ipc.record.as_deref(), Some("sponsor 7"));
        let json = serde_json::to_value(&ipc).unwrap_or_default();
        assert_eq!(json["code"], "not_found");
        assert_eq!(json["field"], serde_json::Value::Null);
    }
}
