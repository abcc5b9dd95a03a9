//! End-to-end tests of the briefing packs (issue 7) through the real window: a sponsor's brief
//! previewed as page images, re-rendered when a section is left out, closed with Escape; a
//! committee pack previewed from a meeting. The harness is tests/support/desktop.rs.

use crate::support::desktop::{one_at_a_time, App, Desktop, Step};
use crate::support::TempDb;

/// The WebDriver key code for Escape.
const ESCAPE: &str = "\u{e00c}";

/// The `src` of every page image in the preview dialog, in order, read in one script so a
/// re-render between two WebDriver calls cannot leave us holding a removed image.
async fn page_sources(app: &App) -> Step<Vec<String>> {
    let value = app
        .client()
        .execute(
            "return [...document.querySelectorAll('#pack-preview img')].map((img) => img.src);",
            Vec::new(),
        )
        .await?;
    Ok(serde_json::from_value(value)?)
}

/// Waits for the preview to show at least one page image and returns their sources.
async fn pages_shown(app: &App) -> Step<Vec<String>> {
    app.wait_until("a page image in the preview", || async {
        Ok(app.count("#pack-preview img[alt='Page 1']").await? > 0)
    })
    .await?;
    page_sources(app).await
}

#[test]
fn a_sponsor_brief_is_previewed_and_re_rendered_without_a_section() {
    let _turn = one_at_a_time();
    let db = TempDb::with_demo("e2e.sqlite");
    let desktop = Desktop::start();
    desktop.drive("packs-brief-closed", &db, |app| async move {
        app.wait_for_rows().await?;
        app.click("[data-testid=sponsor-row] a").await?;
        app.find("#print-brief").await?;
        let name = app.text("h1").await?;
        assert!(!name.is_empty(), "the sponsor page shows a name");

        app.click("#print-brief").await?;
        app.find("#pack-preview[role=dialog]").await?;
        let heading = app.text("#pack-preview h2").await?;
        assert!(heading.contains(&name), "{heading:?} names {name:?}");
        let before = pages_shown(&app).await?;
        assert!(
            before
                .iter()
                .all(|src| src.starts_with("data:image/png;base64,")),
            "pages are PNG images"
        );
        assert!((1..=3).contains(&before.len()), "{} pages", before.len());
        app.screenshot("packs-brief-preview").await?;

        // Leaving out "What they sponsor" re-renders the first page.
        app.click("#pack-preview input[name=section][value=sponsorships]")
            .await?;
        app.wait_until("the preview to re-render", || async {
            let now = page_sources(&app).await?;
            Ok(!now.is_empty() && now != before)
        })
        .await?;
        app.screenshot("packs-brief-without-sponsorships").await?;

        // Escape closes the dialog.
        app.find("#pack-preview").await?.send_keys(ESCAPE).await?;
        app.wait_until("the preview to close", || async {
            Ok(app.count("#pack-preview").await? == 0)
        })
        .await?;
        Ok(())
    });
}

#[test]
fn a_committee_pack_is_previewed_from_its_meeting() {
    let _turn = one_at_a_time();
    let db = TempDb::with_demo("e2e.sqlite");
    let desktop = Desktop::start();
    desktop.drive("packs-committee-preview", &db, |app| async move {
        app.click("a[href='#/meetings']").await?;
        app.click("[data-id] a[href^='#/meetings/']").await?;
        app.find("#print-attendee-briefs").await?;
        app.screenshot("packs-meeting-screen").await?;
        app.click("#print-committee-pack").await?;
        app.find("#pack-preview[role=dialog]").await?;
        let heading = app.text("#pack-preview h2").await?;
        assert!(heading.starts_with("Committee pack"), "{heading:?}");
        let pages = pages_shown(&app).await?;
        assert!(!pages.is_empty());
        Ok(())
    });
}
