//! Action item commands: the filtered list and the overdue list (as of today), raise, edit,
//! close or reopen, delete, and check. Adapters only.

use sponsor_desk_core::committees::{
    actions, ActionInput, ActionItem, ActionQuery, ActionStatus, ActionView,
};
use sponsor_desk_core::{FieldError, Id};
use tauri::State;

use super::today;
use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_actions(
    state: State<'_, AppState>,
    query: ActionQuery,
) -> Result<Vec<ActionView>, IpcError> {
    let as_of = today();
    state
        .run(move |store| actions::list(store.conn(), &query, as_of))
        .await
}

#[tauri::command]
pub async fn list_overdue_actions(state: State<'_, AppState>) -> Result<Vec<ActionView>, IpcError> {
    let as_of = today();
    state
        .run(move |store| actions::overdue_actions(store.conn(), as_of))
        .await
}

#[tauri::command]
pub async fn create_action(
    state: State<'_, AppState>,
    input: ActionInput,
) -> Result<ActionItem, IpcError> {
    state
        .run(move |store| store.write(|tx| actions::create(tx, &input)))
        .await
}

#[tauri::command]
pub async fn update_action(
    state: State<'_, AppState>,
    id: Id,
    input: ActionInput,
) -> Result<ActionItem, IpcError> {
    state
        .run(move |store| store.write(|tx| actions::update(tx, id, &input)))
        .await
}

/// Marks an action done or dropped today, or opens it again.
#[tauri::command]
pub async fn set_action_status(
    state: State<'_, AppState>,
    id: Id,
    status: ActionStatus,
) -> Result<ActionItem, IpcError> {
    let on = today();
    state
        .run(move |store| store.write(|tx| actions::set_status(tx, id, status, Some(on))))
        .await
}

#[tauri::command]
pub async fn delete_action(state: State<'_, AppState>, id: Id) -> Result<(), IpcError> {
    state
        .run(move |store| store.write(|tx| actions::delete(tx, id)))
        .await
}

#[tauri::command]
pub async fn check_action(
    state: State<'_, AppState>,
    id: Option<Id>,
    input: ActionInput,
) -> Result<Vec<FieldError>, IpcError> {
    state
        .run(move |store| actions::check(store.conn(), id, &input))
        .await
}
