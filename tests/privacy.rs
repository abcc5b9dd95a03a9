//! Exports meant for sharing never carry private sponsor notes, private sponsorship notes or
//! quotes without consent: the decision register CSV, the calendar, and the data every sponsor
//! brief and committee pack is typeset from (the PDFs themselves are checked in the packs crate).
//! The full JSON export, a backup and not for sharing, is the control that the secrets are there.

use crate::support::TempDb;
use sponsor_desk_core::Store;
use sponsor_desk_packs::PackOptions;

const NOTE: &str = "PRIVATE-SPONSOR-NOTE-d41c";
const SPONSORSHIP_NOTE: &str = "PRIVATE-SPONSORSHIP-NOTE-77ae";
const QUOTE: &str = "UNCONSENTED-QUOTE-5b02";

fn ids(store: &Store, sql: &str) -> Vec<i64> {
    let mut stmt = store.conn().prepare(sql).unwrap_or_else(|e| panic!("{e}"));
    let rows = stmt
        .query_map([], |r| r.get::<_, i64>(0))
        .unwrap_or_else(|e| panic!("{e}"));
    rows.map(|r| r.unwrap_or_else(|e| panic!("{e}"))).collect()
}

fn assert_clean(what: &str, text: &str) {
    for secret in [NOTE, SPONSORSHIP_NOTE, QUOTE] {
        assert!(!text.contains(secret), "{what} carries {secret}");
    }
}

#[test]
fn shared_exports_never_carry_private_notes_or_unconsented_quotes() {
    let db = TempDb::with_demo("desk.sqlite");
    {
        let store = Store::open(&db.path).unwrap_or_else(|e| panic!("{e}"));
        // Every sponsor and sponsorship gets a private note; every quote without consent is
        // marked, so any leak of any of them shows.
        store
            .conn()
            .execute_batch(&format!(
                "UPDATE sponsors SET notes = notes || ' {NOTE}';
                 UPDATE sponsorships SET notes = notes || ' {SPONSORSHIP_NOTE}';
                 UPDATE story_quotes SET text = text || ' {QUOTE}' WHERE consent <> 'given';"
            ))
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let full = db.export();
    for secret in [NOTE, SPONSORSHIP_NOTE, QUOTE] {
        assert!(full.contains(secret), "control: {secret} was not written");
    }

    let csv = db.run(&["register", "--csv"]).success().stdout;
    assert!(
        csv.lines().count() > 1,
        "the register is empty: proves nothing"
    );
    assert_clean("the register CSV", &csv);
    let ics = db.file("calendar.ics");
    db.run(&[
        "calendar",
        "--out",
        crate::support::path_str(&ics),
        "--as-of",
        "2020-01-01",
    ])
    .success();
    assert_clean(
        "the calendar",
        &std::fs::read_to_string(&ics).unwrap_or_else(|e| panic!("{e}")),
    );

    let store = Store::open(&db.path).unwrap_or_else(|e| panic!("{e}"));
    let today = chrono::Local::now().date_naive();
    let stories = ids(&store, "SELECT id FROM stories ORDER BY id");
    let every_story = PackOptions {
        story_ids: Some(stories),
        ..PackOptions::default()
    };
    let mut packs = 0;
    for options in [PackOptions::default(), every_story] {
        for sponsor in ids(&store, "SELECT id FROM sponsors ORDER BY id") {
            // A brief may refuse a chosen story it must not print; a refusal leaks nothing.
            if let Ok(brief) = sponsor_desk_packs::brief(store.conn(), sponsor, today, &options) {
                let data = serde_json::to_string(&brief).unwrap_or_else(|e| panic!("{e}"));
                assert_clean(&format!("the brief of sponsor {sponsor}"), &data);
                packs += 1;
            }
        }
        for meeting in ids(&store, "SELECT id FROM meetings ORDER BY id") {
            if let Ok(pack) =
                sponsor_desk_packs::committee_pack(store.conn(), meeting, today, &options)
            {
                let data = serde_json::to_string(&pack).unwrap_or_else(|e| panic!("{e}"));
                assert_clean(&format!("the committee pack of meeting {meeting}"), &data);
                packs += 1;
            }
        }
    }
    assert!(packs > 30, "only {packs} packs were built: proves little");
}
