//! The CSV import's fuzz check. Input: one flags byte (bit 0: org units, else sponsors; bit 1:
//! into the demo data, else into an empty database; bit 2: the CSV ends at the first NUL and a
//! JSON column mapping follows), then the file. Preview writes nothing and agrees with import;
//! import is refused as an import problem with nothing written, or leaves a sound database.

use std::collections::BTreeMap;
use std::sync::atomic::AtomicBool;

use sponsor_desk_core::csv_import::{self, CsvKind, CsvOptions};
use sponsor_desk_core::transfer::import_json;
use sponsor_desk_core::Store;

use crate::{base, common};

pub fn check(data: &[u8]) {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let kind = if flags & 1 == 1 {
        CsvKind::OrgUnits
    } else {
        CsvKind::Sponsors
    };
    let (file, mapping) = if flags & 4 == 4 {
        let Some(at) = rest.iter().position(|b| *b == 0) else {
            return;
        };
        let Ok(mapping) = serde_json::from_slice::<BTreeMap<String, String>>(&rest[at + 1..])
        else {
            return;
        };
        (&rest[..at], mapping)
    } else {
        (rest, BTreeMap::new())
    };
    let options = CsvOptions { kind, mapping };
    let mut store = common::store();
    if flags & 2 == 2 {
        let demo = base::demo().to_string();
        if let Err(e) = import_json(&mut store, &demo) {
            panic!("the demo does not import: {e}");
        }
    }
    check_file(&mut store, file, &options);
}

/// Previews then imports `file` into `store`.
pub fn check_file(store: &mut Store, file: &[u8], options: &CsvOptions) {
    let before = common::export_text(store);
    let preview = csv_import::preview(store, file, options, usize::MAX);
    assert!(
        common::export_text(store) == before,
        "a preview changed the database"
    );
    // Some(true): the preview shows nothing to fix; Some(false): it shows a problem.
    let clean = match &preview {
        Ok(p) => Some(
            p.missing.is_empty()
                && p.file_error.is_none()
                && p.rows.iter().all(|r| r.errors.is_empty()),
        ),
        Err(_) => None,
    };
    let cancel = AtomicBool::new(false);
    let result = csv_import::import(store, file, options, &cancel, &mut |_| {});
    match result {
        Ok(_) => {
            assert!(
                clean == Some(true),
                "imported, but the preview showed a problem: {preview:?}"
            );
            common::assert_sound(store);
        }
        Err(e) => {
            common::assert_refused(&e, store, &before);
            assert!(
                clean != Some(true),
                "the preview showed nothing to fix, but the import was refused: {e}"
            );
        }
    }
}
