//! Spreadsheet in and out for the window: preview and import a CSV the page read (as text, fine
//! for files of a few MB; the CLI streams bigger ones) with progress events and a cancel that
//! leaves nothing imported, save the sponsors list as CSV, and the first-run welcome's "is it
//! empty" and "open the demo organisation".

use sponsor_desk_core::csv_import::{self, CsvImportSummary, CsvOptions, CsvPreview, CsvProgress};
use sponsor_desk_core::demo::{self, DemoSize, DemoSummary};
use sponsor_desk_core::sponsors::SponsorQuery;
use sponsor_desk_core::{CoreError, Store};
use std::sync::atomic::{AtomicBool, Ordering};
use tauri::{AppHandle, Emitter, State};

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

/// The event an import sends every few hundred rows: a `CsvProgress` (rows done, bytes read).
pub const IMPORT_PROGRESS_EVENT: &str = "csv-import-progress";

/// Set by `cancel_csv_import`, read by the running import between rows; one import at a time.
static CANCEL_IMPORT: AtomicBool = AtomicBool::new(false);

/// Imports every row, all or nothing, sending `csv-import-progress` as it goes. A
/// `cancel_csv_import` meanwhile ends it with nothing imported (the error says so).
#[tauri::command]
pub async fn import_csv(
    app: AppHandle,
    state: State<'_, AppState>,
    options: CsvOptions,
    text: String,
) -> Result<CsvImportSummary, IpcError> {
    CANCEL_IMPORT.store(false, Ordering::Relaxed);
    state
        .run(move |store| {
            import_text(store, &text, &options, &CANCEL_IMPORT, &mut |progress| {
                // A lost progress event only leaves the bar behind; the import goes on.
                let _ = app.emit(IMPORT_PROGRESS_EVENT, progress);
            })
        })
        .await
}

/// Stops the running import before its next row; nothing of it is kept.
#[tauri::command]
pub fn cancel_csv_import() {
    CANCEL_IMPORT.store(true, Ordering::Relaxed);
}

fn import_text(
    store: &mut Store,
    text: &str,
    options: &CsvOptions,
    cancel: &AtomicBool,
    progress: &mut dyn FnMut(CsvProgress),
) -> Result<CsvImportSummary, CoreError> {
    csv_import::import(store, text.as_bytes(), options, cancel, progress)
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

#[cfg(test)]
mod tests {
    use super::*;
    use sponsor_desk_core::csv_import::CsvKind;

    fn people(rows: usize) -> String {
        let mut text = String::from("Name,Department,E-mail\r\n");
        for i in 0..rows {
            text.push_str(&format!("Person {i},Company / Sales,p{i}@example.org\r\n"));
        }
        text
    }

    fn count(store: &Store, table: &str) -> i64 {
        // Table names come from this test, never from data.
        store
            .conn()
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_cancel_during_the_import_keeps_nothing_and_progress_counts_rows() {
        let mut store = Store::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
        let options = CsvOptions {
            kind: CsvKind::Sponsors,
            mapping: Default::default(),
        };
        let text = people(1000);
        let cancel = AtomicBool::new(false);
        let mut seen = Vec::new();
        let err = import_text(&mut store, &text, &options, &cancel, &mut |p| {
            seen.push(p);
            // The button pressed while the bar shows the first step.
            cancel.store(true, Ordering::Relaxed);
        })
        .err()
        .unwrap_or_else(|| panic!("a cancelled import succeeded"));
        assert!(IpcError::from(err)
            .message
            .contains("cancelled; nothing was imported"));
        assert_eq!(seen.first().map(|p| p.rows), Some(200));
        assert_eq!(
            (count(&store, "sponsors"), count(&store, "org_units")),
            (0, 0)
        );

        // Not cancelled, the same file goes in whole, and the last step names every row and byte.
        cancel.store(false, Ordering::Relaxed);
        let mut last = None;
        let done = import_text(&mut store, &text, &options, &cancel, &mut |p| {
            last = Some(p)
        })
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(done.added, 1000);
        let last = last.unwrap_or_else(|| panic!("no progress"));
        assert_eq!((last.rows, last.bytes as usize), (1000, text.len()));
        assert_eq!(count(&store, "sponsors"), 1000);
    }
}
