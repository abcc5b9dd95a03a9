//! Engagement rules on real SQLite fixtures: stale-engagement (cadence boundaries per tier),
//! stance-slipping and follow-up-overdue (due date boundary).

use crate::warnings_support::Fx;
use sponsor_desk_core::settings::{self, Cadences, Settings};
use sponsor_desk_core::warnings::{Severity, SubjectKind, WarningCode};

const AS_OF: &str = "2026-06-01";

/// One initiative with a sponsor of `tier`, sponsoring since `since`. Returns the sponsor.
fn sponsor_of_tier(fx: &Fx, tier: u8, since: &str) -> i64 {
    let unit = fx.unit("Web", None);
    let initiative = fx.initiative("Wiki");
    let sponsor = fx.sponsor("Sam Sponsor", unit, tier);
    fx.sponsorship(sponsor, initiative, "executive_sponsor", since);
    sponsor
}

#[test]
fn tier_1_is_stale_after_61_days_not_60() {
    let fx = Fx::new();
    let sam = sponsor_of_tier(&fx, 1, "2025-01-01");
    fx.touchpoint("2026-04-02", &[sam], None, None);
    assert!(fx.with_code(AS_OF, WarningCode::StaleEngagement).is_empty());

    let fx = Fx::new();
    let sam = sponsor_of_tier(&fx, 1, "2025-01-01");
    fx.touchpoint("2026-04-01", &[sam], None, None);
    let found = fx.with_code(AS_OF, WarningCode::StaleEngagement);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(
        (found[0].subject.kind, found[0].subject.id),
        (SubjectKind::Sponsor, sam)
    );
    assert_eq!(
        found[0].message,
        "No touchpoint with Sam Sponsor for 61 days (tier-1 cadence: 60 days)"
    );
    assert!(
        found[0].reason.contains("call on 2026-04-01"),
        "{}",
        found[0].reason
    );
}

#[test]
fn each_tier_has_its_cadence() {
    // (tier, last touchpoint exactly at the cadence, one day older)
    for (tier, at, past) in [
        (2, "2026-04-17", "2026-04-16"),
        (3, "2026-05-02", "2026-05-01"),
        (4, "2026-05-02", "2026-05-01"),
    ] {
        let fx = Fx::new();
        let sam = sponsor_of_tier(&fx, tier, "2025-01-01");
        fx.touchpoint(at, &[sam], None, None);
        assert!(
            fx.with_code(AS_OF, WarningCode::StaleEngagement).is_empty(),
            "tier {tier}"
        );
        fx.exec("UPDATE touchpoints SET occurred_on = ?1", [past]);
        assert_eq!(
            fx.subjects(AS_OF, WarningCode::StaleEngagement),
            [sam],
            "tier {tier}"
        );
    }
}

#[test]
fn without_any_touchpoint_the_clock_starts_with_the_sponsorship() {
    let fx = Fx::new();
    let sam = sponsor_of_tier(&fx, 1, "2026-04-02");
    assert!(fx.with_code(AS_OF, WarningCode::StaleEngagement).is_empty());
    fx.exec("UPDATE sponsorships SET start_date = '2026-04-01'", []);
    let found = fx.with_code(AS_OF, WarningCode::StaleEngagement);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].subject.id, sam);
    assert!(
        found[0]
            .reason
            .contains("no touchpoint since they began sponsoring Wiki on 2026-04-01"),
        "{}",
        found[0].reason
    );
}

#[test]
fn touchpoints_after_the_as_of_date_are_ignored() {
    let fx = Fx::new();
    let sam = sponsor_of_tier(&fx, 1, "2025-01-01");
    fx.touchpoint("2026-04-01", &[sam], None, None);
    fx.touchpoint("2026-06-02", &[sam], None, None);
    assert_eq!(fx.subjects(AS_OF, WarningCode::StaleEngagement), [sam]);
    assert!(fx
        .with_code("2026-06-02", WarningCode::StaleEngagement)
        .is_empty());
}

#[test]
fn only_sponsors_of_live_initiatives_need_engaging() {
    let fx = Fx::new();
    let unit = fx.unit("Web", None);
    // Not sponsoring anything.
    fx.sponsor("Nobody Yet", unit, 1);
    // Sponsoring only a completed initiative.
    let done = fx.initiative("Done");
    fx.initiative_status(done, "completed");
    let past = fx.sponsor("Past Sponsor", unit, 1);
    fx.sponsorship(past, done, "executive_sponsor", "2025-01-01");
    // Departed.
    let gone = sponsor_of_tier(&fx, 1, "2025-01-01");
    fx.status(gone, "departed", Some("2026-05-01"));
    assert!(fx.with_code(AS_OF, WarningCode::StaleEngagement).is_empty());
}

#[test]
fn cadences_are_settings() {
    let mut fx = Fx::new();
    let sam = sponsor_of_tier(&fx, 1, "2025-01-01");
    fx.touchpoint("2026-04-01", &[sam], None, None);
    let relaxed = Settings {
        cadence_days: Cadences {
            tier1: 61,
            ..Cadences::default()
        },
        ..Settings::default()
    };
    fx.store
        .write(|tx| settings::set(tx, &relaxed))
        .expect("save");
    assert!(fx.with_code(AS_OF, WarningCode::StaleEngagement).is_empty());
}

#[test]
fn stance_slipping_when_the_last_observation_is_colder() {
    let fx = Fx::new();
    let sam = sponsor_of_tier(&fx, 1, "2025-01-01");
    fx.touchpoint("2026-05-01", &[sam], Some("supporter"), None);
    fx.touchpoint("2026-05-20", &[sam], Some("neutral"), None);
    // A later touchpoint with no stance observed does not hide the slip.
    fx.touchpoint("2026-05-25", &[sam], None, None);
    let found = fx.with_code(AS_OF, WarningCode::StanceSlipping);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].subject.id, sam);
    assert_eq!(
        found[0].message,
        "Sam Sponsor's stance slipped from supporter to neutral"
    );
    assert!(found[0].reason.contains("2026-05-01") && found[0].reason.contains("2026-05-20"));
}

#[test]
fn no_slip_when_warmer_unchanged_or_observed_once() {
    for stances in [
        vec!["neutral", "supporter"],
        vec!["skeptic", "skeptic"],
        vec!["opponent"],
        vec!["champion", "skeptic", "supporter"],
    ] {
        let fx = Fx::new();
        let sam = sponsor_of_tier(&fx, 1, "2025-01-01");
        for (n, stance) in stances.iter().enumerate() {
            fx.touchpoint(
                &format!("2026-05-{:02}", n + 10),
                &[sam],
                Some(stance),
                None,
            );
        }
        assert!(
            fx.with_code(AS_OF, WarningCode::StanceSlipping).is_empty(),
            "{stances:?}"
        );
    }
}

#[test]
fn a_slip_observed_after_the_as_of_date_is_not_seen_yet() {
    let fx = Fx::new();
    let sam = sponsor_of_tier(&fx, 1, "2025-01-01");
    fx.touchpoint("2026-05-01", &[sam], Some("champion"), None);
    fx.touchpoint("2026-06-02", &[sam], Some("opponent"), None);
    assert!(fx.with_code(AS_OF, WarningCode::StanceSlipping).is_empty());
    assert_eq!(
        fx.subjects("2026-06-02", WarningCode::StanceSlipping),
        [sam]
    );
}

#[test]
fn a_stance_on_a_group_touchpoint_applies_to_each_sponsor() {
    let fx = Fx::new();
    let sam = sponsor_of_tier(&fx, 1, "2025-01-01");
    let unit = fx.unit("Sales", None);
    let kim = fx.sponsor("Kim", unit, 2);
    fx.touchpoint("2026-05-01", &[sam, kim], Some("champion"), None);
    fx.touchpoint("2026-05-02", &[sam, kim], Some("supporter"), None);
    assert_eq!(fx.subjects(AS_OF, WarningCode::StanceSlipping), [kim, sam]);
}

#[test]
fn a_follow_up_is_overdue_the_day_after_it_was_due() {
    let fx = Fx::new();
    let sam = sponsor_of_tier(&fx, 1, "2025-01-01");
    let t = fx.touchpoint("2026-05-20", &[sam], None, Some("2026-06-01"));
    assert!(fx.with_code(AS_OF, WarningCode::FollowUpOverdue).is_empty());
    let found = fx.with_code("2026-06-02", WarningCode::FollowUpOverdue);
    assert_eq!(found.len(), 1);
    let w = &found[0];
    assert_eq!((w.subject.kind, w.subject.id), (SubjectKind::Touchpoint, t));
    assert_eq!(w.subject.name, "Call with Sam Sponsor on 2026-05-20");
    assert_eq!(
        w.message,
        "Follow-up with Sam Sponsor was due on 2026-06-01"
    );
    assert!(
        w.reason.contains("Caught up on the programme"),
        "{}",
        w.reason
    );
}

#[test]
fn a_later_touchpoint_with_any_of_its_sponsors_settles_a_follow_up() {
    let fx = Fx::new();
    let sam = sponsor_of_tier(&fx, 1, "2025-01-01");
    let unit = fx.unit("Sales", None);
    let kim = fx.sponsor("Kim", unit, 2);
    let lee = fx.sponsor("Lee", unit, 2);
    let t = fx.touchpoint("2026-05-01", &[sam, kim], None, Some("2026-05-15"));
    // A touchpoint with someone else does not count.
    fx.touchpoint("2026-05-20", &[lee], None, None);
    assert_eq!(fx.subjects(AS_OF, WarningCode::FollowUpOverdue), [t]);
    fx.touchpoint("2026-05-20", &[kim], None, None);
    assert!(fx.with_code(AS_OF, WarningCode::FollowUpOverdue).is_empty());
}

#[test]
fn no_follow_up_is_owed_to_people_who_left() {
    let fx = Fx::new();
    let sam = sponsor_of_tier(&fx, 1, "2025-01-01");
    fx.touchpoint("2026-05-01", &[sam], None, Some("2026-05-15"));
    fx.status(sam, "departed", Some("2026-05-20"));
    assert!(fx.with_code(AS_OF, WarningCode::FollowUpOverdue).is_empty());
}
