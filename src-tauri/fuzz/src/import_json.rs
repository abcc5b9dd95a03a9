//! The JSON import's fuzz check: any text is either refused as an import problem with nothing
//! written, or imported into a sound database that round-trips.

use sponsor_desk_core::transfer::import_json;

use crate::common;

/// Raw bytes, as a file on disk could hold them.
pub fn check(data: &[u8]) {
    // The CLI reads the file as UTF-8 before the core sees it (and refuses other bytes), and
    // IPC strings are UTF-8: the importer only ever gets text.
    if let Ok(text) = std::str::from_utf8(data) {
        check_text(text);
    }
}

/// Returns whether the text was imported.
pub fn check_text(text: &str) -> bool {
    let mut store = common::store();
    let before = common::export_text(&store);
    match import_json(&mut store, text) {
        Ok(_) => {
            common::assert_sound(&store);
            true
        }
        Err(e) => {
            common::assert_refused(&e, &store, &before);
            false
        }
    }
}
