//! The engine as a whole: determinism and order, the JSON shape, acknowledgements and snoozes
//! (hidden until the facts or the date change), what-if departures (nothing written, candidates
//! ranked as specified), and touchpoints and settings feeding the engine.

use crate::warnings_support::{d, healthy, Fx};
use sponsor_desk_core::settings::{self, Settings};
use sponsor_desk_core::touchpoints::{self, TouchpointInput, TouchpointKind};
use sponsor_desk_core::warnings::{self, AckInput, Severity, SubjectKind, Warning, WarningCode};
use sponsor_desk_core::ErrorCode;

const AS_OF: &str = "2026-06-01";

/// A portfolio where most rules fire at least once.
fn busy_portfolio(fx: &Fx) {
    let (lessons, exec, line, unit) = healthy(fx, "Lessons Learned");
    let web = fx.unit("Web", None);
    fx.spans(lessons, unit);
    fx.spans(lessons, web);
    fx.status(exec, "departing", Some("2026-07-15"));
    fx.touchpoint("2026-05-01", &[line], Some("champion"), None);
    fx.touchpoint("2026-05-26", &[line], Some("skeptic"), Some("2026-05-28"));

    let wiki = fx.initiative("wiki");
    let ada = fx.sponsor("Ada", web, 1);
    fx.sponsorship(ada, wiki, "executive_sponsor", "2025-01-01");
    let orphan = fx.initiative("Orphan");
    let gone = fx.sponsor("Gone", web, 2);
    fx.status(gone, "departed", Some("2026-03-01"));
    fx.sponsorship(gone, orphan, "executive_sponsor", "2025-01-01");
    let zed = fx.initiative("Zed");
    let cam = fx.sponsor("Cam", web, 3);
    fx.sponsorship(cam, zed, "line_manager_sponsor", "2026-01-01");
    // Ada carries 2 of the 4 active initiatives.
    fx.sponsorship(ada, zed, "champion", "2026-01-01");
}

fn key(w: &Warning) -> (Severity, &'static str, String, String, &'static str, i64) {
    (
        w.severity,
        w.code.as_str(),
        w.subject.name.to_lowercase(),
        w.subject.name.clone(),
        w.subject.kind.as_str(),
        w.subject.id,
    )
}

#[test]
fn same_data_and_date_give_the_same_warnings_in_a_stable_order() {
    let fx = Fx::new();
    busy_portfolio(&fx);
    let first = fx.warnings(AS_OF);
    let second = fx.warnings(AS_OF);
    assert_eq!(first, second);
    let snapshot = warnings::load_snapshot(fx.store.conn()).expect("snapshot");
    let pure = warnings::evaluate(&snapshot, &Settings::default(), d(AS_OF));
    assert_eq!(pure, first);
    assert_eq!(
        pure,
        warnings::evaluate(&snapshot, &Settings::default(), d(AS_OF))
    );

    let keys: Vec<_> = first.iter().map(key).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(
        keys, sorted,
        "ordered by severity, code, subject name, kind, id"
    );
    // Subject names sort ignoring case: "wiki" between "Orphan" and "Zed" where codes tie.
    let codes: std::collections::BTreeSet<WarningCode> = first.iter().map(|w| w.code).collect();
    for code in [
        WarningCode::Orphaned,
        WarningCode::TierGap,
        WarningCode::SinglePoint,
        WarningCode::DepartingUncovered,
        WarningCode::DepartedUnreplaced,
        WarningCode::PetProject,
        WarningCode::UnitGap,
        WarningCode::Concentration,
        WarningCode::StaleEngagement,
        WarningCode::StanceSlipping,
        WarningCode::FollowUpOverdue,
    ] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
    let severities: Vec<Severity> = first.iter().map(|w| w.severity).collect();
    assert_eq!(severities.first(), Some(&Severity::Critical));
    assert_eq!(severities.last(), Some(&Severity::Info));
    // At most one warning per code and subject.
    let unique: std::collections::BTreeSet<_> = first.iter().map(|w| w.key()).collect();
    assert_eq!(unique.len(), first.len());
}

#[test]
fn warnings_serialize_as_the_cli_contract_says() {
    let fx = Fx::new();
    let initiative = fx.initiative("Wiki");
    let found = fx.with_code(AS_OF, WarningCode::Orphaned);
    let json = serde_json::to_value(&found[0]).expect("json");
    assert_eq!(json["code"], "orphaned");
    assert_eq!(json["severity"], "critical");
    assert_eq!(
        json["subject"],
        serde_json::json!({"kind": "initiative", "id": initiative, "name": "Wiki"})
    );
    for field in ["message", "reason", "suggestion", "fingerprint"] {
        assert!(
            json[field].as_str().is_some_and(|s| !s.is_empty()),
            "{field}"
        );
    }
    assert_eq!(json["acknowledged"], false);
    assert_eq!(json["snoozed_until"], serde_json::Value::Null);
    let fx = Fx::new();
    let unit = fx.unit("Web", None);
    let sam = fx.sponsor("Sam", unit, 1);
    let wiki = fx.initiative("Wiki");
    fx.sponsorship(sam, wiki, "executive_sponsor", "2026-01-01");
    let t = fx.touchpoint("2026-05-01", &[sam], None, Some("2026-05-02"));
    let found = fx.with_code(AS_OF, WarningCode::FollowUpOverdue);
    let json = serde_json::to_value(&found[0]).expect("json");
    assert_eq!(json["code"], "follow-up-overdue");
    assert_eq!(json["subject"]["kind"], "touchpoint");
    assert_eq!(json["subject"]["id"], t);
}

#[test]
fn fingerprints_do_not_move_with_the_date_alone() {
    let fx = Fx::new();
    let unit = fx.unit("Web", None);
    let sam = fx.sponsor("Sam", unit, 1);
    let wiki = fx.initiative("Wiki");
    fx.sponsorship(sam, wiki, "executive_sponsor", "2025-01-01");
    fx.touchpoint("2026-01-01", &[sam], None, None);
    let early = fx.with_code(AS_OF, WarningCode::StaleEngagement);
    let late = fx.with_code("2026-07-01", WarningCode::StaleEngagement);
    assert_ne!(early[0].message, late[0].message);
    assert_eq!(early[0].fingerprint, late[0].fingerprint);
}

fn ack_of(w: &Warning) -> AckInput {
    AckInput {
        code: w.code,
        subject_kind: w.subject.kind,
        subject_id: w.subject.id,
        fingerprint: w.fingerprint.clone(),
    }
}

#[test]
fn an_acknowledged_warning_stays_hidden_until_its_facts_change() {
    let mut fx = Fx::new();
    let (initiative, _, line, unit) = healthy(&fx, "Lessons Learned");
    fx.exec(
        "UPDATE sponsorships SET end_date = '2026-05-01' WHERE sponsor_id = ?1",
        [line],
    );
    let gap = fx.with_code(AS_OF, WarningCode::TierGap).remove(0);
    fx.store
        .write(|tx| warnings::acknowledge(tx, &ack_of(&gap)))
        .expect("ack");

    assert!(fx.with_code(AS_OF, WarningCode::TierGap).is_empty());
    assert!(
        fx.with_code("2026-09-01", WarningCode::TierGap).is_empty(),
        "days pass, still hidden"
    );
    let all = warnings::list_with_hidden(fx.store.conn(), d(AS_OF)).expect("list");
    let hidden: Vec<&Warning> = all
        .iter()
        .filter(|w| w.code == WarningCode::TierGap)
        .collect();
    assert_eq!(hidden.len(), 1);
    assert!(hidden[0].acknowledged && hidden[0].is_hidden());

    // Unrelated changes keep it hidden.
    let other = fx.sponsor("Other", unit, 2);
    fx.sponsorship(other, initiative, "champion", "2026-01-01");
    assert!(fx.with_code(AS_OF, WarningCode::TierGap).is_empty());

    // The facts behind it change: now two lines are short.
    fx.require(initiative, 1, 0, 0, 1, 1);
    let back = fx.with_code(AS_OF, WarningCode::TierGap);
    assert_eq!(back.len(), 1);
    assert!(!back[0].acknowledged);
    assert_ne!(back[0].fingerprint, gap.fingerprint);
}

#[test]
fn a_resolved_then_recurring_warning_comes_back() {
    let mut fx = Fx::new();
    let (initiative, exec, _, unit) = healthy(&fx, "Lessons Learned");
    fx.status(exec, "departed", Some("2026-05-01"));
    let orphaned = fx.with_code(AS_OF, WarningCode::Orphaned).remove(0);
    fx.store
        .write(|tx| warnings::acknowledge(tx, &ack_of(&orphaned)))
        .expect("ack");
    assert!(fx.with_code(AS_OF, WarningCode::Orphaned).is_empty());
    // A new executive comes and goes: orphaned again, on other facts.
    let next = fx.sponsor("Next Exec", unit, 1);
    let s = fx.sponsorship(next, initiative, "executive_sponsor", "2026-05-02");
    fx.end(s, "2026-05-20");
    assert_eq!(fx.subjects(AS_OF, WarningCode::Orphaned), [initiative]);
}

#[test]
fn a_snoozed_warning_returns_on_its_date() {
    let mut fx = Fx::new();
    let (_, _, line, _) = healthy(&fx, "Lessons Learned");
    fx.exec(
        "UPDATE sponsorships SET end_date = '2026-05-01' WHERE sponsor_id = ?1",
        [line],
    );
    let gap = fx.with_code(AS_OF, WarningCode::TierGap).remove(0);
    let ack = fx
        .store
        .write(|tx| warnings::snooze(tx, &ack_of(&gap), d("2026-06-10"), d(AS_OF)))
        .expect("snooze");
    assert_eq!(ack.snoozed_until, Some(d("2026-06-10")));
    assert!(fx.with_code(AS_OF, WarningCode::TierGap).is_empty());
    assert!(fx.with_code("2026-06-09", WarningCode::TierGap).is_empty());
    let hidden = warnings::list_with_hidden(fx.store.conn(), d("2026-06-09")).expect("list");
    let snoozed: Vec<_> = hidden
        .iter()
        .filter(|w| w.code == WarningCode::TierGap)
        .collect();
    assert_eq!(snoozed[0].snoozed_until, Some(d("2026-06-10")));
    assert!(!snoozed[0].acknowledged);
    assert_eq!(fx.with_code("2026-06-10", WarningCode::TierGap).len(), 1);
}

#[test]
fn a_snoozed_warning_returns_early_when_its_facts_change() {
    let mut fx = Fx::new();
    let (initiative, _, line, _) = healthy(&fx, "Lessons Learned");
    fx.exec(
        "UPDATE sponsorships SET end_date = '2026-05-01' WHERE sponsor_id = ?1",
        [line],
    );
    let gap = fx.with_code(AS_OF, WarningCode::TierGap).remove(0);
    fx.store
        .write(|tx| warnings::snooze(tx, &ack_of(&gap), d("2026-12-31"), d(AS_OF)))
        .expect("snooze");
    fx.require(initiative, 1, 0, 0, 2, 0);
    assert_eq!(fx.with_code(AS_OF, WarningCode::TierGap).len(), 1);
}

#[test]
fn a_snooze_date_today_or_past_is_refused_and_nothing_is_written() {
    let mut fx = Fx::new();
    let initiative = fx.initiative("Wiki");
    let orphaned = fx.with_code(AS_OF, WarningCode::Orphaned).remove(0);
    let before = fx.table_counts();
    for until in ["2026-06-01", "2026-05-01"] {
        let err = fx
            .store
            .write(|tx| warnings::snooze(tx, &ack_of(&orphaned), d(until), d(AS_OF)))
            .expect_err("past snooze");
        assert_eq!(err.code(), ErrorCode::Validation);
        assert_eq!(err.field(), Some("snoozed_until"));
    }
    assert_eq!(fx.table_counts(), before);
    assert_eq!(fx.subjects(AS_OF, WarningCode::Orphaned), [initiative]);
}

#[test]
fn unhide_shows_a_warning_again_and_records_history() {
    let mut fx = Fx::new();
    let initiative = fx.initiative("Wiki");
    let orphaned = fx.with_code(AS_OF, WarningCode::Orphaned).remove(0);
    fx.store
        .write(|tx| warnings::acknowledge(tx, &ack_of(&orphaned)))
        .expect("ack");
    assert_eq!(warnings::list_acks(fx.store.conn()).expect("acks").len(), 1);
    fx.store
        .write(|tx| {
            warnings::unhide(
                tx,
                WarningCode::Orphaned,
                SubjectKind::Initiative,
                initiative,
            )
        })
        .expect("unhide");
    assert_eq!(fx.subjects(AS_OF, WarningCode::Orphaned), [initiative]);
    let err = fx
        .store
        .write(|tx| {
            warnings::unhide(
                tx,
                WarningCode::Orphaned,
                SubjectKind::Initiative,
                initiative,
            )
        })
        .expect_err("nothing to unhide");
    assert_eq!(err.code(), ErrorCode::NotFound);
    let history: i64 = fx
        .store
        .conn()
        .query_row(
            "SELECT count(*) FROM history WHERE entity = 'warning_acks'",
            [],
            |r| r.get(0),
        )
        .expect("history");
    assert_eq!(history, 2);
}

/// An initiative whose tier-1 executive (in Sales) is about to leave, with a field of possible
/// successors. Returns (initiative, leaving executive, ids by name).
fn succession(fx: &Fx) -> (i64, i64, std::collections::HashMap<&'static str, i64>) {
    let sales = fx.unit("Sales", None);
    let web = fx.unit("Web", None);
    let initiative = fx.initiative("Lessons Learned");
    let alex = fx.sponsor("Alex Exec", sales, 1);
    fx.sponsorship(alex, initiative, "executive_sponsor", "2025-01-01");
    let lena = fx.sponsor("Lena Line", web, 3);
    fx.sponsorship(lena, initiative, "line_manager_sponsor", "2025-01-01");
    let mut ids = std::collections::HashMap::new();
    // Named successor, other unit, lukewarm: first all the same.
    let bo = fx.sponsor("Bo Waiting", web, 2);
    fx.stance(bo, "neutral", 1);
    fx.sponsorship(bo, initiative, "successor_in_waiting", "2026-01-01");
    ids.insert("bo", bo);
    // Sponsored the initiative before, other unit: second.
    let hal = fx.sponsor("Hal Former", web, 2);
    fx.stance(hal, "skeptic", 2);
    let old = fx.sponsorship(hal, initiative, "champion", "2025-01-01");
    fx.end(old, "2025-12-31");
    ids.insert("hal", hal);
    // Same unit as the leaver: by stance, then influence.
    let dee = fx.sponsor("Dee Sales", sales, 1);
    fx.stance(dee, "supporter", 4);
    ids.insert("dee", dee);
    let cy = fx.sponsor("Cy Sales", sales, 2);
    fx.stance(cy, "neutral", 5);
    ids.insert("cy", cy);
    let cat = fx.sponsor("Cat Sales", sales, 2);
    fx.stance(cat, "neutral", 2);
    ids.insert("cat", cat);
    // Other unit, warm and influential: after everyone in Sales.
    let eve = fx.sponsor("Eve Web", web, 2);
    fx.stance(eve, "champion", 5);
    ids.insert("eve", eve);
    // Never candidates: wrong tier, leaving too, or already gone.
    let fay = fx.sponsor("Fay Sales", sales, 3);
    fx.stance(fay, "champion", 5);
    ids.insert("fay", fay);
    let gil = fx.sponsor("Gil Leaving", sales, 2);
    fx.status(gil, "departing", Some("2027-01-01"));
    ids.insert("gil", gil);
    let hugo = fx.sponsor("Hugo Gone", sales, 1);
    fx.status(hugo, "departed", Some("2026-01-01"));
    ids.insert("hugo", hugo);
    (initiative, alex, ids)
}

#[test]
fn what_if_writes_nothing() {
    let fx = Fx::new();
    let (_, alex, _) = succession(&fx);
    busy_portfolio(&fx);
    let before = fx.table_counts();
    let changes_before: i64 = fx
        .store
        .conn()
        .query_row("SELECT total_changes()", [], |r| r.get(0))
        .expect("changes");
    let result = warnings::what_if(fx.store.conn(), &[alex], d("2026-07-01")).expect("what-if");
    assert!(!result.new_warnings.is_empty());
    let changes_after: i64 = fx
        .store
        .conn()
        .query_row("SELECT total_changes()", [], |r| r.get(0))
        .expect("changes");
    assert_eq!(changes_before, changes_after);
    assert_eq!(fx.table_counts(), before);
    // And the sponsor is untouched.
    let status: String = fx
        .store
        .conn()
        .query_row("SELECT status FROM sponsors WHERE id = ?1", [alex], |r| {
            r.get(0)
        })
        .expect("status");
    assert_eq!(status, "active");
}

#[test]
fn what_if_shows_new_warnings_lost_coverage_and_ranked_successors() {
    let fx = Fx::new();
    let (initiative, alex, ids) = succession(&fx);
    let result = warnings::what_if(fx.store.conn(), &[alex], d("2026-07-01")).expect("what-if");

    let new: Vec<(WarningCode, i64)> = result
        .new_warnings
        .iter()
        .map(|w| (w.code, w.subject.id))
        .collect();
    assert!(
        new.contains(&(WarningCode::Orphaned, initiative)),
        "{new:?}"
    );
    assert!(
        new.contains(&(WarningCode::DepartedUnreplaced, alex)),
        "{new:?}"
    );
    assert!(
        !new.iter()
            .any(|(c, _)| *c == WarningCode::DepartingUncovered),
        "{new:?}"
    );

    assert_eq!(result.initiatives_losing_coverage.len(), 1);
    let lost = &result.initiatives_losing_coverage[0];
    assert_eq!(
        (lost.id, lost.name.as_str()),
        (initiative, "Lessons Learned")
    );
    let lines: Vec<(&str, u8, u8, u8)> = lost
        .lines
        .iter()
        .map(|l| (l.key.as_str(), l.required, l.before, l.after))
        .collect();
    assert_eq!(lines, [("executive", 1, 1, 0)]);
    assert_eq!(lost.lost_sponsors.len(), 1);
    assert_eq!(lost.lost_sponsors[0].id, alex);

    assert_eq!(result.successor_candidates.len(), 1);
    let ranked = &result.successor_candidates[0];
    assert_eq!(ranked.initiative.id, initiative);
    let order: Vec<i64> = ranked.candidates.iter().map(|c| c.sponsor.id).collect();
    assert_eq!(
        order,
        [ids["bo"], ids["hal"], ids["dee"], ids["cy"], ids["cat"], ids["eve"]],
        "{:#?}",
        ranked.candidates
    );
    let scores: Vec<i64> = ranked.candidates.iter().map(|c| c.score).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    assert!(
        ranked.candidates[0].why.contains("successor-in-waiting"),
        "{}",
        ranked.candidates[0].why
    );
    assert!(ranked.candidates[1]
        .why
        .contains("sponsored Lessons Learned before"));
    assert!(ranked.candidates[2]
        .why
        .contains("same org unit as Alex Exec (Sales)"));
    assert_eq!(ranked.candidates[2].sponsor.tier, 1);
}

#[test]
fn what_if_json_has_the_cli_shape() {
    let fx = Fx::new();
    let (_, alex, _) = succession(&fx);
    let result = warnings::what_if(fx.store.conn(), &[alex], d("2026-07-01")).expect("what-if");
    let json = serde_json::to_value(&result).expect("json");
    let keys: Vec<&str> = json
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "initiatives_losing_coverage",
            "new_warnings",
            "successor_candidates"
        ]
    );
    let first = &json["successor_candidates"][0];
    assert!(first["initiative"]["id"].is_i64() && first["initiative"]["name"].is_string());
    let candidate = &first["candidates"][0];
    assert!(candidate["sponsor"]["id"].is_i64());
    assert!(candidate["sponsor"]["name"].is_string());
    assert!(candidate["sponsor"]["tier"].is_u64());
    assert!(candidate["score"].is_i64() && candidate["why"].is_string());
}

#[test]
fn what_if_on_an_already_departing_sponsor_compares_with_them_in_post() {
    let fx = Fx::new();
    let (initiative, alex, _) = succession(&fx);
    fx.status(alex, "departing", Some("2026-07-01"));
    let result = warnings::what_if(fx.store.conn(), &[alex], d("2026-07-01")).expect("what-if");
    assert_eq!(result.initiatives_losing_coverage.len(), 1);
    assert_eq!(result.initiatives_losing_coverage[0].id, initiative);
}

#[test]
fn what_if_refuses_unknown_or_missing_sponsors() {
    let fx = Fx::new();
    let (_, alex, _) = succession(&fx);
    let err = warnings::what_if(fx.store.conn(), &[alex, 9999], d(AS_OF)).expect_err("unknown");
    assert_eq!(err.code(), ErrorCode::NotFound);
    assert!(err.to_string().contains("9999"), "{err}");
    let err = warnings::what_if(fx.store.conn(), &[], d(AS_OF)).expect_err("empty");
    assert_eq!(err.code(), ErrorCode::Validation);
}

#[test]
fn a_sponsor_with_another_executive_loses_nothing_in_a_what_if() {
    let fx = Fx::new();
    let (initiative, exec, _, unit) = healthy(&fx, "Lessons Learned");
    let other = fx.sponsor("Other Exec", unit, 2);
    fx.sponsorship(other, initiative, "executive_sponsor", "2026-01-01");
    let result = warnings::what_if(fx.store.conn(), &[exec], d(AS_OF)).expect("what-if");
    assert!(result.initiatives_losing_coverage.is_empty());
    assert!(result.successor_candidates.is_empty());
}

#[test]
fn logging_a_touchpoint_clears_stale_engagement() {
    let mut fx = Fx::new();
    let unit = fx.unit("Web", None);
    let sam = fx.sponsor("Sam", unit, 1);
    let wiki = fx.initiative("Wiki");
    fx.sponsorship(sam, wiki, "executive_sponsor", "2025-01-01");
    assert_eq!(fx.subjects(AS_OF, WarningCode::StaleEngagement), [sam]);
    let input = TouchpointInput {
        occurred_on: Some(d("2026-05-30")),
        kind: TouchpointKind::OneToOneBrief,
        summary: "Walked through the Q3 plan".into(),
        stance_observed: None,
        follow_up_on: None,
        sponsor_ids: vec![sam],
        items: Vec::new(),
    };
    fx.store
        .write(|tx| touchpoints::create(tx, &input))
        .expect("log touchpoint");
    assert!(fx.with_code(AS_OF, WarningCode::StaleEngagement).is_empty());
}

#[test]
fn settings_are_validated_and_a_refused_save_writes_nothing() {
    let mut fx = Fx::new();
    assert_eq!(
        settings::get(fx.store.conn()).expect("get"),
        Settings::default()
    );
    let before = fx.table_counts();
    let bad = Settings {
        horizon_days: 731,
        concentration_percent: 0,
        ..Settings::default()
    };
    let err = fx
        .store
        .write(|tx| settings::set(tx, &bad))
        .expect_err("invalid");
    assert_eq!(err.code(), ErrorCode::Validation);
    let fields: Vec<String> = err.field_errors().into_iter().map(|e| e.field).collect();
    assert_eq!(fields, ["horizon_days", "concentration_percent"]);
    assert_eq!(fx.table_counts(), before);

    let good = Settings {
        horizon_days: 730,
        ..Settings::default()
    };
    let saved = fx.store.write(|tx| settings::set(tx, &good)).expect("save");
    assert_eq!(saved, good);
    assert_eq!(settings::get(fx.store.conn()).expect("get"), good);
}
