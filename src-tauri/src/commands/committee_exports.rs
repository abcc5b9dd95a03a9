//! Saving committee data to a file the user picks: the decision register as CSV and the
//! committee calendar as ICS. The native "Save as" dialog is opened here, in Rust, so the page
//! never hands us a path to write: the capability allows these two commands and nothing of
//! the dialog or file-system plugins.

use std::path::PathBuf;

use sponsor_desk_core::committees::{ics, register_csv, RegisterFilter};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use super::today;
use crate::error::IpcError;
use crate::state::AppState;

/// Writes the register (filtered as on screen) as CSV; returns the file written, or none when
/// the person cancelled the dialog.
#[tauri::command]
pub async fn export_register_csv(
    app: AppHandle,
    state: State<'_, AppState>,
    query: RegisterFilter,
) -> Result<Option<String>, IpcError> {
    let text = state
        .run(move |store| register_csv(store.conn(), &query))
        .await?;
    save_as(app, "decision-register.csv", ("CSV", "csv"), text).await
}

/// Writes the calendar (planned meetings, open actions, follow-ups and departures from today on)
/// as ICS.
#[tauri::command]
pub async fn export_calendar(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<String>, IpcError> {
    let as_of = today();
    let text = state.run(move |store| ics(store.conn(), as_of)).await?;
    save_as(app, "sponsor-desk.ics", ("Calendar", "ics"), text).await
}

/// Asks where to save (off the async runtime: the dialog blocks until answered) and writes.
pub(crate) async fn save_as(
    app: AppHandle,
    suggested: impl Into<String> + Send + 'static,
    (kind, extension): (&'static str, &'static str),
    contents: impl AsRef<[u8]>,
) -> Result<Option<String>, IpcError> {
    let picked = tauri::async_runtime::spawn_blocking(move || {
        app.dialog()
            .file()
            .set_file_name(suggested)
            .add_filter(kind, &[extension])
            .blocking_save_file()
    })
    .await
    .map_err(|error| {
        IpcError::internal(format!("the save dialog stopped unexpectedly: {error}"))
    })?;
    let Some(picked) = picked else {
        return Ok(None);
    };
    let path: PathBuf = picked
        .into_path()
        .map_err(|error| IpcError::io(format!("that place cannot be written to: {error}")))?;
    crate::files::write_atomic(&path, contents)
        .map_err(|error| IpcError::io(format!("could not write {}: {error}", path.display())))?;
    Ok(Some(path.display().to_string()))
}
