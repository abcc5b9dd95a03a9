//! The valid data the structured targets start from: the small demo as of a fixed day (so a
//! saved input means the same tomorrow), exported once per process with a short history.

use std::sync::OnceLock;

use chrono::NaiveDate;
use serde_json::Value;
use sponsor_desk_core::demo::{self, DemoSize};
use sponsor_desk_core::transfer::export_json;

/// The day the demo is filled as of.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 15).unwrap_or_default()
}

/// History entries kept: enough to fuzz their import, few enough to keep each run fast.
const HISTORY: usize = 12;

/// The small demo's export as JSON.
pub fn demo() -> &'static Value {
    static DEMO: OnceLock<Value> = OnceLock::new();
    DEMO.get_or_init(|| {
        let mut store = crate::common::store();
        demo::fill(&mut store, DemoSize::Small, 7, today())
            .unwrap_or_else(|e| panic!("the demo does not fill: {e}"));
        let text = export_json(store.conn()).unwrap_or_else(|e| panic!("export failed: {e}"));
        let mut value: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("the export is not JSON: {e}"));
        if let Some(history) = value.get_mut("history").and_then(Value::as_array_mut) {
            history.truncate(HISTORY);
        }
        value
    })
}
