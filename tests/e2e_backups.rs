//! The Backups screen through the real window (issue 8): "Back up now", then a restore of that
//! copy takes the database back to it (a sponsor added since is gone, the replaced data saved);
//! a file that is not a database is refused with the reason and changes nothing; an app stopped
//! as a logout stops it (SIGTERM) leaves a verified automatic backup holding the last work.

use std::path::{Path, PathBuf};

use crate::support::desktop::{one_at_a_time, App, Desktop, Step};
use crate::support::{path_str, run, TempDb};
use serde_json::Value;

fn backups_folder(db: &TempDb) -> PathBuf {
    db.dir.path().join("backups")
}

/// The names in the backups folder that start with `prefix`, sorted (their stamps sort in time).
fn backups_named(db: &TempDb, prefix: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(backups_folder(db))
        .map(|entries| {
            entries
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| n.starts_with(prefix) && n.ends_with(".sqlite"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// The sponsors' names in a database file (a backup), through the CLI.
fn sponsor_names(file: &Path) -> Vec<String> {
    let out = run(&["--db", path_str(file), "sponsors", "--json"])
        .success()
        .stdout;
    let list: Vec<Value> = serde_json::from_str(&out).unwrap_or_default();
    list.iter()
        .filter_map(|s| s["name"].as_str().map(str::to_string))
        .collect()
}

async fn add_sponsor(app: &App, name: &str) -> Step {
    app.click("a[href='#/sponsors']").await?;
    app.click("#new-sponsor").await?;
    app.find("[role=dialog]").await?;
    app.type_into("#field-name", name).await?;
    app.find("#field-org_unit_id")
        .await?
        .select_by_index(1)
        .await?;
    app.click("#save").await?;
    app.wait_until("the dialog to close", || async {
        Ok(app.count("[role=dialog]").await? == 0)
    })
    .await?;
    app.search_for(name).await
}

async fn open_backups(app: &App) -> Step {
    app.click("a[href='#/backups']").await?;
    app.find("#backups-title").await?;
    app.wait_until("the backups list", || async {
        Ok(app
            .text("#backups-title + .muted")
            .await?
            .ends_with("files"))
    })
    .await
}

fn row(name: &str) -> String {
    format!("[data-testid=backup-row][data-name='{name}']")
}

#[test]
fn restoring_a_backup_made_with_back_up_now_takes_the_data_back_to_it() {
    let _turn = one_at_a_time();
    let db = TempDb::with_demo("e2e-backups.sqlite");
    let before = db.export();
    let newcomer = "Quentin Restorewell";
    let desktop = Desktop::start();
    let made = std::rc::Rc::new(std::cell::RefCell::new(String::new()));
    let made_in = made.clone();
    desktop.drive("backups-restore", &db, |app| async move {
        open_backups(&app).await?;
        app.click("#back-up-now").await?;
        let manual = app
            .find("[data-testid=backup-row][data-name^='manual-']")
            .await?;
        let name = manual.attr("data-name").await?.unwrap_or_default();
        let check = app.text(&format!("{} .check", row(&name))).await?;
        assert!(check.starts_with("Verified"), "{check:?}");
        *made_in.borrow_mut() = name.clone();

        add_sponsor(&app, newcomer).await?;

        open_backups(&app).await?;
        app.click(&format!("{} button.restore", row(&name))).await?;
        app.find("[role=dialog]").await?;
        app.screenshot("backups-confirm").await?;
        app.click("#confirm").await?;
        // The page reloads on the restored data and says what it did.
        let done = app.find("#restore-done").await?.text().await?;
        assert!(done.contains(&name), "{done}");
        assert!(done.contains("before-restore-"), "{done}");
        app.screenshot("backups-restored").await?;

        app.click("a[href='#/sponsors']").await?;
        let search = app.find("#sponsor-search").await?;
        search.click().await?;
        search.send_keys("Restorewell").await?;
        app.wait_until("no sponsor named Restorewell", || async {
            Ok(app.text("main").await?.contains("No sponsors match")
                || app.count("[data-testid=sponsor-row]").await? == 0)
        })
        .await
    });
    // The database is the backup again: the same export as before the sponsor was added...
    assert_eq!(
        db.export(),
        before,
        "the restore brings back the earlier data"
    );
    // ...and what it replaced is kept, with the newcomer in it.
    let saved = backups_named(&db, "before-restore-");
    assert_eq!(saved.len(), 1, "{saved:?}");
    let replaced = sponsor_names(&backups_folder(&db).join(&saved[0]));
    assert!(
        replaced.iter().any(|n| n == newcomer),
        "the replaced data is saved"
    );
    assert!(
        backups_named(&db, "manual-").contains(&made.borrow()),
        "the restored backup itself is untouched"
    );
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_changes_nothing() {
    let _turn = one_at_a_time();
    let db = TempDb::with_demo("e2e-backups.sqlite");
    let folder = backups_folder(&db);
    std::fs::create_dir_all(&folder).unwrap_or_else(|e| panic!("{e}"));
    let junk = folder.join("not-a-backup.sqlite");
    let junk_bytes = b"these are meeting notes, not a database".to_vec();
    std::fs::write(&junk, &junk_bytes).unwrap_or_else(|e| panic!("{e}"));
    let before = db.export();
    let sponsors_before = db.sponsors().len();
    let newcomer = "Orla Stillworks";
    let desktop = Desktop::start();
    desktop.drive("backups-refused", &db, |app| async move {
        open_backups(&app).await?;
        let junk_row = row("not-a-backup.sqlite");
        let check = app.text(&format!("{junk_row} .check")).await?;
        assert!(check.starts_with("Not usable"), "{check:?}");
        app.click(&format!("{junk_row} button.restore")).await?;
        app.find("[role=dialog]").await?;
        app.click("#confirm").await?;
        app.wait_until("the refusal in the dialog", || async {
            let said = app.text("[role=dialog] [role=alert]").await?;
            Ok(said.contains("Nothing was restored") && said.contains("not-a-backup.sqlite"))
        })
        .await?;
        app.screenshot("backups-refused-dialog").await?;
        app.click("[role=dialog] .btn:not(#confirm)").await?;
        // The window still works on the same database.
        add_sponsor(&app, newcomer).await
    });
    let after = db.export();
    assert_ne!(after, before);
    assert!(after.contains(newcomer));
    assert_eq!(
        db.sponsors().len(),
        sponsors_before + 1,
        "the same database, with only the sponsor added after the refusal"
    );
    assert!(
        backups_named(&db, "before-restore-").is_empty(),
        "a refused restore saves nothing and replaces nothing"
    );
    assert_eq!(
        std::fs::read(&junk).unwrap_or_default(),
        junk_bytes,
        "the refused file is untouched"
    );
}

#[test]
fn stopping_the_app_as_a_logout_does_leaves_a_backup_with_the_last_work_in_it() {
    let _turn = one_at_a_time();
    let db = TempDb::with_demo("e2e-backups.sqlite");
    let newcomer = "Bettina Lastword";
    let desktop = Desktop::start();
    desktop.drive("backups-at-exit", &db, |app| async move {
        add_sponsor(&app, newcomer).await?;
        app.terminate().await
    });
    // The start of the day wrote one automatic backup before the sponsor was added; the exit
    // wrote the newest, which alone holds her.
    let automatic = backups_named(&db, "auto-");
    let newest = automatic
        .last()
        .unwrap_or_else(|| panic!("no automatic backup in {:?}", backups_folder(&db)));
    let names = sponsor_names(&backups_folder(&db).join(newest));
    assert!(
        names.iter().any(|n| n == newcomer),
        "the backup at exit {newest} holds the sponsor added just before the stop ({automatic:?})"
    );
    let check = run(&["--db", path_str(&backups_folder(&db).join(newest)), "check"]);
    assert_eq!(
        check.code,
        Some(0),
        "the backup at exit opens and checks: {}",
        check.stderr
    );
}
