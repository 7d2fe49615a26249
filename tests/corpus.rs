//! Differential tests against psql on real files: the project's own `corpus/` (always) and
//! the shared corpus of public dumps and scripts (`../shared/corpus`, when present; required
//! when `CI` is set). For every file, the statements pgsplit emits must equal, in order, the
//! statements psql sent to the server (recorded with `psql-oracle`).

mod common;

use common::{compare, oracle, root, sent_queries, sql_files, Oracle};
use pgsplit::{Encoding, ScanOptions};
use std::path::PathBuf;

/// Files where pgsplit differs from psql on purpose (see grammar-notes/divergences.md).
const DIVERGENT: &[(&str, &str)] = &[(
    "corpus/src/psql-vars.sql",
    "psql interpolates variables set with \\set; pgsplit leaves `:name` as written and flags it",
)];

/// Files of the shared corpus where a COPY failed when the oracle was recorded (its table is
/// not created by the file), and the oracle's psql (15.18) then ran the data rows as SQL. psql
/// 15.19 and later skip them (CVE-2026-6464), as pgsplit does; the test glues the rows back to
/// compare every boundary with the old oracle.
const FAILED_COPY: &[&str] = &["postgrest/spec-data-pg9.5beta1-inserts.sql"];

/// The server rejects text that is not valid in the client encoding before logging it, so
/// psql's list cannot contain such statements: leave them out of ours too.
fn server_sees(ours: Vec<(String, bool)>) -> Vec<String> {
    ours.into_iter()
        .filter(|(_, ok)| *ok)
        .map(|(s, _)| s)
        .collect()
}

fn queries(input: &[u8]) -> Vec<String> {
    // Statements whose bytes are invalid in their encoding never reach the server's log.
    let valid = |s: &String| !s.contains('\u{FFFD}');
    let q = sent_queries(input, ScanOptions::default());
    server_sees(
        q.into_iter()
            .map(|s| {
                let ok = valid(&s);
                (s, ok)
            })
            .collect(),
    )
}

fn check(files: &[(PathBuf, PathBuf, String)]) -> Vec<String> {
    let mut failures = Vec::new();
    for (file, oracle_path, name) in files {
        if DIVERGENT.iter().any(|(n, _)| n == name) {
            continue;
        }
        let expected: Oracle = oracle(oracle_path);
        let input = std::fs::read(file).unwrap();
        let ours = if FAILED_COPY.contains(&name.as_str()) {
            common::glue_failed_copy_rows(&input)
        } else {
            queries(&input)
        };
        if let Err(e) = compare(&ours, &expected) {
            failures.push(format!("{name}: {e}"));
        }
    }
    failures
}

#[test]
fn own_corpus_matches_psql() {
    let corpus = root().join("corpus");
    let files: Vec<_> = sql_files(&corpus)
        .into_iter()
        .map(|f| {
            let rel = f.strip_prefix(&corpus).unwrap().to_path_buf();
            let oracle = corpus
                .join("oracle")
                .join(format!("{}.json", rel.display()));
            (f, oracle, format!("corpus/{}", rel.display()))
        })
        .filter(|(_, o, _)| !o.starts_with(corpus.join("oracle/oracle")))
        .collect();
    assert!(files.len() >= 25, "own corpus has {} files", files.len());
    for (_, o, n) in &files {
        assert!(o.exists(), "no oracle for {n}");
    }
    let failures = check(&files);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The shared corpus: `../shared/corpus` next to the repository, or `$PGSPLIT_SHARED`.
pub fn shared() -> Option<PathBuf> {
    let dir = std::env::var_os("PGSPLIT_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared"));
    if dir.join("corpus").is_dir() && dir.join("corpus-oracle").is_dir() {
        Some(dir)
    } else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but the shared corpus is missing at {}",
            dir.display()
        );
        eprintln!("shared corpus not found at {}: skipped", dir.display());
        None
    }
}

#[test]
fn shared_corpus_matches_psql() {
    let Some(shared) = shared() else { return };
    let corpus = shared.join("corpus");
    let mut files = Vec::new();
    let mut without_oracle = Vec::new();
    for f in sql_files(&corpus) {
        let rel = f.strip_prefix(&corpus).unwrap().to_path_buf();
        let name = rel.display().to_string();
        if name.starts_with("postgres-regress-") {
            continue;
        }
        let oracle = shared
            .join("corpus-oracle")
            .join(rel.with_extension("json"));
        if oracle.exists() {
            files.push((f, oracle, name));
        } else {
            without_oracle.push(name);
        }
    }
    assert!(files.len() >= 55, "only {} oracle files", files.len());
    // The oracle README leaves out one data-only dump on purpose.
    assert_eq!(without_oracle, ["pagila/pagila-data-pg17.sql"]);
    let failures = check(&files);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn latin1_file_needs_its_encoding() {
    // Declared nowhere in the file: psql in UTF8 sends the bytes and the server rejects 585
    // statements (they are missing from psql's answer); with the right encoding every statement decodes.
    let Some(shared) = shared() else { return };
    let path = shared.join("corpus/dbsamples-morenoh149/chinook-1.4-Chinook_PostgreSql-latin1.sql");
    let input = std::fs::read(path).unwrap();
    let utf8 = sent_queries(&input, ScanOptions::default());
    let bad = utf8.iter().filter(|s| s.contains('\u{FFFD}')).count();
    assert_eq!(bad, 585);
    let latin1 = sent_queries(
        &input,
        ScanOptions {
            encoding: Encoding::from_name("LATIN1").unwrap(),
            ..ScanOptions::default()
        },
    );
    assert_eq!(latin1.len(), utf8.len());
    assert!(latin1.iter().any(|s| s.contains("Antônio")));
}

#[test]
fn psql_vars_are_left_as_written_and_flagged() {
    // The divergent file of the own corpus: psql interpolates, pgsplit flags every statement
    // that uses a variable set with \set, and the others are what psql sends.
    let input = std::fs::read(root().join("corpus/src/psql-vars.sql")).unwrap();
    let psql = oracle(&root().join("corpus/oracle/src/psql-vars.sql.json")).statements;
    let segs = pgsplit::scan_all(&input, ScanOptions::default()).unwrap();
    let statements: Vec<_> = segs
        .iter()
        .filter(|s| s.kind() == pgsplit::SegmentKind::Statement)
        .collect();
    // `:two_statements;` is one statement for pgsplit, two for psql.
    assert_eq!((statements.len(), psql.len()), (9, 10));
    let plain: Vec<String> = statements
        .iter()
        .filter(|s| !s.diagnostics.iter().any(|d| d.code == "psql-variable"))
        .map(|s| String::from_utf8_lossy(&s.text).into_owned())
        .collect();
    assert_eq!(plain, [psql[3].clone(), psql[7].clone()]);
    let first = String::from_utf8_lossy(&statements[0].text);
    assert_eq!(first, "CREATE TABLE :\"tbl\" (id int, note text);");
}
