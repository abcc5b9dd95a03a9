//! End-to-end tests of the real app binary: its window under Xvfb, driven over WebDriver
//! (tauri-driver in front of WebKitWebDriver) with fantoccini, clicking and typing as a person
//! does: a sponsor created through the form, found by search and still there after a restart,
//! and the other sponsor screens. The harness is in tests/support/desktop.rs.

use crate::support::desktop::{one_at_a_time, Desktop};
use crate::support::TempDb;
use serde_json::Value;

#[test]
fn a_sponsor_created_through_the_form_is_found_by_search_and_survives_a_restart() {
    let _turn = one_at_a_time();
    let db = TempDb::with_demo("e2e.sqlite");
    let desktop = Desktop::start();
    desktop.drive("create-sponsor-survives-restart", &db, |app| async move {
        app.wait_for_rows().await?;
        app.click("#new-sponsor").await?;
        app.find("[role=dialog]").await?;
        app.type_into("#field-name", "Zora Quillfeather").await?;
        app.type_into("#field-title", "Head of Knowledge Services")
            .await?;
        // The demo's first org unit: a person picks one from the list.
        app.find("#field-org_unit_id")
            .await?
            .select_by_index(1)
            .await?;
        app.find("#field-tier").await?.select_by_value("2").await?;
        app.click("#save").await?;
        app.wait_until("the dialog to close", || async {
            Ok(app.count("[role=dialog]").await? == 0)
        })
        .await?;
        app.search_for("Quillfeather").await?;
        app.restart().await?;
        app.search_for("Quillfeather").await
    });
    let saved = db.sponsors();
    let zora: Vec<&Value> = saved
        .iter()
        .filter(|s| s["name"] == "Zora Quillfeather")
        .collect();
    assert_eq!(zora.len(), 1, "saved exactly once: {zora:?}");
    assert_eq!(zora[0]["tier"], 2);
    assert_eq!(zora[0]["title"], "Head of Knowledge Services");
}

#[test]
fn an_invalid_form_shows_each_error_beside_its_field_and_saves_nothing() {
    let _turn = one_at_a_time();
    let db = TempDb::with_demo("e2e.sqlite");
    let before = db.sponsors();
    let desktop = Desktop::start();
    desktop.drive("invalid-form-saves-nothing", &db, |app| async move {
        app.wait_for_rows().await?;
        app.click("#new-sponsor").await?;
        app.find("[role=dialog]").await?;
        // No name, and "departing" without the expected date.
        app.find("#field-status")
            .await?
            .select_by_value("departing")
            .await?;
        app.find("#field-status_date").await?;
        app.click("#save").await?;
        for field in ["name", "status_date"] {
            app.wait_until(&format!("the error beside {field}"), || async {
                Ok(!app
                    .text(&format!("#error-{field}"))
                    .await?
                    .trim()
                    .is_empty())
            })
            .await?;
            // Beside the field: the input itself points at its error for screen readers too.
            let input = app.find(&format!("#field-{field}")).await?;
            let described = input.attr("aria-describedby").await?.unwrap_or_default();
            assert!(
                described.contains(&format!("error-{field}")),
                "{field}: {described:?}"
            );
            assert_eq!(
                input.attr("aria-invalid").await?.as_deref(),
                Some("true"),
                "{field}"
            );
        }
        assert_eq!(app.count("[role=dialog]").await?, 1, "the form stays open");
        Ok(())
    });
    assert_eq!(db.sponsors(), before, "an invalid form saves nothing");
}
