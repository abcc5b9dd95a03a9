//! The quick wins and the stories as CSV, read back with the `csv` crate: columns, rows and
//! exact amounts; the stories file carries consented quotes only, never a pending or withheld
//! one, nor any sponsor's private notes.

use crate::csv_support::parse_csv;
use crate::evidence_support::{d, quote, saving, story, win, Fx};
use sponsor_desk_core::stories::{self, stories_csv, Consent, Impact, STORIES_CSV_HEADER};
use sponsor_desk_core::wins::{
    self, quick_wins_csv, Evidence, EvidenceKind, QUICK_WINS_CSV_HEADER,
};

#[test]
fn quick_wins_read_back_with_exact_amounts_evidence_and_sponsors() {
    let mut fx = Fx::new();
    let portal = fx.initiative("Expert portal, \"phase 2\"");
    let ana = fx.sponsor("Ana Silva", 1, "");
    let bo = fx.sponsor("Bo Chen", 2, "");
    let mut delivered = saving(
        portal,
        "Fewer repeat tickets",
        "1250.50",
        "EUR",
        "2025-06-01",
    );
    delivered.sponsor_ids = vec![bo, ana];
    delivered.evidence = vec![
        Evidence {
            kind: EvidenceKind::Link,
            reference: "https://intranet/report".into(),
            label: "Report".into(),
        },
        Evidence {
            kind: EvidenceKind::File,
            reference: "S:\\KM\\tickets.xlsx".into(),
            label: String::new(),
        },
    ];
    delivered.soft_benefits = "Calmer help desk;\nhappier staff".into();
    let first = fx
        .store
        .write(|tx| Ok(wins::create(tx, &delivered)?.id))
        .unwrap();
    let yen = saving(portal, "Licences", "300000", "JPY", "2025-07-01");
    let second = fx.store.write(|tx| Ok(wins::create(tx, &yen)?.id)).unwrap();
    let late = fx
        .store
        .write(|tx| Ok(wins::create(tx, &win(portal, "Still going"))?.id))
        .unwrap();

    let (header, rows) =
        parse_csv(&quick_wins_csv(fx.store.conn(), None, d("2026-06-01")).unwrap());
    assert_eq!(header, QUICK_WINS_CSV_HEADER);
    let ids: Vec<String> = rows.iter().map(|r| r[0].clone()).collect();
    assert_eq!(
        ids,
        [late, second, first].map(|i| i.to_string()),
        "newest start first"
    );
    let row = &rows[2];
    assert_eq!(row[1], portal.to_string());
    assert_eq!(row[2], "Expert portal, \"phase 2\"");
    assert_eq!(row[3], "Fewer repeat tickets");
    assert_eq!(
        (row[4].as_str(), row[7].as_str(), row[8].as_str()),
        ("delivered", "2025-06-01", "no")
    );
    assert_eq!(
        (row[9].as_str(), row[10].as_str()),
        ("1250.50", "EUR"),
        "exact, never a float"
    );
    assert_eq!(row[13], "Calmer help desk;\nhappier staff");
    assert_eq!(
        row[14],
        "Report <https://intranet/report>; S:\\KM\\tickets.xlsx"
    );
    assert_eq!(row[15], "Ana Silva; Bo Chen");
    assert_eq!(
        (rows[1][9].as_str(), rows[1][10].as_str()),
        ("300000", "JPY")
    );
    assert_eq!(
        (rows[0][9].as_str(), rows[0][8].as_str()),
        ("", "yes"),
        "no saving; past its target"
    );

    let other = fx.initiative("Other");
    let (_, none) =
        parse_csv(&quick_wins_csv(fx.store.conn(), Some(other), d("2026-06-01")).unwrap());
    assert!(none.is_empty(), "one initiative's only");
}

#[test]
fn stories_carry_consented_quotes_only_and_never_private_notes() {
    const PENDING: &str = "PENDING-QUOTE-91f0";
    const WITHHELD: &str = "WITHHELD-QUOTE-2c7e";
    const NOTE: &str = "PRIVATE-SPONSOR-NOTE-6a1d";
    let mut fx = Fx::new();
    let portal = fx.initiative("Expert portal");
    let ana = fx.sponsor("Ana Silva", 1, "");
    fx.store
        .conn()
        .execute("UPDATE sponsors SET notes = ?1 WHERE id = ?2", (NOTE, ana))
        .unwrap();
    let mut input = story(portal, "Found the expert in a day", "2026-02-01");
    input.narrative = "Maintenance, \"before\" and after".into();
    input.tags = vec!["search".into(), "engineering".into()];
    input.impacts = vec![Impact {
        metric: "Time to find an expert".into(),
        before: 40.0,
        after: 1.5,
        unit: "days".into(),
    }];
    input.quotes = vec![
        quote(
            "It saved my week",
            "Ana Silva",
            Consent::Given,
            Some("2026-02-03"),
        ),
        quote(PENDING, "Bo Chen", Consent::Pending, None),
        quote(WITHHELD, "Cy Dube", Consent::Withheld, Some("2026-02-04")),
        quote(
            "Finally, one place",
            "Dee",
            Consent::Given,
            Some("2026-02-05"),
        ),
    ];
    let id = fx
        .store
        .write(|tx| Ok(stories::create(tx, &input)?.id))
        .unwrap();
    let mut secret_only = story(portal, "Nobody agreed yet", "2026-01-01");
    secret_only.quotes = vec![quote(PENDING, "Bo Chen", Consent::Pending, None)];
    let other = fx
        .store
        .write(|tx| Ok(stories::create(tx, &secret_only)?.id))
        .unwrap();

    let text = stories_csv(fx.store.conn(), None).unwrap();
    // Control: the secrets are in the database, so their absence below means something.
    let stored: i64 = fx
        .store
        .conn()
        .query_row(
            "SELECT count(*) FROM story_quotes WHERE text IN (?1, ?2)",
            (PENDING, WITHHELD),
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stored, 3);
    for secret in [PENDING, WITHHELD, NOTE] {
        assert!(!text.contains(secret), "the stories CSV carries {secret}");
    }
    let (header, rows) = parse_csv(&text);
    assert_eq!(header, STORIES_CSV_HEADER);
    assert_eq!(rows.len(), 2);
    let row = &rows[0];
    assert_eq!(row[0], id.to_string());
    assert_eq!(row[1], "2026-02-01");
    assert_eq!(row[3], "Expert portal");
    assert_eq!(row[5], "Maintenance, \"before\" and after");
    assert_eq!(row[6], "engineering; search");
    assert_eq!(row[7], "Time to find an expert: 40 -> 1.5 days");
    assert_eq!(
        row[8],
        "“It saved my week” (Ana Silva, Field engineer; consent 2026-02-03)\n\
         “Finally, one place” (Dee, Field engineer; consent 2026-02-05)"
    );
    assert_eq!(row[9], "2", "the others are counted, not shown");
    assert_eq!(rows[1][0], other.to_string());
    assert_eq!((rows[1][8].as_str(), rows[1][9].as_str()), ("", "1"));
}
