//! Build script: lets tauri-build embed the config, icons and ui/dist (watched, so a rebuilt UI
//! reaches the binary), and turn our command list into ACL permissions: with an app manifest,
//! a command is callable only if a capability names it.

/// The one list of IPC commands, also compiled into the app (and checked against the capability).
const COMMAND_LIST: &str = "src-tauri/src/commands/names.rs";

fn main() {
    // A custom capabilities path is not watched by tauri-build itself.
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    println!("cargo:rerun-if-changed={COMMAND_LIST}");
    let commands = read_command_names().unwrap_or_else(|e| panic!("reading {COMMAND_LIST}: {e}"));
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(commands))
        // Embed ui/dist here rather than in `generate_context!`, so a rebuilt UI re-embeds.
        .codegen(tauri_build::CodegenContext::new());
    if let Err(error) = tauri_build::try_build(attributes) {
        // A build script reports failure by panicking; the message is what cargo shows.
        panic!("tauri-build failed: {error:#}");
    }
}

/// The quoted names, one per line, of `COMMANDS` in the list file. tauri-build wants
/// `&'static`, and a build script is a short-lived process, so leaking them is harmless.
fn read_command_names() -> std::io::Result<&'static [&'static str]> {
    let text = std::fs::read_to_string(COMMAND_LIST)?;
    let names: Vec<&'static str> = text
        .lines()
        .filter_map(|line| line.trim().strip_prefix('"')?.strip_suffix("\","))
        .map(|name| &*Box::leak(name.to_string().into_boxed_str()))
        .collect();
    Ok(Box::leak(names.into_boxed_slice()))
}
