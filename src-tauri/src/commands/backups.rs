//! The Backups screen's commands: the backups folder listed and verified, "Back up now", and a
//! restore from a listed backup or from a file picked in the native Open dialog (opened here, so
//! the page never names a path outside the backups folder). A restore verifies the file before
//! the database is closed, saves the current database first, then reopens on the restored one.

use std::path::PathBuf;

use serde::Serialize;
use sponsor_desk_core::store::backup::{self, BackupFile, BackupKind};
use sponsor_desk_core::{CoreError, FieldError};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use crate::autobackup::folder_for;
use crate::error::IpcError;
use crate::state::AppState;

/// The backups folder and its files, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BackupFolder {
    pub folder: String,
    pub backups: Vec<BackupFile>,
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Restored {
    pub restored_from: String,
    /// Where the database that was replaced was saved.
    pub previous_saved_to: Option<String>,
    pub schema_version: i64,
}

fn now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// Runs blocking file work that needs no store (reading and verifying other files).
async fn blocking<T: Send + 'static>(
    job: impl FnOnce() -> Result<T, CoreError> + Send + 'static,
) -> Result<T, IpcError> {
    tauri::async_runtime::spawn_blocking(job)
        .await
        .map_err(|error| IpcError::internal(format!("the command stopped unexpectedly: {error}")))?
        .map_err(IpcError::from)
}

#[tauri::command]
pub async fn list_backups(state: State<'_, AppState>) -> Result<BackupFolder, IpcError> {
    let folder = folder_for(state.db_path());
    let shown = folder.display().to_string();
    let backups = blocking(move || Ok(backup::list(&folder))).await?;
    Ok(BackupFolder {
        folder: shown,
        backups,
    })
}

/// A verified `manual-<stamp>.sqlite` of the open database in the backups folder.
#[tauri::command]
pub async fn back_up_now(state: State<'_, AppState>) -> Result<BackupFile, IpcError> {
    let folder = folder_for(state.db_path());
    let taken = now();
    let report = state
        .run(move |store| backup::manual_backup(store, &folder, taken))
        .await?;
    Ok(BackupFile {
        name: report
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        kind: BackupKind::Manual,
        taken_at: taken.format("%Y-%m-%d %H:%M:%S").to_string(),
        bytes: report.bytes,
        schema_version: Some(report.schema_version),
        problem: None,
    })
}

/// Restores the backup `name` of the backups folder.
#[tauri::command]
pub async fn restore_backup(
    state: State<'_, AppState>,
    name: String,
) -> Result<Restored, IpcError> {
    let folder = folder_for(state.db_path());
    let Some(path) = backup::file_in(&folder, &name) else {
        return Err(IpcError::from(CoreError::Validation {
            record: format!("backup {name:?}"),
            errors: vec![FieldError {
                field: "name".into(),
                message: format!("{name:?} is not a backup file name; pick a backup from the list"),
            }],
        }));
    };
    restore_from(&state, path).await
}

/// Asks for a database file in the native Open dialog and restores it; `None` when cancelled.
#[tauri::command]
pub async fn restore_backup_from_file(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<Restored>, IpcError> {
    let folder = folder_for(state.db_path());
    let picked = tauri::async_runtime::spawn_blocking(move || {
        let dialog = app
            .dialog()
            .file()
            .set_title("Restore a Sponsor Desk backup")
            .add_filter("Sponsor Desk database", &["sqlite", "db"]);
        let dialog = if folder.is_dir() {
            dialog.set_directory(folder)
        } else {
            dialog
        };
        dialog.blocking_pick_file()
    })
    .await
    .map_err(|error| {
        IpcError::internal(format!("the open dialog stopped unexpectedly: {error}"))
    })?;
    let Some(picked) = picked else {
        return Ok(None);
    };
    let path: PathBuf = picked
        .into_path()
        .map_err(|error| IpcError::io(format!("that file cannot be read: {error}")))?;
    restore_from(&state, path).await.map(Some)
}

/// Verifies `candidate` while the database stays open and in use (a file that fails changes
/// nothing), then replaces the database with the store closed and opens the restored one.
async fn restore_from(state: &AppState, candidate: PathBuf) -> Result<Restored, IpcError> {
    let checked = candidate.clone();
    blocking(move || backup::verify_file(&checked)).await?;
    let save_dir = folder_for(state.db_path());
    let at = now();
    let report = state
        .with_database_closed(move |db_path| backup::restore(&candidate, db_path, &save_dir, at))
        .await?;
    Ok(Restored {
        restored_from: report.restored_from.display().to_string(),
        previous_saved_to: report.previous_saved_to.map(|p| p.display().to_string()),
        schema_version: report.schema_version,
    })
}
