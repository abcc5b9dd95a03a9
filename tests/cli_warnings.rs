//! The `warnings` and `what-if` subcommands against CLI.md: JSON keys and codes, the stable
//! order, determinism, exit codes for unknown sponsors and bad dates, and that a what-if
//! writes nothing. Each test runs the real binary on the small demo in a temp dir.

use crate::support::TempDb;
use serde_json::Value;

/// DOMAIN.md's sixteen codes.
const CODES: [&str; 16] = [
    "orphaned",
    "tier-gap",
    "single-point",
    "departing-uncovered",
    "departed-unreplaced",
    "pet-project",
    "unit-gap",
    "concentration",
    "stale-engagement",
    "stance-slipping",
    "follow-up-overdue",
    "committee-lapsed",
    "decision-stalled",
    "action-overdue",
    "quick-win-late",
    "story-drought",
];

const KINDS: [&str; 7] = [
    "sponsor",
    "initiative",
    "committee",
    "decision",
    "action",
    "quick_win",
    "touchpoint",
];

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

fn warnings(db: &TempDb, as_of: &str) -> (String, Vec<Value>) {
    let out = db
        .run(&["warnings", "--as-of", as_of, "--json"])
        .success()
        .stdout;
    let list = parse(&out)
        .as_array()
        .cloned()
        .unwrap_or_else(|| panic!("warnings --json is not an array:\n{out}"));
    (out, list)
}

fn severity_rank(s: &str) -> u8 {
    match s {
        "critical" => 0,
        "warning" => 1,
        "info" => 2,
        other => panic!("unknown severity {other:?}"),
    }
}

fn str_of<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} is not a string in {v}"))
}

#[test]
fn warnings_json_has_the_contract_keys_in_the_stable_order_and_repeats_exactly() {
    let db = TempDb::with_demo("w.sqlite");
    let (first, list) = warnings(&db, "2026-12-01");
    assert!(!list.is_empty(), "the demo has warnings on 2026-12-01");
    for w in &list {
        let mut keys: Vec<&str> = w
            .as_object()
            .map(|o| o.keys().map(String::as_str).collect())
            .unwrap_or_default();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "code",
                "message",
                "reason",
                "severity",
                "subject",
                "suggestion"
            ],
            "{w}"
        );
        assert!(CODES.contains(&str_of(w, "code")), "{w}");
        severity_rank(str_of(w, "severity"));
        assert!(KINDS.contains(&str_of(&w["subject"], "kind")), "{w}");
        assert!(w["subject"]["id"].is_i64(), "{w}");
        assert!(!str_of(&w["subject"], "name").is_empty(), "{w}");
        for text in ["message", "reason", "suggestion"] {
            assert!(!str_of(w, text).trim().is_empty(), "{text} empty in {w}");
        }
    }
    let order: Vec<(u8, String, String)> = list
        .iter()
        .map(|w| {
            (
                severity_rank(str_of(w, "severity")),
                str_of(w, "code").to_string(),
                str_of(&w["subject"], "name").to_string(),
            )
        })
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted, "severity, then code, then subject name");
    let (second, _) = warnings(&db, "2026-12-01");
    assert_eq!(first, second, "the same data and date give the same output");
}

#[test]
fn warnings_text_is_readable_and_names_each_warning() {
    let db = TempDb::with_demo("w.sqlite");
    let (_, list) = warnings(&db, "2026-12-01");
    let text = db
        .run(&["warnings", "--as-of", "2026-12-01"])
        .success()
        .stdout;
    for w in &list {
        assert!(text.contains(str_of(w, "message")), "{text}");
    }
    assert!(
        text.contains(&format!("{} warning(s) as of 2026-12-01", list.len())),
        "{text}"
    );
}

#[test]
fn a_bad_date_is_a_usage_error_that_names_the_flag_and_the_format() {
    let db = TempDb::with_demo("w.sqlite");
    for (args, flag) in [
        (vec!["warnings", "--as-of", "2026-13-01"], "--as-of"),
        (
            vec!["what-if", "--depart", "1", "--on", "01/12/2026"],
            "--on",
        ),
    ] {
        let run = db.run(&args);
        let code = run.code.unwrap_or(-1);
        assert!(code == 2 || code == 3, "{args:?}: exit {code}");
        assert!(run.stderr.contains(flag), "{}", run.stderr);
        assert!(run.stderr.contains("YYYY-MM-DD"), "{}", run.stderr);
    }
}

/// Idris O'Brien is the demo's only executive sponsor of Expertise Profiles.
fn tier_one_sponsor(db: &TempDb, name: &str) -> i64 {
    let found = db
        .sponsors()
        .into_iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("{name} is in the demo"));
    assert_eq!(found["tier"], 1, "{found}");
    found["id"].as_i64().unwrap_or_default()
}

#[test]
fn what_if_on_a_tier_one_sponsor_lists_new_warnings_lost_coverage_and_ranked_candidates() {
    let db = TempDb::with_demo("w.sqlite");
    let id = tier_one_sponsor(&db, "Idris O'Brien").to_string();
    let before = db.export();
    let out = db
        .run(&["what-if", "--depart", &id, "--on", "2026-12-01", "--json"])
        .success()
        .stdout;
    let result = parse(&out);
    let new = result["new_warnings"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        new.iter().any(|w| w["code"] == "orphaned"),
        "losing the only executive orphans the initiative: {out}"
    );
    for w in &new {
        assert!(CODES.contains(&str_of(w, "code")), "{w}");
        assert!(w.get("fingerprint").is_none(), "contract keys only: {w}");
    }
    let losing = result["initiatives_losing_coverage"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        losing.iter().any(|i| i["name"] == "Expertise Profiles"),
        "{out}"
    );
    let groups = result["successor_candidates"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let group = groups
        .iter()
        .find(|g| g["initiative"]["name"] == "Expertise Profiles")
        .unwrap_or_else(|| panic!("candidates for Expertise Profiles: {out}"));
    let candidates = group["candidates"].as_array().cloned().unwrap_or_default();
    assert!(!candidates.is_empty(), "{out}");
    let scores: Vec<i64> = candidates
        .iter()
        .map(|c| c["score"].as_i64().unwrap_or(i64::MIN))
        .collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "ranked: {scores:?}"
    );
    for c in &candidates {
        assert!(
            c["sponsor"]["id"].is_i64() && c["sponsor"]["name"].is_string(),
            "{c}"
        );
        assert!(!str_of(c, "why").is_empty(), "{c}");
        assert_ne!(
            c["sponsor"]["id"].as_i64(),
            id.parse().ok(),
            "not the leaver"
        );
    }
    // The text form says the same in words.
    let text = db
        .run(&["what-if", "--depart", &id, "--on", "2026-12-01"])
        .success()
        .stdout;
    assert!(
        text.contains("Expertise Profiles") && text.contains("Successor candidates"),
        "{text}"
    );
    assert_eq!(db.export(), before, "a what-if writes nothing");
}

#[test]
fn what_if_on_an_unknown_sponsor_exits_4_naming_it_and_writes_nothing() {
    let db = TempDb::with_demo("w.sqlite");
    let before = db.export();
    let run = db
        .run(&[
            "what-if",
            "--depart",
            "1,9999",
            "--on",
            "2026-12-01",
            "--json",
        ])
        .code(4);
    assert!(run.stderr.contains("9999"), "{}", run.stderr);
    let error = parse(&run.stdout);
    assert_eq!(error["error"]["code"], "not_found", "{}", run.stdout);
    assert!(str_of(&error["error"], "message").contains("9999"));
    assert_eq!(db.export(), before);
}

#[test]
fn what_if_needs_depart() {
    let db = TempDb::with_demo("w.sqlite");
    db.run(&["what-if", "--on", "2026-12-01"]).code(2);
}
