//! One window per database: a second launch of the window on the same database focuses the
//! running window instead of opening the file a second time. The CLI never comes through here.

use std::path::Path;

use tauri::plugin::TauriPlugin;
use tauri::{Manager, Runtime};

/// The plugin, keyed by the database so two windows on two different files (e2e tests, a demo
/// beside real data) still run side by side. On Linux the key is the D-Bus name; elsewhere the
/// plugin keys by the app's identifier alone.
pub fn plugin<R: Runtime>(db_path: &Path) -> TauriPlugin<R> {
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(dbus_id(db_path))
        .callback(|app, _args, _cwd| focus(app))
        .build()
}

/// `org.sponsordesk.SponsorDesk.db_<hash>`: a D-Bus name element may not start with a digit or
/// hold `/`, so the path is hashed (FNV-1a, stable across builds, unlike std's hasher).
fn dbus_id(db_path: &Path) -> String {
    let canonical = db_path
        .canonicalize()
        .unwrap_or_else(|_| db_path.to_path_buf());
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in canonical.as_os_str().as_encoded_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("org.sponsordesk.SponsorDesk.db_{hash:016x}")
}

/// Brings the running window to the front (restored if minimised).
fn focus<R: Runtime>(app: &tauri::AppHandle<R>) {
    if let Some(window) = app.webview_windows().into_values().next() {
        // Each call can only fail when the window is already closing; nothing else to do then.
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_id_is_a_valid_dbus_name_and_differs_per_database() {
        let a = dbus_id(Path::new("/data/a.sqlite"));
        let b = dbus_id(Path::new("/data/b.sqlite"));
        assert_ne!(a, b);
        assert_eq!(a, dbus_id(Path::new("/data/a.sqlite")));
        for element in a.split('.') {
            let first = element.chars().next().unwrap_or('0');
            assert!(!first.is_ascii_digit(), "{a}");
            assert!(
                element
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_'),
                "{a}"
            );
        }
    }
}
