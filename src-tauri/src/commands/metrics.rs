//! Metric commands: every metric with its values (the series), create, update, delete, check,
//! and a metric's dated values (add, update, delete, check).

use sponsor_desk_core::metrics::{
    self, Metric, MetricInput, MetricSeries, MetricValue, MetricValueInput,
};
use sponsor_desk_core::{FieldError, Id};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_metrics(state: State<'_, AppState>) -> Result<Vec<MetricSeries>, IpcError> {
    state.run(|store| metrics::series(store.conn())).await
}

#[tauri::command]
pub async fn create_metric(
    state: State<'_, AppState>,
    input: MetricInput,
) -> Result<Metric, IpcError> {
    state
        .run(move |store| store.write(|tx| metrics::create(tx, &input)))
        .await
}

#[tauri::command]
pub async fn update_metric(
    state: State<'_, AppState>,
    id: Id,
    input: MetricInput,
) -> Result<Metric, IpcError> {
    state
        .run(move |store| store.write(|tx| metrics::update(tx, id, &input)))
        .await
}

#[tauri::command]
pub async fn delete_metric(state: State<'_, AppState>, id: Id) -> Result<(), IpcError> {
    state
        .run(move |store| store.write(|tx| metrics::delete(tx, id)))
        .await
}

#[tauri::command]
pub async fn check_metric(
    state: State<'_, AppState>,
    id: Option<Id>,
    input: MetricInput,
) -> Result<Vec<FieldError>, IpcError> {
    state
        .run(move |store| metrics::check(store.conn(), id, &input))
        .await
}

#[tauri::command]
pub async fn add_metric_value(
    state: State<'_, AppState>,
    input: MetricValueInput,
) -> Result<MetricValue, IpcError> {
    state
        .run(move |store| store.write(|tx| metrics::add_value(tx, &input)))
        .await
}

#[tauri::command]
pub async fn update_metric_value(
    state: State<'_, AppState>,
    id: Id,
    input: MetricValueInput,
) -> Result<MetricValue, IpcError> {
    state
        .run(move |store| store.write(|tx| metrics::update_value(tx, id, &input)))
        .await
}

#[tauri::command]
pub async fn delete_metric_value(state: State<'_, AppState>, id: Id) -> Result<(), IpcError> {
    state
        .run(move |store| store.write(|tx| metrics::delete_value(tx, id)))
        .await
}

#[tauri::command]
pub async fn check_metric_value(
    state: State<'_, AppState>,
    id: Option<Id>,
    input: MetricValueInput,
) -> Result<Vec<FieldError>, IpcError> {
    state
        .run(move |store| metrics::check_value(store.conn(), id, &input))
        .await
}
