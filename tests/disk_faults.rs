//! Disk and file faults through the binary: a read-only database, a file that is not a database,
//! a truncated database and a full disk. Each exits 5 with a sentence naming the file and the fix,
//! and leaves the file as it was (or, for the full disk, with every acknowledged record intact).
//! The missing folder is in cli.rs. Mounts need root: without it those cases say why they skip.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::TempDb;
use sponsor_desk_core::Store;

/// A tmpfs of `size` at `dir`, unmounted when dropped; None (with the reason printed) when this
/// process may not mount.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(dir: &Path, size: &str) -> Option<Tmpfs> {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{e}"));
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .output();
        match out {
            Ok(out) if out.status.success() => Some(Tmpfs(dir.to_path_buf())),
            Ok(out) => {
                eprintln!(
                    "SKIPPED: cannot mount a tmpfs (needs root): {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                );
                None
            }
            Err(e) => {
                eprintln!("SKIPPED: cannot run mount: {e}");
                None
            }
        }
    }

    fn remount_read_only(&self) {
        let ok = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "remount read-only failed");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn a_read_only_database_exits_5_naming_the_file_and_changes_nothing() {
    let db = TempDb::with_demo("desk.sqlite");
    let Some(mount) = Tmpfs::mount(&db.file("ro"), "8m") else {
        return;
    };
    let inside = db.file("ro/desk.sqlite");
    std::fs::copy(&db.path, &inside).unwrap_or_else(|e| panic!("{e}"));
    mount.remount_read_only();
    let before = read(&inside);
    for args in [
        &["sponsors"][..],
        &["demo"],
        &["__write-loop", "--count", "1"],
    ] {
        let mut all = vec!["--db", crate::support::path_str(&inside)];
        all.extend_from_slice(args);
        let run = crate::support::run(&all).code(5);
        assert!(run.stderr.contains("ro/desk.sqlite"), "{}", run.stderr);
        assert!(run.stderr.contains("writable"), "{}", run.stderr);
    }
    assert_eq!(read(&inside), before);
}

#[test]
fn a_file_that_is_not_a_database_exits_5_and_is_left_alone() {
    let db = TempDb::new("notes.sqlite");
    let text = "Sponsor notes kept in a text file by mistake.\n".repeat(40);
    std::fs::write(&db.path, &text).unwrap_or_else(|e| panic!("{e}"));
    for args in [
        &["sponsors"][..],
        &["check"],
        &["demo"],
        &["backup", "--out", "/tmp/x"],
    ] {
        let run = db.run(args).code(5);
        assert!(run.stderr.contains("notes.sqlite"), "{}", run.stderr);
    }
    assert_eq!(read(&db.path), text.as_bytes());
    assert!(!db.file("notes.sqlite-wal").exists());
}

#[test]
fn a_truncated_database_exits_5_naming_the_file_and_a_backup_to_restore() {
    let db = TempDb::with_demo("desk.sqlite");
    let whole = read(&db.path);
    let cut = &whole[..whole.len() / 3];
    std::fs::write(&db.path, cut).unwrap_or_else(|e| panic!("{e}"));
    for args in [&["sponsors"][..], &["export"], &["check"]] {
        let run = db.run(args).code(5);
        assert!(run.stderr.contains("desk.sqlite"), "{}", run.stderr);
        assert!(run.stderr.contains("restore"), "{}", run.stderr);
    }
    assert_eq!(read(&db.path), cut, "a damaged file is never rewritten");
}

#[test]
fn a_full_disk_exits_5_and_every_acknowledged_record_survives() {
    let db = TempDb::new("seed.sqlite");
    db.run(&["__write-loop", "--count", "5"]).success();
    let size = read(&db.path).len();
    // Room for the file and a few more commits, not for thousands.
    let Some(_mount) = Tmpfs::mount(&db.file("small"), &format!("{}k", size / 1024 + 512)) else {
        return;
    };
    let inside = db.file("small/desk.sqlite");
    std::fs::copy(&db.path, &inside).unwrap_or_else(|e| panic!("{e}"));
    let run = crate::support::run(&[
        "--db",
        crate::support::path_str(&inside),
        "__write-loop",
        "--count",
        "100000",
    ])
    .code(5);
    assert!(run.stderr.contains("full"), "{}", run.stderr);
    assert!(run.stderr.contains("small/desk.sqlite"), "{}", run.stderr);
    let acknowledged: Vec<i64> = run
        .stdout
        .lines()
        .map(|l| l.parse().unwrap_or_else(|_| panic!("not an id: {l}")))
        .collect();
    assert!(
        !acknowledged.is_empty(),
        "the disk was full before any write: proves nothing"
    );
    // Read the file and its log where there is room again, as a user would after freeing space.
    let rescue = db.file("rescued.sqlite");
    std::fs::copy(&inside, &rescue).unwrap_or_else(|e| panic!("{e}"));
    let wal = db.file("small/desk.sqlite-wal");
    if wal.exists() {
        std::fs::copy(&wal, db.file("rescued.sqlite-wal")).unwrap_or_else(|e| panic!("{e}"));
    }
    let store = Store::open(&rescue).unwrap_or_else(|e| panic!("reopen: {e}"));
    let report = store.check().unwrap_or_else(|e| panic!("{e}"));
    assert!(report.ok, "{report:?}");
    for id in acknowledged {
        let found: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM sponsors WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            found, 1,
            "acknowledged sponsor {id} was lost on the full disk"
        );
    }
}
