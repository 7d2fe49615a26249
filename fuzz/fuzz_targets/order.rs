//! Statements into the classifier and `pgsplit order`: never a panic; the order is a
//! permutation of the input (every statement exactly once, rewritten or not; nothing
//! dropped or duplicated), or a reported cycle.
//!
//! The first two bytes shuffle the statements (seeded from the corpus, the rest is SQL); see
//! `fuzz_order` in tests/common/order_check.rs, which `cargo test` also runs as a property.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/order_check.rs"]
mod order_check;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = order_check::fuzz_order(data) {
        panic!("{e}");
    }
});
