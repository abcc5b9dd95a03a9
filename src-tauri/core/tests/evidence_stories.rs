//! Success stories on a real database file: quotes need a person and, when consent is given,
//! its date; only consented quotes can be shared; tags, quote ids, usages, the story finder and
//! history.

use crate::evidence_support::{d, fields, quote, story, Fx};
use sponsor_desk_core::history::{self, HistoryAction};
use sponsor_desk_core::sponsorships::SponsorshipRole;
use sponsor_desk_core::stories::{self, Consent, Impact, StoryInput, UsageInput, UsageKind};
use sponsor_desk_core::ErrorCode;

fn nothing_written(fx: &Fx) {
    for table in [
        "stories",
        "story_quotes",
        "story_tags",
        "story_impacts",
        "story_usages",
    ] {
        assert_eq!(fx.count(table), 0, "{table}");
    }
    assert_eq!(fx.count("history WHERE entity LIKE 'stor%'"), 0);
    assert_eq!(fx.count("search_index WHERE kind IN ('story', 'quote')"), 0);
}

fn with_quote(fx: &mut Fx, consent: Consent, on: Option<&str>) -> StoryInput {
    let i = fx.initiative("Expert Finder");
    let mut input = story(i, "Found the expert in a day", "2026-02-01");
    input.quotes = vec![quote("It saved my week.", "Ana Ruiz", consent, on)];
    input
}

#[test]
fn a_quote_without_a_person_is_refused_and_nothing_is_written() {
    let mut fx = Fx::new();
    let mut input = with_quote(&mut fx, Consent::Pending, None);
    input.quotes[0].person_name = "   ".into();
    input.tags = vec!["Onboarding".into()];
    let err = fx
        .store
        .write(|tx| stories::create(tx, &input))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    let errors = err.field_errors();
    assert_eq!(errors[0].field, "quotes[0].person_name");
    assert_eq!(
        errors[0].message,
        "The name of the person quoted is required; type at least one character"
    );
    nothing_written(&fx);
}

#[test]
fn consent_given_needs_its_date_and_pending_has_none() {
    let mut fx = Fx::new();
    let input = with_quote(&mut fx, Consent::Given, None);
    let err = fx
        .store
        .write(|tx| stories::create(tx, &input))
        .unwrap_err();
    assert_eq!(fields(err), ["quotes[0].consent_on"]);
    let mut input = with_quote(&mut fx, Consent::Pending, Some("2026-02-02"));
    let err = fx
        .store
        .write(|tx| stories::create(tx, &input))
        .unwrap_err();
    assert_eq!(fields(err), ["quotes[0].consent_on"]);
    nothing_written(&fx);
    input.quotes[0].consent = Consent::Withheld;
    fx.store.write(|tx| stories::create(tx, &input)).unwrap();
}

#[test]
fn only_consented_quotes_can_be_shared() {
    let mut fx = Fx::new();
    let mut input = with_quote(&mut fx, Consent::Pending, None);
    input.quotes.push(quote(
        "Best tool we have.",
        "Li Wei",
        Consent::Given,
        Some("2026-02-03"),
    ));
    input.quotes.push(quote(
        "Do not print this.",
        "Sam Okafor",
        Consent::Withheld,
        None,
    ));
    let s = fx.store.write(|tx| stories::create(tx, &input)).unwrap();
    assert!(!s.quotes[0].is_shareable());
    assert!(s.quotes[1].is_shareable());
    let shared = stories::shareable_quotes(&s);
    assert_eq!(shared.len(), 1);
    assert_eq!(shared[0].person_name, "Li Wei");
    assert_eq!(shared[0].consent_on, d("2026-02-03"));
    let out = stories::for_sharing(fx.store.conn(), s.id).unwrap();
    assert_eq!(out.initiative, "Expert Finder");
    assert_eq!(out.quotes_withheld, 2);
    let json = serde_json::to_string(&out).unwrap();
    assert!(
        !json.contains("It saved my week") && !json.contains("Do not print"),
        "{json}"
    );
    // Consent arrives: the same quote (same id) becomes shareable.
    let mut again = StoryInput::from(&s);
    again.quotes[0].consent = Consent::Given;
    again.quotes[0].consent_on = Some(d("2026-03-01"));
    let updated = fx
        .store
        .write(|tx| stories::update(tx, s.id, &again))
        .unwrap();
    assert_eq!(updated.quotes[0].id, s.quotes[0].id);
    assert_eq!(
        stories::for_sharing(fx.store.conn(), s.id)
            .unwrap()
            .quotes
            .len(),
        2
    );
}

#[test]
fn tags_are_normalised_and_quote_ids_belong_to_their_story() {
    let mut fx = Fx::new();
    let mut input = with_quote(&mut fx, Consent::Pending, None);
    input.tags = vec![
        "  #Onboarding".into(),
        "onboarding".into(),
        "Time  to Competency".into(),
        " ".into(),
    ];
    input.impacts = vec![Impact {
        metric: "Days to find an expert".into(),
        before: 10.0,
        after: 1.0,
        unit: "days".into(),
    }];
    let a = fx.store.write(|tx| stories::create(tx, &input)).unwrap();
    assert_eq!(a.tags, ["onboarding", "time to competency"]);
    assert_eq!(a.impacts[0].after, 1.0);
    let b = fx.store.write(|tx| stories::create(tx, &input)).unwrap();
    // Taking another story's quote is refused; so is a quote id twice, and NaN impacts.
    let mut steal = StoryInput::from(&b);
    steal.quotes[0].id = Some(a.quotes[0].id);
    steal.quotes.push(steal.quotes[0].clone());
    steal.impacts[0].before = f64::NAN;
    steal.impacts[0].after = "1e309".parse().unwrap();
    assert_eq!(
        fields(
            fx.store
                .write(|tx| stories::update(tx, b.id, &steal))
                .unwrap_err()
        ),
        [
            "impacts[0].before",
            "impacts[0].after",
            "quotes[0].id",
            "quotes[1].id"
        ]
    );
    // A new story cannot claim existing quote ids either.
    let mut claim = input.clone();
    claim.quotes[0].id = Some(b.quotes[0].id);
    assert_eq!(
        fields(
            fx.store
                .write(|tx| stories::create(tx, &claim))
                .unwrap_err()
        ),
        ["quotes[0].id"]
    );
    assert_eq!(stories::get(fx.store.conn(), b.id).unwrap(), b);
}

#[test]
fn usages_say_whose_brief_or_which_meeting() {
    let mut fx = Fx::new();
    let input = with_quote(&mut fx, Consent::Pending, None);
    let s = fx.store.write(|tx| stories::create(tx, &input)).unwrap();
    let ada = fx.sponsor("Ada", 1, "");
    let m = fx.meeting("2026-03-10");
    let usage = |kind, sponsor_id, meeting_id| UsageInput {
        story_id: Some(s.id),
        kind,
        sponsor_id,
        meeting_id,
        used_on: Some(d("2026-03-10")),
        note: String::new(),
    };
    let bad = [
        (usage(UsageKind::Brief, None, None), vec!["sponsor_id"]),
        (
            usage(UsageKind::Meeting, Some(ada), None),
            vec!["meeting_id"],
        ),
        (
            usage(UsageKind::Other, Some(999), Some(999)),
            vec!["sponsor_id", "meeting_id"],
        ),
        (
            UsageInput {
                story_id: Some(999),
                used_on: None,
                ..usage(UsageKind::Other, None, None)
            },
            vec!["story_id", "used_on"],
        ),
    ];
    for (input, expected) in bad {
        let err = fx
            .store
            .write(|tx| stories::record_usage(tx, &input))
            .unwrap_err();
        assert_eq!(fields(err), expected);
    }
    assert_eq!(fx.count("story_usages"), 0);
    let brief = fx
        .store
        .write(|tx| stories::record_usage(tx, &usage(UsageKind::Brief, Some(ada), None)))
        .unwrap();
    fx.store
        .write(|tx| stories::record_usage(tx, &usage(UsageKind::Meeting, None, Some(m))))
        .unwrap();
    // Editing the story keeps its usages.
    let updated = fx
        .store
        .write(|tx| stories::update(tx, s.id, &StoryInput::from(&s)))
        .unwrap();
    assert_eq!(updated.usages.len(), 2);
    fx.store
        .write(|tx| stories::delete_usage(tx, brief.id))
        .unwrap();
    let actions: Vec<HistoryAction> = history::list_for(fx.store.conn(), "story_usages", brief.id)
        .unwrap()
        .iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, [HistoryAction::Delete, HistoryAction::Create]);
    // Deleting the story takes its usages and quotes with it, and history keeps them.
    fx.store.write(|tx| stories::delete(tx, s.id)).unwrap();
    assert_eq!(fx.count("story_usages") + fx.count("story_quotes"), 0);
    let last = &history::list_for(fx.store.conn(), "stories", s.id).unwrap()[0];
    assert_eq!(last.action, HistoryAction::Delete);
    assert_eq!(
        last.old_values.as_ref().unwrap()["usages"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn the_finder_ranks_by_sponsorship_tags_and_words_and_skips_stories_told() {
    let mut fx = Fx::new();
    let ada = fx.sponsor(
        "Ada",
        2,
        "Faster onboarding of new engineers; cut licence costs",
    );
    let finder = fx.initiative("Expert Finder");
    let other = fx.initiative("Lessons Learned");
    fx.sponsorship(ada, finder, SponsorshipRole::ExecutiveSponsor, "2025-01-01");
    let mut sponsored = story(finder, "Found the expert in a day", "2026-01-10");
    sponsored.quotes = vec![
        quote("Saved my week.", "Ana", Consent::Pending, None),
        quote("Brilliant.", "Li", Consent::Given, Some("2026-01-11")),
    ];
    let mut tagged = story(other, "Hires productive sooner", "2026-01-05");
    tagged.tags = vec!["Onboarding".into()];
    let mut worded = story(other, "One licence instead of two", "2026-01-01");
    worded.narrative = "The licences were merged and costs fell.".into();
    let unrelated = story(other, "Wiki tidy-up", "2026-02-01");
    let mut ids = Vec::new();
    for input in [&sponsored, &tagged, &worded, &unrelated] {
        ids.push(
            fx.store
                .write(|tx| Ok(stories::create(tx, input)?.id))
                .unwrap(),
        );
    }
    let today = d("2026-03-01");
    let found = stories::stories_for_sponsor_on(fx.store.conn(), ada, false, today).unwrap();
    let order: Vec<(i64, u32)> = found.iter().map(|m| (m.story.id, m.score)).collect();
    assert_eq!(order, [(ids[0], 5), (ids[1], 3), (ids[2], 2)]);
    assert_eq!(found[0].reasons, ["they sponsor Expert Finder"]);
    assert_eq!(
        found[1].reasons,
        ["tag \"onboarding\" is among their priorities"]
    );
    assert_eq!(found[2].reasons, ["mentions cost, licence"]);
    // Briefs get consented quotes only.
    assert_eq!(found[0].story.quotes.len(), 1);
    assert_eq!(found[0].story.quotes[0].person_name, "Li");
    assert_eq!(found[0].story.quotes_withheld, 1);
    // Told to Ada at a meeting she attended: left out unless asked for.
    let m = fx.meeting("2026-02-15");
    fx.store
        .write(|tx| {
            sponsor_desk_core::committees::meetings::record_attendance(
                tx,
                m,
                &[sponsor_desk_core::committees::AttendanceInput {
                    sponsor_id: Some(ada),
                    guest_name: None,
                    attendance: sponsor_desk_core::committees::AttendanceStatus::Present,
                    delegate_name: None,
                    is_guest: true,
                }],
            )
        })
        .unwrap();
    let used = UsageInput {
        story_id: Some(ids[0]),
        kind: UsageKind::Meeting,
        sponsor_id: None,
        meeting_id: Some(m),
        used_on: Some(d("2026-02-15")),
        note: String::new(),
    };
    fx.store
        .write(|tx| stories::record_usage(tx, &used))
        .unwrap();
    let found = stories::stories_for_sponsor_on(fx.store.conn(), ada, false, today).unwrap();
    assert_eq!(
        found.iter().map(|m| m.story.id).collect::<Vec<_>>(),
        [ids[1], ids[2]]
    );
    let all = stories::stories_for_sponsor_on(fx.store.conn(), ada, true, today).unwrap();
    assert_eq!(all.len(), 3);
    assert!(all[0].used_with_sponsor && !all[1].used_with_sponsor);
    // Another sponsor has not heard it.
    let bo = fx.sponsor("Bo", 3, "onboarding");
    let for_bo = stories::stories_for_sponsor_on(fx.store.conn(), bo, false, today).unwrap();
    assert_eq!(
        for_bo.iter().map(|m| m.story.id).collect::<Vec<_>>(),
        [ids[1]]
    );
    let err = stories::stories_for_sponsor(fx.store.conn(), 999, false).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
}

#[test]
fn the_best_few_and_the_newest_stories_are_the_heads_of_the_full_lists() {
    use sponsor_desk_core::demo::{self, DemoSize};
    use sponsor_desk_core::Store;
    let today = d("2026-06-15");
    let mut store = Store::open_in_memory().unwrap();
    demo::fill(&mut store, DemoSize::Small, 1, today).unwrap();
    let conn = store.conn();
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM sponsors ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut compared = 0;
    for id in ids {
        for include_used in [false, true] {
            let all = stories::stories_for_sponsor_on(conn, id, include_used, today).unwrap();
            let best =
                stories::best_stories_for_sponsor_on(conn, id, include_used, today, 3).unwrap();
            let head: Vec<_> = all.iter().take(3).cloned().collect();
            assert_eq!(best, head, "sponsor {id}");
            compared += best.iter().filter(|m| !m.story.quotes.is_empty()).count();
        }
    }
    assert!(
        compared > 0,
        "no matched story with a shareable quote: proves nothing"
    );

    // The second newest story's day, so that the newest is left out and the limit bites.
    let mut all = stories::list_all(conn).unwrap();
    all.sort_by(|a, b| b.told_on.cmp(&a.told_on).then(b.id.cmp(&a.id)));
    let on = all[1].told_on;
    assert!(all[0].told_on > on, "{:?}", all[0].told_on);
    all.retain(|s| s.told_on <= on);
    assert!(all.len() > 1, "{}", all.len());
    all.truncate(1);
    assert_eq!(stories::newest(conn, on, 1).unwrap(), all);
}

#[test]
fn the_full_story_list_reads_each_story_as_get_does_newest_first() {
    use sponsor_desk_core::demo::{self, DemoSize};
    use sponsor_desk_core::Store;
    let mut store = Store::open_in_memory().unwrap();
    demo::fill(&mut store, DemoSize::Small, 1, d("2026-06-15")).unwrap();
    let conn = store.conn();
    let all = stories::list(conn, None).unwrap();
    assert!(all.len() > 1, "{}", all.len());
    assert!(
        all.iter()
            .any(|s| !s.quotes.is_empty() && !s.tags.is_empty())
            && all.iter().any(|s| !s.usages.is_empty())
            && all.iter().any(|s| !s.impacts.is_empty()),
        "the demo has no story with every kind of child: proves nothing"
    );
    for pair in all.windows(2) {
        assert!(
            (pair[0].told_on, pair[0].id) > (pair[1].told_on, pair[1].id),
            "{} before {}",
            pair[0].id,
            pair[1].id
        );
    }
    for story in &all {
        assert_eq!(story, &stories::get(conn, story.id).unwrap());
    }
    let initiative = all[0].initiative_id;
    let own: Vec<_> = all
        .iter()
        .filter(|s| s.initiative_id == initiative)
        .cloned()
        .collect();
    assert_eq!(stories::list(conn, Some(initiative)).unwrap(), own);
}
