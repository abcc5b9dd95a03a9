//! `app_info`: which database the window has open, its schema version and the app's version,
//! so the UI can show where the data lives.

use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::error::IpcError;
use crate::state::AppState;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AppInfo {
    pub db_path: String,
    pub schema_version: i64,
    pub version: String,
}

#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> Result<AppInfo, IpcError> {
    let db_path = state.db_path().display().to_string();
    let schema_version = state.run(|store| store.schema_version()).await?;
    Ok(AppInfo {
        db_path,
        schema_version,
        version: env!("CARGO_PKG_VERSION").to_string(),
    })
}
