//! `export [--out FILE]`: the whole database as JSON, the format `import` reads back. Streamed
//! into the file (or stdout) as it is written, never whole in memory: the large demo's export
//! is ~140 MB.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use sponsor_desk_core::{transfer, CoreError, Store};

use super::error::CliError;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write to FILE instead of stdout
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

pub fn run(store: &Store, args: &Args) -> Result<ExitCode, CliError> {
    match args.out.as_deref() {
        Some(path) => {
            to_file(store, path)?;
            eprintln!("wrote the database to {}", path.display());
        }
        None => match transfer::export_to(store.conn(), std::io::stdout().lock()) {
            // The reader stopped early (`export | head`), as `output::print` allows.
            Err(CoreError::Io { source, .. }) if source.kind() == ErrorKind::BrokenPipe => {}
            Err(CoreError::Io { source, .. }) => return Err(CliError::Stdout(source)),
            other => other?,
        },
    }
    Ok(ExitCode::SUCCESS)
}

/// Through `<path>.partial`, renamed into place when whole (`files::write_atomic_with`), so a
/// failed export never leaves half a file where a good one was.
fn to_file(store: &Store, path: &Path) -> Result<(), CliError> {
    let write_error = |source| CliError::Write {
        path: path.to_path_buf(),
        source,
    };
    crate::files::write_atomic_with(path, write_error, |file| {
        match transfer::export_to(store.conn(), file) {
            Err(CoreError::Io { source, .. }) => Err(write_error(source)),
            other => Ok(other?),
        }
    })
}
