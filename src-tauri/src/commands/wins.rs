//! Quick-win commands: the list, one quick win, create, update, delete, check, and the currency
//! codes the savings picker offers. Thin: each runs one core call (money stays exact there).

use sponsor_desk_core::wins::{self, QuickWin, QuickWinInput};
use sponsor_desk_core::{FieldError, Id};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_quick_wins(state: State<'_, AppState>) -> Result<Vec<QuickWin>, IpcError> {
    state.run(|store| wins::list(store.conn(), None)).await
}

#[tauri::command]
pub async fn get_quick_win(state: State<'_, AppState>, id: Id) -> Result<QuickWin, IpcError> {
    state.run(move |store| wins::get(store.conn(), id)).await
}

#[tauri::command]
pub async fn create_quick_win(
    state: State<'_, AppState>,
    input: QuickWinInput,
) -> Result<QuickWin, IpcError> {
    state
        .run(move |store| store.write(|tx| wins::create(tx, &input)))
        .await
}

#[tauri::command]
pub async fn update_quick_win(
    state: State<'_, AppState>,
    id: Id,
    input: QuickWinInput,
) -> Result<QuickWin, IpcError> {
    state
        .run(move |store| store.write(|tx| wins::update(tx, id, &input)))
        .await
}

#[tauri::command]
pub async fn delete_quick_win(state: State<'_, AppState>, id: Id) -> Result<(), IpcError> {
    state
        .run(move |store| store.write(|tx| wins::delete(tx, id)))
        .await
}

#[tauri::command]
pub async fn check_quick_win(
    state: State<'_, AppState>,
    id: Option<Id>,
    input: QuickWinInput,
) -> Result<Vec<FieldError>, IpcError> {
    state
        .run(move |store| wins::check(store.conn(), id, &input))
        .await
}

/// The ISO 4217 codes a saving may be in, alphabetical: the core's table, so the picker never
/// offers a code the save would refuse.
#[tauri::command]
pub fn list_currencies() -> Vec<String> {
    wins::currency_codes()
        .into_iter()
        .map(str::to_string)
        .collect()
}
