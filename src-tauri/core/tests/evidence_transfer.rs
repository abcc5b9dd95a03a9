//! The verbatim inserts that import will use: a quick win, a story (quotes, impacts, tags,
//! usages) and a metric with values copied into another file come back identical, ids and
//! timestamps included, and the copy's search index is right (the triggers fired).

use crate::evidence_support::{d, metric, quote, saving, story, value, Fx};
use sponsor_desk_core::metrics;
use sponsor_desk_core::search::{self, SearchKind};
use sponsor_desk_core::stories::{self, Consent, Impact, UsageInput, UsageKind};
use sponsor_desk_core::wins::{self, Evidence, EvidenceKind};

#[test]
fn evidence_copied_verbatim_reads_back_identical() {
    let mut from = Fx::new();
    let i = from.initiative("Expert Finder");
    let ada = from.sponsor("Ada", 1, "");
    let mut w = saving(i, "Subscriptions", "1200.50", "EUR", "2025-05-01");
    w.sponsor_ids = vec![ada];
    w.evidence = vec![Evidence {
        kind: EvidenceKind::File,
        reference: "S:/KM/po.pdf".into(),
        label: "PO".into(),
    }];
    let win = from.store.write(|tx| wins::create(tx, &w)).unwrap();
    let mut s = story(i, "Expert found in a day", "2026-02-01");
    s.tags = vec!["onboarding".into()];
    s.quotes = vec![
        quote("Saved my week", "Ana", Consent::Given, Some("2026-02-02")),
        quote("Later", "Li", Consent::Pending, None),
    ];
    s.impacts = vec![Impact {
        metric: "Days".into(),
        before: 10.0,
        after: 0.5,
        unit: "days".into(),
    }];
    let s = from.store.write(|tx| stories::create(tx, &s)).unwrap();
    let usage = UsageInput {
        story_id: Some(s.id),
        kind: UsageKind::Brief,
        sponsor_id: Some(ada),
        meeting_id: None,
        used_on: Some(d("2026-02-10")),
        note: "Q1 brief".into(),
    };
    from.store
        .write(|tx| stories::record_usage(tx, &usage))
        .unwrap();
    let s = stories::get(from.store.conn(), s.id).unwrap();
    let m = from
        .store
        .write(|tx| metrics::create(tx, &metric("Members")))
        .unwrap();
    let v = from
        .store
        .write(|tx| metrics::add_value(tx, &value(m.id, "2026-01-31", 42.5)))
        .unwrap();

    let mut to = Fx::new();
    assert_eq!(to.initiative("Expert Finder"), i);
    assert_eq!(to.sponsor("Ada", 1, ""), ada);
    to.store
        .write(|tx| {
            wins::insert_verbatim(tx, &win)?;
            stories::insert_verbatim(tx, &s)?;
            metrics::insert_verbatim(tx, &m)?;
            metrics::insert_value_verbatim(tx, &v)
        })
        .unwrap();
    to.reopen();
    assert_eq!(wins::get(to.store.conn(), win.id).unwrap(), win);
    assert_eq!(stories::get(to.store.conn(), s.id).unwrap(), s);
    assert_eq!(metrics::get(to.store.conn(), m.id).unwrap(), m);
    assert_eq!(metrics::get_value(to.store.conn(), v.id).unwrap(), v);
    let hits = search::query(to.store.conn(), "week", 5).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(
        (hits[0].kind, hits[0].id),
        (SearchKind::Quote, s.quotes[0].id)
    );
}
