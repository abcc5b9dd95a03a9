//! Sponsor Desk's app layer: the window (Tauri commands over the core) and the headless CLI.
//! It only adapts: rules and SQL live in the core (`sponsor-desk-core`), never here.

pub mod autobackup;
mod bench_hook;
mod bindings;
pub mod cli;
pub mod commands;
pub mod error;
pub mod files;
pub mod paths;
mod shutdown;
mod single_instance;
pub mod state;
pub mod window;

pub use error::{AppError, IpcError};
