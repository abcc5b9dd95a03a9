//! Evidence rules on real SQLite fixtures: quick-win-late (target passed, or planned beyond six
//! months) and story-drought (120 days, boundary included).

use crate::warnings_support::Fx;
use sponsor_desk_core::settings::{self, Settings};
use sponsor_desk_core::warnings::{Severity, SubjectKind, WarningCode};

const AS_OF: &str = "2026-06-01";

#[test]
fn an_open_quick_win_is_late_the_day_after_its_target() {
    let fx = Fx::new();
    let i = fx.initiative("Subscriptions");
    let w = fx.quick_win(
        i,
        "Consolidate journals",
        ("2026-03-01", "2026-06-01"),
        "in_progress",
        None,
    );
    assert!(fx.with_code(AS_OF, WarningCode::QuickWinLate).is_empty());
    let found = fx.with_code("2026-06-02", WarningCode::QuickWinLate);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(
        (found[0].subject.kind, found[0].subject.id),
        (SubjectKind::QuickWin, w)
    );
    assert_eq!(
        found[0].message,
        "Quick win \"Consolidate journals\" missed its target 2026-06-01"
    );
    assert!(
        found[0].reason.contains("still in progress"),
        "{}",
        found[0].reason
    );
}

#[test]
fn delivered_and_dropped_quick_wins_never_warn() {
    let fx = Fx::new();
    let i = fx.initiative("Subscriptions");
    fx.quick_win(
        i,
        "Late but done",
        ("2026-01-01", "2026-03-01"),
        "delivered",
        Some("2026-04-01"),
    );
    fx.quick_win(i, "Given up", ("2026-01-01", "2026-12-31"), "dropped", None);
    assert!(fx.with_code(AS_OF, WarningCode::QuickWinLate).is_empty());
}

#[test]
fn a_target_more_than_six_months_out_is_flagged() {
    let fx = Fx::new();
    let i = fx.initiative("Subscriptions");
    // 31 Jan + 6 months is 31 Jul: exactly six months is fine.
    let w = fx.quick_win(
        i,
        "Expertise profiles",
        ("2026-01-31", "2026-07-31"),
        "planned",
        None,
    );
    assert!(fx.with_code(AS_OF, WarningCode::QuickWinLate).is_empty());
    fx.exec(
        "UPDATE quick_wins SET target_on = '2026-08-01' WHERE id = ?1",
        [w],
    );
    let found = fx.with_code(AS_OF, WarningCode::QuickWinLate);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].message,
        "Quick win \"Expertise profiles\" is planned beyond six months"
    );
}

#[test]
fn story_drought_after_120_days_not_at_120() {
    let fx = Fx::new();
    let i = fx.initiative("Lessons Learned");
    let s = fx.story(i, "2026-02-01");
    assert!(fx.with_code(AS_OF, WarningCode::StoryDrought).is_empty());
    fx.exec(
        "UPDATE stories SET told_on = '2026-01-31' WHERE id = ?1",
        [s],
    );
    let found = fx.with_code(AS_OF, WarningCode::StoryDrought);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Info);
    assert_eq!(
        (found[0].subject.kind, found[0].subject.id),
        (SubjectKind::Initiative, i)
    );
    assert_eq!(
        found[0].message,
        "Lessons Learned has had no success story since 2026-01-31"
    );
    // A story told after the as-of date does not end the drought yet.
    fx.story(i, "2026-06-02");
    assert_eq!(fx.subjects(AS_OF, WarningCode::StoryDrought), [i]);
}

#[test]
fn without_stories_the_clock_starts_at_the_initiatives_start() {
    let fx = Fx::new();
    let i = fx.initiative("Lessons Learned");
    fx.exec(
        "UPDATE initiatives SET start_date = '2026-02-01' WHERE id = ?1",
        [i],
    );
    assert!(fx.with_code(AS_OF, WarningCode::StoryDrought).is_empty());
    fx.exec(
        "UPDATE initiatives SET start_date = '2026-01-31' WHERE id = ?1",
        [i],
    );
    assert_eq!(fx.subjects(AS_OF, WarningCode::StoryDrought), [i]);
    fx.exec(
        "UPDATE initiatives SET start_date = NULL WHERE id = ?1",
        [i],
    );
    let found = fx.with_code(AS_OF, WarningCode::StoryDrought);
    assert_eq!(found[0].message, "Lessons Learned has no success story yet");
}

#[test]
fn only_active_initiatives_need_stories_and_the_drought_is_a_setting() {
    let mut fx = Fx::new();
    let i = fx.initiative("Lessons Learned");
    fx.story(i, "2026-01-01");
    fx.initiative_status(i, "proposed");
    assert!(fx.with_code(AS_OF, WarningCode::StoryDrought).is_empty());
    fx.initiative_status(i, "active");
    assert_eq!(fx.subjects(AS_OF, WarningCode::StoryDrought), [i]);
    let longer = Settings {
        story_drought_days: 151,
        ..Settings::default()
    };
    fx.store
        .write(|tx| settings::set(tx, &longer))
        .expect("save");
    assert!(fx.with_code(AS_OF, WarningCode::StoryDrought).is_empty());
}
