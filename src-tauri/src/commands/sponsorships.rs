//! Sponsorship commands: create, update, delete, and check (duplicates, dates, roles).

use sponsor_desk_core::sponsorships::{self, model::*};
use sponsor_desk_core::{FieldError, Id};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn create_sponsorship(
    state: State<'_, AppState>,
    input: SponsorshipInput,
) -> Result<Sponsorship, IpcError> {
    state
        .run(move |store| store.write(|tx| sponsorships::create(tx, &input)))
        .await
}

#[tauri::command]
pub async fn update_sponsorship(
    state: State<'_, AppState>,
    id: Id,
    input: SponsorshipInput,
) -> Result<Sponsorship, IpcError> {
    state
        .run(move |store| store.write(|tx| sponsorships::update(tx, id, &input)))
        .await
}

#[tauri::command]
pub async fn delete_sponsorship(state: State<'_, AppState>, id: Id) -> Result<(), IpcError> {
    state
        .run(move |store| store.write(|tx| sponsorships::delete(tx, id)))
        .await
}

#[tauri::command]
pub async fn check_sponsorship(
    state: State<'_, AppState>,
    id: Option<Id>,
    input: SponsorshipInput,
) -> Result<Vec<FieldError>, IpcError> {
    state
        .run(move |store| sponsorships::check(store.conn(), id, &input))
        .await
}
