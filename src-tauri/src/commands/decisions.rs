//! Decision register commands: the filtered register, record, edit, delete and check a
//! decision (a supersede link updates the older one in the same save). Adapters only.

use sponsor_desk_core::committees::{
    decision_register, decisions, Decision, DecisionInput, RegisterEntry, RegisterFilter,
};
use sponsor_desk_core::{FieldError, Id};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_decisions(
    state: State<'_, AppState>,
    query: RegisterFilter,
) -> Result<Vec<RegisterEntry>, IpcError> {
    state
        .run(move |store| decision_register(store.conn(), &query))
        .await
}

#[tauri::command]
pub async fn create_decision(
    state: State<'_, AppState>,
    input: DecisionInput,
) -> Result<Decision, IpcError> {
    state
        .run(move |store| store.write(|tx| decisions::create(tx, &input)))
        .await
}

#[tauri::command]
pub async fn update_decision(
    state: State<'_, AppState>,
    id: Id,
    input: DecisionInput,
) -> Result<Decision, IpcError> {
    state
        .run(move |store| store.write(|tx| decisions::update(tx, id, &input)))
        .await
}

#[tauri::command]
pub async fn delete_decision(state: State<'_, AppState>, id: Id) -> Result<(), IpcError> {
    state
        .run(move |store| store.write(|tx| decisions::delete(tx, id)))
        .await
}

#[tauri::command]
pub async fn check_decision(
    state: State<'_, AppState>,
    id: Option<Id>,
    input: DecisionInput,
) -> Result<Vec<FieldError>, IpcError> {
    state
        .run(move |store| decisions::check(store.conn(), id, &input))
        .await
}
