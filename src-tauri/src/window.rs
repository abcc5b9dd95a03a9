//! The window: opens the store, hands it to the commands as shared state and runs Tauri.
//! Only reached without a subcommand, so the CLI never starts GTK or needs a display.

use std::path::PathBuf;

use sponsor_desk_core::Store;

use crate::commands::{actions, committee_exports, committees, decisions, meetings};
use crate::commands::{app_info, initiatives, org_units, sponsors, sponsorships};
use crate::commands::{dashboard, metrics, search, stories, wins};
use crate::commands::{settings, touchpoints, warnings};
use crate::error::AppError;
use crate::state::AppState;

/// Opens `db_path` (refusing a newer or damaged database before any window appears) and runs
/// the app until its window closes.
pub fn run(db_path: PathBuf) -> Result<(), AppError> {
    let store = Store::open(&db_path)?;
    let mut daily_backup = crate::autobackup::daily_in_background(&db_path);
    let backup_db_path = db_path.clone();
    tauri::Builder::default()
        // First, so a second launch on this database is caught before anything else starts.
        .plugin(crate::single_instance::plugin(&db_path))
        // The native "Save as" dialog for exports, opened from Rust (no UI permission needed).
        .plugin(tauri_plugin_dialog::init())
        // Inert unless the benchmark runner armed it (SPONSOR_DESK_BENCH_PROBE).
        .plugin(crate::bench_hook::probe())
        .manage(AppState::new(store, db_path))
        .setup(|app| {
            crate::shutdown::exit_on_signals(app.handle().clone());
            tauri::Manager::state::<AppState>(app).warm_up(warnings::today());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            app_info::app_info,
            org_units::list_org_units,
            org_units::create_org_unit,
            org_units::update_org_unit,
            org_units::delete_org_unit,
            org_units::check_org_unit,
            sponsors::list_sponsors,
            sponsors::get_sponsor,
            sponsors::create_sponsor,
            sponsors::update_sponsor,
            sponsors::delete_sponsor,
            sponsors::check_sponsor,
            initiatives::list_initiatives,
            initiatives::get_initiative,
            initiatives::create_initiative,
            initiatives::update_initiative,
            initiatives::delete_initiative,
            initiatives::check_initiative,
            sponsorships::create_sponsorship,
            sponsorships::update_sponsorship,
            sponsorships::delete_sponsorship,
            sponsorships::check_sponsorship,
            touchpoints::list_touchpoints,
            touchpoints::get_touchpoint,
            touchpoints::create_touchpoint,
            touchpoints::update_touchpoint,
            touchpoints::delete_touchpoint,
            touchpoints::check_touchpoint,
            touchpoints::list_open_items,
            touchpoints::set_item_status,
            warnings::list_warnings,
            warnings::warnings_overview,
            warnings::acknowledge_warning,
            warnings::snooze_warning,
            warnings::unhide_warning,
            warnings::what_if,
            warnings::coverage_matrix,
            warnings::list_departures,
            warnings::list_follow_ups,
            settings::get_settings,
            settings::save_settings,
            settings::check_settings,
            committees::list_committees,
            committees::get_committee,
            committees::create_committee,
            committees::update_committee,
            committees::delete_committee,
            committees::check_committee,
            committees::add_member,
            committees::update_member,
            committees::remove_member,
            committees::check_member,
            meetings::list_meetings,
            meetings::get_meeting,
            meetings::plan_meeting,
            meetings::update_meeting,
            meetings::delete_meeting,
            meetings::check_meeting,
            meetings::duplicate_last_agenda,
            meetings::record_attendance,
            meetings::record_minutes,
            meetings::get_meeting_prep,
            decisions::list_decisions,
            decisions::create_decision,
            decisions::update_decision,
            decisions::delete_decision,
            decisions::check_decision,
            actions::list_actions,
            actions::list_overdue_actions,
            actions::create_action,
            actions::update_action,
            actions::set_action_status,
            actions::delete_action,
            actions::check_action,
            committee_exports::export_register_csv,
            committee_exports::export_calendar,
            wins::list_quick_wins,
            wins::get_quick_win,
            wins::create_quick_win,
            wins::update_quick_win,
            wins::delete_quick_win,
            wins::check_quick_win,
            wins::list_currencies,
            stories::list_stories,
            stories::get_story,
            stories::create_story,
            stories::update_story,
            stories::delete_story,
            stories::check_story,
            stories::record_story_usage,
            stories::delete_story_usage,
            stories::check_story_usage,
            stories::stories_for_sponsor,
            metrics::list_metrics,
            metrics::create_metric,
            metrics::update_metric,
            metrics::delete_metric,
            metrics::check_metric,
            metrics::add_metric_value,
            metrics::update_metric_value,
            metrics::delete_metric_value,
            metrics::check_metric_value,
            search::search,
            dashboard::get_dashboard,
            crate::commands::csv_import::preview_csv_import,
            crate::commands::csv_import::import_csv,
            crate::commands::csv_import::export_sponsors_csv,
            crate::commands::csv_import::cancel_csv_import,
            crate::commands::list_exports::export_actions_csv,
            crate::commands::list_exports::export_quick_wins_csv,
            crate::commands::list_exports::export_stories_csv,
            crate::commands::csv_import::database_is_empty,
            crate::commands::csv_import::fill_demo,
            crate::commands::backups::list_backups,
            crate::commands::backups::back_up_now,
            crate::commands::backups::restore_backup,
            crate::commands::backups::restore_backup_from_file,
            crate::commands::packs::preview_brief,
            crate::commands::packs::preview_committee_pack,
            crate::commands::packs::story_choices_for_brief,
            crate::commands::packs::print_brief,
            crate::commands::packs::print_committee_pack,
            crate::commands::packs::print_attendee_briefs,
            crate::commands::packs::cancel_batch,
            crate::commands::bench::bench_ready,
        ])
        .build(context())?
        .run(move |app, event| {
            // The last session's work goes into a verified, rotated copy as the app exits.
            if let tauri::RunEvent::Exit = event {
                if let Some(daily) = daily_backup.take() {
                    let _ = daily.join();
                }
                let state = tauri::Manager::state::<AppState>(app);
                state.with_store(|store| crate::autobackup::at_exit(store, &backup_db_path));
            }
        });
    Ok(())
}

/// The config, icons, ui/dist and resolved capabilities, generated by the build script
/// (tauri-build's codegen). That generated code parses constants tauri-build has already
/// validated with `unwrap()`; it is not ours to lint.
#[allow(clippy::unwrap_used)]
pub(crate) fn context() -> tauri::Context<tauri::Wry> {
    tauri::tauri_build_context!()
}
