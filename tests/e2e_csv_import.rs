//! End-to-end test of the spreadsheet import (issue 10) through the real window: the first-run
//! welcome on an empty database, a CSV picked on the Import screen, a column mapped by hand,
//! the preview, the import, and the people found in the sponsors list.

use crate::support::desktop::{one_at_a_time, Desktop};
use crate::support::TempDb;
use serde_json::json;

/// "Who" is no synonym of a field, so the name must be mapped by hand on the screen; "Level"
/// is guessed as the tier, and its "Band C" is refused until that column is ignored.
const PEOPLE: &str = "Who,Job title,E-mail,Department,Manager,Level\r\n\
Ada Lovelace,Chief Operating Officer,ada@northwind.example,Northwind / Operations,,1\r\n\
Grace Hopper,Director of Logistics,grace@northwind.example,Northwind / Operations / Logistics,Ada Lovelace,Band C\r\n\
Alan Turing,Head of Research,alan@northwind.example,Northwind / Research,ada@northwind.example,3\r\n";

/// Puts a file into the page's file input as a person picking it would (WebDriver cannot
/// drive the native file chooser), then fires the change event the screen listens to.
const PICK_FILE: &str = "
    const [text, name] = arguments;
    const input = document.querySelector('#csv-file');
    const files = new DataTransfer();
    files.items.add(new File([text], name, { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
";

#[test]
fn a_csv_imported_through_the_mapping_screen_fills_the_sponsors_list() {
    let _turn = one_at_a_time();
    let db = TempDb::new("e2e-csv.sqlite");
    let desktop = Desktop::start();
    desktop.drive("csv-import", &db, |app| async move {
        // An empty database opens on the welcome.
        app.find("#welcome-import").await?;
        app.screenshot("csv-welcome").await?;
        app.click("#welcome-import").await?;
        app.find("#csv-file").await?;
        app.client()
            .execute(PICK_FILE, vec![json!(PEOPLE), json!("leaders.csv")])
            .await?;
        app.find("#csv-preview").await?;
        // The name column is not guessed: the import waits until it is mapped.
        let missing = app.text(".import-page [role=alert]").await?;
        assert!(missing.contains("name"), "{missing}");
        assert!(!app.find("#csv-import").await?.is_enabled().await?);
        app.find("#map-0").await?.select_by_value("name").await?;
        app.wait_until("row 3's problem with its column", || async {
            let preview = app.text("#csv-preview").await?;
            Ok(preview.contains("Column “Level”: \"Band C\" is not a tier"))
        })
        .await?;
        app.screenshot("csv-row-errors").await?;
        assert!(!app.find("#csv-import").await?.is_enabled().await?);
        app.find("#map-5").await?.select_by_value("").await?;
        app.wait_until("the import button to be ready", || async {
            Ok(app.find("#csv-import").await?.is_enabled().await?)
        })
        .await?;
        app.screenshot("csv-mapping").await?;
        app.click("#csv-import").await?;
        app.find("#csv-result").await?;
        let result = app.text("#csv-result").await?;
        assert!(
            result.contains("3 added, 0 updated, 0 unchanged"),
            "{result}"
        );
        app.search_for("Grace Hopper").await?;
        app.search_for("Alan Turing").await?;
        Ok(())
    });
}
