//! The dashboard command: the numbers behind every evidence chart, as of today on this
//! computer's calendar (the same data and day always give the same charts).

use sponsor_desk_core::dashboard::{self, Dashboard};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn get_dashboard(state: State<'_, AppState>) -> Result<Dashboard, IpcError> {
    let as_of = super::today();
    state
        .run(move |store| dashboard::build(store.conn(), as_of))
        .await
}
