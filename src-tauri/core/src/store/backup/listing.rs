//! The backups folder as the restore screen shows it: every `.sqlite` file there, newest first,
//! each with its size and whether it verifies; and the manual "Back up now" copy. Reading the
//! list never writes a byte to a backup (each is opened read-only to verify it).

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use serde::Serialize;
use ts_rs::TS;

use super::{auto_name, backup_to, create_folder, verify_file, BackupReport, STAMP};
use crate::error::Result;
use crate::Store;

/// Who made a backup, told by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BackupKind {
    /// `auto-<stamp>.sqlite`: at start (daily) or at exit, rotated.
    Automatic,
    /// `manual-<stamp>.sqlite`: "Back up now"; rotation never deletes it.
    Manual,
    /// `before-restore-<stamp>.sqlite`: the database a restore replaced.
    BeforeRestore,
    /// Any other `.sqlite` file someone put in the folder.
    Other,
}

/// One file of the backups folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BackupFile {
    /// The file name inside the backups folder: what a restore of it names.
    pub name: String,
    pub kind: BackupKind,
    /// When it was taken, local time `YYYY-MM-DD HH:MM:SS`: from the name's stamp, else the
    /// file's modification time.
    pub taken_at: String,
    pub bytes: u64,
    /// The schema version when it verifies (integrity, foreign keys, schema not newer).
    pub schema_version: Option<i64>,
    /// Why it does not verify, in one sentence; `None` when it does.
    pub problem: Option<String>,
}

const MANUAL_PREFIX: &str = "manual-";
const BEFORE_RESTORE_PREFIX: &str = "before-restore-";
const SUFFIX: &str = ".sqlite";

/// The kind and stamp a backup's name carries.
fn parse_name(name: &str) -> (BackupKind, Option<NaiveDateTime>) {
    let Some(stem) = name.strip_suffix(SUFFIX) else {
        return (BackupKind::Other, None);
    };
    let prefixed = [
        ("auto-", BackupKind::Automatic),
        (MANUAL_PREFIX, BackupKind::Manual),
        (BEFORE_RESTORE_PREFIX, BackupKind::BeforeRestore),
    ];
    for (prefix, kind) in prefixed {
        if let Some(stamp) = stem.strip_prefix(prefix) {
            if let Ok(at) = NaiveDateTime::parse_from_str(stamp, STAMP) {
                return (kind, Some(at));
            }
        }
    }
    (BackupKind::Other, None)
}

/// Every `.sqlite` file in `dir`, newest first, each verified. A missing folder has none.
pub fn list(dir: &Path) -> Vec<BackupFile> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<(NaiveDateTime, BackupFile)> = entries
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let name = entry.file_name().to_str()?.to_string();
            let meta = entry.metadata().ok()?;
            if !meta.is_file() || !name.ends_with(SUFFIX) {
                return None;
            }
            let (kind, stamped) = parse_name(&name);
            let at = stamped
                .or_else(|| {
                    let modified = meta.modified().ok()?;
                    Some(chrono::DateTime::<chrono::Local>::from(modified).naive_local())
                })
                .unwrap_or_default();
            let verified = verify_file(&entry.path());
            Some((
                at,
                BackupFile {
                    name,
                    kind,
                    taken_at: at.format("%Y-%m-%d %H:%M:%S").to_string(),
                    bytes: meta.len(),
                    schema_version: verified.as_ref().ok().copied(),
                    problem: verified.err().map(|e| e.to_string()),
                },
            ))
        })
        .collect();
    files.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| b.1.name.cmp(&a.1.name)));
    files.into_iter().map(|(_, file)| file).collect()
}

/// "Back up now": a verified `manual-<stamp>.sqlite` in `dir` (created if missing), kept until
/// the person deletes it.
pub fn manual_backup(store: &Store, dir: &Path, now: NaiveDateTime) -> Result<BackupReport> {
    create_folder(dir)?;
    let name = auto_name(now).replacen("auto-", MANUAL_PREFIX, 1);
    backup_to(store, &dir.join(name))
}

/// The file `name` inside `dir`, when `name` is a plain `.sqlite` file name: a restore from the
/// list may name only a file of the backups folder, never a path elsewhere.
pub fn file_in(dir: &Path, name: &str) -> Option<PathBuf> {
    let plain = !name.is_empty()
        && !name.starts_with('.')
        && !name.contains(['/', '\\', '\0'])
        && name.ends_with(SUFFIX);
    plain.then(|| dir.join(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::unit;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap()
    }

    #[test]
    fn names_tell_the_kind_and_time() {
        assert_eq!(
            parse_name("auto-20261123-101500.sqlite"),
            (BackupKind::Automatic, Some(at("2026-11-23 10:15:00")))
        );
        assert_eq!(
            parse_name("manual-20261123-101500.sqlite").0,
            BackupKind::Manual
        );
        assert_eq!(
            parse_name("before-restore-20261123-101500.sqlite").0,
            BackupKind::BeforeRestore
        );
        assert_eq!(
            parse_name("auto-yesterday.sqlite"),
            (BackupKind::Other, None)
        );
        assert_eq!(parse_name("copy.sqlite"), (BackupKind::Other, None));
    }

    #[test]
    fn the_list_is_newest_first_with_each_files_verification() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("desk.sqlite")).unwrap();
        store
            .write(|tx| crate::org_units::create(tx, &unit("Finance", None)))
            .unwrap();
        let folder = dir.path().join("backups");
        manual_backup(&store, &folder, at("2026-11-20 09:00:00")).unwrap();
        super::super::auto_backup(&store, &folder, at("2026-11-21 09:00:00")).unwrap();
        std::fs::write(folder.join("notes.sqlite"), "not a database at all").unwrap();
        std::fs::write(folder.join("readme.txt"), "ignored: not .sqlite").unwrap();

        let listed = list(&folder);
        let names: Vec<&str> = listed.iter().map(|f| f.name.as_str()).collect();
        // notes.sqlite was written just now, so it is the newest.
        assert_eq!(
            names,
            [
                "notes.sqlite",
                "auto-20261121-090000.sqlite",
                "manual-20261120-090000.sqlite"
            ]
        );
        let version = crate::store::latest_version();
        assert_eq!(listed[1].schema_version, Some(version));
        assert_eq!(listed[1].problem, None);
        assert_eq!(listed[2].kind, BackupKind::Manual);
        assert_eq!(listed[2].taken_at, "2026-11-20 09:00:00");
        assert!(listed[2].bytes > 0);
        assert_eq!(listed[0].kind, BackupKind::Other);
        assert_eq!(listed[0].schema_version, None);
        let problem = listed[0].problem.clone().unwrap_or_default();
        assert!(
            problem.contains("notes.sqlite") && problem.contains("not a usable"),
            "{problem}"
        );
        assert!(list(&dir.path().join("missing")).is_empty());
    }

    #[test]
    fn only_plain_file_names_of_the_folder_can_be_restored() {
        let dir = Path::new("/data/backups");
        assert_eq!(
            file_in(dir, "auto-20261121-090000.sqlite"),
            Some(dir.join("auto-20261121-090000.sqlite"))
        );
        for bad in [
            "../desk.sqlite",
            "/etc/passwd.sqlite",
            "sub/x.sqlite",
            ".sqlite",
            "x.txt",
            "",
        ] {
            assert_eq!(file_in(dir, bad), None, "{bad}");
        }
    }
}
