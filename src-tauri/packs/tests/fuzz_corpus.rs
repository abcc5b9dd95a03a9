//! The pack_data fuzz corpus (src-tauri/fuzz/corpus/pack_data) replayed through the target's own
//! check, so every saved input, past findings included, guards the ordinary test run.

#[path = "../../fuzz/src/pack_data.rs"]
mod pack_data;
#[path = "../../fuzz/support/replay.rs"]
mod replay;

#[test]
fn the_pack_data_corpus_passes_its_check() {
    replay::corpus("pack_data", pack_data::check);
}
