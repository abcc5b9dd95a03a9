//! A sponsor's touchpoint timeline through the real window: Edit opens the logged touchpoint
//! with its text and keeps its asks, Delete asks first and then removes it for good.

use crate::support::desktop::{one_at_a_time, App, Desktop, Step};
use crate::support::TempDb;
use serde_json::Value;

/// A sponsor of the demo with at least one touchpoint: its name and how many it has.
fn sponsor_with_touchpoints(db: &TempDb) -> (String, usize) {
    let export: Value =
        serde_json::from_str(&db.export()).unwrap_or_else(|e| panic!("export is not JSON: {e}"));
    let touchpoints = export["touchpoints"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let sponsors = export["sponsors"].as_array().cloned().unwrap_or_default();
    sponsors
        .iter()
        .filter_map(|s| {
            let count = touchpoints
                .iter()
                .filter(|t| {
                    t["sponsor_ids"]
                        .as_array()
                        .is_some_and(|ids| ids.contains(&s["id"]))
                })
                .count();
            Some((s["name"].as_str()?.to_string(), count))
        })
        .find(|(_, count)| *count > 0)
        .unwrap_or_else(|| panic!("the demo logs touchpoints"))
}

async fn count_is(app: &App, css: &str, n: usize, what: &str) -> Step {
    app.wait_until(what, || async { Ok(app.count(css).await? == n) })
        .await
}

#[test]
fn a_touchpoint_is_edited_and_deleted_from_the_sponsors_timeline() {
    let _turn = one_at_a_time();
    let db = TempDb::with_demo("e2e-touchpoints.sqlite");
    let (name, count) = sponsor_with_touchpoints(&db);
    let before: Value = serde_json::from_str(&db.export()).unwrap_or_default();
    let total = before["touchpoints"].as_array().map_or(0, Vec::len);
    let summary = "Agreed the portal pilot in the corridor, budget to follow";
    let desktop = Desktop::start();
    desktop.drive("touchpoint-edit-delete", &db, |app| async move {
        app.search_for(&name).await?;
        app.click("[data-testid=sponsor-row] a").await?;
        let entry = "[data-testid=touchpoint]";
        count_is(&app, entry, count, "the timeline").await?;
        let first = format!("{entry}:first-child");
        app.click(&format!("{first} [data-act=edit-touchpoint]"))
            .await?;
        app.find("[role=dialog]").await?;
        let title = app.text("[role=dialog] h2").await?;
        assert_eq!(title, "Edit touchpoint");
        let field = app.find("#field-summary").await?;
        let before = field.prop("value").await?.unwrap_or_default();
        assert!(!before.is_empty(), "the form opens with the summary");
        field.clear().await?;
        field.send_keys(summary).await?;
        app.click("#save").await?;
        count_is(&app, "[role=dialog]", 0, "the dialog to close").await?;
        app.wait_until("the edited summary on the timeline", || async {
            Ok(app.text(&format!("{first} .summary")).await? == summary)
        })
        .await?;
        count_is(&app, entry, count, "the same number of touchpoints").await?;
        app.screenshot("touchpoint-edited").await?;

        app.click(&format!("{first} [data-act=delete-touchpoint]"))
            .await?;
        app.find("[role=dialog]").await?;
        let asked = app.text("[role=dialog]").await?;
        assert!(asked.contains("Delete the"), "{asked}");
        app.click("#confirm").await?;
        count_is(&app, "[role=dialog]", 0, "the confirm to close").await?;
        app.screenshot("touchpoint-deleted").await?;
        count_is(&app, entry, count - 1, "one touchpoint fewer").await
    });
    let saved: Value = serde_json::from_str(&db.export()).unwrap_or_default();
    let left = saved["touchpoints"].as_array().cloned().unwrap_or_default();
    assert_eq!(
        left.len(),
        total - 1,
        "one touchpoint fewer in the database"
    );
    assert!(
        left.iter().all(|t| t["summary"] != summary),
        "the edited touchpoint was the one deleted (its edit is in the history only)"
    );
}
