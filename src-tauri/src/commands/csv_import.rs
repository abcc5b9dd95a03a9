//! Spreadsheet in and out for the window: preview and import a CSV the page read (as text, fine
//! for files of a few MB; the CLI streams bigger ones), save the sponsors list as CSV, and the
//! first-run welcome's "is it empty" and "open the demo organisation".

use sponsor_desk_core::csv_import::{self, CsvImportSummary, CsvOptions, CsvPreview};
use sponsor_desk_core::demo::{self, DemoSize, DemoSummary};
use sponsor_desk_core::sponsors::SponsorQuery;
use std::sync::atomic::AtomicBool;
use tauri::{AppHandle, State};

use super::committee_exports::save_as;
use super::today;
use crate::error::IpcError;
use crate::state::AppState;

/// Rows the mapping screen shows.
const PREVIEW_ROWS: usize = 20;

/// The guessed (or given) mapping and the first rows with each row's problems; writes nothing.
#[tauri::command]
pub async fn preview_csv_import(
    state: State<'_, AppState>,
    options: CsvOptions,
    text: String,
) -> Result<CsvPreview, IpcError> {
    state
        .run(move |store| csv_import::preview(store, text.as_bytes(), &options, PREVIEW_ROWS))
        .await
}

/// Imports every row, all or nothing.
#[tauri::command]
pub async fn import_csv(
    state: State<'_, AppState>,
    options: CsvOptions,
    text: String,
) -> Result<CsvImportSummary, IpcError> {
    state
        .run(move |store| {
            csv_import::import(
                store,
                text.as_bytes(),
                &options,
                &AtomicBool::new(false),
                &mut |_| {},
            )
        })
        .await
}

/// Saves the sponsors list (filtered as on screen) as CSV; none when the dialog was cancelled.
#[tauri::command]
pub async fn export_sponsors_csv(
    app: AppHandle,
    state: State<'_, AppState>,
    query: SponsorQuery,
) -> Result<Option<String>, IpcError> {
    let text = state
        .run(move |store| csv_import::sponsors_csv(store.conn(), &query))
        .await?;
    save_as(app, "sponsors.csv", ("CSV", "csv"), text).await
}

/// Whether the database holds nothing yet (the window then shows its welcome).
#[tauri::command]
pub async fn database_is_empty(state: State<'_, AppState>) -> Result<bool, IpcError> {
    state.run(|store| store.is_empty()).await
}

/// Fills the empty database with the small demo organisation (seed 1, as the CLI's default).
#[tauri::command]
pub async fn fill_demo(state: State<'_, AppState>) -> Result<DemoSummary, IpcError> {
    let on = today();
    state
        .run(move |store| demo::fill(store, DemoSize::Small, 1, on))
        .await
}
