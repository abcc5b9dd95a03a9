//! The packs' integration tests in one binary: real PDFs checked by their text (render), the
//! pack_data fuzz corpus replayed (fuzz_corpus) and the ignored benchmarks (bench). One binary,
//! not three, because each links all of Typst (about 160 MB apiece in a debug build).

#[path = "../../core/tests/bench_support/mod.rs"]
mod bench_support;
mod fixture;

// The fuzz crate's shared modules, at the crate root because the fuzz targets name them
// `crate::base`, `crate::common` and `crate::edits`, as they are in the fuzz crate.
#[path = "../../fuzz/src/base.rs"]
mod base;
#[path = "../../fuzz/src/common.rs"]
mod common;
#[path = "../../fuzz/src/edits.rs"]
mod edits;

mod bench;
mod fuzz_corpus;
mod render;
