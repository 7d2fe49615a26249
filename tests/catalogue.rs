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

/// The settings a fixture's oracle was recorded with, when not the defaults (see MANIFEST.md).
fn options_for(name: &str) -> ScanOptions {
    match name {
        // recorded with PGOPTIONS="-c standard_conforming_strings=off"
        "C92_reset_scs_off" => ScanOptions {
            standard_conforming_strings: false,
            ..ScanOptions::default()
        },
        _ => ScanOptions::default(),
    }
}

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
        let ours = sent_queries(&input, options_for(&name));
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

/// Every object pgsplit lists for a fixture: kind, text, diagnostic codes.
fn listing(name: &str) -> Vec<(SegmentKind, String, Vec<&'static str>)> {
    let input = std::fs::read(root().join(format!("tests/cases/{name}.sql"))).unwrap();
    scan_all(&input, ScanOptions::default())
        .unwrap()
        .iter()
        .filter(|s| s.kind() != SegmentKind::Trivia)
        .map(|s| {
            let codes = s.diagnostics.iter().map(|d| d.code).collect();
            (
                s.kind(),
                String::from_utf8_lossy(&s.text).into_owned(),
                codes,
            )
        })
        .collect()
}

/// The divergent fixtures' answers: psql's, with the documented difference applied by hand.
#[test]
fn divergent_fixtures_give_the_documented_answer() {
    use SegmentKind::{Meta, Statement};
    let s = |t: &str| t.to_string();
    // psql sends `SELECT TRUE, FALSE;` and `SELECT "1";`: the same statements, interpolated.
    assert_eq!(
        listing("C74b_variable_forms"),
        [
            (Meta, s("\\set v 1"), vec![]),
            (Statement, s("SELECT :undefined_var;"), vec![]),
            (
                Statement,
                s("SELECT :{?v}, :{?undefined_var};"),
                vec!["psql-variable"]
            ),
            (Statement, s("SELECT :\"v\";"), vec!["psql-variable"]),
        ]
    );
    // psql runs the included files' statements and what \gexec generates (`ANALYZE t;`);
    // pgsplit lists the commands and notes them.
    let sel = "SELECT format('ANALYZE %I;', relname) FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace";
    assert_eq!(
        listing("C75_include_gexec"),
        [
            (Statement, s("CREATE TABLE t (x int);"), vec![]),
            (Meta, s("\\i 001_tables.sql"), vec!["meta-command"]),
            (
                Meta,
                s("\\ir C75_include/002_views.sql"),
                vec!["meta-command"]
            ),
            (Statement, s(sel), vec![]),
            (Meta, s("\\gexec"), vec!["meta-command"]),
        ]
    );
    // psql sends a describe query of its own instead of the statement.
    assert_eq!(
        listing("C69d_gdesc"),
        [
            (Statement, s("SELECT 1 AS a"), vec!["not-executed"]),
            (Meta, s("\\gdesc"), vec![]),
            (Statement, s("SELECT 2;"), vec![]),
        ]
    );
    // psql 15 sends one query at EOF; psql 18 sends each statement at \sendpipeline, with
    // its \bind parameters (run by psql before the statement is complete, so listed first).
    assert_eq!(
        listing("C76_pipeline_pg18"),
        [
            (Meta, s("\\startpipeline"), vec![]),
            (Meta, s("\\bind 42"), vec![]),
            (Statement, s("SELECT $1"), vec![]),
            (Meta, s("\\sendpipeline"), vec![]),
            (Meta, s("\\bind"), vec![]),
            (Statement, s("INSERT INTO t VALUES (1)"), vec![]),
            (Meta, s("\\sendpipeline"), vec![]),
            (Meta, s("\\syncpipeline"), vec![]),
            (Meta, s("\\endpipeline"), vec![]),
        ]
    );
    // psql sends 5 statements: `:cmds` holds two. pgsplit sends 4 and flags the variables.
    let v = listing("C74_variable");
    let codes: Vec<_> = v.iter().map(|(_, t, c)| (t.as_str(), c.clone())).collect();
    assert_eq!(
        codes,
        [
            ("\\set cmds 'SELECT 1; SELECT 2'", vec![]),
            ("SELECT 0;", vec![]),
            (":cmds;", vec!["psql-variable"]),
            ("SELECT :'cmds';", vec!["psql-variable"]),
            ("SELECT ':cmds;';", vec![]),
        ]
    );
}
