//! "Export CSV" on the actions, quick wins and stories lists: the core writes the CSV, the native
//! Save dialog (`save_as`) asks where. Stories leave through the core's sharing gate, so only
//! consented quotes are in the file.

use sponsor_desk_core::committees::{actions_csv, ActionQuery};
use sponsor_desk_core::stories::stories_csv;
use sponsor_desk_core::wins::quick_wins_csv;
use tauri::{AppHandle, State};

use super::committee_exports::save_as;
use super::today;
use crate::error::IpcError;
use crate::state::AppState;

/// The actions `query` selects (as on screen); the path saved, none when the dialog was cancelled.
#[tauri::command]
pub async fn export_actions_csv(
    app: AppHandle,
    state: State<'_, AppState>,
    query: ActionQuery,
) -> Result<Option<String>, IpcError> {
    let as_of = today();
    let text = state
        .run(move |store| actions_csv(store.conn(), &query, as_of))
        .await?;
    save_as(app, "actions.csv", ("CSV", "csv"), text).await
}

/// Every quick win, newest start first.
#[tauri::command]
pub async fn export_quick_wins_csv(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<String>, IpcError> {
    let as_of = today();
    let text = state
        .run(move |store| quick_wins_csv(store.conn(), None, as_of))
        .await?;
    save_as(app, "quick-wins.csv", ("CSV", "csv"), text).await
}

/// Every story with its consented quotes only.
#[tauri::command]
pub async fn export_stories_csv(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<String>, IpcError> {
    let text = state
        .run(move |store| stories_csv(store.conn(), None))
        .await?;
    save_as(app, "stories.csv", ("CSV", "csv"), text).await
}
