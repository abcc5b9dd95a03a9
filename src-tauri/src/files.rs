//! Writing a whole file: through a temporary file beside it, then renamed into place, so a
//! failed write never leaves half a file where a good one was. The CLI and the window share it.

use std::path::{Path, PathBuf};

/// Writes `contents` (text, or a PDF's bytes) to `path` (replacing it) via `<path>.partial`;
/// the temporary file is removed when the rename fails.
pub fn write_atomic(path: &Path, contents: impl AsRef<[u8]>) -> std::io::Result<()> {
    let mut temp = path.as_os_str().to_owned();
    temp.push(".partial");
    let temp = PathBuf::from(temp);
    std::fs::write(&temp, contents)?;
    std::fs::rename(&temp, path).inspect_err(|_| {
        // The rename failed: the temporary file is useless now.
        let _ = std::fs::remove_file(&temp);
    })
}
