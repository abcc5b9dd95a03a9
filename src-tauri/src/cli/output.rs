//! Writing a subcommand's result to stdout or a file, with errors that name where it went.

use std::io::Write;
use std::path::Path;

use super::error::CliError;

/// Prints `text` to stdout, ending it with exactly one newline.
pub fn print(text: &str) -> Result<(), CliError> {
    let mut stdout = std::io::stdout().lock();
    let written = stdout
        .write_all(text.as_bytes())
        .and_then(|()| {
            if text.ends_with('\n') {
                Ok(())
            } else {
                stdout.write_all(b"\n")
            }
        })
        .and_then(|()| stdout.flush());
    match written {
        // The reader stopped early (`sponsors | head`): it has what it wanted, as with any
        // Unix tool, so that is not an error worth a message.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(CliError::Stdout),
    }
}

/// Writes `text` to `out` when given (and says so on stderr, naming `what`), else to stdout:
/// the `--out FILE` convention every subcommand that produces a document follows.
pub fn emit(out: Option<&Path>, text: &str, what: &str) -> Result<(), CliError> {
    match out {
        Some(path) => {
            write_file(path, text)?;
            eprintln!("wrote {what} to {}", path.display());
            Ok(())
        }
        None => print(text),
    }
}

/// Writes `text` to `path` through a temporary file beside it, so a failed write never leaves
/// half a file where a good one was.
pub fn write_file(path: &Path, text: &str) -> Result<(), CliError> {
    let mut body = text.to_string();
    if !body.ends_with('\n') {
        body.push('\n');
    }
    crate::files::write_atomic(path, &body).map_err(|source| CliError::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// Rows of cells as aligned columns, two spaces apart, trailing spaces trimmed. Widths count
/// characters, so accented names line up too.
pub fn table(cells: &[Vec<String>]) -> Vec<String> {
    let columns = cells.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths = vec![0usize; columns];
    for line in cells {
        for (width, cell) in widths.iter_mut().zip(line) {
            *width = (*width).max(cell.chars().count());
        }
    }
    cells
        .iter()
        .map(|line| {
            let padded: Vec<String> = line
                .iter()
                .zip(&widths)
                .map(|(cell, &width)| format!("{cell:<width$}"))
                .collect();
            padded.join("  ").trim_end().to_string()
        })
        .collect()
}
