//! Briefing packs from the window: previews as PNG pages, PDFs saved where the person picks, and a
//! brief for every attendee of a meeting with progress and cancel. Data is read under the store
//! lock; typesetting runs on a blocking thread after the lock is released, never on the UI thread.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use base64::Engine as _;
use serde::Serialize;
use sponsor_desk_core::Id;
use sponsor_desk_packs::{self as packs, BriefData, CommitteeData, Pack, PackOptions, StoryChoice};
use tauri::{AppHandle, Emitter, State};
use tauri_plugin_dialog::DialogExt;
use ts_rs::TS;

use super::committee_exports::save_as;
use super::today;
use crate::error::IpcError;
use crate::state::AppState;

/// Preview resolution: 1.5 pixels per point (108 dpi) reads well in the dialog.
const PREVIEW_SCALE: f32 = 1.5;

/// The event a batch of briefs sends after each brief.
pub const PROGRESS_EVENT: &str = "packs-progress";

/// Set by `cancel_batch`, read between briefs; one batch runs at a time in the one window.
static CANCEL: AtomicBool = AtomicBool::new(false);

/// One step of a batch: `done` of `total` briefs written, `current` the one just finished.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PackProgress {
    pub done: u32,
    pub total: u32,
    pub current: String,
}

/// What a batch did: the folder, how many briefs were written of how many, and whether the
/// person stopped it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BatchResult {
    pub folder: String,
    pub written: u32,
    pub total: u32,
    pub cancelled: bool,
}

async fn brief_data(
    state: &AppState,
    sponsor_id: Id,
    options: PackOptions,
) -> Result<BriefData, IpcError> {
    let as_of = today();
    Ok(state
        .run(move |store| Ok(packs::brief(store.conn(), sponsor_id, as_of, &options)))
        .await??)
}

async fn committee_data(
    state: &AppState,
    meeting_id: Id,
    options: PackOptions,
) -> Result<CommitteeData, IpcError> {
    let as_of = today();
    Ok(state
        .run(move |store| {
            Ok(packs::committee_pack(
                store.conn(),
                meeting_id,
                as_of,
                &options,
            ))
        })
        .await??)
}

/// Runs a render on a blocking thread (the store lock is not held).
async fn off_thread<T: Send + 'static>(
    job: impl FnOnce() -> packs::Result<T> + Send + 'static,
) -> Result<T, IpcError> {
    Ok(tauri::async_runtime::spawn_blocking(job)
        .await
        .map_err(|error| {
            IpcError::internal(format!("the renderer stopped unexpectedly: {error}"))
        })??)
}

async fn preview_pages<P: Pack + Send + 'static>(pack: P) -> Result<Vec<String>, IpcError> {
    let pages = off_thread(move || packs::preview(&pack, PREVIEW_SCALE)).await?;
    let engine = base64::engine::general_purpose::STANDARD;
    Ok(pages
        .iter()
        .map(|png| format!("data:image/png;base64,{}", engine.encode(png)))
        .collect())
}

/// Records that the stories in a printed pack were told.
async fn record<P: Pack + Send + 'static>(state: &AppState, pack: P) -> Result<(), IpcError> {
    let on = today();
    Ok(state
        .run(move |store| Ok(packs::record_usage(store, &pack, on)))
        .await??)
}

/// The sponsor's brief as PNG pages (`data:` URLs), with the sections and stories chosen.
#[tauri::command]
pub async fn preview_brief(
    state: State<'_, AppState>,
    sponsor_id: Id,
    options: PackOptions,
) -> Result<Vec<String>, IpcError> {
    let data = brief_data(&state, sponsor_id, options).await?;
    preview_pages(data).await
}

/// The meeting's committee pack as PNG pages (`data:` URLs).
#[tauri::command]
pub async fn preview_committee_pack(
    state: State<'_, AppState>,
    meeting_id: Id,
    options: PackOptions,
) -> Result<Vec<String>, IpcError> {
    let data = committee_data(&state, meeting_id, options).await?;
    preview_pages(data).await
}

/// The consented stories matching the sponsor, the brief's default picks ticked.
#[tauri::command]
pub async fn story_choices_for_brief(
    state: State<'_, AppState>,
    sponsor_id: Id,
) -> Result<Vec<StoryChoice>, IpcError> {
    let as_of = today();
    Ok(state
        .run(move |store| Ok(packs::story_choices(store.conn(), sponsor_id, as_of)))
        .await??)
}

/// Typesets the brief, asks where to save it, writes it and records the stories as told to the
/// sponsor. The saved path, or none when the person cancelled (then nothing is recorded).
#[tauri::command]
pub async fn print_brief(
    app: AppHandle,
    state: State<'_, AppState>,
    sponsor_id: Id,
    options: PackOptions,
) -> Result<Option<String>, IpcError> {
    let data = brief_data(&state, sponsor_id, options).await?;
    let name = packs::brief_file_name(sponsor_id, &data.sponsor.name);
    let for_pdf = data.clone();
    let pdf = off_thread(move || packs::pdf(&for_pdf)).await?;
    let saved = save_as(app, name, ("PDF", "pdf"), pdf).await?;
    if saved.is_some() {
        record(&state, data).await?;
    }
    Ok(saved)
}

/// The committee pack: typeset, saved where the person picks, stories recorded for the meeting.
#[tauri::command]
pub async fn print_committee_pack(
    app: AppHandle,
    state: State<'_, AppState>,
    meeting_id: Id,
    options: PackOptions,
) -> Result<Option<String>, IpcError> {
    let data = committee_data(&state, meeting_id, options).await?;
    let name = format!("committee-pack-{meeting_id}.pdf");
    let for_pdf = data.clone();
    let pdf = off_thread(move || packs::pdf(&for_pdf)).await?;
    let saved = save_as(app, name, ("PDF", "pdf"), pdf).await?;
    if saved.is_some() {
        record(&state, data).await?;
    }
    Ok(saved)
}

/// A brief for every attendee of the meeting, one PDF each in a folder the person picks. Sends
/// `packs-progress` after each brief; `cancel_batch` stops it between briefs. None when the
/// person cancelled the folder dialog.
#[tauri::command]
pub async fn print_attendee_briefs(
    app: AppHandle,
    state: State<'_, AppState>,
    meeting_id: Id,
) -> Result<Option<BatchResult>, IpcError> {
    let attendees = state
        .run(move |store| Ok(packs::attendees(store.conn(), meeting_id)))
        .await??;
    let dialog_app = app.clone();
    let picked = tauri::async_runtime::spawn_blocking(move || {
        dialog_app.dialog().file().blocking_pick_folder()
    })
    .await
    .map_err(|error| {
        IpcError::internal(format!("the folder dialog stopped unexpectedly: {error}"))
    })?;
    let Some(picked) = picked else {
        return Ok(None);
    };
    let folder: PathBuf = picked
        .into_path()
        .map_err(|error| IpcError::io(format!("that folder cannot be written to: {error}")))?;
    let batch = write_briefs(&state, attendees, &folder, |progress| {
        // A lost progress event only leaves the bar behind; the batch itself goes on.
        let _ = app.emit(PROGRESS_EVENT, progress);
    })
    .await?;
    Ok(Some(batch))
}

/// Writes each attendee's brief into `folder`, one store visit and one blocking render at a
/// time (other commands get the store in between), until done or `cancel_batch`.
async fn write_briefs(
    state: &AppState,
    attendees: Vec<(Id, String)>,
    folder: &Path,
    mut progress: impl FnMut(PackProgress),
) -> Result<BatchResult, IpcError> {
    CANCEL.store(false, Ordering::SeqCst);
    let total = u32::try_from(attendees.len()).unwrap_or(u32::MAX);
    let mut written = 0;
    for (sponsor_id, name) in attendees {
        if CANCEL.load(Ordering::SeqCst) {
            break;
        }
        let data = brief_data(state, sponsor_id, PackOptions::default()).await?;
        let path = folder.join(packs::brief_file_name(sponsor_id, &name));
        let for_pdf = data.clone();
        let target = path.clone();
        off_thread(move || {
            let pdf = packs::pdf(&for_pdf)?;
            Ok(crate::files::write_atomic(&target, pdf))
        })
        .await?
        .map_err(|error| IpcError::io(format!("could not write {}: {error}", path.display())))?;
        record(state, data).await?;
        written += 1;
        progress(PackProgress {
            done: written,
            total,
            current: name,
        });
    }
    Ok(BatchResult {
        folder: folder.display().to_string(),
        written,
        total,
        cancelled: written < total,
    })
}

/// Stops a running batch of briefs after the brief being typeset now.
#[tauri::command]
pub fn cancel_batch() {
    CANCEL.store(true, Ordering::SeqCst);
}

#[cfg(test)]
mod tests {
    use sponsor_desk_core::demo::{self, DemoSize};
    use sponsor_desk_core::Store;

    use super::*;

    /// One test for the whole batch, since the cancel flag is shared by the process.
    #[test]
    fn a_batch_writes_a_brief_per_attendee_reports_progress_and_stops_when_cancelled() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
        let mut store =
            Store::open(&dir.path().join("db.sqlite")).unwrap_or_else(|e| panic!("open: {e}"));
        demo::fill(&mut store, DemoSize::Small, 1, today()).unwrap_or_else(|e| panic!("{e}"));
        let attendees = (1..50)
            .filter_map(|id| packs::attendees(store.conn(), id).ok())
            .find(|list| list.len() >= 2)
            .unwrap_or_else(|| panic!("no demo meeting with two attendees"));
        let state = AppState::new(store, dir.path().join("db.sqlite"));
        let all = dir.path().join("all");
        let some = dir.path().join("some");
        for folder in [&all, &some] {
            std::fs::create_dir(folder).unwrap_or_else(|e| panic!("{e}"));
        }

        let mut seen = Vec::new();
        let done =
            tauri::async_runtime::block_on(write_briefs(&state, attendees.clone(), &all, |p| {
                seen.push((p.done, p.total))
            }))
            .unwrap_or_else(|e| panic!("{e}"));
        let total = u32::try_from(attendees.len()).unwrap_or(0);
        assert_eq!(
            (done.written, done.total, done.cancelled),
            (total, total, false)
        );
        assert_eq!(seen.last(), Some(&(total, total)));
        for (id, name) in &attendees {
            let pdf = std::fs::read(all.join(packs::brief_file_name(*id, name)))
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(pdf.starts_with(b"%PDF"), "{name}");
        }

        // Cancelled after the first brief: that one is written, the rest are not.
        let stopped =
            tauri::async_runtime::block_on(write_briefs(&state, attendees, &some, |_| {
                cancel_batch()
            }))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((stopped.written, stopped.cancelled), (1, true));
        let files = std::fs::read_dir(&some).map(Iterator::count).unwrap_or(0);
        assert_eq!(files, 1);
    }
}
