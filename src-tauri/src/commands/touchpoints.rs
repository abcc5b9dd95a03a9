//! Touchpoint commands: the timeline, one touchpoint, log/edit/delete/check, and the open asks
//! and commitments with their met/dropped status.

use chrono::NaiveDate;
use serde::Deserialize;
use sponsor_desk_core::touchpoints::{self, model::*};
use sponsor_desk_core::{FieldError, Id};
use tauri::State;
use ts_rs::TS;

use crate::error::IpcError;
use crate::state::AppState;

/// A new status for one ask or commitment; met and dropped need the date it happened.
#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
pub struct ItemStatusInput {
    pub status: ItemStatus,
    #[serde(default)]
    pub resolved_on: Option<NaiveDate>,
}

#[tauri::command]
pub async fn list_touchpoints(
    state: State<'_, AppState>,
    query: TimelineQuery,
) -> Result<Vec<TimelineEntry>, IpcError> {
    state
        .run(move |store| touchpoints::timeline(store.conn(), &query))
        .await
}

#[tauri::command]
pub async fn get_touchpoint(state: State<'_, AppState>, id: Id) -> Result<Touchpoint, IpcError> {
    state
        .run(move |store| touchpoints::get(store.conn(), id))
        .await
}

#[tauri::command]
pub async fn create_touchpoint(
    state: State<'_, AppState>,
    input: TouchpointInput,
) -> Result<Touchpoint, IpcError> {
    state
        .run(move |store| store.write(|tx| touchpoints::create(tx, &input)))
        .await
}

#[tauri::command]
pub async fn update_touchpoint(
    state: State<'_, AppState>,
    id: Id,
    input: TouchpointInput,
) -> Result<Touchpoint, IpcError> {
    state
        .run(move |store| store.write(|tx| touchpoints::update(tx, id, &input)))
        .await
}

#[tauri::command]
pub async fn delete_touchpoint(state: State<'_, AppState>, id: Id) -> Result<(), IpcError> {
    state
        .run(move |store| store.write(|tx| touchpoints::delete(tx, id)))
        .await
}

#[tauri::command]
pub async fn check_touchpoint(
    state: State<'_, AppState>,
    id: Option<Id>,
    input: TouchpointInput,
) -> Result<Vec<FieldError>, IpcError> {
    state
        .run(move |store| touchpoints::check(store.conn(), id, &input))
        .await
}

/// Open asks and commitments: one sponsor's (`id`) or everyone's (`id` null).
#[tauri::command]
pub async fn list_open_items(
    state: State<'_, AppState>,
    id: Option<Id>,
) -> Result<Vec<OpenItem>, IpcError> {
    state
        .run(move |store| touchpoints::open_items(store.conn(), id))
        .await
}

#[tauri::command]
pub async fn set_item_status(
    state: State<'_, AppState>,
    id: Id,
    input: ItemStatusInput,
) -> Result<TouchpointItem, IpcError> {
    state
        .run(move |store| {
            store.write(|tx| touchpoints::set_item_status(tx, id, input.status, input.resolved_on))
        })
        .await
}
