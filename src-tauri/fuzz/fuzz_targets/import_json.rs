//! libFuzzer entry for `sponsor_desk_fuzz::import_json::check` (the check itself is documented there).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| sponsor_desk_fuzz::import_json::check(data));
