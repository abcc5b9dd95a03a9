//! Meeting commands: plan, edit, delete and check a meeting, copy the last agenda, record
//! attendance and minutes while the meeting runs, and the prep view for it. Adapters only.

use chrono::NaiveDate;
use sponsor_desk_core::committees::{
    meeting_prep, meetings, AgendaItem, AttendanceInput, Meeting, MeetingDetail, MeetingInput,
    MeetingPrep, MeetingRow,
};
use sponsor_desk_core::{FieldError, Id};
use tauri::State;

use super::today;
use crate::error::IpcError;
use crate::state::AppState;

/// Every committee's meetings, or one committee's when `committee_id` is given.
#[tauri::command]
pub async fn list_meetings(
    state: State<'_, AppState>,
    committee_id: Option<Id>,
) -> Result<Vec<MeetingRow>, IpcError> {
    state
        .run(move |store| meetings::list(store.conn(), committee_id))
        .await
}

#[tauri::command]
pub async fn get_meeting(state: State<'_, AppState>, id: Id) -> Result<MeetingDetail, IpcError> {
    state
        .run(move |store| meetings::detail(store.conn(), id))
        .await
}

#[tauri::command]
pub async fn plan_meeting(
    state: State<'_, AppState>,
    input: MeetingInput,
) -> Result<Meeting, IpcError> {
    state
        .run(move |store| store.write(|tx| meetings::plan(tx, &input)))
        .await
}

#[tauri::command]
pub async fn update_meeting(
    state: State<'_, AppState>,
    id: Id,
    input: MeetingInput,
) -> Result<Meeting, IpcError> {
    state
        .run(move |store| store.write(|tx| meetings::update(tx, id, &input)))
        .await
}

#[tauri::command]
pub async fn delete_meeting(state: State<'_, AppState>, id: Id) -> Result<(), IpcError> {
    state
        .run(move |store| store.write(|tx| meetings::delete(tx, id)))
        .await
}

#[tauri::command]
pub async fn check_meeting(
    state: State<'_, AppState>,
    id: Option<Id>,
    input: MeetingInput,
) -> Result<Vec<FieldError>, IpcError> {
    state
        .run(move |store| meetings::check(store.conn(), id, &input))
        .await
}

/// Plans a meeting on `scheduled_on` with a copy of the committee's last agenda.
#[tauri::command]
pub async fn duplicate_last_agenda(
    state: State<'_, AppState>,
    committee_id: Id,
    scheduled_on: NaiveDate,
) -> Result<Meeting, IpcError> {
    state
        .run(move |store| {
            store.write(|tx| meetings::duplicate_last_agenda(tx, committee_id, scheduled_on))
        })
        .await
}

/// Replaces the meeting's attendance with `list` (the screen sends the whole list).
#[tauri::command]
pub async fn record_attendance(
    state: State<'_, AppState>,
    id: Id,
    list: Vec<AttendanceInput>,
) -> Result<Meeting, IpcError> {
    state
        .run(move |store| store.write(|tx| meetings::record_attendance(tx, id, &list)))
        .await
}

/// Saves the minutes of agenda item `id`, replacing what was there.
#[tauri::command]
pub async fn record_minutes(
    state: State<'_, AppState>,
    id: Id,
    minutes: String,
) -> Result<AgendaItem, IpcError> {
    state
        .run(move |store| store.write(|tx| meetings::record_minutes(tx, id, &minutes)))
        .await
}

/// What to walk into meeting `id` with, as of today.
#[tauri::command]
pub async fn get_meeting_prep(state: State<'_, AppState>, id: Id) -> Result<MeetingPrep, IpcError> {
    let as_of = today();
    state
        .run(move |store| meeting_prep(store.conn(), id, as_of))
        .await
}
