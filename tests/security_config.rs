//! The window's security baseline, read from the files Tauri builds it from: the CSP in
//! tauri.conf.json and the main window's capability. Each test fails when a change loosens the
//! baseline (eval, a remote origin, a permission nobody uses), so loosening it is a decision.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;
use sponsor_desk::commands::COMMANDS;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(relative: &str) -> String {
    let path = root().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn json(relative: &str) -> Value {
    serde_json::from_str(&read(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

/// The sources a directive may name: this app's own origin, nothing, inline images made by the
/// app itself (the pack previews), and Tauri's IPC channel. Anything else is a remote origin.
const LOCAL_SOURCES: &[&str] = &["'self'", "'none'", "data:", "ipc:", "http://ipc.localhost"];

#[test]
fn the_csp_is_an_object_from_default_src_self_without_eval_inline_scripts_or_remote_origins() {
    let conf = json("tauri.conf.json");
    let security = &conf["app"]["security"];
    let csp = security["csp"].as_object().unwrap_or_else(|| {
        panic!(
            "app.security.csp must be an object, got {}",
            security["csp"]
        )
    });
    assert_eq!(csp.get("default-src"), Some(&Value::from("'self'")));
    assert_eq!(csp.get("object-src"), Some(&Value::from("'none'")));
    assert_eq!(csp.get("base-uri"), Some(&Value::from("'none'")));
    for (directive, value) in csp {
        let sources = value
            .as_str()
            .unwrap_or_else(|| panic!("{directive}: a string of sources, got {value}"));
        for source in sources.split_whitespace() {
            assert!(
                !source.contains("unsafe-eval") && !source.contains("unsafe-inline"),
                "{directive} allows {source}: hostile text could run as code"
            );
            assert!(
                LOCAL_SOURCES.contains(&source),
                "{directive} allows {source}: no remote or wildcard content"
            );
        }
    }
    // Scripts fall back to default-src when unnamed; named, they must stay at 'self'.
    if let Some(scripts) = csp.get("script-src") {
        assert_eq!(scripts, "'self'");
    }
    assert_eq!(security["freezePrototype"], true);
    assert!(
        security
            .get("dangerousDisableAssetCspModification")
            .is_none(),
        "Tauri must keep adding its nonces and hashes to the CSP"
    );
    // The page reaches Tauri only through the bundled @tauri-apps/api, never a global.
    assert_eq!(conf["app"]["withGlobalTauri"], false);
}

fn capability() -> Value {
    json("src-tauri/capabilities/main.json")
}

fn permissions(capability: &Value) -> Vec<String> {
    capability["permissions"]
        .as_array()
        .map(|list| {
            list.iter()
                .map(|p| {
                    p.as_str()
                        .unwrap_or_else(|| panic!("a permission with a scope: {p}"))
                        .to_string()
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn the_main_capability_holds_no_remote_access_and_no_plugin_permission_beyond_events() {
    let capability = capability();
    assert!(
        capability.get("remote").is_none(),
        "no remote URL may call the commands"
    );
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
    let plugins: Vec<String> = permissions(&capability)
        .into_iter()
        .filter(|p| !p.starts_with("allow-"))
        .collect();
    // Events carry the batch printing's progress (AttendeeBriefs listens); file access and
    // dialogs go through our own commands, which open the native dialogs in Rust.
    assert_eq!(
        plugins,
        ["core:event:allow-listen", "core:event:allow-unlisten"]
    );
    let ui = read("ui/src/features/packs/AttendeeBriefs.svelte");
    assert!(
        ui.contains("listen"),
        "the event permissions are there for the progress listener"
    );
}

/// Every place a command can be invoked from, concatenated: the UI's own sources (TypeScript and
/// Svelte, not the generated bindings) and the app's Rust sources, for scripts it injects.
fn invoking_sources() -> String {
    fn walk(dir: &Path, into: &mut String) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() && !path.ends_with("bindings") {
                walk(&path, into);
            } else if path
                .extension()
                .is_some_and(|e| e == "ts" || e == "svelte" || e == "rs")
            {
                into.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
            }
        }
    }
    let mut all = String::new();
    walk(&root().join("ui/src"), &mut all);
    walk(&root().join("src-tauri/src"), &mut all);
    all
}

#[test]
fn every_allowed_command_is_called_by_the_ui_and_registered_in_the_window() {
    // Quoted as JavaScript quotes it ('name'); names.rs lists them in double quotes.
    let api = invoking_sources();
    let window = read("src-tauri/src/window.rs");
    let capability = capability();
    let allowed: BTreeSet<String> = permissions(&capability)
        .into_iter()
        .filter_map(|p| Some(p.strip_prefix("allow-")?.replace('-', "_")))
        .collect();
    let mut unused = Vec::new();
    let mut unregistered = Vec::new();
    for command in &allowed {
        if !api.contains(&format!("'{command}'")) {
            unused.push(command.clone());
        }
        if !window.contains(&format!("::{command},")) {
            unregistered.push(command.clone());
        }
    }
    assert!(
        unused.is_empty(),
        "allowed but never invoked (ui/src, or a script src-tauri/src injects): {unused:?}"
    );
    assert!(
        unregistered.is_empty(),
        "allowed but not in window.rs's generate_handler!: {unregistered:?}"
    );
    let listed: BTreeSet<String> = COMMANDS.iter().map(|c| c.to_string()).collect();
    assert_eq!(
        allowed, listed,
        "the capability and names.rs list the same commands"
    );
}
