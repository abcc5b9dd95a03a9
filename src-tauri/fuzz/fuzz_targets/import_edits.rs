//! libFuzzer entry for `sponsor_desk_fuzz::import_edits::check` (the check itself is documented there).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sponsor_desk_fuzz::import_edits::check(data));
