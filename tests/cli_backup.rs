//! `backup` and `restore` on real files through the binary: exit codes, messages that name the
//! path, a verified copy that holds the data, and a restore that changes nothing when it refuses.

use crate::support::TempDb;

#[test]
fn backup_writes_a_copy_that_exports_the_same() {
    let db = TempDb::with_demo("desk.sqlite");
    let out = db.file("copy.sqlite");
    let run = db
        .run(&["backup", "--out", crate::support::path_str(&out)])
        .success();
    assert!(run.stderr.contains("verified"), "{}", run.stderr);
    assert!(run.stderr.contains("copy.sqlite"), "{}", run.stderr);
    let copy = crate::support::run(&["--db", crate::support::path_str(&out), "export"]).success();
    assert_eq!(copy.stdout, db.export());
    crate::support::run(&["--db", crate::support::path_str(&out), "check"]).success();
}

#[test]
fn backup_into_a_missing_folder_exits_3_naming_the_path() {
    let db = TempDb::with_demo("desk.sqlite");
    let out = db.file("no-such-folder/copy.sqlite");
    let run = db
        .run(&["backup", "--out", crate::support::path_str(&out)])
        .code(3);
    assert!(run.stderr.contains("no-such-folder"), "{}", run.stderr);
    assert!(!db.file("no-such-folder").exists());
}

#[test]
fn backup_onto_a_folder_exits_3() {
    let db = TempDb::with_demo("desk.sqlite");
    let run = db
        .run(&["backup", "--out", crate::support::path_str(db.dir.path())])
        .code(3);
    assert!(run.stderr.contains("is a folder"), "{}", run.stderr);
}

#[test]
fn backup_requires_out() {
    TempDb::with_demo("desk.sqlite").run(&["backup"]).code(2);
}

#[test]
fn restore_brings_back_the_backup_and_saves_what_it_replaced() {
    let db = TempDb::with_demo("desk.sqlite");
    let out = db.file("monday.sqlite");
    db.run(&["backup", "--out", crate::support::path_str(&out)])
        .success();
    let monday = db.export();
    // Tuesday's work, through the normal write path (the crash test's writer).
    db.run(&["__write-loop", "--count", "2"]).success();
    let tuesday = db.export();
    assert_ne!(monday, tuesday);
    let run = db
        .run(&["restore", crate::support::path_str(&out)])
        .success();
    assert!(
        run.stderr.contains("saved the database being replaced"),
        "{}",
        run.stderr
    );
    assert_eq!(db.export(), monday);
    let saved: Vec<_> = std::fs::read_dir(db.file("backups"))
        .unwrap_or_else(|e| panic!("backups folder: {e}"))
        .filter_map(Result::ok)
        .collect();
    assert_eq!(saved.len(), 1);
    let saved = saved[0].path();
    let before =
        crate::support::run(&["--db", crate::support::path_str(&saved), "export"]).success();
    assert_eq!(before.stdout, tuesday);
}

#[test]
fn restore_of_a_file_that_is_not_a_database_exits_5_and_changes_nothing() {
    let db = TempDb::with_demo("desk.sqlite");
    let before = db.export();
    let bad = db.file("notes.sqlite");
    std::fs::write(
        &bad,
        "meeting notes, not a database; long enough to fill a header ".repeat(4),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let run = db.run(&["restore", crate::support::path_str(&bad)]).code(5);
    assert!(run.stderr.contains("notes.sqlite"), "{}", run.stderr);
    assert_eq!(db.export(), before);
    assert!(!db.file("backups").exists());
}

#[test]
fn restore_of_a_truncated_backup_exits_5_and_changes_nothing() {
    let db = TempDb::with_demo("desk.sqlite");
    let out = db.file("copy.sqlite");
    db.run(&["backup", "--out", crate::support::path_str(&out)])
        .success();
    let bytes = std::fs::read(&out).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&out, &bytes[..bytes.len() / 3]).unwrap_or_else(|e| panic!("{e}"));
    let before = db.export();
    let run = db.run(&["restore", crate::support::path_str(&out)]).code(5);
    assert!(run.stderr.contains("copy.sqlite"), "{}", run.stderr);
    assert_eq!(db.export(), before);
}

#[test]
fn restore_of_a_missing_file_exits_4() {
    let db = TempDb::with_demo("desk.sqlite");
    let run = db.run(&["restore", "/nowhere/backup.sqlite"]).code(4);
    assert!(
        run.stderr.contains("/nowhere/backup.sqlite"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_write_loop_is_hidden_from_help() {
    let help = crate::support::run(&["--help"]).success();
    assert!(help.stdout.contains("backup"), "{}", help.stdout);
    assert!(help.stdout.contains("restore"), "{}", help.stdout);
    assert!(!help.stdout.contains("__write-loop"), "{}", help.stdout);
}
