//! SQL text into the canonical form and the diff: never a panic; a schema diffs equal with
//! itself and with its own normalized text, and normalizing that text again changes nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pgsplit::canon::{Policy, Schema};

fuzz_target!(|data: &[u8]| {
    let Ok(sql) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(a) = Schema::from_sql(sql) else {
        return;
    };
    let policy = Policy::default();
    let d = pgsplit::diff::diff(&a, &a, &policy);
    assert!(d.is_equal(), "a schema differs from itself");
    let text = a.render(&policy);
    let Ok(b) = Schema::from_sql(&text) else {
        panic!("the normalized text does not split:\n{text}");
    };
    let d = pgsplit::diff::diff(&a, &b, &policy);
    assert!(d.is_equal(), "differs from its normalized text:\n{text}");
    let again = b.render(&policy);
    assert_eq!(again, text, "normalize is not idempotent");
});
