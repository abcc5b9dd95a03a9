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

/// Writes `text` to `path` through a temporary file beside it, so a failed write never leaves
/// half a file where a good one was.
pub fn write_file(path: &Path, text: &str) -> Result<(), CliError> {
    let fail = |source| CliError::Write {
        path: path.to_path_buf(),
        source,
    };
    let mut temp = path.as_os_str().to_owned();
    temp.push(".partial");
    let temp = std::path::PathBuf::from(temp);
    let mut body = text.to_string();
    if !body.ends_with('\n') {
        body.push('\n');
    }
    std::fs::write(&temp, body).map_err(fail)?;
    std::fs::rename(&temp, path).map_err(|source| {
        // The rename failed: the temporary file is useless now.
        let _ = std::fs::remove_file(&temp);
        fail(source)
    })
}
