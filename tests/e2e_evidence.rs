//! End-to-end tests of the evidence of value (issue 6) through the real window: a quick win's
//! savings reaching the dashboard, a pending-consent quote marked not shareable, and full-text
//! search opened with one key. The harness is tests/support/desktop.rs, shared with tests/e2e.rs.

use crate::support::desktop::{one_at_a_time, App, Desktop, Step};
use crate::support::TempDb;

/// Replaces what a field holds with `text`, as a person selecting it and typing over does.
async fn retype(app: &App, css: &str, text: &str) -> Step {
    let field = app.find(css).await?;
    field.clear().await?;
    field.click().await?;
    Ok(field.send_keys(text).await?)
}

async fn dialog_closed(app: &App) -> Step {
    app.wait_until("the dialog to close", || async {
        Ok(app.count("[role=dialog]").await? == 0)
    })
    .await
}

/// Digits only: the window formats money in the machine's locale (grouping or not).
fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// Every savings total the dashboard shows, one per currency.
async fn savings_totals(app: &App) -> Step<String> {
    app.find("#savings-total").await?;
    app.text("#savings-total").await
}

#[test]
fn a_quick_win_with_savings_changes_the_dashboard_total() {
    let _turn = one_at_a_time();
    let db = TempDb::with_demo("e2e.sqlite");
    let desktop = Desktop::start();
    desktop.drive("evidence-quick-win-dashboard", &db, |app| async move {
        app.click("a[href='#/dashboard']").await?;
        let before = savings_totals(&app).await?;
        // Swiss francs: a currency the demo does not use, so its total is ours alone.
        assert!(!before.contains("CHF"), "no CHF savings yet: {before:?}");

        app.click("a[href='#/wins']").await?;
        app.click("#new-quick-win").await?;
        app.find("[role=dialog]").await?;
        app.find("#field-initiative_id")
            .await?
            .select_by_index(1)
            .await?;
        app.type_into(
            "#field-title",
            "Consolidated duplicate research subscriptions",
        )
        .await?;
        retype(&app, "#field-start_on", "2025-01-06").await?;
        // A target more than six months out is warned about as it is typed...
        retype(&app, "#field-target_on", "2025-12-31").await?;
        let warning = app.find("#target-warning").await?.text().await?;
        assert!(warning.contains("six months"), "{warning:?}");
        // ...and the warning goes once the target is within six months.
        retype(&app, "#field-target_on", "2025-03-31").await?;
        app.wait_until("the six-month warning to go", || async {
            Ok(app.count("#target-warning").await? == 0)
        })
        .await?;
        app.find("#field-status")
            .await?
            .select_by_value("delivered")
            .await?;
        retype(&app, "#field-delivered_on", "2025-03-20").await?;
        app.type_into("#field-savings_amount", "12500").await?;
        app.find("#field-currency")
            .await?
            .select_by_value("CHF")
            .await?;
        app.type_into("#field-savings_basis", "Three subscriptions became one")
            .await?;
        app.click("#save").await?;
        dialog_closed(&app).await?;
        app.wait_until("the quick win in the list", || async {
            Ok(app.text("table.data tbody").await?.contains("CHF"))
        })
        .await?;

        app.click("a[href='#/dashboard']").await?;
        app.wait_until("the CHF total on the dashboard", || async {
            let now = savings_totals(&app).await?;
            Ok(now.contains("CHF") && digits(&now).contains("1250000"))
        })
        .await?;
        // The final screenshot (evidence-quick-win-dashboard) shows the charts to look at.
        Ok(())
    });
}

#[test]
fn a_quote_awaiting_consent_is_marked_not_shareable() {
    let _turn = one_at_a_time();
    let db = TempDb::with_demo("e2e.sqlite");
    let desktop = Desktop::start();
    desktop.drive("evidence-story-consent", &db, |app| async move {
        app.click("a[href='#/stories']").await?;
        app.click("#new-story").await?;
        app.find("[role=dialog]").await?;
        app.find("#field-initiative_id")
            .await?
            .select_by_index(1)
            .await?;
        app.type_into("#field-headline", "New hires found their expert in a day")
            .await?;
        app.type_into("#field-tags", "onboarding, expertise")
            .await?;
        app.click("#add-quote").await?;
        app.type_into(
            "[id='field-quotes[0].text']",
            "I stopped asking around for weeks",
        )
        .await?;
        app.type_into("[id='field-quotes[0].person_name']", "Priya Raman")
            .await?;
        app.type_into("[id='field-quotes[0].person_role']", "Field engineer")
            .await?;
        // A new quote starts as pending: nobody has said yes yet.
        let consent = app.find("[id='field-quotes[0].consent']").await?;
        assert_eq!(consent.prop("value").await?.as_deref(), Some("pending"));
        app.screenshot("evidence-story-form").await?;
        app.click("#save").await?;
        dialog_closed(&app).await?;

        // The story's own page: the quote, credited, and plainly not shareable.
        let quote = app.find("[data-testid=quote]").await?.text().await?;
        assert!(
            quote.contains("I stopped asking around for weeks"),
            "{quote}"
        );
        assert!(quote.contains("Priya Raman"), "{quote}");
        assert!(quote.contains("Consent pending"), "{quote}");
        assert!(
            quote.to_lowercase().contains("not shareable"),
            "the quote says it may not leave the app: {quote}"
        );
        app.screenshot("evidence-story").await?;

        app.click("a[href='#/stories']").await?;
        app.wait_until("the story in the list, with its held quote", || async {
            Ok(app
                .text("[data-testid=story-row]")
                .await?
                .contains("1 not shareable"))
        })
        .await
    });
}

#[test]
fn search_opened_with_one_key_finds_a_word_typed_into_a_sponsors_notes() {
    let _turn = one_at_a_time();
    let db = TempDb::with_demo("e2e.sqlite");
    let desktop = Desktop::start();
    desktop.drive("evidence-search", &db, |app| async move {
        app.click("a[href='#/sponsors']").await?;
        app.wait_for_rows().await?;
        app.click("[data-testid=sponsor-row] a").await?;
        // The sponsor's page is there once its Edit button is.
        app.find("#edit-sponsor").await?;
        let name = app.find("h1").await?.text().await?;
        app.click("#edit-sponsor").await?;
        app.find("[role=dialog]").await?;
        app.type_into("#field-notes", " Prefers the zephyrquartz dashboards")
            .await?;
        app.click("#save").await?;
        dialog_closed(&app).await?;

        // One key from anywhere: "/" on the page opens search.
        app.find("main").await?.send_keys("/").await?;
        app.type_into("#search-input", "zephyrquartz").await?;
        app.wait_until("a sponsor hit for the word", || async {
            Ok(app
                .text("[data-testid=search-group][data-kind=sponsor]")
                .await?
                .contains(&name))
        })
        .await?;
        // The matched word is highlighted, built from the snippet's parts.
        let marked = app.text("[data-testid=search-hit] mark").await?;
        assert_eq!(marked.to_lowercase(), "zephyrquartz");
        app.screenshot("evidence-search-results").await?;

        // Enter opens the record.
        app.find("#search-input")
            .await?
            .send_keys("\u{E007}")
            .await?;
        dialog_closed(&app).await?;
        app.wait_until("the sponsor's page", || async {
            Ok(app.text("h1").await? == name)
        })
        .await
    });
}
