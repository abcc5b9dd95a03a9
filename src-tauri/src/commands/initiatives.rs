//! Initiative commands: the list, one initiative's page, create, update, delete, and check.

use sponsor_desk_core::initiatives::{self, model::*};
use sponsor_desk_core::{FieldError, Id};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_initiatives(state: State<'_, AppState>) -> Result<Vec<InitiativeRow>, IpcError> {
    state.run(|store| initiatives::list(store.conn())).await
}

#[tauri::command]
pub async fn get_initiative(
    state: State<'_, AppState>,
    id: Id,
) -> Result<InitiativeDetail, IpcError> {
    state
        .run(move |store| initiatives::detail(store.conn(), id))
        .await
}

#[tauri::command]
pub async fn create_initiative(
    state: State<'_, AppState>,
    input: InitiativeInput,
) -> Result<Initiative, IpcError> {
    state
        .run(move |store| store.write(|tx| initiatives::create(tx, &input)))
        .await
}

#[tauri::command]
pub async fn update_initiative(
    state: State<'_, AppState>,
    id: Id,
    input: InitiativeInput,
) -> Result<Initiative, IpcError> {
    state
        .run(move |store| store.write(|tx| initiatives::update(tx, id, &input)))
        .await
}

#[tauri::command]
pub async fn delete_initiative(state: State<'_, AppState>, id: Id) -> Result<(), IpcError> {
    state
        .run(move |store| store.write(|tx| initiatives::delete(tx, id)))
        .await
}

#[tauri::command]
pub async fn check_initiative(
    state: State<'_, AppState>,
    id: Option<Id>,
    input: InitiativeInput,
) -> Result<Vec<FieldError>, IpcError> {
    state
        .run(move |store| initiatives::check(store.conn(), id, &input))
        .await
}
