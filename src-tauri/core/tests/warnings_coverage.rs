//! Coverage rules on real SQLite fixtures: orphaned, tier-gap, single-point, pet-project and
//! unit-gap, each where it fires and where it just does not.

use crate::warnings_support::{healthy, Fx};
use sponsor_desk_core::warnings::{Severity, SubjectKind, WarningCode};

const AS_OF: &str = "2026-06-01";

#[test]
fn a_healthy_initiative_has_no_coverage_or_turnover_warnings() {
    let fx = Fx::new();
    healthy(&fx, "Lessons Learned");
    let codes: Vec<WarningCode> = fx.warnings(AS_OF).iter().map(|w| w.code).collect();
    // One initiative: each of its two sponsors carries 100% of the portfolio.
    assert_eq!(
        codes,
        [WarningCode::Concentration, WarningCode::Concentration]
    );
}

#[test]
fn orphaned_when_the_executive_sponsorship_ended_the_day_before() {
    let fx = Fx::new();
    let (initiative, exec, _, _) = healthy(&fx, "Lessons Learned");
    let s = fx.sponsorship(exec, initiative, "champion", "2026-01-01");
    fx.exec("DELETE FROM sponsorships WHERE id = ?1", [s]);
    fx.exec(
        "UPDATE sponsorships SET end_date = '2026-05-31' WHERE sponsor_id = ?1",
        [exec],
    );
    let found = fx.with_code(AS_OF, WarningCode::Orphaned);
    assert_eq!(found.len(), 1);
    let w = &found[0];
    assert_eq!(w.severity, Severity::Critical);
    assert_eq!(
        (w.subject.kind, w.subject.id),
        (SubjectKind::Initiative, initiative)
    );
    assert_eq!(w.message, "Lessons Learned has no active executive sponsor");
    assert!(w.reason.starts_with("orphaned: "), "{}", w.reason);
    assert!(w.reason.contains("ended on 2026-05-31"), "{}", w.reason);
    assert!(
        w.suggestion.contains("tier-1 or tier-2 leader"),
        "{}",
        w.suggestion
    );
}

#[test]
fn not_orphaned_on_the_last_day_of_the_executive_sponsorship() {
    let fx = Fx::new();
    let (_, exec, _, _) = healthy(&fx, "Lessons Learned");
    fx.exec(
        "UPDATE sponsorships SET end_date = '2026-06-01' WHERE sponsor_id = ?1",
        [exec],
    );
    assert!(fx.with_code(AS_OF, WarningCode::Orphaned).is_empty());
}

#[test]
fn a_departing_executive_counts_until_the_departure_date() {
    let fx = Fx::new();
    let (initiative, exec, _, _) = healthy(&fx, "Lessons Learned");
    fx.status(exec, "departing", Some("2026-06-02"));
    assert!(fx.with_code(AS_OF, WarningCode::Orphaned).is_empty());
    fx.status(exec, "departing", Some("2026-06-01"));
    assert_eq!(fx.subjects(AS_OF, WarningCode::Orphaned), [initiative]);
}

#[test]
fn departed_and_role_changed_executives_do_not_count() {
    for status in ["departed", "role_changed"] {
        let fx = Fx::new();
        let (initiative, exec, _, _) = healthy(&fx, "Lessons Learned");
        fx.status(exec, status, Some("2026-05-01"));
        assert_eq!(
            fx.subjects(AS_OF, WarningCode::Orphaned),
            [initiative],
            "{status}"
        );
    }
}

#[test]
fn a_tier_2_sponsor_in_any_covering_role_is_an_executive() {
    let fx = Fx::new();
    let (initiative, exec, _, unit) = healthy(&fx, "Lessons Learned");
    fx.status(exec, "departed", Some("2026-05-01"));
    let director = fx.sponsor("Dana Director", unit, 2);
    fx.sponsorship(director, initiative, "champion", "2026-05-01");
    assert!(fx.with_code(AS_OF, WarningCode::Orphaned).is_empty());
}

#[test]
fn a_successor_in_waiting_does_not_cover_but_is_suggested() {
    let fx = Fx::new();
    let (initiative, exec, _, unit) = healthy(&fx, "Lessons Learned");
    fx.status(exec, "departed", Some("2026-05-01"));
    let director = fx.sponsor("Dana Director", unit, 2);
    fx.sponsorship(director, initiative, "successor_in_waiting", "2026-05-01");
    let found = fx.with_code(AS_OF, WarningCode::Orphaned);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].suggestion.contains("Confirm Dana Director"),
        "{}",
        found[0].suggestion
    );
}

#[test]
fn only_active_initiatives_can_be_orphaned() {
    let fx = Fx::new();
    let (initiative, exec, _, _) = healthy(&fx, "Lessons Learned");
    fx.status(exec, "departed", Some("2026-05-01"));
    for status in ["proposed", "on_hold", "completed", "cancelled"] {
        fx.initiative_status(initiative, status);
        assert!(
            fx.with_code(AS_OF, WarningCode::Orphaned).is_empty(),
            "{status}"
        );
    }
}

#[test]
fn tier_gap_names_the_short_line_with_its_counts() {
    let fx = Fx::new();
    let (initiative, _, line, _) = healthy(&fx, "Lessons Learned");
    fx.exec(
        "UPDATE sponsorships SET end_date = '2026-05-31' WHERE sponsor_id = ?1",
        [line],
    );
    let found = fx.with_code(AS_OF, WarningCode::TierGap);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(found[0].subject.id, initiative);
    assert_eq!(
        found[0].message,
        "Lessons Learned is short of tier-3 line managers (0 of 1)"
    );
}

#[test]
fn tier_gap_fires_below_the_requirement_and_not_at_it() {
    let fx = Fx::new();
    let (initiative, _, _, unit) = healthy(&fx, "Lessons Learned");
    fx.require(initiative, 1, 0, 0, 1, 2);
    let first = fx.sponsor("Champion One", unit, 4);
    fx.sponsorship(first, initiative, "champion", "2026-01-01");
    let found = fx.with_code(AS_OF, WarningCode::TierGap);
    assert_eq!(found.len(), 1);
    assert!(
        found[0]
            .message
            .contains("tier-4 operational champions (1 of 2)"),
        "{}",
        found[0].message
    );
    let second = fx.sponsor("Champion Two", unit, 4);
    fx.sponsorship(second, initiative, "champion", "2026-01-01");
    assert!(fx.with_code(AS_OF, WarningCode::TierGap).is_empty());
}

#[test]
fn a_person_counts_once_however_many_roles_they_hold() {
    let fx = Fx::new();
    let (initiative, _, line, _) = healthy(&fx, "Lessons Learned");
    fx.require(initiative, 1, 0, 0, 2, 0);
    fx.sponsorship(line, initiative, "champion", "2026-01-01");
    let found = fx.with_code(AS_OF, WarningCode::TierGap);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].message.contains("(1 of 2)"),
        "{}",
        found[0].message
    );
}

#[test]
fn an_orphaned_initiatives_tier_gap_leaves_the_executive_line_to_orphaned() {
    let fx = Fx::new();
    let unit = fx.unit("Web", None);
    let initiative = fx.initiative("Wiki");
    let champion = fx.sponsor("Cam", unit, 4);
    fx.sponsorship(champion, initiative, "champion", "2026-01-01");
    assert_eq!(fx.subjects(AS_OF, WarningCode::Orphaned), [initiative]);
    let gaps = fx.with_code(AS_OF, WarningCode::TierGap);
    assert_eq!(gaps.len(), 1);
    assert!(
        !gaps[0].message.contains("executive"),
        "{}",
        gaps[0].message
    );
    assert!(gaps[0].message.contains("tier-3"), "{}", gaps[0].message);
}

#[test]
fn single_point_when_one_person_holds_all_the_sponsorship() {
    let fx = Fx::new();
    let unit = fx.unit("Web", None);
    let initiative = fx.initiative("Wiki");
    let exec = fx.sponsor("Ada Exec", unit, 1);
    fx.sponsorship(exec, initiative, "executive_sponsor", "2026-01-01");
    fx.sponsorship(exec, initiative, "champion", "2026-01-01");
    let found = fx.with_code(AS_OF, WarningCode::SinglePoint);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].message,
        "All of Wiki's sponsorship rests on Ada Exec"
    );
    assert!(
        found[0].reason.contains("executive sponsor and champion"),
        "{}",
        found[0].reason
    );
}

#[test]
fn a_successor_in_waiting_removes_the_single_point_once_started() {
    let fx = Fx::new();
    let unit = fx.unit("Web", None);
    let initiative = fx.initiative("Wiki");
    let exec = fx.sponsor("Ada Exec", unit, 1);
    fx.sponsorship(exec, initiative, "executive_sponsor", "2026-01-01");
    let next = fx.sponsor("Ben Next", unit, 2);
    let waiting = fx.sponsorship(next, initiative, "successor_in_waiting", "2026-06-02");
    assert_eq!(fx.subjects(AS_OF, WarningCode::SinglePoint), [initiative]);
    fx.exec(
        "UPDATE sponsorships SET start_date = '2026-06-01' WHERE id = ?1",
        [waiting],
    );
    assert!(fx.with_code(AS_OF, WarningCode::SinglePoint).is_empty());
}

#[test]
fn no_sponsor_at_all_is_orphaned_not_single_point() {
    let fx = Fx::new();
    let initiative = fx.initiative("Wiki");
    assert_eq!(fx.subjects(AS_OF, WarningCode::Orphaned), [initiative]);
    assert!(fx.with_code(AS_OF, WarningCode::SinglePoint).is_empty());
}

#[test]
fn pet_project_when_backed_at_tier_1_only() {
    let fx = Fx::new();
    let unit = fx.unit("Web", None);
    let initiative = fx.initiative("Wiki");
    let exec = fx.sponsor("Ada Exec", unit, 1);
    let champion = fx.sponsor("Cam Champion", unit, 4);
    fx.sponsorship(exec, initiative, "executive_sponsor", "2026-01-01");
    fx.sponsorship(champion, initiative, "champion", "2026-01-01");
    // A tier-2 successor-in-waiting is not support yet.
    let next = fx.sponsor("Ben Next", unit, 2);
    fx.sponsorship(next, initiative, "successor_in_waiting", "2026-01-01");
    let found = fx.with_code(AS_OF, WarningCode::PetProject);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].message, "Wiki is backed at tier 1 only");
    assert!(found[0].reason.contains("Ada Exec"), "{}", found[0].reason);
}

#[test]
fn no_pet_project_with_a_tier_2_or_tier_3_sponsor() {
    for tier in [2, 3] {
        let fx = Fx::new();
        let unit = fx.unit("Web", None);
        let initiative = fx.initiative("Wiki");
        let exec = fx.sponsor("Ada Exec", unit, 1);
        fx.sponsorship(exec, initiative, "executive_sponsor", "2026-01-01");
        let other = fx.sponsor("Other", unit, tier);
        fx.sponsorship(other, initiative, "champion", "2026-01-01");
        assert!(
            fx.with_code(AS_OF, WarningCode::PetProject).is_empty(),
            "tier {tier}"
        );
    }
}

#[test]
fn no_pet_project_without_a_tier_1_sponsor() {
    let fx = Fx::new();
    let unit = fx.unit("Web", None);
    let initiative = fx.initiative("Wiki");
    let champion = fx.sponsor("Cam Champion", unit, 4);
    fx.sponsorship(champion, initiative, "champion", "2026-01-01");
    assert!(fx.with_code(AS_OF, WarningCode::PetProject).is_empty());
}

#[test]
fn unit_gap_names_the_spanned_unit_without_a_sponsor() {
    let fx = Fx::new();
    let (initiative, _, _, sales) = healthy(&fx, "Sales");
    let web = fx.unit("Web", None);
    fx.spans(initiative, sales);
    fx.spans(initiative, web);
    let found = fx.with_code(AS_OF, WarningCode::UnitGap);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Info);
    assert_eq!(found[0].message, "Sales has no sponsor in Web");
}

#[test]
fn a_sponsor_in_a_unit_below_a_spanned_unit_covers_it() {
    let fx = Fx::new();
    let (initiative, _, _, sales) = healthy(&fx, "Sales");
    let web = fx.unit("Web", None);
    let frontend = fx.unit("Frontend", Some(web));
    fx.spans(initiative, sales);
    fx.spans(initiative, web);
    let dev = fx.sponsor("Dev Lead", frontend, 4);
    fx.sponsorship(dev, initiative, "champion", "2026-01-01");
    assert!(fx.with_code(AS_OF, WarningCode::UnitGap).is_empty());
}

#[test]
fn a_single_spanned_unit_is_no_unit_gap() {
    let fx = Fx::new();
    let (initiative, _, _, _) = healthy(&fx, "Sales");
    let web = fx.unit("Web", None);
    fx.spans(initiative, web);
    assert!(fx.with_code(AS_OF, WarningCode::UnitGap).is_empty());
}
