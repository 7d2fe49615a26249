//! Arbitrary bytes into the scanner: never a panic; the segments are lossless (top-level
//! spans tile the input, texts come from their spans, positions are right); reading the
//! input a few bytes at a time (a fixed size, and sizes of 1-32 bytes changing from read to
//! read, drawn from the input's bytes) gives the same segments as one read.
//!
//! The first byte chooses the client encoding, `standard_conforming_strings` and the fixed
//! size of the reads; the rest is the input (see `fuzz_scanner` in tests/common/scan_check.rs,
//! which `cargo test` also runs on every input this target failed on).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/scan_check.rs"]
mod scan_check;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = scan_check::fuzz_scanner(data) {
        panic!("{e}");
    }
});
