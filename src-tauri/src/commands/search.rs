//! The search command: what the person typed, searched literally over sponsors, touchpoints,
//! decisions, stories and quotes; hits grouped by kind with snippets as parts, never markup.

use sponsor_desk_core::search::{self, SearchHit};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// Hits shown per kind: enough to spot the record, few enough to read at a glance.
const HITS_PER_KIND: usize = 8;

#[tauri::command]
pub async fn search(state: State<'_, AppState>, query: String) -> Result<Vec<SearchHit>, IpcError> {
    state
        .run(move |store| search::query(store.conn(), &query, HITS_PER_KIND))
        .await
}
