//! Turnover rules on real SQLite fixtures: departing-uncovered (with the horizon boundary),
//! departed-unreplaced and concentration (with the threshold boundary).

use crate::warnings_support::{healthy, Fx};
use sponsor_desk_core::settings::{self, Settings};
use sponsor_desk_core::warnings::{Severity, SubjectKind, WarningCode};

const AS_OF: &str = "2026-06-01";

#[test]
fn departing_uncovered_fires_exactly_at_the_horizon() {
    let fx = Fx::new();
    let (initiative, exec, _, _) = healthy(&fx, "Lessons Learned");
    // 2026-06-01 + 90 days.
    fx.status(exec, "departing", Some("2026-08-30"));
    let found = fx.with_code(AS_OF, WarningCode::DepartingUncovered);
    assert_eq!(found.len(), 1);
    let w = &found[0];
    assert_eq!(w.severity, Severity::Critical);
    assert_eq!((w.subject.kind, w.subject.id), (SubjectKind::Sponsor, exec));
    assert_eq!(
        w.message,
        "Lessons Learned exec leaves on 2026-08-30, uncovering Lessons Learned"
    );
    assert!(
        w.reason.contains("90 days after 2026-06-01"),
        "{}",
        w.reason
    );
    assert!(
        w.reason.contains("no executive sponsor (orphaned)"),
        "{}",
        w.reason
    );
    // Still in post today: no orphaned warning yet.
    assert!(fx.with_code(AS_OF, WarningCode::Orphaned).is_empty());
    let _ = initiative;
}

#[test]
fn departing_uncovered_is_silent_one_day_past_the_horizon() {
    let fx = Fx::new();
    let (_, exec, _, _) = healthy(&fx, "Lessons Learned");
    fx.status(exec, "departing", Some("2026-08-31"));
    assert!(fx
        .with_code(AS_OF, WarningCode::DepartingUncovered)
        .is_empty());
}

#[test]
fn the_horizon_is_a_setting() {
    let mut fx = Fx::new();
    let (_, exec, _, _) = healthy(&fx, "Lessons Learned");
    fx.status(exec, "departing", Some("2026-07-01"));
    assert_eq!(
        fx.with_code(AS_OF, WarningCode::DepartingUncovered).len(),
        1
    );
    let shorter = Settings {
        horizon_days: 29,
        ..Settings::default()
    };
    fx.store
        .write(|tx| settings::set(tx, &shorter))
        .expect("save settings");
    assert!(fx
        .with_code(AS_OF, WarningCode::DepartingUncovered)
        .is_empty());
}

#[test]
fn another_executive_or_a_successor_in_waiting_covers_a_departure() {
    for role in ["champion", "successor_in_waiting"] {
        let fx = Fx::new();
        let (initiative, exec, _, unit) = healthy(&fx, "Lessons Learned");
        fx.status(exec, "departing", Some("2026-07-01"));
        let next = fx.sponsor("Ben Next", unit, 2);
        fx.sponsorship(next, initiative, role, "2026-05-01");
        assert!(
            fx.with_code(AS_OF, WarningCode::DepartingUncovered)
                .is_empty(),
            "{role}"
        );
    }
}

#[test]
fn departures_add_up_and_the_one_that_uncovers_is_named() {
    let fx = Fx::new();
    let (initiative, _, first, unit) = healthy(&fx, "Lessons Learned");
    let second = fx.sponsor("Second Line", unit, 3);
    fx.sponsorship(second, initiative, "line_manager_sponsor", "2026-01-01");
    fx.status(first, "departing", Some("2026-06-10"));
    fx.status(second, "departing", Some("2026-06-20"));
    let found = fx.with_code(AS_OF, WarningCode::DepartingUncovered);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].subject.id, second);
    assert!(
        found[0].reason.contains("tier-3 line managers 0 of 1"),
        "{}",
        found[0].reason
    );
}

#[test]
fn a_sponsorship_ending_before_the_departure_is_not_lost_by_it() {
    let fx = Fx::new();
    let (_, exec, _, _) = healthy(&fx, "Lessons Learned");
    fx.status(exec, "departing", Some("2026-07-01"));
    fx.exec(
        "UPDATE sponsorships SET end_date = '2026-06-30' WHERE sponsor_id = ?1",
        [exec],
    );
    assert!(fx
        .with_code(AS_OF, WarningCode::DepartingUncovered)
        .is_empty());
}

#[test]
fn a_proposed_initiative_losing_its_executive_is_uncovered() {
    let fx = Fx::new();
    let (initiative, exec, _, _) = healthy(&fx, "Lessons Learned");
    fx.initiative_status(initiative, "proposed");
    fx.status(exec, "departing", Some("2026-07-01"));
    let found = fx.with_code(AS_OF, WarningCode::DepartingUncovered);
    assert_eq!(found.len(), 1);
    assert!(
        found[0]
            .reason
            .contains("executive sponsors (tier 1-2) 0 of 1"),
        "{}",
        found[0].reason
    );
}

#[test]
fn departed_unreplaced_while_a_sponsorship_stays_open() {
    let fx = Fx::new();
    let (_, exec, _, _) = healthy(&fx, "Lessons Learned");
    fx.status(exec, "departed", Some("2026-05-01"));
    let found = fx.with_code(AS_OF, WarningCode::DepartedUnreplaced);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Critical);
    assert_eq!(found[0].subject.id, exec);
    assert_eq!(
        found[0].message,
        "Lessons Learned exec left on 2026-05-01 but still holds 1 open sponsorship"
    );
}

#[test]
fn a_sponsorship_ended_on_the_departure_date_is_closed() {
    let fx = Fx::new();
    let (_, exec, _, _) = healthy(&fx, "Lessons Learned");
    fx.status(exec, "departed", Some("2026-05-01"));
    fx.exec(
        "UPDATE sponsorships SET end_date = '2026-05-01' WHERE sponsor_id = ?1",
        [exec],
    );
    assert!(fx
        .with_code(AS_OF, WarningCode::DepartedUnreplaced)
        .is_empty());
    // Ending later than the departure and still running keeps it open.
    fx.exec(
        "UPDATE sponsorships SET end_date = '2026-06-01' WHERE sponsor_id = ?1",
        [exec],
    );
    assert_eq!(fx.subjects(AS_OF, WarningCode::DepartedUnreplaced), [exec]);
}

#[test]
fn a_role_change_is_named_as_such() {
    let fx = Fx::new();
    let (_, exec, _, _) = healthy(&fx, "Lessons Learned");
    fx.status(exec, "role_changed", Some("2026-05-15"));
    let found = fx.with_code(AS_OF, WarningCode::DepartedUnreplaced);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].message.contains("changed role on 2026-05-15"),
        "{}",
        found[0].message
    );
}

#[test]
fn a_departing_sponsor_past_their_date_counts_as_departed() {
    let fx = Fx::new();
    let (_, exec, _, _) = healthy(&fx, "Lessons Learned");
    fx.status(exec, "departing", Some("2026-06-01"));
    assert_eq!(fx.subjects(AS_OF, WarningCode::DepartedUnreplaced), [exec]);
    fx.status(exec, "departing", Some("2026-06-02"));
    assert!(fx
        .with_code(AS_OF, WarningCode::DepartedUnreplaced)
        .is_empty());
}

#[test]
fn finished_initiatives_do_not_keep_a_departed_sponsor_open() {
    for status in ["completed", "cancelled"] {
        let fx = Fx::new();
        let (initiative, exec, _, _) = healthy(&fx, "Lessons Learned");
        fx.status(exec, "departed", Some("2026-05-01"));
        fx.initiative_status(initiative, status);
        assert!(
            fx.with_code(AS_OF, WarningCode::DepartedUnreplaced)
                .is_empty(),
            "{status}"
        );
    }
}

/// Ten active initiatives and two on hold; `carried` of the active ones (and both on-hold
/// ones) are sponsored by one sponsor, returned.
fn portfolio(fx: &Fx, carried: usize) -> i64 {
    let unit = fx.unit("Office of the CEO", None);
    let busy = fx.sponsor("Busy Bee", unit, 1);
    for n in 0..12 {
        let initiative = fx.initiative(&format!("Initiative {n:02}"));
        if n >= 10 {
            fx.initiative_status(initiative, "on_hold");
        }
        if n < carried || n >= 10 {
            fx.sponsorship(busy, initiative, "executive_sponsor", "2026-01-01");
        }
    }
    busy
}

#[test]
fn concentration_exactly_at_the_threshold_does_not_fire() {
    let fx = Fx::new();
    portfolio(&fx, 3);
    assert!(fx.with_code(AS_OF, WarningCode::Concentration).is_empty());
}

#[test]
fn concentration_above_the_threshold_fires() {
    let fx = Fx::new();
    let busy = portfolio(&fx, 4);
    let found = fx.with_code(AS_OF, WarningCode::Concentration);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].subject.id, busy);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(
        found[0].message,
        "Busy Bee carries 4 of 10 active initiatives (40%)"
    );
}

#[test]
fn successor_roles_do_not_count_toward_concentration() {
    let fx = Fx::new();
    let busy = portfolio(&fx, 3);
    let extra = fx.initiative("Initiative 99");
    fx.sponsorship(busy, extra, "successor_in_waiting", "2026-01-01");
    // 3 of 11: still under 30%.
    assert!(fx.with_code(AS_OF, WarningCode::Concentration).is_empty());
}

#[test]
fn the_concentration_threshold_is_a_setting() {
    let mut fx = Fx::new();
    portfolio(&fx, 4);
    let relaxed = Settings {
        concentration_percent: 40,
        ..Settings::default()
    };
    fx.store
        .write(|tx| settings::set(tx, &relaxed))
        .expect("save settings");
    assert!(fx.with_code(AS_OF, WarningCode::Concentration).is_empty());
}
