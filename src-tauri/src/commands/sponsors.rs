//! Sponsor commands: the filtered list, one sponsor's page, create, update, delete, and check.

use sponsor_desk_core::sponsors::{self, model::*};
use sponsor_desk_core::{FieldError, Id};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_sponsors(
    state: State<'_, AppState>,
    query: SponsorQuery,
) -> Result<Vec<SponsorRow>, IpcError> {
    state
        .run(move |store| sponsors::list(store.conn(), &query))
        .await
}

#[tauri::command]
pub async fn get_sponsor(state: State<'_, AppState>, id: Id) -> Result<SponsorDetail, IpcError> {
    state
        .run(move |store| sponsors::detail(store.conn(), id))
        .await
}

#[tauri::command]
pub async fn create_sponsor(
    state: State<'_, AppState>,
    input: SponsorInput,
) -> Result<Sponsor, IpcError> {
    state
        .run(move |store| store.write(|tx| sponsors::create(tx, &input)))
        .await
}

#[tauri::command]
pub async fn update_sponsor(
    state: State<'_, AppState>,
    id: Id,
    input: SponsorInput,
) -> Result<Sponsor, IpcError> {
    state
        .run(move |store| store.write(|tx| sponsors::update(tx, id, &input)))
        .await
}

#[tauri::command]
pub async fn delete_sponsor(state: State<'_, AppState>, id: Id) -> Result<(), IpcError> {
    state
        .run(move |store| store.write(|tx| sponsors::delete(tx, id)))
        .await
}

#[tauri::command]
pub async fn check_sponsor(
    state: State<'_, AppState>,
    id: Option<Id>,
    input: SponsorInput,
) -> Result<Vec<FieldError>, IpcError> {
    state
        .run(move |store| sponsors::check(store.conn(), id, &input))
        .await
}
