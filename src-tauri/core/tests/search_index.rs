//! Full-text search on a real database file: the FTS5 index follows inserts, updates and deletes
//! of every kind it covers (through the triggers, whoever writes), results are grouped by kind,
//! and hostile queries (FTS5 syntax, unbalanced quotes) are searched literally, never an error.

use crate::evidence_support::{d, quote, sponsor_input, story, Fx};
use sponsor_desk_core::committees::{self, DecisionInput, DecisionStatus};
use sponsor_desk_core::search::{self, SearchHit, SearchKind};
use sponsor_desk_core::sponsors;
use sponsor_desk_core::stories::{self, Consent, StoryInput};
use sponsor_desk_core::touchpoints::{
    self, ItemKind, ItemStatus, TouchpointInput, TouchpointItemInput, TouchpointKind,
};
use sponsor_desk_core::Id;

fn find(fx: &Fx, text: &str) -> Vec<(SearchKind, Id)> {
    search::query(fx.store.conn(), text, 20)
        .unwrap_or_else(|e| panic!("{text:?}: {e}"))
        .into_iter()
        .map(|h| (h.kind, h.id))
        .collect()
}

fn touchpoint(sponsor: Id, summary: &str, items: &[&str]) -> TouchpointInput {
    TouchpointInput {
        occurred_on: Some(d("2026-02-01")),
        kind: TouchpointKind::OneToOneBrief,
        summary: summary.into(),
        stance_observed: None,
        follow_up_on: None,
        sponsor_ids: vec![sponsor],
        items: items
            .iter()
            .map(|t| TouchpointItemInput {
                id: None,
                kind: ItemKind::Ask,
                text: (*t).into(),
                status: ItemStatus::Open,
                resolved_on: None,
            })
            .collect(),
    }
}

fn decision(title: &str, rationale: &str) -> DecisionInput {
    DecisionInput {
        title: title.into(),
        text: String::new(),
        rationale: rationale.into(),
        status: DecisionStatus::Proposed,
        meeting_id: None,
        decided_by: String::new(),
        decided_on: None,
        supersedes_id: None,
        initiative_ids: Vec::new(),
    }
}

#[test]
fn sponsors_are_found_by_name_priorities_and_notes_and_the_index_follows_edits() {
    let mut fx = Fx::new();
    let ada = fx.sponsor("Ada Lovelace", 1, "Reduce onboarding time");
    assert_eq!(find(&fx, "lovelace"), [(SearchKind::Sponsor, ada)]);
    assert_eq!(
        find(&fx, "ONBOARD"),
        [(SearchKind::Sponsor, ada)],
        "prefix, any case"
    );
    let mut input = sponsor_input("Ada Byron", fx.unit, 1);
    input.notes = "Prefers a café meeting before nine".into();
    fx.store
        .write(|tx| sponsors::update(tx, ada, &input))
        .unwrap();
    assert!(find(&fx, "lovelace").is_empty(), "the old name is gone");
    assert!(
        find(&fx, "onboarding").is_empty(),
        "the old priorities are gone"
    );
    assert_eq!(
        find(&fx, "cafe"),
        [(SearchKind::Sponsor, ada)],
        "diacritics folded"
    );
    assert_eq!(find(&fx, "byron café"), [(SearchKind::Sponsor, ada)]);
    fx.store.write(|tx| sponsors::delete(tx, ada)).unwrap();
    assert!(find(&fx, "byron").is_empty());
    assert_eq!(fx.count("search_index"), 0);
}

#[test]
fn touchpoints_are_found_by_summary_and_by_their_asks() {
    let mut fx = Fx::new();
    let ada = fx.sponsor("Ada", 1, "");
    let t = fx
        .store
        .write(|tx| {
            touchpoints::create(
                tx,
                &touchpoint(ada, "Quarterly check-in", &["Open the all-staff meeting"]),
            )
        })
        .unwrap();
    assert_eq!(find(&fx, "quarterly"), [(SearchKind::Touchpoint, t.id)]);
    assert_eq!(find(&fx, "all-staff"), [(SearchKind::Touchpoint, t.id)]);
    let edited = touchpoint(ada, "Quarterly check-in", &["Create an expertise profile"]);
    fx.store
        .write(|tx| touchpoints::update(tx, t.id, &edited))
        .unwrap();
    assert!(
        find(&fx, "all-staff").is_empty(),
        "a removed ask is no longer found"
    );
    assert_eq!(find(&fx, "expertise"), [(SearchKind::Touchpoint, t.id)]);
    fx.reopen();
    assert_eq!(
        find(&fx, "expertise profile"),
        [(SearchKind::Touchpoint, t.id)]
    );
    fx.store.write(|tx| touchpoints::delete(tx, t.id)).unwrap();
    assert!(find(&fx, "quarterly").is_empty());
    assert!(find(&fx, "expertise").is_empty());
    assert_eq!(fx.count("search_index WHERE kind = 'touchpoint'"), 0);
}

#[test]
fn decisions_stories_and_quotes_follow_inserts_updates_and_deletes() {
    let mut fx = Fx::new();
    let dec = fx
        .store
        .write(|tx| {
            committees::decisions::create(
                tx,
                &decision("Fund the portal", "Saves duplicate licences"),
            )
        })
        .unwrap();
    assert_eq!(find(&fx, "licences"), [(SearchKind::Decision, dec.id)]);
    fx.store
        .write(|tx| committees::decisions::update(tx, dec.id, &decision("Fund the wiki", "")))
        .unwrap();
    assert!(find(&fx, "portal").is_empty());
    assert_eq!(find(&fx, "wiki"), [(SearchKind::Decision, dec.id)]);

    let i = fx.initiative("Expert Finder");
    let mut input = story(i, "Expert found in a day", "2026-02-01");
    input.narrative = "The wiki pointed to Ana.".into();
    input.quotes = vec![quote(
        "It saved my week",
        "Ana Ruiz",
        Consent::Pending,
        None,
    )];
    let s = fx.store.write(|tx| stories::create(tx, &input)).unwrap();
    let q = s.quotes[0].id;
    // Grouped by kind: decision before story; the quote is found by its person.
    assert_eq!(
        find(&fx, "wiki"),
        [(SearchKind::Decision, dec.id), (SearchKind::Story, s.id)]
    );
    let hits = search::query(fx.store.conn(), "ruiz", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(
        (hits[0].kind, hits[0].id, hits[0].parent_id),
        (SearchKind::Quote, q, Some(s.id))
    );
    assert_eq!(hits[0].title, "Ana Ruiz, Field engineer");
    let mut edited = StoryInput::from(&s);
    edited.quotes[0].text = "Best tool we have".into();
    edited.headline = "Expert found in an hour".into();
    fx.store
        .write(|tx| stories::update(tx, s.id, &edited))
        .unwrap();
    assert!(find(&fx, "week").is_empty());
    assert_eq!(
        find(&fx, "best tool"),
        [(SearchKind::Quote, q)],
        "same quote id after an edit"
    );
    assert_eq!(find(&fx, "hour"), [(SearchKind::Story, s.id)]);
    edited.quotes.clear();
    fx.store
        .write(|tx| stories::update(tx, s.id, &edited))
        .unwrap();
    assert!(find(&fx, "best").is_empty());
    fx.store.write(|tx| stories::delete(tx, s.id)).unwrap();
    committees::decisions::get(fx.store.conn(), dec.id).unwrap();
    assert_eq!(fx.count("search_index WHERE kind IN ('story', 'quote')"), 0);
}

#[test]
fn hostile_queries_are_searched_literally_and_never_fail() {
    let mut fx = Fx::new();
    let odd = fx.sponsor(
        "Zoë \"Zed\" O'Neil",
        1,
        "NEAR the AND OR NOT column:value *star* ^caret",
    );
    let plain = fx.sponsor("Plain Person", 2, "");
    let hostile = [
        "\"",
        "\"\"",
        "\"\"\"",
        "*",
        "**",
        "\"unbalanced",
        "unbalanced\"",
        "NEAR",
        "NEAR(",
        "NEAR(a b, 2)",
        "a OR",
        "OR",
        "AND",
        "NOT",
        "NOT x",
        "-x",
        "+x",
        "^x",
        "x*",
        "*x",
        "name:zed",
        "{a b}:c",
        "(",
        ")",
        "()",
        "a AND (b",
        ":",
        "'",
        "' OR 1=1 --",
        "\\",
        "\0",
        "\u{e000}",
        "\u{202e}",
        "😀",
        "ª",
        "²",
        "Ⅻ",
        "〇",
        "́",
        "a\"b\"c",
        "\"\"x\"\"",
        "zed\"",
        "  ",
        "",
        ";DROP TABLE sponsors;",
    ];
    for q in hostile {
        search::query(fx.store.conn(), q, 10).unwrap_or_else(|e| panic!("{q:?}: {e}"));
    }
    let long = "x ".repeat(10_000);
    search::query(fx.store.conn(), &long, 10).unwrap();
    // Operators and syntax characters are words like any other.
    for q in [
        "NEAR",
        "near",
        "\"Zed\"",
        "zed\"",
        "o'neil",
        "column:value",
        "*star*",
        "^caret",
        "AND OR",
        "zoe",
    ] {
        assert_eq!(find(&fx, q), [(SearchKind::Sponsor, odd)], "{q:?}");
    }
    assert!(
        find(&fx, "NOT plain").is_empty(),
        "NOT is a word to find, not an operator"
    );
    assert_eq!(find(&fx, "plain person"), [(SearchKind::Sponsor, plain)]);
    assert_eq!(fx.count("sponsors"), 2);
}

#[test]
fn hits_are_grouped_by_kind_limited_per_kind_and_snippets_are_data() {
    let mut fx = Fx::new();
    let mut ids = Vec::new();
    for n in 0..5 {
        let mut input = sponsor_input(&format!("Sponsor {n}"), fx.unit, 1);
        input.notes = format!("<b>portal</b> & {}", "portal ".repeat(n + 1));
        ids.push(
            fx.store
                .write(|tx| Ok(sponsors::create(tx, &input)?.id))
                .unwrap(),
        );
    }
    let i = fx.initiative("Portal");
    let s = fx
        .store
        .write(|tx| stories::create(tx, &story(i, "The portal went live", "2026-01-01")))
        .unwrap();
    let hits: Vec<SearchHit> = search::query(fx.store.conn(), "portal", 3).unwrap();
    let kinds: Vec<SearchKind> = hits.iter().map(|h| h.kind).collect();
    assert_eq!(
        kinds,
        [
            SearchKind::Sponsor,
            SearchKind::Sponsor,
            SearchKind::Sponsor,
            SearchKind::Story
        ]
    );
    assert_eq!(hits[3].id, s.id);
    // Best first within a kind: more mentions rank higher.
    assert_eq!(hits[0].id, ids[4]);
    assert!(hits.windows(2).take(2).all(|w| w[0].rank <= w[1].rank));
    let snippet = &hits[0].snippet;
    assert!(snippet
        .iter()
        .any(|p| p.hit && p.text.eq_ignore_ascii_case("portal")));
    let text: String = snippet.iter().map(|p| p.text.as_str()).collect();
    assert!(text.contains("<b>"), "markup in data stays text: {text}");
    assert!(search::query(fx.store.conn(), "portal", 0)
        .unwrap()
        .is_empty());
}
