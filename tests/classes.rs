//! Every statement of every corpus file (the project's own and the shared one, PostgreSQL's
//! regression scripts included) gets a class, and ordering loses none: `pgsplit order
//! --format json` lists exactly the statements `pgsplit split` lists, each once.

mod common;

use pgsplit::cli::{split, Input, SplitOptions};
use pgsplit::emit::Format;
use pgsplit::Encoding;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn sql_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd {
        let p = e.unwrap().path();
        if p.is_dir() {
            sql_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "sql") {
            out.push(p);
        }
    }
}

fn run(file: &Path, order: bool) -> (i32, Value, String) {
    let name = file.to_string_lossy();
    let encoding = if name.contains("latin1") && name.contains("dbsamples") {
        Encoding::from_name("LATIN1").unwrap()
    } else {
        Encoding::UTF8
    };
    let opts = SplitOptions {
        input: Input::Path(file.to_path_buf()),
        format: Format::Json,
        encoding,
        order,
        quiet: true,
        ..SplitOptions::default()
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = split(&opts, &mut out, &mut err);
    let v = serde_json::from_slice(&out).unwrap_or(Value::Null);
    (code, v, String::from_utf8_lossy(&err).into_owned())
}

fn statements(v: &Value) -> Vec<&Value> {
    v.as_array()
        .map(|a| a.iter().filter(|e| e["kind"] == "statement").collect())
        .unwrap_or_default()
}

#[test]
fn every_statement_gets_a_class_and_ordering_loses_none() {
    let root = common::root();
    let mut files = Vec::new();
    sql_files(&root.join("corpus"), &mut files);
    let shared = root.join("../shared/corpus");
    if shared.exists() {
        sql_files(&shared, &mut files);
    } else {
        assert!(
            std::env::var_os("CI").is_none(),
            "../shared/corpus is missing"
        );
    }
    files.sort();
    assert!(
        files.len() > 100 || !shared.exists(),
        "{} files",
        files.len()
    );
    let mut classes: BTreeMap<String, usize> = BTreeMap::new();
    let mut unsupported: Vec<String> = Vec::new();
    let mut failures = Vec::new();
    let mut not_ordered = Vec::new();
    for f in &files {
        let (code, split_json, err) = run(f, false);
        if code != 0 {
            // files that do not split (on purpose: open quotes at the end ...) have their own
            // tests; they must say why
            assert!(
                err.contains("error"),
                "{}: exit {code} without an error",
                f.display()
            );
            continue;
        }
        let input = statements(&split_json);
        for s in &input {
            let class = s["class"]
                .as_str()
                .unwrap_or_else(|| panic!("{}: no class: {s}", f.display()));
            *classes.entry(class.to_owned()).or_default() += 1;
            assert!(
                ["definition", "attached", "setting", "other", "unsupported"].contains(&class),
                "{class}"
            );
            let psql_variable = s["reason"]
                .as_str()
                .is_some_and(|r| r.contains("psql variable"));
            if class == "unsupported" && !psql_variable {
                unsupported.push(format!(
                    "{}:{}: {}",
                    f.strip_prefix(&root).unwrap_or(f).display(),
                    s["line"],
                    s["reason"].as_str().unwrap_or("")
                ));
            }
        }
        let (code, ordered_json, err) = run(f, true);
        if code != 0 {
            let why = err
                .lines()
                .find(|l| l.contains("error:"))
                .unwrap_or("")
                .to_owned();
            not_ordered.push(format!(
                "{}: {why}",
                f.strip_prefix(&root).unwrap_or(f).display()
            ));
            continue;
        }
        // the same statements, each once (rewritten ones aside: their foreign keys moved out)
        let mut before: Vec<&str> = input.iter().map(|s| s["sql"].as_str().unwrap()).collect();
        let mut after: Vec<&str> = statements(&ordered_json)
            .iter()
            .map(|s| s["sql"].as_str().unwrap())
            .collect();
        before.sort_unstable();
        after.sort_unstable();
        if before != after && !err.contains("foreign-keys-moved") {
            failures.push(format!(
                "{}: {} statements in, {} out",
                f.display(),
                before.len(),
                after.len()
            ));
        }
    }
    eprintln!("classes: {classes:?}");
    eprintln!("{} unsupported statements, e.g.:", unsupported.len());
    for u in unsupported.iter().take(15) {
        eprintln!("  {u}");
    }
    eprintln!("files that cannot be ordered: {not_ordered:#?}");
    assert!(failures.is_empty(), "{failures:#?}");
    // Only PostgreSQL's regression scripts (which drop, recreate and break things on purpose)
    // may be impossible to order.
    let unexpected: Vec<&String> = not_ordered
        .iter()
        .filter(|n| !n.contains("postgres-regress"))
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:#?}");
    // pg_dump output always parses: nothing unsupported outside the regression scripts and
    // the own scripts that test psql's quirks
    let unexpected: Vec<&String> = unsupported
        .iter()
        .filter(|u| !u.contains("postgres-regress") && !u.contains("corpus/src/psql-"))
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:#?}");
    assert!(classes.get("definition").copied().unwrap_or(0) > 1000 || !shared.exists());
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(48),
        ..proptest::prelude::ProptestConfig::default()
    })]

    /// The order fuzz target's property (tests/common/order_check.rs): a piece of a corpus
    /// file, with random text put in and its statements shuffled, orders into a permutation
    /// of its statements (or a reported cycle), without a panic.
    #[test]
    fn order_is_a_permutation_of_shuffled_and_mutated_statements(
        file in proptest::prelude::any::<proptest::sample::Index>(),
        start in proptest::prelude::any::<proptest::sample::Index>(),
        len in 0usize..20_000,
        noise in "[ -~\n]{0,24}",
        at in proptest::prelude::any::<proptest::sample::Index>(),
        seed in proptest::prelude::any::<u16>(),
    ) {
        let mut files = Vec::new();
        sql_files(&common::root().join("corpus"), &mut files);
        files.sort();
        let text = String::from_utf8_lossy(&std::fs::read(file.get(&files)).unwrap()).into_owned();
        let chars: Vec<char> = text.chars().collect();
        let from = start.index(chars.len().max(1)).min(chars.len());
        let mut piece: Vec<char> = chars[from..(from + len).min(chars.len())].to_vec();
        let at = at.index(piece.len() + 1);
        piece.splice(at..at, noise.chars());
        let mut data = seed.to_le_bytes().to_vec();
        data.extend_from_slice(piece.into_iter().collect::<String>().as_bytes());
        if let Err(e) = common::order_check::fuzz_order(&data) {
            proptest::prop_assert!(false, "{}", e);
        }
    }
}
