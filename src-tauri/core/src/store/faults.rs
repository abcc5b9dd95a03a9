//! Database faults said in words a user can act on: which file, what is wrong with it, and what to
//! do next (free space, restore a backup, close the other program). It only rewords errors; it
//! never retries, repairs or deletes anything.

use std::path::Path;

use rusqlite::ErrorCode as Code;

use crate::error::CoreError;

/// Rewrites a SQLite failure on the database at `path` into a sentence naming the file and the
/// fix, keeping its code (`database`, exit 5). Any other error comes back as it was.
pub fn explain(error: CoreError, path: &Path) -> CoreError {
    let CoreError::Database(inner) = error else {
        return error;
    };
    let Some(code) = inner.sqlite_error_code() else {
        return CoreError::Database(inner);
    };
    let file = path.display();
    let sentence = match code {
        Code::DatabaseCorrupt | Code::NotADatabase => format!(
            "the database {file} is damaged ({inner}); nothing was changed: restore a backup with \
             `sponsor-desk --db {file} restore BACKUP`, or run `check` to see what is wrong"
        ),
        Code::DiskFull => format!(
            "the disk holding {file} is full ({inner}); this command saved nothing and the database \
             is as it was: free some space and try again"
        ),
        Code::ReadOnly | Code::PermissionDenied | Code::CannotOpen => format!(
            "the database {file} cannot be written ({inner}); the file or its folder is read-only: \
             make both writable, or copy the file somewhere writable and use --db"
        ),
        Code::DatabaseBusy | Code::DatabaseLocked => format!(
            "the database {file} is locked by another program that is writing to it ({inner}); \
             nothing was changed: wait for it or close it, then try again"
        ),
        Code::SystemIoFailure => format!(
            "the disk failed while reading or writing {file} ({inner}); nothing was changed: check \
             the disk, then run `check`"
        ),
        _ => return CoreError::Database(inner),
    };
    CoreError::Database(rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(primary(code)),
        Some(sentence),
    ))
}

/// The primary result code for a rusqlite error code, so the rewritten error keeps its kind.
fn primary(code: Code) -> std::ffi::c_int {
    use rusqlite::ffi;
    match code {
        Code::DatabaseCorrupt => ffi::SQLITE_CORRUPT,
        Code::NotADatabase => ffi::SQLITE_NOTADB,
        Code::DiskFull => ffi::SQLITE_FULL,
        Code::ReadOnly => ffi::SQLITE_READONLY,
        Code::PermissionDenied => ffi::SQLITE_PERM,
        Code::CannotOpen => ffi::SQLITE_CANTOPEN,
        Code::DatabaseBusy => ffi::SQLITE_BUSY,
        Code::DatabaseLocked => ffi::SQLITE_LOCKED,
        _ => ffi::SQLITE_IOERR,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(code: std::ffi::c_int) -> CoreError {
        CoreError::Database(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(code),
            None,
        ))
    }

    #[test]
    fn each_fault_names_the_file_and_a_fix_and_keeps_its_kind() {
        let path = Path::new("/data/desk.sqlite");
        let cases = [
            (rusqlite::ffi::SQLITE_CORRUPT, "restore"),
            (rusqlite::ffi::SQLITE_FULL, "free some space"),
            (rusqlite::ffi::SQLITE_READONLY, "writable"),
            (rusqlite::ffi::SQLITE_BUSY, "locked"),
            (rusqlite::ffi::SQLITE_IOERR, "check the disk"),
        ];
        for (code, fix) in cases {
            let explained = explain(failure(code), path);
            let text = explained.to_string();
            assert!(text.contains("/data/desk.sqlite"), "{text}");
            assert!(text.contains(fix), "{text}");
            assert_eq!(explained.code(), crate::ErrorCode::Database);
            let CoreError::Database(inner) = explained else {
                panic!("not a database error: {text}");
            };
            let original = match failure(code) {
                CoreError::Database(e) => e.sqlite_error_code(),
                _ => None,
            };
            assert_eq!(inner.sqlite_error_code(), original, "{text}");
        }
    }

    #[test]
    fn other_errors_pass_through_unchanged() {
        let not_found = CoreError::NotFound {
            kind: "sponsor",
            id: 7,
        };
        let text = not_found.to_string();
        assert_eq!(explain(not_found, Path::new("x")).to_string(), text);
    }
}
