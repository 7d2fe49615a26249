//! Every hard case of the splitting catalogue (`tests/cases/`, from
//! `research/splitting.md` section 3) against what real psql 15.20 sent for it.
//!
//! Fixtures where pgsplit differs from psql on purpose are listed in [`DIVERGENT`] with the
//! reason; for them the test checks pgsplit's documented behaviour instead.

mod common;

use common::{compare, normalize, oracle, root, sent_queries};
use pgsplit::{scan_all, ScanOptions, SegmentKind};
use std::path::Path;

/// Fixtures whose expected answer is not psql's, and why (also in grammar-notes/divergences.md).
const DIVERGENT: &[(&str, &str)] = &[
    (
        "C16_sjis_bytes_utf8",
        "the file is SJIS but starts in UTF8: the server rejects the bytes before logging them, so psql's answer is empty",
    ),
    (
        "C74_variable",
        "pgsplit does not interpolate psql variables (it flags them)",
    ),
    (
        "C74b_variable_forms",
        "pgsplit does not interpolate psql variables (it flags them)",
    ),
    (
        "C75_include_gexec",
        "pgsplit does not follow \\ir and cannot know what \\gexec generates",
    ),
    (
        "C69d_gdesc",
        "\\gdesc only describes its statement; psql sends a describe query instead",
    ),
    (
        "C76_pipeline_pg18",
        "psql 15 does not know the PG 18 pipeline commands; pgsplit follows psql 18",
    ),
];

fn cases() -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(root().join("tests/cases"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .collect();
    v.sort();
    v
}

fn stem(p: &Path) -> String {
    p.file_stem().unwrap().to_string_lossy().into_owned()
}

#[test]
fn catalogue_matches_psql() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for path in cases() {
        let name = stem(&path);
        if DIVERGENT.iter().any(|(n, _)| *n == name) {
            continue;
        }
        let expected = oracle(&path.with_extension("oracle.json"));
        let input = std::fs::read(&path).unwrap();
        let ours = sent_queries(&input, ScanOptions::default());
        if let Err(e) = compare(&ours, &expected) {
            failures.push(format!("{name}: {e}"));
        }
        checked += 1;
    }
    assert!(checked >= 90, "only {checked} fixtures found");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn divergent_fixtures_exist() {
    let names: Vec<String> = cases().iter().map(|p| stem(p)).collect();
    for (n, _) in DIVERGENT {
        assert!(names.contains(&n.to_string()), "{n} listed but missing");
    }
}

fn statements(name: &str) -> Vec<String> {
    let input = std::fs::read(root().join(format!("tests/cases/{name}.sql"))).unwrap();
    scan_all(&input, ScanOptions::default())
        .unwrap()
        .iter()
        .filter(|s| s.kind() == SegmentKind::Statement)
        .map(|s| normalize(&String::from_utf8_lossy(&s.text)))
        .collect()
}

#[test]
fn c16_sjis_splits_in_two_only_when_read_as_sjis() {
    let input = std::fs::read(root().join("tests/cases/C16_sjis_bytes_utf8.sql")).unwrap();
    let utf8 = scan_all(&input, ScanOptions::default()).unwrap();
    let n_utf8 = utf8
        .iter()
        .filter(|s| s.kind() == SegmentKind::Statement)
        .count();
    let sjis = scan_all(&input, common::options("SJIS")).unwrap();
    let n_sjis = sjis
        .iter()
        .filter(|s| s.kind() == SegmentKind::Statement)
        .count();
    assert_eq!((n_utf8, n_sjis), (1, 2));
}

#[test]
fn c73_false_branch_with_open_quote_sends_nothing() {
    // The quote opened in the false branch swallows \endif: psql sends nothing, and pgsplit
    // reports the unterminated \if.
    let input = std::fs::read(root().join("tests/cases/C73_if_false_open_quote.sql")).unwrap();
    let segs = scan_all(&input, ScanOptions::default()).unwrap();
    assert!(!segs.iter().any(|s| s.kind() == SegmentKind::Statement));
    assert!(segs
        .iter()
        .any(|s| s.diagnostics.iter().any(|d| d.code == "unterminated-if")));
}

#[test]
fn c74_variables_are_flagged() {
    let input = std::fs::read(root().join("tests/cases/C74_variable.sql")).unwrap();
    let segs = scan_all(&input, ScanOptions::default()).unwrap();
    let flagged = segs
        .iter()
        .filter(|s| s.diagnostics.iter().any(|d| d.code == "psql-variable"))
        .count();
    assert!(flagged >= 2, "{flagged}");
}

#[test]
fn c46_follows_psql_and_warns() {
    let s = statements("C46_atomic_qualified_end");
    assert_eq!(s.len(), 4);
    let input = std::fs::read(root().join("tests/cases/C46_atomic_qualified_end.sql")).unwrap();
    let segs = scan_all(&input, ScanOptions::default()).unwrap();
    let warned: Vec<_> = segs
        .iter()
        .flat_map(|s| s.diagnostics.iter())
        .filter(|d| d.code == "psql-server-divergence")
        .collect();
    assert_eq!(warned.len(), 1);
    assert_eq!((warned[0].at.line, warned[0].at.column), (3, 12));
}
