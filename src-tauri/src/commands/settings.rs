//! Settings commands: read the warning thresholds, check them as the user types, save them.

use sponsor_desk_core::settings::{self, Settings};
use sponsor_desk_core::FieldError;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn get_settings(state: State<'_, AppState>) -> Result<Settings, IpcError> {
    state.run(|store| settings::get(store.conn())).await
}

#[tauri::command]
pub async fn save_settings(
    state: State<'_, AppState>,
    input: Settings,
) -> Result<Settings, IpcError> {
    state
        .run(move |store| store.write(|tx| settings::set(tx, &input)))
        .await
}

/// Pure field rules, so no store is needed; async like the others to keep one calling shape.
#[tauri::command]
pub async fn check_settings(input: Settings) -> Result<Vec<FieldError>, IpcError> {
    Ok(settings::check(&input))
}
