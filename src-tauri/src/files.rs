//! Writing a whole file: through a temporary file beside it, then renamed into place, so a
//! failed write never leaves half a file where a good one was. The CLI and the window share it.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `contents` (text, or a PDF's bytes) to `path` (replacing it) via `<path>.partial`.
pub fn write_atomic(path: &Path, contents: impl AsRef<[u8]>) -> std::io::Result<()> {
    write_atomic_with(
        path,
        |error| error,
        |mut file| file.write_all(contents.as_ref()),
    )
}

/// As `write_atomic`, for contents written as they are produced (a 140 MB export is never whole
/// in memory): `write` fills the temporary file, and `io_error` turns a failure to create or
/// rename it into the caller's error. The temporary file is removed when anything fails.
pub fn write_atomic_with<E>(
    path: &Path,
    io_error: impl Fn(std::io::Error) -> E,
    write: impl FnOnce(File) -> Result<(), E>,
) -> Result<(), E> {
    let mut temp = path.as_os_str().to_owned();
    temp.push(".partial");
    let temp = PathBuf::from(temp);
    let written = File::create(&temp)
        .map_err(&io_error)
        .and_then(write)
        .and_then(|()| std::fs::rename(&temp, path).map_err(&io_error));
    if written.is_err() {
        // The temporary file is useless now.
        let _ = std::fs::remove_file(&temp);
    }
    written
}
