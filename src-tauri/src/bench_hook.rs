//! Hooks for the benchmark runner (`src-tauri/bench`), hidden from users: `--bench-blank`
//! opens a window of this same binary on a static page (the floor that start-up time and
//! memory are compared with), and the probe, armed by an environment variable, says on stdout
//! when the first screen shows its data. Without the flag and the variable nothing changes.

use tauri::plugin::TauriPlugin;
use tauri::{Runtime, WebviewUrl};

use crate::error::AppError;

/// CSS selectors separated by `;`: once every one matches and the next frame has painted, the
/// window prints [`READY_LINE`] on stdout.
pub const PROBE_ENV: &str = "SPONSOR_DESK_BENCH_PROBE";
/// The line the runner waits for.
pub const READY_LINE: &str = "BENCH-READY";
/// The static page in ui/public, copied into ui/dist by Vite and embedded like the app.
const BLANK_PAGE: &str = "bench-blank.html";

/// Watches the DOM until every selector matches, waits for the frame that shows them, then
/// calls `bench_ready`. A MutationObserver, not polling: it adds no timer delay to the figure.
const PROBE_SCRIPT: &str = r#"(function () {
  if (window.top !== window) return;
  var wanted = __SELECTORS__;
  var done = false;
  var observer = new MutationObserver(check);
  function check() {
    if (done) return;
    for (var i = 0; i < wanted.length; i++) if (!document.querySelector(wanted[i])) return;
    done = true;
    observer.disconnect();
    requestAnimationFrame(function () {
      setTimeout(function () {
        window.__TAURI_INTERNALS__.invoke('bench_ready', { mark: wanted.join('; ') });
      }, 0);
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    observer.observe(document.documentElement, { childList: true, subtree: true });
    check();
  });
})();"#;

/// The probe as a plugin (it injects its script into the page); an empty plugin when the
/// variable is unset, so the window is built the same way either way.
pub fn probe<R: Runtime>() -> TauriPlugin<R> {
    let builder = tauri::plugin::Builder::new("bench-probe");
    match probe_selectors() {
        Some(selectors) => builder.js_init_script(probe_script(&selectors)).build(),
        None => builder.build(),
    }
}

fn probe_selectors() -> Option<Vec<String>> {
    let raw = std::env::var(PROBE_ENV).ok()?;
    let selectors = parse_selectors(&raw);
    (!selectors.is_empty()).then_some(selectors)
}

fn parse_selectors(raw: &str) -> Vec<String> {
    raw.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn probe_script(selectors: &[String]) -> String {
    // JSON is a JavaScript literal: the selectors go in as data, quotes and all.
    let list = serde_json::Value::from(selectors.to_vec()).to_string();
    PROBE_SCRIPT.replace("__SELECTORS__", &list)
}

/// Whether the probe is armed (only then does `bench_ready` print).
pub fn probe_armed() -> bool {
    probe_selectors().is_some()
}

/// The `--bench-blank` window: the same binary, config and embedded assets, on the static
/// page, with no database, plugins or commands beyond the probe's.
pub fn run_blank() -> Result<(), AppError> {
    let mut context = crate::window::context();
    for window in &mut context.config_mut().app.windows {
        window.url = WebviewUrl::App(BLANK_PAGE.into());
    }
    tauri::Builder::default()
        .plugin(probe())
        .invoke_handler(tauri::generate_handler![
            crate::commands::bench::bench_ready
        ])
        .run(context)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_are_split_on_semicolons_and_blanks_dropped() {
        assert_eq!(
            parse_selectors(" a.b ;; [data-x='1'];  "),
            vec!["a.b".to_string(), "[data-x='1']".to_string()]
        );
        assert!(parse_selectors(" ; ").is_empty());
    }

    #[test]
    fn selectors_enter_the_script_as_a_json_array() {
        let script = probe_script(&["[data-testid=\"row\"]".to_string(), "#x".to_string()]);
        assert!(script.contains(r##"var wanted = ["[data-testid=\"row\"]","#x"];"##));
        assert!(!script.contains("__SELECTORS__"));
    }
}
