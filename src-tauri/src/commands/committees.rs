//! Committee commands: the committees list and one committee's page (members with their seats
//! on today's date), create, update, delete, check, and seating members. Adapters only.

use sponsor_desk_core::committees::{
    self, Committee, CommitteeDetail, CommitteeInput, CommitteeMember, CommitteeRow, MemberInput,
};
use sponsor_desk_core::{FieldError, Id};
use tauri::State;

use super::today;
use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_committees(state: State<'_, AppState>) -> Result<Vec<CommitteeRow>, IpcError> {
    let as_of = today();
    state
        .run(move |store| committees::list(store.conn(), as_of))
        .await
}

#[tauri::command]
pub async fn get_committee(
    state: State<'_, AppState>,
    id: Id,
) -> Result<CommitteeDetail, IpcError> {
    let as_of = today();
    state
        .run(move |store| committees::detail(store.conn(), id, as_of))
        .await
}

#[tauri::command]
pub async fn create_committee(
    state: State<'_, AppState>,
    input: CommitteeInput,
) -> Result<Committee, IpcError> {
    state
        .run(move |store| store.write(|tx| committees::create(tx, &input)))
        .await
}

#[tauri::command]
pub async fn update_committee(
    state: State<'_, AppState>,
    id: Id,
    input: CommitteeInput,
) -> Result<Committee, IpcError> {
    state
        .run(move |store| store.write(|tx| committees::update(tx, id, &input)))
        .await
}

#[tauri::command]
pub async fn delete_committee(state: State<'_, AppState>, id: Id) -> Result<(), IpcError> {
    state
        .run(move |store| store.write(|tx| committees::delete(tx, id)))
        .await
}

#[tauri::command]
pub async fn check_committee(
    state: State<'_, AppState>,
    id: Option<Id>,
    input: CommitteeInput,
) -> Result<Vec<FieldError>, IpcError> {
    state
        .run(move |store| committees::check(store.conn(), id, &input))
        .await
}

#[tauri::command]
pub async fn add_member(
    state: State<'_, AppState>,
    input: MemberInput,
) -> Result<CommitteeMember, IpcError> {
    state
        .run(move |store| store.write(|tx| committees::add_member(tx, &input)))
        .await
}

#[tauri::command]
pub async fn update_member(
    state: State<'_, AppState>,
    id: Id,
    input: MemberInput,
) -> Result<CommitteeMember, IpcError> {
    state
        .run(move |store| store.write(|tx| committees::update_member(tx, id, &input)))
        .await
}

#[tauri::command]
pub async fn remove_member(state: State<'_, AppState>, id: Id) -> Result<(), IpcError> {
    state
        .run(move |store| store.write(|tx| committees::remove_member(tx, id)))
        .await
}

#[tauri::command]
pub async fn check_member(
    state: State<'_, AppState>,
    id: Option<Id>,
    input: MemberInput,
) -> Result<Vec<FieldError>, IpcError> {
    state
        .run(move |store| committees::check_member(store.conn(), id, &input))
        .await
}
