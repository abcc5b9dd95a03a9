//! What every fuzz check shares: a fresh in-memory store, its export as text, and the two
//! outcomes an import may have (refused with nothing written, or accepted and sound).
// Each replay test includes only the checks it needs, so some helpers go unused there.
#![allow(dead_code)]

use sponsor_desk_core::transfer::{export_json, import_json};
use sponsor_desk_core::{CoreError, ErrorCode, Store};

pub fn store() -> Store {
    Store::open_in_memory().unwrap_or_else(|e| panic!("cannot open an in-memory store: {e}"))
}

pub fn export_text(store: &Store) -> String {
    export_json(store.conn()).unwrap_or_else(|e| panic!("export failed: {e}"))
}

/// A refused import: refused as a problem with the input (never as a database error, whose
/// message cannot name a field), and nothing written.
pub fn assert_refused(error: &CoreError, store: &Store, before: &str) {
    assert_eq!(
        error.code(),
        ErrorCode::InvalidImport,
        "refused with the wrong kind of error: {error}"
    );
    assert!(
        export_text(store) == before,
        "a refused import changed the database: {error}"
    );
}

/// An accepted import: the database is healthy, and its export imports into an empty database
/// and exports again byte for byte the same.
pub fn assert_sound(store: &Store) {
    let report = store
        .check()
        .unwrap_or_else(|e| panic!("the check failed: {e}"));
    assert!(report.ok, "an import left a broken database: {report:?}");
    let first = export_text(store);
    let mut copy = self::store();
    if let Err(e) = import_json(&mut copy, &first) {
        panic!("the export of an imported database does not import again: {e}");
    }
    assert!(
        export_text(&copy) == first,
        "export → import → export changed the data"
    );
}
