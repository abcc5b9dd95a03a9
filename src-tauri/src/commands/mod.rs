//! The Tauri commands: one per operation so capabilities can allow each by name. Each only
//! adapts: it runs one core call on a blocking thread and returns the core's types or `IpcError`.

pub mod actions;
pub mod app_info;
// The Backups screen: list, back up now, restore (issue 8).
pub mod backups;
pub mod bench;
pub mod committee_exports;
pub mod committees;
pub mod csv_import;
pub mod dashboard;
pub mod decisions;
pub mod initiatives;
pub mod list_exports;
pub mod meetings;
pub mod metrics;
pub mod names;
pub mod org_units;
pub mod packs;
pub mod search;
pub mod settings;
pub mod sponsors;
pub mod sponsorships;
pub mod stories;
pub mod touchpoints;
pub mod warnings;
pub mod wins;

pub use names::COMMANDS;

/// The as-of date of the committee screens: today on this computer's calendar, the day the
/// person is living in (a meeting "today" must not be overdue because UTC moved on).
pub(crate) fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

#[cfg(test)]
mod tests {
    use super::COMMANDS;

    /// The main window's capability must allow exactly our commands, by name: a command
    /// missing there would fail at runtime, an extra one would be a permission nobody uses.
    #[test]
    fn the_main_capability_names_every_command_and_no_other() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src-tauri/capabilities/main.json"
        );
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let capability: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        let mut allowed: Vec<String> = capability["permissions"]
            .as_array()
            .map(|list| {
                list.iter()
                    .filter_map(|p| p.as_str())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        allowed.retain(|p| p.starts_with("allow-"));
        allowed.sort();
        let mut expected: Vec<String> = COMMANDS
            .iter()
            .map(|c| format!("allow-{}", c.replace('_', "-")))
            .collect();
        expected.sort();
        assert_eq!(allowed, expected);
        assert_eq!(capability["windows"], serde_json::json!(["main"]));
    }
}
