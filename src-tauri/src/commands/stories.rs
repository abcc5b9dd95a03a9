//! Success-story commands: the list, one story, create, update, delete, check, where a story
//! was used (record, delete, check), and the finder of stories for one sponsor.

use sponsor_desk_core::stories::{self, Story, StoryInput, StoryMatch, Usage, UsageInput};
use sponsor_desk_core::{FieldError, Id};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
pub async fn list_stories(state: State<'_, AppState>) -> Result<Vec<Story>, IpcError> {
    state.run(|store| stories::list(store.conn(), None)).await
}

#[tauri::command]
pub async fn get_story(state: State<'_, AppState>, id: Id) -> Result<Story, IpcError> {
    state.run(move |store| stories::get(store.conn(), id)).await
}

#[tauri::command]
pub async fn create_story(
    state: State<'_, AppState>,
    input: StoryInput,
) -> Result<Story, IpcError> {
    state
        .run(move |store| store.write(|tx| stories::create(tx, &input)))
        .await
}

#[tauri::command]
pub async fn update_story(
    state: State<'_, AppState>,
    id: Id,
    input: StoryInput,
) -> Result<Story, IpcError> {
    state
        .run(move |store| store.write(|tx| stories::update(tx, id, &input)))
        .await
}

#[tauri::command]
pub async fn delete_story(state: State<'_, AppState>, id: Id) -> Result<(), IpcError> {
    state
        .run(move |store| store.write(|tx| stories::delete(tx, id)))
        .await
}

#[tauri::command]
pub async fn check_story(
    state: State<'_, AppState>,
    id: Option<Id>,
    input: StoryInput,
) -> Result<Vec<FieldError>, IpcError> {
    state
        .run(move |store| stories::check(store.conn(), id, &input))
        .await
}

#[tauri::command]
pub async fn record_story_usage(
    state: State<'_, AppState>,
    input: UsageInput,
) -> Result<Usage, IpcError> {
    state
        .run(move |store| store.write(|tx| stories::record_usage(tx, &input)))
        .await
}

#[tauri::command]
pub async fn delete_story_usage(state: State<'_, AppState>, id: Id) -> Result<(), IpcError> {
    state
        .run(move |store| store.write(|tx| stories::delete_usage(tx, id)))
        .await
}

#[tauri::command]
pub async fn check_story_usage(
    state: State<'_, AppState>,
    input: UsageInput,
) -> Result<Vec<FieldError>, IpcError> {
    state
        .run(move |store| stories::check_usage(store.conn(), &input))
        .await
}

/// Stories that match sponsor `id`'s priorities, best first, as they may be shared (consented
/// quotes only). `all` keeps the stories already told to them.
#[tauri::command]
pub async fn stories_for_sponsor(
    state: State<'_, AppState>,
    id: Id,
    all: bool,
) -> Result<Vec<StoryMatch>, IpcError> {
    let today = super::today();
    state
        .run(move |store| stories::stories_for_sponsor_on(store.conn(), id, all, today))
        .await
}
