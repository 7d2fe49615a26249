//! The checks of the canon fuzz target (fuzz/fuzz_targets/canon.rs), shared with the
//! regression test of its findings in tests/canon.rs.

use pgsplit::canon::{Policy, Schema};
use pgsplit::{ScanOptions, Severity};

/// SQL text into the canonical form and the diff: a schema diffs equal with itself (the same
/// text folded a second time, apart: a fold that depends on anything but the text would
/// differ) and with its own normalized text, and normalizing that text again changes
/// nothing. Input the
/// command line refuses (not UTF-8, or a scanner error such as an unterminated quote: exit 2)
/// is skipped: its normalized text need not read back; so is, after the self-diff, a
/// fragment that defines an object twice, and one whose steps that could not be applied
/// apply when its normalized text is read as a schema.
pub fn fuzz_canon(data: &[u8]) -> Result<(), String> {
    let Ok(sql) = std::str::from_utf8(data) else {
        return Ok(());
    };
    let Ok(segments) = pgsplit::scan_all(data, ScanOptions::default()) else {
        return Ok(());
    };
    let refused = segments
        .iter()
        .any(|s| s.diagnostics.iter().any(|d| d.severity == Severity::Error));
    if refused {
        return Ok(());
    }
    let Ok(a) = Schema::from_sql(sql) else {
        return Ok(());
    };
    let policy = Policy::default();
    let again = Schema::from_sql(sql).map_err(|e| format!("read a second time: {e}"))?;
    let d = pgsplit::diff::diff(&a, &again, &policy);
    if !d.is_equal() {
        return Err(format!(
            "a schema differs from the same text read again:\n{}",
            pgsplit::diff::json(&d)
        ));
    }
    let text = a.render(&policy);
    let b = Schema::from_sql(&text)
        .map_err(|e| format!("the normalized text does not read back ({e}):\n{text}"))?;
    let d = pgsplit::diff::diff(&a, &b, &policy);
    // A migration step the input could not apply (on an object it defines only later, or
    // has dropped) is printed where the server would refuse it again; but when nothing
    // printed changes existing objects, the normalized text is read as a schema, which
    // folds in any order, and there the step applies: a known gap (README), skipped when
    // the second reading applied steps the first could not.
    // (The same when the two readings fold equal but print apart: a step printed first
    // because it was not applied is printed in dependency order once applied.)
    let not_applied = |s: &Schema| s.notes.iter().filter(|n| n.code == "not-applied").count();
    if not_applied(&b) < not_applied(&a) {
        return Ok(());
    }
    if !d.is_equal() {
        return Err(format!(
            "differs from its normalized text:\n{text}\n{}",
            pgsplit::diff::json(&d)
        ));
    }
    let again = b.render(&policy);
    if again != text {
        return Err(format!(
            "normalize is not idempotent:\n{text}\n-- then --\n{again}"
        ));
    }
    Ok(())
}
