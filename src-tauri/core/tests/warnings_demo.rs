//! The whole engine over the small demo organisation matches the checked-in expected JSON
//! (`warnings_demo_expected.json`), so any change in what the rules say is seen in review.
//! After an intended change to the rules or the demo, regenerate with
//! `UPDATE_EXPECTED=1 cargo test -p sponsor-desk-core --test warnings_demo` and review the diff.

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
        "the demo's warnings changed: run `UPDATE_EXPECTED=1 cargo test -p sponsor-desk-core --test warnings_demo`, review the diff of {} and commit it",
        expected_path.display()
    );
}
