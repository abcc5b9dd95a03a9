//! End-to-end tests of the steering-committee screens through the real window (harness in
//! tests/support/desktop.rs): plan a meeting from the last one's agenda, raise an action that
//! is already overdue and find it in the overdue list and the prep view, and record a decision
//! that supersedes an older one and see both ends of the chain in the register. The committee
//! is created through the UI (the demo data has none yet), as a person would.

use crate::support::desktop::{one_at_a_time, App, Desktop, Step};
use crate::support::TempDb;
use chrono::{Days, Local, NaiveDate};
use fantoccini::Locator;

const PAST_MEETING_AGENDA: [&str; 2] = [
    "Expertise profiles: phase 2",
    "Budget for the Q3 knowledge café series",
];
/// Not a name the demo data uses, so the form accepts it beside the demo's committees.
const COMMITTEE: &str = "Portfolio Review Board";
const ACTION: &str = "Send the expertise-profile brief to all directors";

fn today() -> NaiveDate {
    Local::now().date_naive()
}

fn days_ago(n: u64) -> String {
    today()
        .checked_sub_days(Days::new(n))
        .unwrap_or_else(|| panic!("{n} days before today"))
        .to_string()
}

fn days_ahead(n: u64) -> String {
    today()
        .checked_add_days(Days::new(n))
        .unwrap_or_else(|| panic!("{n} days after today"))
        .to_string()
}

/// A CSS selector for an element id with brackets or dots in it (`field-agenda[0].title`).
fn by_id(id: &str) -> String {
    format!("[id='{id}']")
}

#[test]
fn a_meeting_planned_from_the_last_agenda_and_an_overdue_action_reach_the_prep_view() {
    let _turn = one_at_a_time();
    let db = TempDb::with_demo("e2e-committees.sqlite");
    let desktop = Desktop::start();
    let past = days_ago(30);
    let next = days_ahead(30);
    desktop.drive("committee-actions-overdue", &db, |app| async move {
        new_committee(&app, COMMITTEE).await?;

        // The last meeting, planned by hand with two agenda items.
        app.click("#plan-meeting").await?;
        app.find("[role=dialog]").await?;
        app.type_into("#field-scheduled_on", &past).await?;
        app.type_into("#field-location", "Board room, 3rd floor")
            .await?;
        for (i, title) in PAST_MEETING_AGENDA.iter().enumerate() {
            app.click("#add-agenda-item").await?;
            app.type_into(&by_id(&format!("field-agenda[{i}].title")), title)
                .await?;
        }
        app.screenshot("committee-plan-meeting-form").await?;
        save_and_close(&app).await?;
        wait_for_agenda(&app, &PAST_MEETING_AGENDA).await?;

        // At that meeting: an action whose due date has already passed.
        app.click("#raise-action").await?;
        app.find("[role=dialog]").await?;
        app.type_into("#field-text", ACTION).await?;
        app.click("#owner-kind-person").await?;
        app.type_into("#field-owner_name", "Kim Archer").await?;
        app.type_into("#field-due_on", &days_ago(10)).await?;
        save_and_close(&app).await?;
        app.wait_until("the action on the meeting screen", || async {
            Ok(app
                .text("[data-testid=meeting-action]")
                .await?
                .contains(ACTION))
        })
        .await?;
        app.click("#mark-held").await?;
        app.wait_until("the meeting marked held", || async {
            Ok(app.text("#meeting-status").await? == "Held")
        })
        .await?;
        app.screenshot("committee-meeting-screen").await?;

        // (a) The next meeting, from the last one's agenda.
        app.click(".subtitle a").await?;
        app.click("#plan-meeting").await?;
        app.find("[role=dialog]").await?;
        app.type_into("#field-scheduled_on", &next).await?;
        app.click("#duplicate-agenda").await?;
        app.wait_until("the planning dialog to close", || async {
            Ok(app.count("[role=dialog]").await? == 0)
        })
        .await?;
        // Dates show in the window's locale; the ISO day is each <time> element's datetime.
        app.wait_until("the new meeting's screen", || async {
            Ok(app
                .count(&format!("#meeting-title time[datetime='{next}']"))
                .await?
                == 1)
        })
        .await?;
        wait_for_agenda(&app, &PAST_MEETING_AGENDA).await?;

        // (c) The action is overdue: in the next meeting's prep, and on the actions page.
        app.click("#open-prep").await?;
        app.wait_until("the prep view of the next meeting", || async {
            let subtitle = app.text(".subtitle").await?;
            Ok(subtitle.contains("last met")
                && app
                    .count(&format!(".subtitle time[datetime='{next}']"))
                    .await?
                    == 1
                && app
                    .count(&format!(".subtitle time[datetime='{past}']"))
                    .await?
                    == 1)
        })
        .await?;
        app.wait_until("the overdue action in the prep view", || async {
            any_row(
                &app,
                "[data-testid=prep-action]",
                &[ACTION, "Kim Archer", "10 days overdue"],
            )
            .await
        })
        .await?;
        app.screenshot("committee-prep-view").await?;
        app.click("a[href='#/actions']").await?;
        app.wait_until("the action in the overdue list", || async {
            any_row(
                &app,
                "[data-testid=overdue-row]",
                &[ACTION, "10 days overdue"],
            )
            .await
        })
        .await
    });
}

#[test]
fn a_decision_that_supersedes_an_older_one_shows_both_ends_of_the_chain() {
    let _turn = one_at_a_time();
    // An empty register: the demo now has decisions of its own (one already superseded),
    // and this test counts rows.
    let db = TempDb::new("e2e-decisions.sqlite");
    let desktop = Desktop::start();
    let old_title = "Fund the café series from the KM budget";
    let new_title = "Fund the café series from the L&D budget instead";
    desktop.drive("decision-register-chain", &db, |app| async move {
        app.click("a[href='#/decisions']").await?;
        record_decision(&app, old_title, &days_ago(40), None).await?;
        let old_id = app
            .find("[data-testid=decision-row]")
            .await?
            .attr("data-id")
            .await?
            .ok_or("the decision row has no data-id")?;
        record_decision(&app, new_title, &days_ago(5), Some(&old_id)).await?;

        let old_row = format!("[data-testid=decision-row][data-id='{old_id}']");
        app.wait_until(
            "the old decision marked superseded, with its successor",
            || async {
                let row = app.text(&old_row).await?;
                let by = app
                    .text(&format!("{old_row} [data-testid=superseded-by]"))
                    .await?;
                Ok(row.contains("Superseded") && by.contains(new_title))
            },
        )
        .await?;
        let new_id = app
            .find(&format!(
                "[data-testid=decision-row]:not([data-id='{old_id}'])"
            ))
            .await?
            .attr("data-id")
            .await?
            .ok_or("the new decision row has no data-id")?;
        let new_row = format!("[data-testid=decision-row][data-id='{new_id}']");
        let replaces = app
            .text(&format!("{new_row} [data-testid=supersedes]"))
            .await?;
        assert!(replaces.contains(old_title), "{replaces:?}");

        // Following the chain from the old end lands on the new decision, marked.
        app.click(&format!("{old_row} [data-testid=superseded-by] a"))
            .await?;
        app.wait_until("the successor marked in the register", || async {
            let marked = app.client().find_all(Locator::Css("li.selected")).await?;
            Ok(match marked.first() {
                Some(li) => li.attr("data-id").await?.as_deref() == Some(new_id.as_str()),
                None => false,
            })
        })
        .await?;

        // Filtering by status keeps only the superseded end.
        app.find("#filter-status")
            .await?
            .select_by_value("superseded")
            .await?;
        app.wait_until("only the superseded decision", || async {
            Ok(app.count("[data-testid=decision-row]").await? == 1
                && app
                    .text("[data-testid=decision-row]")
                    .await?
                    .contains(old_title))
        })
        .await?;
        app.find("#filter-status").await?.select_by_index(0).await?;
        app.wait_until("both decisions again", || async {
            Ok(app.count("[data-testid=decision-row]").await? == 2)
        })
        .await
    });
}

/// Creates a committee through its form and waits for its page.
async fn new_committee(app: &App, name: &str) -> Step {
    app.click("a[href='#/committees']").await?;
    app.click("#new-committee").await?;
    app.find("[role=dialog]").await?;
    app.type_into("#field-name", name).await?;
    save_and_close(app).await?;
    app.wait_until("the committee's page", || async {
        Ok(app.text("h1").await? == name)
    })
    .await
}

/// Records a decided decision from the register, optionally superseding `supersedes`.
async fn record_decision(app: &App, title: &str, on: &str, supersedes: Option<&str>) -> Step {
    app.click("#new-decision").await?;
    app.find("[role=dialog]").await?;
    app.type_into("#field-title", title).await?;
    app.type_into("#field-decided_by", "KM Steering Committee")
        .await?;
    app.type_into("#field-decided_on", on).await?;
    if let Some(id) = supersedes {
        let select = app.find("#field-supersedes_id").await?;
        app.wait_until("the older decision offered to supersede", || async {
            Ok(app
                .count(&format!("#field-supersedes_id option[value='{id}']"))
                .await?
                == 1)
        })
        .await?;
        select.select_by_value(id).await?;
    }
    save_and_close(app).await?;
    app.wait_until(&format!("{title:?} in the register"), || async {
        Ok(app.text(".register").await?.contains(title))
    })
    .await
}

async fn save_and_close(app: &App) -> Step {
    app.click("#save").await?;
    app.wait_until("the dialog to close", || async {
        Ok(app.count("[role=dialog]").await? == 0)
    })
    .await
}

/// Waits until the meeting screen lists exactly `titles`, in order.
async fn wait_for_agenda(app: &App, titles: &[&str]) -> Step {
    app.wait_until(&format!("the agenda {titles:?}"), || async {
        let items = app
            .client()
            .find_all(Locator::Css("[data-testid=agenda-item] .title"))
            .await?;
        let mut shown = Vec::new();
        for item in items {
            shown.push(item.text().await?);
        }
        Ok(shown == titles)
    })
    .await
}

/// Whether some element matching `css` shows every one of `needles`.
async fn any_row(app: &App, css: &str, needles: &[&str]) -> Step<bool> {
    for row in app.client().find_all(Locator::Css(css)).await? {
        let text = row.text().await?;
        if needles.iter().all(|n| text.contains(n)) {
            return Ok(true);
        }
    }
    Ok(false)
}
