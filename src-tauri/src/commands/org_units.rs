//! Org unit commands: list, create, update, delete, and check (field problems without saving).

use sponsor_desk_core::org_units::{self, model::OrgUnit, model::OrgUnitInput};
use sponsor_desk_core::{FieldError, Id};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_org_units(state: State<'_, AppState>) -> Result<Vec<OrgUnit>, IpcError> {
    state.run(|store| org_units::list(store.conn())).await
}

#[tauri::command]
pub async fn create_org_unit(
    state: State<'_, AppState>,
    input: OrgUnitInput,
) -> Result<OrgUnit, IpcError> {
    state
        .run(move |store| store.write(|tx| org_units::create(tx, &input)))
        .await
}

#[tauri::command]
pub async fn update_org_unit(
    state: State<'_, AppState>,
    id: Id,
    input: OrgUnitInput,
) -> Result<OrgUnit, IpcError> {
    state
        .run(move |store| store.write(|tx| org_units::update(tx, id, &input)))
        .await
}

#[tauri::command]
pub async fn delete_org_unit(state: State<'_, AppState>, id: Id) -> Result<(), IpcError> {
    state
        .run(move |store| store.write(|tx| org_units::delete(tx, id)))
        .await
}

#[tauri::command]
pub async fn check_org_unit(
    state: State<'_, AppState>,
    id: Option<Id>,
    input: OrgUnitInput,
) -> Result<Vec<FieldError>, IpcError> {
    state
        .run(move |store| org_units::check(store.conn(), id, &input))
        .await
}
