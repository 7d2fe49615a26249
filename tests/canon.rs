//! The canonical form and `pgsplit diff`, proven three ways:
//!
//! * every file of the corpora, through the binary: normalizing is idempotent (byte for
//!   byte), a file diffs equal with its own normalized text, and with a copy of itself (two
//!   reads, two folds: `diff X X` would compare one schema with itself);
//! * fixture directories (`tests/diff/<case>/a.sql, b.sql, verdict`) whose verdict the real
//!   server gave (`tests/diff/verify.sh` loads both sides and compares `pg_dump -s`): the
//!   exit code must agree, a mutation must be exactly one change, and the reports are
//!   snapshots;
//! * property tests: random schemas written by hand (inline constraints, type aliases,
//!   unqualified) and as pg_dump writes them (shuffled, constraints apart, implicit names
//!   spelled out, pretty-printed) diff equal; changing one column's type is exactly one
//!   change, named.

mod common;

use common::{root, shared, sql_files};
use pgsplit::canon::{Policy, Schema};
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pgsplit"))
}

/// Corpus files whose normalized text is not yet a fixed point, with why. Each is a known
/// gap; the test fails if a file not listed here stops being one (and says when a listed
/// file has started to pass, so the list only shrinks).
const NOT_YET_IDEMPOTENT: &[(&str, &str)] = &[
    (
        "src/psql-quirks.sql",
        "statements sent together with \\; are printed apart",
    ),
    (
        "postgres-regress-16.1/alter_table.sql",
        "regression script: renames and drops the canonical model does not apply",
    ),
    ("postgres-regress-16.1/copy2.sql", "regression script"),
    (
        "postgres-regress-16.1/create_function_sql.sql",
        "regression script",
    ),
    ("postgres-regress-16.1/create_view.sql", "regression script"),
    (
        "postgres-regress-16.1/event_trigger.sql",
        "regression script",
    ),
    (
        "postgres-regress-16.1/foreign_data.sql",
        "regression script",
    ),
    ("postgres-regress-16.1/plpgsql.sql", "regression script"),
    ("postgres-regress-16.1/rangefuncs.sql", "regression script"),
    ("postgres-regress-16.1/strings.sql", "regression script"),
    ("postgres-regress-18.3/copy2.sql", "regression script"),
    (
        "postgres-regress-18.3/create_function_sql.sql",
        "regression script",
    ),
    (
        "postgres-regress-18.3/event_trigger.sql",
        "regression script",
    ),
];

fn encoding_of(rel: &str) -> &'static str {
    // the one file that is LATIN1 without saying so
    if rel.contains("Chinook_PostgreSql-latin1") {
        "LATIN1"
    } else {
        "UTF8"
    }
}

/// Normalizes `input` twice and diffs it with the result; `Err` says what broke.
fn round_trip(input: &Path, rel: &str, dir: &Path) -> Result<(), String> {
    let once = dir.join("once.sql");
    let twice = dir.join("twice.sql");
    let enc = encoding_of(rel);
    let run = |args: &[&str], out: &Path| -> Result<(), String> {
        let o = bin().args(args).output().unwrap();
        std::fs::write(out, &o.stdout).unwrap();
        match o.status.code() {
            Some(0) => Ok(()),
            c => Err(format!(
                "pgsplit {} exited {c:?}: {}",
                args.join(" "),
                String::from_utf8_lossy(&o.stderr)
                    .lines()
                    .next()
                    .unwrap_or("")
            )),
        }
    };
    let i = input.to_str().unwrap();
    if run(&["normalize", "-q", "--encoding", enc, i], &once).is_err() {
        // broken input (an unterminated quote ...): split says so too, and that is its test
        let split = bin()
            .args(["split", "-q", "--encoding", enc, i])
            .output()
            .unwrap();
        if split.status.code() == Some(2) {
            return Ok(());
        }
        run(&["normalize", "-q", "--encoding", enc, i], &once)?;
    }
    run(&["normalize", "-q", once.to_str().unwrap()], &twice)?;
    if std::fs::read(&once).unwrap() != std::fs::read(&twice).unwrap() {
        return Err("normalizing the normalized text changes it".to_owned());
    }
    // against a copy: `diff X X` would see the same file and compare one schema with
    // itself; two files are read and folded apart
    let copy = dir.join(format!(
        "copy-{}",
        Path::new(i).file_name().unwrap().to_string_lossy()
    ));
    std::fs::copy(input, &copy).unwrap();
    let self_diff = bin()
        .args(["diff", "-q", "--brief", "--encoding", enc, i])
        .arg(&copy)
        .output()
        .unwrap();
    if self_diff.status.code() != Some(0) {
        return Err(format!(
            "diff with itself: exit {:?}\n{}",
            self_diff.status.code(),
            String::from_utf8_lossy(&self_diff.stdout)
        ));
    }
    Ok(())
}

fn diff_with_normalized(input: &Path, rel: &str, dir: &Path) -> Result<(), String> {
    let once = dir.join("once.sql");
    if std::fs::read(&once).map_or(true, |t| t.is_empty()) {
        return Ok(()); // broken input, see round_trip
    }
    if !std::fs::read(input).is_ok_and(|t| std::str::from_utf8(&t).is_ok()) {
        // the normalized text is UTF-8 and diff reads both sides in one encoding
        return Ok(());
    }
    let o = bin()
        .args(["diff", "-q", "--brief", "--encoding", encoding_of(rel)])
        .arg(input)
        .arg(&once)
        .output()
        .unwrap();
    match o.status.code() {
        Some(0) => Ok(()),
        c => Err(format!(
            "diff with its normalized text: exit {c:?}\n{}",
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .take(12)
                .collect::<Vec<_>>()
                .join("\n")
        )),
    }
}

#[test]
fn corpus_files_normalize_to_a_fixed_point_and_diff_equal() {
    let mut dirs = vec![(root().join("corpus"), String::new())];
    if let Some(shared) = shared() {
        dirs.push((shared.join("corpus"), String::new()));
    }
    let tmp = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    let mut fixed = Vec::new();
    let mut passed = 0;
    for (dir, _) in &dirs {
        for f in sql_files(dir) {
            let rel = f
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let known = NOT_YET_IDEMPOTENT.iter().any(|(k, _)| *k == rel);
            let r = round_trip(&f, &rel, tmp.path())
                .and_then(|()| diff_with_normalized(&f, &rel, tmp.path()));
            match (r, known) {
                (Ok(()), false) => passed += 1,
                (Ok(()), true) => fixed.push(rel),
                (Err(e), false) => failures.push(format!("{rel}: {e}")),
                (Err(_), true) => {}
            }
        }
    }
    if !fixed.is_empty() {
        eprintln!(
            "these files now pass: take them off NOT_YET_IDEMPOTENT: {}",
            fixed.join(", ")
        );
    }
    eprintln!("{passed} files normalize to a fixed point and diff equal");
    assert!(passed >= 40, "only {passed} files checked");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Fixture cases where pgsplit does not yet agree with the server, with why. The test
/// fails if a case not listed disagrees, and says when a listed one has started to agree.
const KNOWN_GAPS: &[(&str, &str)] = &[];

#[test]
fn fixtures_agree_with_the_server() {
    let dir = root().join("tests/diff");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("verdict").is_file())
        .collect();
    cases.sort();
    assert!(cases.len() >= 20, "only {} fixture cases", cases.len());
    let tmp = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let verdict = std::fs::read_to_string(case.join("verdict")).unwrap();
        let grants = std::fs::read_to_string(case.join("about"))
            .unwrap_or_default()
            .contains("without -x");
        let (a, b) = (case.join("a.sql"), case.join("b.sql"));
        // `args`: more options the case is run with (`--role postgres`: the server's
        // scripts run as postgres)
        let extra = std::fs::read_to_string(case.join("args")).unwrap_or_default();
        let mut args = vec!["diff", "--color", "never"];
        if grants {
            args.extend(["--compare", "grants"]);
        }
        args.extend(extra.split_whitespace());
        let out = bin().args(&args).arg(&a).arg(&b).output().unwrap();
        let expected = match verdict.trim() {
            "equal" => 0,
            "different" => 1,
            v => panic!("{name}: verdict {v:?}"),
        };
        let known = KNOWN_GAPS.iter().any(|(k, _)| *k == name);
        if known {
            if out.status.code() == Some(expected) {
                eprintln!("{name} now agrees with the server: take it off KNOWN_GAPS");
            }
            continue;
        }
        if out.status.code() != Some(expected) {
            failures.push(format!(
                "{name}: the server says {}, pgsplit diff exited {:?}:\n{}{}",
                verdict.trim(),
                out.status.code(),
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ));
            continue;
        }
        // each side against a copy of it (the same file would be compared with itself)
        for side in [&a, &b] {
            let copy = tmp.path().join(side.file_name().unwrap());
            std::fs::copy(side, &copy).unwrap();
            let s = bin().args(&args).arg(side).arg(&copy).output().unwrap();
            if s.status.code() != Some(0) {
                failures.push(format!(
                    "{name}: {} differs from a copy of itself:\n{}",
                    side.display(),
                    String::from_utf8_lossy(&s.stdout)
                ));
            }
        }
        let json = bin()
            .args(&args)
            .args(["--format", "json"])
            .arg(&a)
            .arg(&b)
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
        if expected == 1 {
            let changes = v["changes"].as_array().unwrap();
            let real: Vec<&serde_json::Value> = changes
                .iter()
                .filter(|c| c["change"] != "probably-equal")
                .collect();
            // an object moved to another name or schema is one removal and one addition
            let moved = matches!(real.as_slice(), [x, y]
                if x["kind"] == y["kind"]
                    && [x["change"].as_str(), y["change"].as_str()].contains(&Some("added"))
                    && [x["change"].as_str(), y["change"].as_str()].contains(&Some("removed")));
            if real.len() != 1 && !moved {
                failures.push(format!(
                    "{name}: a mutation of one object should be one change, got {}",
                    real.len()
                ));
            }
        }
        let report = String::from_utf8_lossy(&out.stdout)
            .replace(&a.display().to_string(), "a.sql")
            .replace(&b.display().to_string(), "b.sql");
        insta::assert_snapshot!(format!("diff-{name}"), report);
        insta::assert_snapshot!(
            format!("diff-{name}-json"),
            String::from_utf8_lossy(&json.stdout)
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// `pgsplit diff` reads the second side reusing what it parsed of the first (statements with
/// the same text): its reports must be those of two schemas built apart.
#[test]
fn reusing_the_first_side_changes_no_report() {
    let dir = root().join("tests/diff");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("a.sql").is_file())
        .collect();
    cases.sort();
    assert!(cases.len() >= 20);
    let opts = pgsplit::cli::CompareOptions {
        json: true,
        quiet: true,
        ..Default::default()
    };
    let tmp = tempfile::tempdir().unwrap();
    for case in &cases {
        let (a, b) = (case.join("a.sql"), case.join("b.sql"));
        // a copy of a: every statement of the second side can be taken over (the same file
        // would be read once)
        let copy = tmp.path().join("a.sql");
        std::fs::copy(&a, &copy).unwrap();
        // both orders: the side read first is the one reused
        for (x, y) in [(&a, &b), (&b, &a), (&a, &copy)] {
            let (mut out, mut err) = (Vec::new(), Vec::new());
            let code = pgsplit::cli::diff(
                &pgsplit::cli::Input::Path(x.clone()),
                &pgsplit::cli::Input::Path(y.clone()),
                &opts,
                &mut out,
                &mut err,
            );
            let sx = Schema::from_sql(&std::fs::read_to_string(x).unwrap()).unwrap();
            let sy = Schema::from_sql(&std::fs::read_to_string(y).unwrap()).unwrap();
            let apart = pgsplit::diff::diff(&sx, &sy, &Policy::default());
            assert_eq!(
                String::from_utf8(out).unwrap(),
                pgsplit::diff::json(&apart),
                "{}: {} then {}",
                case.display(),
                x.display(),
                y.display()
            );
            assert_eq!(code, if apart.is_equal() { 0 } else { 1 });
        }
    }
}

/// A statement classified again under a changed search path on the first side is not taken
/// over by the second, where the same text meets the default path.
#[test]
fn a_statement_under_another_search_path_is_not_reused() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.sql");
    let b = dir.path().join("b.sql");
    std::fs::write(
        &a,
        "CREATE SCHEMA s;\nSET search_path = s;\nCREATE TABLE t (a int);\n",
    )
    .unwrap();
    std::fs::write(&b, "CREATE SCHEMA s;\nCREATE TABLE t (a int);\n").unwrap();
    let out = bin()
        .args(["diff", "--brief", "--color", "never"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(report.contains("- table s.t"), "{report}");
    assert!(report.contains("+ table public.t"), "{report}");
}

/// A random schema: tables with columns of a few types, some keys, checks and references to
/// earlier tables, and indexes.
#[derive(Clone, Debug)]
struct Table {
    cols: Vec<(String, usize, bool)>, // name, type index, not null
    pk: bool,
    unique: Option<usize>,
    check: Option<usize>,
    fk: Option<(usize, usize)>, // column, table referenced (earlier, with a pk)
    index: Option<usize>,
}

/// Types: (hand-written spelling, pg_dump spelling).
const TYPES: &[(&str, &str)] = &[
    ("int4", "integer"),
    ("int8", "bigint"),
    ("varchar(20)", "character varying(20)"),
    ("bool", "boolean"),
    ("timestamptz", "timestamp with time zone"),
    ("float8", "double precision"),
    ("text", "text"),
    ("_int4", "integer[]"),
];

fn schema() -> impl Strategy<Value = Vec<Table>> {
    prop::collection::vec(
        (
            prop::collection::vec((0..TYPES.len(), any::<bool>()), 1..5),
            any::<bool>(),
            prop::option::of(0..4usize),
            prop::option::of(0..4usize),
            prop::option::of((0..4usize, 0..8usize)),
            prop::option::of(0..4usize),
        ),
        1..6,
    )
    .prop_map(|ts| {
        let mut out: Vec<Table> = Vec::new();
        for (cols, pk, unique, check, fk, index) in ts {
            let cols: Vec<(String, usize, bool)> = cols
                .into_iter()
                .enumerate()
                .map(|(i, (t, nn))| (format!("c{i}"), t, nn))
                .collect();
            let n = cols.len();
            let fk = fk
                .map(|(c, t)| (c % n, t % out.len().max(1)))
                .filter(|&(c, t)| t < out.len() && out[t].pk && cols[c].1 == 0);
            out.push(Table {
                pk,
                unique: unique.map(|u| u % n).filter(|&u| !(pk && u == 0)),
                check: check.map(|c| c % n).filter(|&c| cols[c].1 <= 1),
                fk,
                index: index.map(|i| i % n),
                cols: if pk {
                    let mut c = cols;
                    c[0].1 = 0;
                    c
                } else {
                    cols
                },
            });
        }
        out
    })
}

/// As a person writes it: inline constraints, internal type names, no schema.
fn hand_written(ts: &[Table]) -> String {
    let mut s = String::new();
    for (k, t) in ts.iter().enumerate() {
        let cols: Vec<String> = t
            .cols
            .iter()
            .enumerate()
            .map(|(i, (name, ty, nn))| {
                let mut c = format!("{name} {}", TYPES[*ty].0);
                if t.pk && i == 0 {
                    c.push_str(" primary key");
                } else if *nn {
                    c.push_str(" not null");
                }
                if t.unique == Some(i) {
                    c.push_str(" unique");
                }
                if t.check == Some(i) {
                    c.push_str(&format!(" check ({name} > 0)"));
                }
                if let Some((fc, ft)) = t.fk {
                    if fc == i {
                        c.push_str(&format!(" references t{ft}"));
                    }
                }
                c
            })
            .collect();
        s.push_str(&format!("create table t{k} ({});\n", cols.join(", ")));
        if let Some(i) = t.index {
            s.push_str(&format!("create index on t{k} ({});\n", t.cols[i].0));
        }
    }
    s
}

/// As pg_dump writes it: qualified, standard type names, constraints apart with their
/// implicit names, statements in the given order.
fn dumped(ts: &[Table], order: &[usize]) -> String {
    let mut stmts = Vec::new();
    for (k, t) in ts.iter().enumerate() {
        let mut cols = Vec::new();
        let mut checks = Vec::new();
        for (i, (name, ty, nn)) in t.cols.iter().enumerate() {
            let mut c = format!("    {name} {}", TYPES[*ty].1);
            if (t.pk && i == 0) || *nn {
                c.push_str(" NOT NULL");
            }
            cols.push(c);
            if t.check == Some(i) {
                checks.push(format!(
                    "    CONSTRAINT t{k}_{name}_check CHECK (({name} > 0))"
                ));
            }
        }
        cols.extend(checks);
        stmts.push(format!(
            "CREATE TABLE public.t{k} (\n{}\n);",
            cols.join(",\n")
        ));
        if t.pk {
            stmts.push(format!(
                "ALTER TABLE ONLY public.t{k}\n    ADD CONSTRAINT t{k}_pkey PRIMARY KEY (c0);"
            ));
        }
        if let Some(u) = t.unique {
            let c = &t.cols[u].0;
            stmts.push(format!(
                "ALTER TABLE ONLY public.t{k}\n    ADD CONSTRAINT t{k}_{c}_key UNIQUE ({c});"
            ));
        }
        if let Some((fc, ft)) = t.fk {
            let c = &t.cols[fc].0;
            stmts.push(format!("ALTER TABLE ONLY public.t{k}\n    ADD CONSTRAINT t{k}_{c}_fkey FOREIGN KEY ({c}) REFERENCES public.t{ft}(c0);"));
        }
        if let Some(i) = t.index {
            let c = &t.cols[i].0;
            stmts.push(format!(
                "CREATE INDEX t{k}_{c}_idx ON public.t{k} USING btree ({c});"
            ));
        }
    }
    // every statement once, in the shuffled order
    let mut seen = vec![false; stmts.len()];
    let mut text = String::new();
    for &i in order {
        let j = i % stmts.len();
        if !std::mem::replace(&mut seen[j], true) {
            text.push_str(&stmts[j]);
            text.push_str("\n\n");
        }
    }
    for (j, s) in stmts.iter().enumerate() {
        if !seen[j] {
            text.push_str(s);
            text.push_str("\n\n");
        }
    }
    format!(
        "SET statement_timeout = 0;\nSELECT pg_catalog.set_config('search_path', '', false);\n{text}"
    )
}

/// Every statement printed again by the pretty deparser.
fn pretty(sql: &str) -> String {
    let mut out = String::new();
    for s in pgsplit::split_statements(sql).unwrap() {
        let tree = pg_query::parse(&s, 0).unwrap();
        let p = pg_query::deparse(
            &tree.protobuf,
            pg_query::DeparseOptions {
                pretty_print: true,
                ..Default::default()
            },
        )
        .unwrap();
        out.push_str(&p);
        out.push_str(";\n");
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64)
    ))]

    #[test]
    fn hand_written_and_dumped_forms_diff_equal(ts in schema(), order in prop::collection::vec(0..64usize, 0..40)) {
        let a = Schema::from_sql(&hand_written(&ts)).unwrap();
        let dump = dumped(&ts, &order);
        let b = Schema::from_sql(&dump).unwrap();
        let d = pgsplit::diff::diff(&a, &b, &Policy::default());
        prop_assert!(d.is_equal(), "{}\n--- hand\n{}\n--- dump\n{}", pgsplit::diff::human(&d, ("a", "b"), pgsplit::diff::Color::Never, false), hand_written(&ts), dump);
        prop_assert_eq!(d.changes.len(), 0);
        // reformatted by the pretty deparser: still equal
        let c = Schema::from_sql(&pretty(&dump)).unwrap();
        prop_assert!(pgsplit::diff::diff(&b, &c, &Policy::default()).changes.is_empty());
        // and the canonical text is the same for all three
        prop_assert_eq!(a.render(&Policy::everything()), b.render(&Policy::everything()));
        prop_assert_eq!(b.render(&Policy::everything()), c.render(&Policy::everything()));
    }

    #[test]
    fn normalize_is_idempotent_and_self_diff_is_empty(ts in schema()) {
        let a = Schema::from_sql(&hand_written(&ts)).unwrap();
        let text = a.render(&Policy::everything());
        let again = Schema::from_sql(&text).unwrap();
        prop_assert_eq!(&again.render(&Policy::everything()), &text);
        prop_assert!(pgsplit::diff::diff(&a, &again, &Policy::everything()).changes.is_empty());
        // the same text folded a second time, apart
        let a2 = Schema::from_sql(&hand_written(&ts)).unwrap();
        prop_assert!(pgsplit::diff::diff(&a, &a2, &Policy::everything()).changes.is_empty());
    }

    #[test]
    fn one_changed_column_type_is_one_change(ts in schema(), pick in any::<prop::sample::Index>()) {
        let mut changed = ts.clone();
        let t = pick.index(changed.len());
        let c = changed[t].cols.len() - 1;
        // a type no column uses as the last column's new type
        let old = changed[t].cols[c].1;
        let (is_pk, is_check) = (changed[t].pk && c == 0, changed[t].check == Some(c));
        let is_fk = changed[t].fk.is_some_and(|(fc, _)| fc == c);
        prop_assume!(!is_pk && !is_check && !is_fk && old != 6);
        changed[t].cols[c].1 = 6; // text
        let a = Schema::from_sql(&hand_written(&ts)).unwrap();
        let b = Schema::from_sql(&dumped(&changed, &[])).unwrap();
        let d = pgsplit::diff::diff(&a, &b, &Policy::default());
        prop_assert_eq!(d.changes.len(), 1, "{:?}", d.changes);
        prop_assert_eq!(&d.changes[0].identity, &format!("table:public.t{t}"));
        prop_assert_eq!(d.changes[0].details.len(), 1);
        prop_assert_eq!(&d.changes[0].details[0].path, &vec![format!("column c{c}"), "type".to_owned()]);
        prop_assert_eq!(d.changes[0].details[0].to.as_deref(), Some("text"));
    }
}

/// Inputs the `canon` fuzz target failed on (tests/fuzz-findings/canon/) pass its checks now
/// (tests/common/canon_check.rs): an unsupported statement at the end of input without a
/// terminator was printed with a second `;` (`foo bar;;` the second time round); an
/// unterminated dollar quote is refused, as the command line refuses it.
#[test]
fn fuzz_findings_normalize_to_a_fixed_point() {
    let dir = root().join("tests/fuzz-findings/canon");
    let mut n = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        if let Err(e) = common::canon_check::fuzz_canon(&data) {
            panic!("{}: {e}", path.display());
        }
        n += 1;
    }
    assert!(n >= 3);
    // the unsupported statement without a terminator reads back the same
    let policy = Policy::default();
    let a = Schema::from_sql("foo bar").unwrap();
    assert_eq!(
        a.render(&policy),
        Schema::from_sql(&a.render(&policy))
            .unwrap()
            .render(&policy)
    );
}

/// A Unicode-escape string with its own escape character (no backslash) read with
/// `standard_conforming_strings` off is refused by the server: it stays unsupported and is
/// printed under the same setting, not normalized to the string it would mean with the
/// setting on.
#[test]
fn unicode_escape_strings_with_strings_off_are_kept_as_written() {
    let path = root().join("tests/fuzz-findings/canon/unicode-escape-string-with-strings-off.sql");
    let input = std::fs::read_to_string(path).unwrap();
    let text = Schema::from_sql(&input).unwrap().render(&Policy::default());
    assert!(!text.contains("'dat'"), "{text}");
    for kept in [
        "SET standard_conforming_strings = off;\nSELECT U&'d!0061t' UESCAPE '!';\nRESET standard_conforming_strings",
        "SELECT u&'d!0061t' uescape '!' AS lower_case;",
    ] {
        assert!(text.contains(kept), "{kept} not in {text}");
    }
    // with the setting on, the same string is understood
    let on = Schema::from_sql("SELECT U&'d!0061t' UESCAPE '!';").unwrap();
    assert!(on.render(&Policy::default()).contains("'dat'"));
}

/// The README's table of equivalence rules is `pgsplit::canon::RULES`, row for row.
#[test]
fn the_readme_lists_every_rule() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let rows: Vec<&str> = readme
        .lines()
        .skip_while(|l| !l.starts_with("| rule | what it makes equal |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .collect();
    let expected: Vec<String> = pgsplit::canon::RULES
        .iter()
        .map(|r| format!("| `{}` | {} |", r.name, r.equal))
        .collect();
    assert_eq!(
        rows,
        expected,
        "the README's rule table is not canon::RULES; its rows should be:\n{}",
        expected.join("\n")
    );
}

/// Pieces of the corpora whose canon checks are known to fail, with why (none now). The
/// test fails on any other failing piece, and says when a listed one passes.
const KNOWN_SEED_FAILURES: &[(&str, &str)] = &[];

/// `fuzz/seed.sh`'s cut: `split -C 2048`, pieces of at most 2048 bytes ending at a line end,
/// a line longer than that in pieces of 2048 bytes. (The same as GNU split on every corpus
/// file and on random text: each piece is the longest run of whole lines that fits, or
/// 2048 bytes of a longer line; what is left at the end, shorter than 2048 bytes, is the
/// last piece.)
fn seed_cut(data: &[u8]) -> Vec<&[u8]> {
    const MAX: usize = 2048;
    let mut pieces = Vec::new();
    let mut at = 0;
    while at < data.len() {
        if data.len() - at < MAX {
            pieces.push(&data[at..]);
            break;
        }
        let end = match data[at..at + MAX].iter().rposition(|&b| b == b'\n') {
            Some(i) => at + i + 1,
            None => at + MAX,
        };
        pieces.push(&data[at..end]);
        at = end;
    }
    pieces
}

/// POSIX `cksum` (CRC-32, polynomial 0x04C11DB7, the length appended): the name seed.sh
/// gives a piece in fuzz/corpus/TARGET/.
fn cksum(data: &[u8]) -> u32 {
    fn feed(crc: &mut u32, b: u8) {
        *crc ^= u32::from(b) << 24;
        for _ in 0..8 {
            *crc = if *crc & 0x8000_0000 != 0 {
                (*crc << 1) ^ 0x04C1_1DB7
            } else {
                *crc << 1
            };
        }
    }
    let mut crc = 0;
    for &b in data {
        feed(&mut crc, b);
    }
    let mut len = data.len() as u64;
    while len != 0 {
        feed(&mut crc, len as u8);
        len >>= 8;
    }
    !crc
}

#[test]
fn seed_cut_and_cksum_are_seed_shs() {
    // split -C 2048: whole lines while they fit, a long line in pieces of 2048 bytes, the
    // rest at the end (checked against GNU split 9.1)
    let text = [&b"a\n"[..], &[b'x'; 3000], b"\n", &[b'y'; 2046], b"\nz"].concat();
    let pieces = seed_cut(&text);
    let lens: Vec<usize> = pieces.iter().map(|p| p.len()).collect();
    assert_eq!(lens, [2, 2048, 953, 2047, 1]);
    assert_eq!(pieces.concat(), text);
    assert_eq!(seed_cut(&[b'a'; 2048]).len(), 1);
    assert!(seed_cut(b"").is_empty());
    // `printf 'SELECT 1;\n' | cksum` and `printf '' | cksum`
    assert_eq!(cksum(b"SELECT 1;\n"), 3_766_042_816);
    assert_eq!(cksum(b""), 4_294_967_295);
}

/// Every seed of the fuzz corpora (every `.sql` file of `corpus/` and of the shared
/// corpus, cut as `fuzz/seed.sh` cuts them; the same piece once) passes the canon fuzz
/// target's checks (tests/common/canon_check.rs): no panic, a schema diffs equal with a
/// second fold of its text and with its own normalized text, and normalizing that again
/// changes nothing. The shared corpus is needed under CI (common::shared).
#[test]
fn every_fuzz_seed_passes_the_canon_checks() {
    // (the label of a piece names its file from the repository, or as ../shared/...)
    let mut files: Vec<(PathBuf, String)> = sql_files(&root().join("corpus"))
        .into_iter()
        .map(|f| {
            let label = f.strip_prefix(root()).unwrap().display().to_string();
            (f, label)
        })
        .collect();
    let with_shared = shared();
    if let Some(shared) = &with_shared {
        for f in sql_files(&shared.join("corpus")) {
            let label = format!("../shared/{}", f.strip_prefix(shared).unwrap().display());
            files.push((f, label));
        }
    }
    let mut seen = std::collections::HashSet::new();
    let mut pieces = Vec::new();
    for (f, label) in &files {
        let data = std::fs::read(f).unwrap();
        let mut at = 0;
        for (k, p) in seed_cut(&data).into_iter().enumerate() {
            if seen.insert(p.to_vec()) {
                let name = format!(
                    "{label} piece {} (bytes {}..{}, seed {})",
                    k + 1,
                    at,
                    at + p.len(),
                    cksum(p)
                );
                pieces.push((name, p.to_vec()));
            }
            at += p.len();
        }
    }
    let start = std::time::Instant::now();
    let mut failures = Vec::new();
    let mut fixed = Vec::new();
    for (name, data) in &pieces {
        let r = std::panic::catch_unwind(|| common::canon_check::fuzz_canon(data))
            .unwrap_or_else(|_| Err("panicked".into()));
        let known = KNOWN_SEED_FAILURES.iter().any(|(k, _)| name.starts_with(k));
        match (r, known) {
            (Ok(()), true) => fixed.push(name.clone()),
            (Err(e), false) => failures.push(format!("{name}: {e}")),
            _ => {}
        }
    }
    eprintln!(
        "{} seeds of {} files checked in {:.1} s",
        pieces.len(),
        files.len(),
        start.elapsed().as_secs_f64()
    );
    if !fixed.is_empty() {
        eprintln!(
            "these seeds pass now: take them off KNOWN_SEED_FAILURES: {}",
            fixed.join(", ")
        );
    }
    assert!(
        failures.is_empty(),
        "{} of {} seeds fail the canon checks:\n{}",
        failures.len(),
        pieces.len(),
        failures.join("\n\n")
    );
    let least = if with_shared.is_some() { 9000 } else { 100 };
    assert!(pieces.len() >= least, "only {} seeds", pieces.len());
}
