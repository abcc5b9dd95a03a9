//! End-to-end tests of the warnings screens through the real window (harness in
//! tests/support/desktop.rs): log a touchpoint with Ctrl+T and see that sponsor's
//! stale-engagement warning go; mark a sponsor departing next month and see the
//! departing-uncovered warning and the successor candidates; snooze a warning and see it
//! hidden, then shown again with "show hidden". Which warnings the demo raises depends on
//! today's date, so each test asks the CLI (same database, same day) what to look for.

use crate::support::desktop::{one_at_a_time, App, Desktop};
use crate::support::TempDb;
use chrono::{Days, Local, NaiveDate};
use fantoccini::key::Key;
use serde_json::Value;

type Step<T = ()> = Result<T, Box<dyn std::error::Error>>;

fn today() -> NaiveDate {
    Local::now().date_naive()
}

fn days_ahead(n: u64) -> String {
    today()
        .checked_add_days(Days::new(n))
        .unwrap_or_else(|| panic!("{n} days after today"))
        .to_string()
}

/// `warnings --json` as of today, parsed.
fn warnings_now(db: &TempDb) -> Vec<Value> {
    let out = db.run(&["warnings", "--json"]).success().stdout;
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("warnings --json: {e}\n{out}"))
}

/// The CSS selector of one warning card on screen.
fn card(code: &str, kind: &str, id: i64) -> String {
    format!("[data-testid=warning][data-code='{code}'][data-subject='{kind}:{id}']")
}

/// Opens the Warnings screen from the nav and waits for its cards.
async fn open_warnings(app: &App) -> Step {
    app.click("a[href='#/warnings']").await?;
    app.wait_until("the warnings list", || async {
        Ok(app.count("[data-testid=warning]").await? > 0)
    })
    .await
}

async fn wait_for_count(app: &App, css: &str, want: usize, what: &str) -> Step {
    app.wait_until(what, || async { Ok(app.count(css).await? == want) })
        .await
}

#[test]
fn logging_a_touchpoint_with_ctrl_t_clears_that_sponsors_stale_engagement_warning() {
    let _turn = one_at_a_time();
    let db = TempDb::with_demo("e2e.sqlite");
    // A sponsor with a stale-engagement warning today and a name that is plain to type.
    let stale = warnings_now(&db)
        .into_iter()
        .find(|w| {
            w["code"] == "stale-engagement"
                && w["subject"]["name"]
                    .as_str()
                    .is_some_and(|n| n.chars().all(|c| c.is_ascii_alphabetic() || c == ' '))
        })
        .unwrap_or_else(|| panic!("the demo has a stale-engagement warning today"));
    let id = stale["subject"]["id"].as_i64().unwrap_or_default();
    let name = stale["subject"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let desktop = Desktop::start();
    desktop.drive(
        "touchpoint-clears-stale-engagement",
        &db,
        |app| async move {
            open_warnings(&app).await?;
            let warning = card("stale-engagement", "sponsor", id);
            app.find(&warning).await?;
            // Ctrl+T from the Warnings screen: the quick-entry dialog.
            app.find("body")
                .await?
                .send_keys(&format!("{}t", Key::Control))
                .await?;
            app.find("[role=dialog]").await?;
            let first_word = name.split(' ').next().unwrap_or(&name).to_string();
            app.type_into("#field-sponsor_ids", &first_word).await?;
            app.wait_until("the sponsor in the picker", || async {
                Ok(app.text("[role=listbox]").await?.contains(&name))
            })
            .await?;
            // Pick the exact person from the list, as a person clicks it.
            let options = app
                .client()
                .find_all(fantoccini::Locator::Css("[role=option]"))
                .await?;
            let mut picked = false;
            for option in options {
                if option.text().await?.starts_with(&name) {
                    option.click().await?;
                    picked = true;
                    break;
                }
            }
            assert!(picked, "{name} is offered in the picker");
            app.wait_until("the sponsor chip", || async {
                Ok(app
                    .text("[data-testid=sponsor-chip]")
                    .await?
                    .contains(&name))
            })
            .await?;
            app.type_into("#field-summary", "Corridor chat about the expertise finder")
                .await?;
            app.click("#add-ask").await?;
            app.type_into("#field-ask-0", "Open the all-staff meeting")
                .await?;
            app.click("#save").await?;
            wait_for_count(&app, "[role=dialog]", 0, "the dialog to close").await?;
            wait_for_count(&app, &warning, 0, "the stale-engagement warning to go").await?;
            // The sponsor's page shows the touchpoint and the open ask.
            app.search_for(&name).await?;
            app.click("[data-testid=sponsor-row] a").await?;
            app.wait_until("the open ask on the sponsor page", || async {
                Ok(app
                    .text("#open-items")
                    .await?
                    .contains("Open the all-staff meeting"))
            })
            .await?;
            app.find("[data-testid=touchpoint]").await?;
            Ok(())
        },
    );
    assert!(
        !warnings_now(&db)
            .iter()
            .any(|w| w["code"] == "stale-engagement" && w["subject"]["id"] == id),
        "the CLI agrees: the warning is gone"
    );
}

/// The demo's tier-1 sponsor who is the only executive of one initiative.
const LEAVER: &str = "Idris";

#[test]
fn a_sponsor_marked_departing_next_month_raises_departing_uncovered_with_successors() {
    let _turn = one_at_a_time();
    let db = TempDb::with_demo("e2e.sqlite");
    let leaver = db
        .sponsors()
        .into_iter()
        .find(|s| s["name"].as_str().is_some_and(|n| n.starts_with(LEAVER)))
        .unwrap_or_else(|| panic!("{LEAVER} is in the demo"));
    let id = leaver["id"].as_i64().unwrap_or_default();
    let leaves_on = days_ahead(30);
    let desktop = Desktop::start();
    desktop.drive(
        "departing-uncovered-and-successors",
        &db,
        |app| async move {
            app.search_for(LEAVER).await?;
            app.click("[data-testid=sponsor-row] a").await?;
            app.click("#edit-sponsor").await?;
            app.find("[role=dialog]").await?;
            app.find("#field-status")
                .await?
                .select_by_value("departing")
                .await?;
            app.type_into("#field-status_date", &leaves_on).await?;
            app.click("#save").await?;
            wait_for_count(&app, "[role=dialog]", 0, "the dialog to close").await?;
            open_warnings(&app).await?;
            let warning = card("departing-uncovered", "sponsor", id);
            app.find(&warning).await?;
            let text = app.text(&warning).await?;
            assert!(text.contains(&leaves_on), "{text}");
            // The departures timeline: what it uncovers and who could step in.
            app.click("a[href='#/departures']").await?;
            app.find("[data-testid=departure]").await?;
            app.click(".timeline button").await?;
            app.wait_until("successor candidates", || async {
                Ok(app.count("[data-testid=candidate]").await? > 0)
            })
            .await?;
            let losing = app.text("[data-testid=losing-coverage]").await?;
            assert!(losing.contains("loses"), "{losing}");
            Ok(())
        },
    );
    let after = warnings_now(&db);
    assert!(
        after
            .iter()
            .any(|w| w["code"] == "departing-uncovered" && w["subject"]["id"] == id),
        "saved: the CLI sees the departure too"
    );
}

#[test]
fn a_snoozed_warning_is_hidden_until_show_hidden_is_ticked() {
    let _turn = one_at_a_time();
    let db = TempDb::with_demo("e2e.sqlite");
    let target = warnings_now(&db)
        .into_iter()
        .find(|w| w["subject"]["kind"] == "initiative")
        .unwrap_or_else(|| panic!("the demo has an initiative warning today"));
    let code = target["code"].as_str().unwrap_or_default().to_string();
    let id = target["subject"]["id"].as_i64().unwrap_or_default();
    let until = days_ahead(14);
    let warning = card(&code, "initiative", id);
    let desktop = Desktop::start();
    desktop.drive("snooze-hides-a-warning", &db, |app| async move {
        open_warnings(&app).await?;
        app.click(&format!("{warning} [data-act=snooze]")).await?;
        // A date in the past is refused with a sentence beside the date.
        app.type_into(&format!("{warning} [data-act=snooze-date]"), "2020-01-01")
            .await?;
        app.click(&format!("{warning} [data-act=snooze-save]"))
            .await?;
        app.wait_until("the past-date error", || async {
            Ok(app
                .text(&format!("{warning} .field-error"))
                .await?
                .contains("after today"))
        })
        .await?;
        let date = app
            .find(&format!("{warning} [data-act=snooze-date]"))
            .await?;
        date.clear().await?;
        date.send_keys(&until).await?;
        app.click(&format!("{warning} [data-act=snooze-save]"))
            .await?;
        wait_for_count(&app, &warning, 0, "the snoozed warning to hide").await?;
        app.click("#show-hidden").await?;
        // The date shows in the window's locale; its ISO day is the <time> element's datetime.
        app.wait_until("the warning back, marked snoozed", || async {
            Ok(app.text(&warning).await?.contains("Snoozed until")
                && app
                    .count(&format!("{warning} time[datetime='{until}']"))
                    .await?
                    == 1)
        })
        .await?;
        Ok(())
    });
    assert!(
        !warnings_now(&db)
            .iter()
            .any(|w| w["code"] == code.as_str() && w["subject"]["id"] == id),
        "the CLI leaves the snoozed warning out too"
    );
}

#[test]
fn home_coverage_grid_and_what_if_show_the_demo_in_words() {
    let _turn = one_at_a_time();
    let db = TempDb::with_demo("e2e.sqlite");
    // Home shows the first 20 of each severity and counts them all, as the CLI lists them.
    let listed = warnings_now(&db);
    let of = |severity: &str| listed.iter().filter(|w| w["severity"] == severity).count();
    let headings: Vec<String> = [
        ("critical", "Critical"),
        ("warning", "Warning"),
        ("info", "Info"),
    ]
    .into_iter()
    .filter(|(severity, _)| of(severity) > 0)
    .map(|(severity, word)| format!("{word} ({})", of(severity)))
    .collect();
    let cards: usize = ["critical", "warning", "info"]
        .into_iter()
        .map(|severity| of(severity).min(20))
        .sum();
    assert!(cards > 0, "the demo has no warnings: proves nothing");
    let desktop = Desktop::start();
    desktop.drive("what-if-screen", &db, |app| async move {
        // Home is the landing page: warnings by severity, follow-ups, departures.
        app.wait_until("home's warnings", || async {
            Ok(app.count("[data-testid=warning]").await? > 0)
        })
        .await?;
        assert!(app.text("main h1").await?.contains("This week"));
        let card = app.text(".card.main").await?;
        assert!(
            card.contains(&format!("Warnings ({})", listed.len())),
            "{card}"
        );
        for heading in &headings {
            assert!(card.contains(heading.as_str()), "{heading} in {card}");
        }
        assert_eq!(app.count(".card.main [data-testid=warning]").await?, cards);
        app.find("[data-testid=departure]").await?;
        app.screenshot("home").await?;
        app.click("a[href='#/coverage']").await?;
        app.wait_until("the coverage matrix", || async {
            Ok(app.count("[data-testid=matrix-row]").await? > 0)
        })
        .await?;
        let matrix = app.text(".matrix").await?;
        assert!(
            matrix.contains("met") && matrix.contains("short"),
            "{matrix}"
        );
        app.screenshot("coverage-matrix").await?;
        app.click("a[href='#/grid']").await?;
        app.wait_until("sponsors on the grid", || async {
            Ok(app.count(".grid a.chip").await? > 0)
        })
        .await?;
        app.screenshot("influence-grid").await?;
        // What-if: pick a sponsor by typing, run it, read the candidates.
        app.click("a[href='#/what-if']").await?;
        app.type_into("#field-sponsor_ids", LEAVER).await?;
        app.wait_until("the picker list", || async {
            Ok(app.count("[role=option]").await? > 0)
        })
        .await?;
        app.find("#field-sponsor_ids")
            .await?
            .send_keys(&Key::Enter.to_string())
            .await?;
        app.find("[data-testid=sponsor-chip]").await?;
        app.click("#run-what-if").await?;
        app.wait_until("successor candidates", || async {
            Ok(app.count("[data-testid=candidate]").await? > 0)
        })
        .await?;
        Ok(())
    });
}
