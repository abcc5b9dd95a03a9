//! End-to-end test of the guided tour (issue 10) in the real window: offered on Home once the
//! demo organisation is opened, walked with the keyboard (Enter and → next, ← back) across the
//! coverage matrix and the warnings with each step's target outlined and focus on the card,
//! finished; then opened from the command palette and closed with Escape.

use crate::support::desktop::{one_at_a_time, App, Desktop};
use crate::support::TempDb;
use fantoccini::key::Key;

/// Sends keys to whatever has focus, as a person typing would.
async fn press(app: &App, keys: &str) -> crate::support::desktop::Step {
    app.client().active_element().await?.send_keys(keys).await?;
    Ok(())
}

/// The id of the focused element.
async fn focused(app: &App) -> crate::support::desktop::Step<String> {
    let id = app
        .client()
        .execute(
            "return document.activeElement ? document.activeElement.id : ''",
            vec![],
        )
        .await?;
    Ok(id.as_str().unwrap_or_default().to_string())
}

/// Waits for step `n` with its target outlined (`outlined` must match the marked element) and
/// the card's Next button focused.
async fn at_step(app: &App, n: usize, outlined: &str) -> crate::support::desktop::Step {
    app.wait_until(&format!("tour step {n} on {outlined}"), || async {
        Ok(app
            .text("#tour-count")
            .await?
            .contains(&format!("Step {n} of 4"))
            && app.count(outlined).await? == 1
            && app.count(".tour-target").await? == 1
            && focused(app).await? == "tour-next")
    })
    .await
}

#[test]
fn the_tour_walks_the_coverage_matrix_and_the_warnings_by_keyboard() {
    let _turn = one_at_a_time();
    let db = TempDb::new("e2e-tour.sqlite");
    let desktop = Desktop::start();
    desktop.drive("tour", &db, |app| async move {
        app.click("#welcome-demo").await?;
        app.find("#tour-offer").await?;
        app.screenshot("tour-offer").await?;
        app.click("#tour-start").await?;
        assert_eq!(app.count("#tour-offer").await?, 0, "the offer is taken");

        at_step(&app, 1, "table.matrix thead.tour-target").await?;
        assert!(app.text("#tour").await?.contains("The coverage matrix"));
        assert!(!app.find("#tour-back").await?.is_enabled().await?);
        app.screenshot("tour-1-matrix").await?;
        press(&app, &Key::Enter.to_string()).await?;

        at_step(&app, 2, "table.matrix td.short.tour-target").await?;
        app.screenshot("tour-2-gap").await?;
        press(&app, &Key::Right.to_string()).await?;

        at_step(&app, 3, "[data-testid=warning].tour-target").await?;
        assert_eq!(app.text(".page h1").await?, "Warnings");
        press(&app, &Key::Left.to_string()).await?;
        at_step(&app, 2, "table.matrix td.short.tour-target").await?;
        press(&app, &Key::Right.to_string()).await?;
        at_step(&app, 3, "[data-testid=warning].tour-target").await?;
        app.screenshot("tour-3-warnings").await?;
        press(&app, &Key::Enter.to_string()).await?;

        at_step(&app, 4, "[data-testid=warning] .acts.tour-target").await?;
        assert!(app.text("#tour-next").await?.contains("Finish"));
        app.screenshot("tour-4-act").await?;
        press(&app, &Key::Enter.to_string()).await?;
        app.wait_until("the tour to end", || async {
            Ok(app.count("#tour").await? == 0 && app.count(".tour-target").await? == 0)
        })
        .await?;
        let on_page = app
            .client()
            .execute(
                "return document.activeElement !== null && document.activeElement !== document.body",
                vec![],
            )
            .await?;
        assert_eq!(on_page.as_bool(), Some(true), "focus goes back to the page, not lost");

        // Again from the palette; Escape closes it and takes its outline away.
        app.find("body")
            .await?
            .send_keys(&format!("{}k", Key::Control))
            .await?;
        app.find("[role=dialog]").await?;
        press(&app, "guided tour").await?;
        press(&app, &Key::Enter.to_string()).await?;
        at_step(&app, 1, "table.matrix thead.tour-target").await?;
        press(&app, &Key::Escape.to_string()).await?;
        app.wait_until("Escape to close the tour", || async {
            Ok(app.count("#tour").await? == 0 && app.count(".tour-target").await? == 0)
        })
        .await?;
        Ok(())
    });
}
