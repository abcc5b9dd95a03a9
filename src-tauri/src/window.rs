//! The window: opens the store, hands it to the commands as shared state and runs Tauri.
//! Only reached without a subcommand, so the CLI never starts GTK or needs a display.

use std::path::PathBuf;

use sponsor_desk_core::Store;

use crate::commands::{app_info, initiatives, org_units, sponsors, sponsorships};
use crate::error::AppError;
use crate::state::AppState;

/// Opens `db_path` (refusing a newer or damaged database before any window appears) and runs
/// the app until its window closes.
pub fn run(db_path: PathBuf) -> Result<(), AppError> {
    let store = Store::open(&db_path)?;
    tauri::Builder::default()
        .manage(AppState::new(store, db_path))
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
        ])
        .run(tauri::generate_context!())?;
    Ok(())
}
