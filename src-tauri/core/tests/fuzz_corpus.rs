//! The fuzz corpus (src-tauri/fuzz/corpus) replayed through the import targets' own checks, so
//! every saved input, past findings included, guards the ordinary test run without libFuzzer.

#[path = "../../fuzz/src/csv_import.rs"]
mod csv_import;
#[path = "../../fuzz/src/import_edits.rs"]
mod import_edits;
#[path = "../../fuzz/src/import_json.rs"]
mod import_json;
#[path = "../../fuzz/support/replay.rs"]
mod replay;

#[test]
fn the_json_import_corpus_passes_its_check() {
    replay::corpus("import_json", import_json::check);
}

#[test]
fn the_json_edits_corpus_passes_its_check() {
    replay::corpus("import_edits", import_edits::check);
}

#[test]
fn the_csv_import_corpus_passes_its_check() {
    replay::corpus("csv_import", csv_import::check);
}
