//! The JSON import's structured fuzz check: the demo export with a few edits (see `edits`) is
//! refused naming the record and the field, with nothing written, or imported soundly.

use arbitrary::Unstructured;
use sponsor_desk_core::transfer::import_json;

use crate::{base, common, edits};

pub fn check(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let mut file = base::demo().clone();
    if edits::apply(&mut file, &mut u, 6).is_err() {
        return;
    }
    let text = file.to_string();
    let mut store = common::store();
    let before = common::export_text(&store);
    match import_json(&mut store, &text) {
        Ok(_) => common::assert_sound(&store),
        Err(e) => {
            common::assert_refused(&e, &store, &before);
            // The file is valid JSON of the right shape: whatever is wrong is in one field.
            assert!(e.field().is_some(), "the refusal names no field: {e}");
        }
    }
}
