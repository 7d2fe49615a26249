//! SQL text into the canonical form and the diff: never a panic; a schema diffs equal with
//! itself and with its own normalized text, and normalizing that text again changes nothing
//! (see `fuzz_canon` in tests/common/canon_check.rs, which `cargo test` runs on every input
//! this target failed on).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/canon_check.rs"]
mod canon_check;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = canon_check::fuzz_canon(data) {
        panic!("{e}");
    }
});
