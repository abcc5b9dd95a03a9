//! Warning commands: the list as of a date (hidden ones on request), acknowledge, snooze and
//! show again, the what-if of departures, and the coverage, departures and follow-up views.

use chrono::NaiveDate;
use serde::Deserialize;
use sponsor_desk_core::warnings::{
    self, AckInput, Departure, FollowUp, MatrixRow, Warning, WarningAck, WarningsOverview, WhatIf,
};
use sponsor_desk_core::{CoreError, Id};
use tauri::State;
use ts_rs::TS;

use crate::error::IpcError;
use crate::state::AppState;

/// Which warnings to list: as of a day (today when absent), with or without the hidden ones.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, TS)]
pub struct WarningsQuery {
    #[serde(default)]
    pub as_of: Option<NaiveDate>,
    #[serde(default)]
    pub include_hidden: bool,
}

/// Home's overview: as of a day (today when absent), the first `per_severity` shown warnings
/// of each severity and the counts.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, TS)]
pub struct OverviewQuery {
    #[serde(default)]
    pub as_of: Option<NaiveDate>,
    pub per_severity: u32,
}

/// A view as of a day (today when absent); `within_days` is the look-ahead of follow-ups;
/// `brief` asks the departures for only the initiatives each leaves short (Home's card), not
/// a whole what-if per sponsor.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, TS)]
pub struct ViewQuery {
    #[serde(default)]
    pub as_of: Option<NaiveDate>,
    #[serde(default)]
    pub within_days: Option<u32>,
    #[serde(default)]
    pub brief: bool,
}

/// Snooze one warning until a day; a missing day is a field error, not a parse failure.
#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
pub struct SnoozeInput {
    pub warning: AckInput,
    #[serde(default)]
    pub until: Option<NaiveDate>,
}

/// Which sponsors leave, and on which day (today when absent).
#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
pub struct WhatIfQuery {
    pub sponsor_ids: Vec<Id>,
    #[serde(default)]
    pub on: Option<NaiveDate>,
}

/// The user's calendar day: what "today" means on their screen.
pub(crate) fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

#[tauri::command]
pub async fn list_warnings(
    state: State<'_, AppState>,
    query: WarningsQuery,
) -> Result<Vec<Warning>, IpcError> {
    let as_of = query.as_of.unwrap_or_else(today);
    state
        .run(move |store| {
            if query.include_hidden {
                warnings::list_with_hidden(store.conn(), as_of)
            } else {
                warnings::list(store.conn(), as_of)
            }
        })
        .await
}

#[tauri::command]
pub async fn warnings_overview(
    state: State<'_, AppState>,
    query: OverviewQuery,
) -> Result<WarningsOverview, IpcError> {
    let as_of = query.as_of.unwrap_or_else(today);
    let per_severity = usize::try_from(query.per_severity).unwrap_or(usize::MAX);
    state
        .run(move |store| warnings::overview(store.conn(), as_of, per_severity))
        .await
}

#[tauri::command]
pub async fn acknowledge_warning(
    state: State<'_, AppState>,
    input: AckInput,
) -> Result<WarningAck, IpcError> {
    state
        .run(move |store| store.write(|tx| warnings::acknowledge(tx, &input)))
        .await
}

#[tauri::command]
pub async fn snooze_warning(
    state: State<'_, AppState>,
    input: SnoozeInput,
) -> Result<WarningAck, IpcError> {
    let today = today();
    state
        .run(move |store| {
            let until = input.until.ok_or_else(|| {
                CoreError::validation(
                    "snooze",
                    "snoozed_until",
                    "Pick the date the warning should come back (YYYY-MM-DD)",
                )
            })?;
            store.write(|tx| warnings::snooze(tx, &input.warning, until, today))
        })
        .await
}

#[tauri::command]
pub async fn unhide_warning(state: State<'_, AppState>, input: AckInput) -> Result<(), IpcError> {
    state
        .run(move |store| {
            store.write(|tx| warnings::unhide(tx, input.code, input.subject_kind, input.subject_id))
        })
        .await
}

#[tauri::command]
pub async fn what_if(state: State<'_, AppState>, query: WhatIfQuery) -> Result<WhatIf, IpcError> {
    let on = query.on.unwrap_or_else(today);
    state
        .run(move |store| warnings::what_if(store.conn(), &query.sponsor_ids, on))
        .await
}

#[tauri::command]
pub async fn coverage_matrix(
    state: State<'_, AppState>,
    query: ViewQuery,
) -> Result<Vec<MatrixRow>, IpcError> {
    let as_of = query.as_of.unwrap_or_else(today);
    state
        .run(move |store| warnings::coverage_matrix(store.conn(), as_of))
        .await
}

#[tauri::command]
pub async fn list_departures(
    state: State<'_, AppState>,
    query: ViewQuery,
) -> Result<Vec<Departure>, IpcError> {
    let as_of = query.as_of.unwrap_or_else(today);
    state
        .run(move |store| {
            if query.brief {
                warnings::departures_brief(store.conn(), as_of)
            } else {
                warnings::departures(store.conn(), as_of)
            }
        })
        .await
}

#[tauri::command]
pub async fn list_follow_ups(
    state: State<'_, AppState>,
    query: ViewQuery,
) -> Result<Vec<FollowUp>, IpcError> {
    let as_of = query.as_of.unwrap_or_else(today);
    // A week ahead: "what needs me this week".
    let within = query.within_days.unwrap_or(7);
    state
        .run(move |store| warnings::follow_ups_due(store.conn(), as_of, within))
        .await
}
