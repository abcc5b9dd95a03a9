//! Touchpoint writes and reads on a real (in-memory) store: validation reports every problem and
//! writes nothing; items keep their ids across edits; history records each change.

use chrono::NaiveDate;

use super::*;
use crate::history::{self, HistoryAction};
use crate::sponsors::model::Stance;
use crate::testing::{date, fields_of, sponsor, store_with_unit};
use crate::{ErrorCode, Id, Store};

fn two_sponsors() -> (Store, Id, Id) {
    let (mut store, unit) = store_with_unit();
    let (a, b) = store
        .write(|tx| {
            let a = crate::sponsors::create(tx, &sponsor("Ada", unit, 1))?.id;
            let b = crate::sponsors::create(tx, &sponsor("Ben", unit, 3))?.id;
            Ok((a, b))
        })
        .expect("sponsors");
    (store, a, b)
}

fn item(kind: ItemKind, text: &str) -> TouchpointItemInput {
    TouchpointItemInput {
        id: None,
        kind,
        text: text.into(),
        status: ItemStatus::Open,
        resolved_on: None,
    }
}

fn input(on: &str, sponsor_ids: Vec<Id>) -> TouchpointInput {
    TouchpointInput {
        occurred_on: Some(date(on)),
        kind: TouchpointKind::OneToOneBrief,
        summary: "  Agreed to open the all-staff meeting  ".into(),
        stance_observed: Some(Stance::Champion),
        follow_up_on: Some(date("2026-05-15")),
        sponsor_ids,
        items: vec![
            item(ItemKind::Ask, "Open the all-staff meeting"),
            item(ItemKind::Commitment, "Will create an expertise profile"),
        ],
    }
}

fn count(store: &Store, table: &str) -> i64 {
    let sql = match table {
        "touchpoints" => "SELECT count(*) FROM touchpoints",
        "touchpoint_items" => "SELECT count(*) FROM touchpoint_items",
        _ => "SELECT count(*) FROM touchpoint_sponsors",
    };
    store
        .conn()
        .query_row(sql, [], |r| r.get(0))
        .expect("count")
}

#[test]
fn creates_with_sponsors_and_items_and_records_history() {
    let (mut store, a, b) = two_sponsors();
    let t = store
        .write(|tx| create(tx, &input("2026-05-01", vec![b, a, b])))
        .expect("create");
    assert_eq!(t.sponsor_ids, [a, b]);
    assert_eq!(t.summary, "Agreed to open the all-staff meeting");
    assert_eq!(t.items.len(), 2);
    assert!(t
        .items
        .iter()
        .all(|i| i.status == ItemStatus::Open && i.touchpoint_id == t.id));
    assert_eq!(get(store.conn(), t.id).expect("get"), t);
    let entries = history::list_for(store.conn(), "touchpoints", t.id).expect("history");
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].action, HistoryAction::Create);
    assert_eq!(
        entries[0]
            .new_values
            .as_ref()
            .map(|v| v["sponsor_ids"].clone()),
        Some(serde_json::json!([a, b]))
    );
}

#[test]
fn every_problem_is_reported_at_once_and_nothing_is_written() {
    let (mut store, a, _) = two_sponsors();
    let mut bad = input("2026-05-01", vec![]);
    bad.summary = " ".into();
    bad.follow_up_on = Some(date("2026-04-30"));
    bad.items[0].text = "".into();
    bad.items[1].status = ItemStatus::Met;
    let err = store.write(|tx| create(tx, &bad)).expect_err("invalid");
    assert_eq!(err.code(), ErrorCode::Validation);
    assert_eq!(
        fields_of(err),
        [
            "summary",
            "sponsor_ids",
            "follow_up_on",
            "items[0].text",
            "items[1].resolved_on"
        ]
    );

    let mut unknown = input("2026-05-01", vec![a, 404]);
    unknown.summary = "x".repeat(SUMMARY_MAX + 1);
    unknown.occurred_on = None;
    let err = store.write(|tx| create(tx, &unknown)).expect_err("invalid");
    assert_eq!(fields_of(err), ["occurred_on", "summary", "sponsor_ids"]);
    assert_eq!(count(&store, "touchpoints"), 0);
    assert_eq!(count(&store, "touchpoint_items"), 0);
    let check_only = check(store.conn(), None, &input("2026-05-01", vec![a])).expect("check");
    assert!(check_only.is_empty(), "{check_only:?}");
}

#[test]
fn a_follow_up_on_the_same_day_is_fine() {
    let (mut store, a, _) = two_sponsors();
    let mut same_day = input("2026-05-01", vec![a]);
    same_day.follow_up_on = Some(date("2026-05-01"));
    store
        .write(|tx| create(tx, &same_day))
        .expect("same day follow-up");
}

#[test]
fn update_keeps_item_ids_drops_missing_items_and_adds_new_ones() {
    let (mut store, a, b) = two_sponsors();
    let t = store
        .write(|tx| create(tx, &input("2026-05-01", vec![a])))
        .expect("create");
    let kept = t.items[0].id;
    let mut edit = input("2026-05-02", vec![b]);
    edit.items = vec![
        TouchpointItemInput {
            id: Some(kept),
            status: ItemStatus::Met,
            resolved_on: Some(date("2026-05-03")),
            ..item(ItemKind::Ask, "Open the all-staff meeting (done)")
        },
        item(ItemKind::Commitment, "Will chair the Q3 review"),
    ];
    let updated = store.write(|tx| update(tx, t.id, &edit)).expect("update");
    assert_eq!(updated.sponsor_ids, [b]);
    assert_eq!(updated.occurred_on, date("2026-05-02"));
    assert_eq!(updated.items.len(), 2);
    assert_eq!(updated.items[0].id, kept);
    assert_eq!(updated.items[0].status, ItemStatus::Met);
    assert!(updated.items[1].id > t.items[1].id);
    let actions: Vec<HistoryAction> = history::list_for(store.conn(), "touchpoints", t.id)
        .expect("history")
        .iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, [HistoryAction::Update, HistoryAction::Create]);
}

#[test]
fn an_item_of_another_touchpoint_cannot_be_edited_through_this_one() {
    let (mut store, a, _) = two_sponsors();
    let first = store
        .write(|tx| create(tx, &input("2026-05-01", vec![a])))
        .expect("create");
    let second = store
        .write(|tx| create(tx, &input("2026-05-02", vec![a])))
        .expect("create");
    let mut edit = input("2026-05-02", vec![a]);
    edit.items[0].id = Some(first.items[0].id);
    let err = store
        .write(|tx| update(tx, second.id, &edit))
        .expect_err("foreign item");
    assert_eq!(fields_of(err), ["items[0].id"]);
    assert_eq!(get(store.conn(), second.id).expect("get"), second);
}

#[test]
fn delete_removes_items_and_keeps_the_record_in_history() {
    let (mut store, a, _) = two_sponsors();
    let t = store
        .write(|tx| create(tx, &input("2026-05-01", vec![a])))
        .expect("create");
    store.write(|tx| delete(tx, t.id)).expect("delete");
    assert_eq!(count(&store, "touchpoint_items"), 0);
    assert_eq!(count(&store, "touchpoint_sponsors"), 0);
    let err = get(store.conn(), t.id).expect_err("gone");
    assert_eq!(err.code(), ErrorCode::NotFound);
    let entries = history::list_for(store.conn(), "touchpoints", t.id).expect("history");
    assert_eq!(entries[0].action, HistoryAction::Delete);
    assert!(entries[0].old_values.is_some());
    let err = store.write(|tx| delete(tx, t.id)).expect_err("twice");
    assert_eq!(err.code(), ErrorCode::NotFound);
}

#[test]
fn timelines_are_newest_first_filtered_and_named() {
    let (mut store, a, b) = two_sponsors();
    let ids: Vec<Id> = ["2026-03-01", "2026-05-01", "2026-04-01"]
        .iter()
        .map(|on| {
            store
                .write(|tx| create(tx, &input(on, vec![a])))
                .expect("create")
                .id
        })
        .collect();
    let shared = store
        .write(|tx| create(tx, &input("2026-04-15", vec![a, b])))
        .expect("create")
        .id;
    let for_a: Vec<Id> = list_for_sponsor(store.conn(), a)
        .expect("list")
        .iter()
        .map(|t| t.id)
        .collect();
    assert_eq!(for_a, [ids[1], shared, ids[2], ids[0]]);
    let for_b: Vec<Id> = list_for_sponsor(store.conn(), b)
        .expect("list")
        .iter()
        .map(|t| t.id)
        .collect();
    assert_eq!(for_b, [shared]);

    let query = TimelineQuery {
        sponsor_id: Some(a),
        from: Some(date("2026-04-01")),
        to: Some(date("2026-04-30")),
        limit: Some(1),
    };
    let page = timeline(store.conn(), &query).expect("timeline");
    assert_eq!(page.len(), 1);
    assert_eq!(page[0].touchpoint.id, shared);
    let names: Vec<&str> = page[0].sponsors.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Ada", "Ben"]);
    assert_eq!(page[0].touchpoint.sponsor_ids, [a, b]);
    assert_eq!(list_all(store.conn()).expect("all").len(), 4);
}

#[test]
fn open_items_are_listed_until_met_or_dropped() {
    let (mut store, a, b) = two_sponsors();
    let t = store
        .write(|tx| create(tx, &input("2026-05-01", vec![a])))
        .expect("create");
    store
        .write(|tx| create(tx, &input("2026-05-02", vec![b])))
        .expect("create");
    assert_eq!(open_items(store.conn(), None).expect("open").len(), 4);
    let for_a = open_items(store.conn(), Some(a)).expect("open");
    assert_eq!(for_a.len(), 2);
    assert_eq!(for_a[0].sponsors[0].name, "Ada");
    assert_eq!(for_a[0].occurred_on, date("2026-05-01"));

    let ask = t.items[0].id;
    let met = store
        .write(|tx| set_item_status(tx, ask, ItemStatus::Met, Some(date("2026-05-20"))))
        .expect("met");
    assert_eq!(met.resolved_on, Some(date("2026-05-20")));
    assert_eq!(open_items(store.conn(), Some(a)).expect("open").len(), 1);
    let entries = history::list_for(store.conn(), "touchpoint_items", ask).expect("history");
    assert_eq!(entries.len(), 1);

    let reopened = store
        .write(|tx| set_item_status(tx, ask, ItemStatus::Open, None))
        .expect("reopen");
    assert_eq!(reopened.resolved_on, None);
}

#[test]
fn item_status_changes_are_checked() {
    let (mut store, a, _) = two_sponsors();
    let t = store
        .write(|tx| create(tx, &input("2026-05-01", vec![a])))
        .expect("create");
    let ask = t.items[0].id;
    let cases: [(ItemStatus, Option<NaiveDate>); 3] = [
        (ItemStatus::Dropped, None),
        (ItemStatus::Open, Some(date("2026-05-02"))),
        (ItemStatus::Met, Some(date("2026-04-30"))),
    ];
    for (status, on) in cases {
        let err = store
            .write(|tx| set_item_status(tx, ask, status, on))
            .expect_err("invalid");
        assert_eq!(fields_of(err), ["resolved_on"], "{status} {on:?}");
    }
    let err = store
        .write(|tx| set_item_status(tx, 999, ItemStatus::Met, Some(date("2026-05-02"))))
        .expect_err("unknown");
    assert_eq!(err.code(), ErrorCode::NotFound);
    assert_eq!(get(store.conn(), t.id).expect("get"), t);
}

/// A sponsor's open items are exactly the open items whose touchpoint they were in, in the
/// same order (their query is separate from the all-sponsors one, for its index).
#[test]
fn a_sponsors_open_items_are_the_open_items_they_were_in() {
    let mut store = Store::open_in_memory().unwrap();
    crate::demo::fill(
        &mut store,
        crate::demo::DemoSize::Small,
        5,
        date("2026-06-15"),
    )
    .unwrap();
    let conn = store.conn();
    let all = open_items(conn, None).unwrap();
    assert!(!all.is_empty());
    let mut checked = 0;
    for sponsor in crate::sponsors::list(conn, &Default::default()).unwrap() {
        let theirs: Vec<OpenItem> = all
            .iter()
            .filter(|o| o.sponsors.iter().any(|s| s.id == sponsor.id))
            .cloned()
            .collect();
        checked += theirs.len();
        assert_eq!(open_items(conn, Some(sponsor.id)).unwrap(), theirs);
    }
    assert!(checked >= all.len());
}
