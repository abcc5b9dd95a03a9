//! Where the database lives: `--db PATH` when given, else `sponsor-desk.sqlite` in the XDG data
//! dir. The window and the CLI both resolve it here, so they always open the same file.

use std::path::PathBuf;

use directories::ProjectDirs;

use crate::error::AppError;

/// The file name inside the data folder.
pub const DATABASE_FILE: &str = "sponsor-desk.sqlite";

/// The database to open: the explicit path as given, or the default one (its folder created,
/// since the store itself never creates folders).
pub fn database_path(explicit: Option<PathBuf>) -> Result<PathBuf, AppError> {
    match explicit {
        Some(path) => Ok(path),
        None => default_database_path(),
    }
}

/// `$XDG_DATA_HOME/sponsor-desk/sponsor-desk.sqlite` (usually `~/.local/share/...`).
pub fn default_database_path() -> Result<PathBuf, AppError> {
    let dirs =
        ProjectDirs::from("org", "sponsordesk", "sponsor-desk").ok_or(AppError::NoDataDir)?;
    let folder = dirs.data_dir().to_path_buf();
    std::fs::create_dir_all(&folder).map_err(|source| AppError::CreateDataDir {
        path: folder.clone(),
        source,
    })?;
    Ok(folder.join(DATABASE_FILE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explicit_path_is_used_as_given() {
        let path = PathBuf::from("/nowhere/else.sqlite");
        assert_eq!(database_path(Some(path.clone())).ok(), Some(path));
    }
}
