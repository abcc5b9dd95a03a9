//! The whole engine over the small demo organisation matches the checked-in expected JSON
//! (`warnings_demo_expected.json`), so any change in what the rules say is seen in review.
//! After an intended change to the rules or the demo, regenerate with
//! `UPDATE_EXPECTED=1 cargo test -p sponsor-desk-core --test integration warnings_demo::` and review the diff.

use std::path::Path;

use sponsor_desk_core::demo::{self, DemoSize};
use sponsor_desk_core::warnings;
use sponsor_desk_core::Store;

#[test]
fn demo_warnings_match_the_expected_json() {
    let today: chrono::NaiveDate = "2026-06-01".parse().expect("date");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(&dir.path().join("demo.db")).expect("store");
    demo::fill(&mut store, DemoSize::Small, 1, today).expect("demo");
    let found = warnings::list(store.conn(), today).expect("warnings");
    let mut actual = serde_json::to_string_pretty(&found).expect("json");
    actual.push('\n');

    let expected_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/warnings_demo_expected.json");
    if std::env::var_os("UPDATE_EXPECTED").is_some() {
        std::fs::write(&expected_path, &actual).expect("write expected");
        return;
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
    assert!(
        expected == actual,
        "the demo's warnings changed: run `UPDATE_EXPECTED=1 cargo test -p sponsor-desk-core --test integration warnings_demo::`, review the diff of {} and commit it",
        expected_path.display()
    );
}

/// The departures view shares one evaluation per date and one working copy among its what-ifs;
/// each departure must still read exactly as the what-if of that sponsor leaving on their date,
/// and Home's brief list must name the same initiatives left short, line by line.
/// As of several days, so the demo's departures fall inside the horizon with different dates.
#[test]
fn each_demo_departure_uncovers_what_its_own_what_if_says() {
    let today: chrono::NaiveDate = "2026-06-01".parse().expect("date");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(&dir.path().join("demo.db")).expect("store");
    demo::fill(&mut store, DemoSize::Small, 1, today).expect("demo");
    let (mut seen, mut shorts) = (0, 0);
    for back in [0, 30, 60, 120] {
        let as_of = today - chrono::Days::new(back);
        let full = warnings::departures(store.conn(), as_of).expect("departures");
        let brief = warnings::departures_brief(store.conn(), as_of).expect("brief");
        assert_eq!(brief.len(), full.len());
        for (d, b) in full.iter().zip(&brief) {
            let alone = warnings::what_if(store.conn(), &[d.sponsor.id], d.on).expect("what-if");
            assert_eq!(d.uncovers, alone, "departure of {}", d.sponsor.name);
            assert_eq!(
                (&b.sponsor, b.on, b.days_away),
                (&d.sponsor, d.on, d.days_away)
            );
            assert_eq!(
                b.uncovers.initiatives_losing_coverage,
                d.uncovers.initiatives_losing_coverage
            );
            seen += 1;
            shorts += usize::from(!d.uncovers.initiatives_losing_coverage.is_empty());
        }
    }
    assert!(
        seen >= 2 && shorts >= 1,
        "the demo has departures to compare ({seen}), some leaving initiatives short ({shorts})"
    );
}
