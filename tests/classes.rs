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

/// Statements `order` can only order by moving foreign keys out of `CREATE TABLE` (two
/// tables that refer to each other), and their plan.
fn cycle_plan(texts: &[&str]) -> (Vec<String>, pgsplit::order::Plan) {
    let plan = pgsplit::order::order_texts(texts).unwrap();
    let texts: Vec<String> = texts.iter().map(|t| (*t).to_owned()).collect();
    (texts, plan)
}

const CYCLE: [&str; 2] = [
    "CREATE TABLE a (id int PRIMARY KEY, b_id int CONSTRAINT a_b REFERENCES b ON DELETE CASCADE, n text NOT NULL);",
    "CREATE TABLE b (id int PRIMARY KEY, a_id int, FOREIGN KEY (a_id) REFERENCES a (id) MATCH FULL);",
];

/// The order check (tests/common/order_check.rs) passes a real rewrite, and catches a
/// broken one: a foreign key dropped from `CREATE TABLE` without its `ALTER TABLE`, one
/// invented, a column lost, an added statement from a statement that was not rewritten.
#[test]
fn the_order_check_catches_a_lost_or_invented_constraint() {
    use common::order_check::check_plan;
    use pgsplit::order::Step;
    let (texts, plan) = cycle_plan(&CYCLE);
    check_plan(&texts, &plan).unwrap();
    let added = |p: &pgsplit::order::Plan| {
        p.steps
            .iter()
            .filter(|s| matches!(s, Step::Added { .. }))
            .count()
    };
    assert_eq!(added(&plan), 2, "{:?}", plan.steps);
    // the ALTER TABLE that puts a key back is dropped: the key is lost
    let mut broken = plan.clone();
    let at = broken
        .steps
        .iter()
        .position(|s| matches!(s, Step::Added { .. }))
        .unwrap();
    broken.steps.remove(at);
    let e = check_plan(&texts, &broken).unwrap_err();
    assert!(
        e.contains("foreign keys differ") && e.contains("lost"),
        "{e}"
    );
    // an added statement that adds a key the original did not have
    let mut broken = plan.clone();
    for s in &mut broken.steps {
        if let Step::Added { text, .. } = s {
            *text = text.replace("ON DELETE CASCADE", "ON DELETE SET NULL");
        }
    }
    let e = check_plan(&texts, &broken).unwrap_err();
    assert!(e.contains("foreign keys differ"), "{e}");
    // the rewritten CREATE TABLE loses a column's NOT NULL, or keeps a key it also added
    for (from, to) in [(" NOT NULL", ""), ("b_id int", "b_id int REFERENCES b")] {
        let mut broken = plan.clone();
        for s in &mut broken.steps {
            if let Step::Rewritten { text, .. } = s {
                *text = text.replace(from, to);
            }
        }
        assert!(check_plan(&texts, &broken).is_err(), "{from} -> {to}");
    }
    // an added statement said to come from a statement that was not rewritten
    let (texts3, plan3) = cycle_plan(&[CYCLE[0], CYCLE[1], "CREATE TABLE c (x int);"]);
    check_plan(&texts3, &plan3).unwrap();
    let mut broken = plan3.clone();
    let c = plan3
        .steps
        .iter()
        .find_map(|s| match s {
            Step::Statement(i) => Some(*i),
            _ => None,
        })
        .unwrap();
    for s in &mut broken.steps {
        if let Step::Added { from, .. } = s {
            *from = c;
        }
    }
    assert!(check_plan(&texts3, &broken).is_err());
    // a statement counted twice
    let mut broken = plan.clone();
    broken.steps.push(Step::Statement(0));
    assert!(check_plan(&texts, &broken)
        .unwrap_err()
        .contains("not a permutation"));
}

/// Found by the strengthened order check: a column's foreign key moved out of `CREATE
/// TABLE` left its `DEFERRABLE INITIALLY DEFERRED` behind on the column, where the server
/// refuses it ("misplaced DEFERRABLE clause"), and the `ALTER TABLE` added the key without
/// it. The clauses now go with the key.
#[test]
fn a_moved_column_key_keeps_its_deferrable_clauses() {
    let (texts, plan) = cycle_plan(&[
        "CREATE TABLE a (id int PRIMARY KEY, b_id int REFERENCES b DEFERRABLE INITIALLY DEFERRED NOT NULL UNIQUE NOT DEFERRABLE);",
        "CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a INITIALLY DEFERRED);",
    ]);
    common::order_check::check_plan(&texts, &plan).unwrap();
    let out: Vec<String> = plan
        .steps
        .iter()
        .map(|s| match s {
            pgsplit::order::Step::Statement(i) => texts[*i].clone(),
            pgsplit::order::Step::Rewritten { text, .. }
            | pgsplit::order::Step::Added { text, .. } => text.clone(),
        })
        .collect();
    assert_eq!(
        out,
        [
            "CREATE TABLE a (id int PRIMARY KEY, b_id int NOT NULL UNIQUE NOT DEFERRABLE);",
            "CREATE TABLE b (id int PRIMARY KEY, a_id int);",
            "ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b DEFERRABLE INITIALLY DEFERRED;",
            "ALTER TABLE b ADD FOREIGN KEY (a_id) REFERENCES a DEFERRABLE INITIALLY DEFERRED;",
        ]
    );
}

/// Clauses a column's foreign key may have after it (nodes of their own in the parse tree).
const KEY_CLAUSES: &[&str] = &[
    "",
    " ON DELETE CASCADE",
    " MATCH FULL ON UPDATE SET NULL",
    " DEFERRABLE",
    " DEFERRABLE INITIALLY DEFERRED",
    " INITIALLY DEFERRED",
    " NOT DEFERRABLE INITIALLY IMMEDIATE",
    " NOT ENFORCED",
    " NOT NULL",
    " NOT NULL DEFERRABLE",
];

/// Tables that refer to each other in a ring (so `order` must move keys out of `CREATE
/// TABLE`), with more keys around: to tables of the ring or outside it, on columns (with
/// clauses after them, named or not) and as table constraints.
fn key_cycle() -> impl proptest::strategy::Strategy<Value = Vec<String>> {
    use proptest::prelude::*;
    let column = (
        0..6usize,
        prop::sample::select(KEY_CLAUSES),
        any::<bool>(),
        any::<bool>(),
    );
    (
        2..5usize,
        prop::collection::vec(prop::collection::vec(column, 0..4), 5),
        prop::collection::vec(prop::option::of(0..6usize), 5),
        any::<proptest::sample::Index>(),
    )
        .prop_map(|(n, columns, table_keys, rotate)| {
            let target = |k: usize| {
                if k < n {
                    format!("t{k}")
                } else {
                    "outside".to_owned()
                }
            };
            let mut texts = vec!["CREATE TABLE outside (id int PRIMARY KEY);".to_owned()];
            for i in 0..n {
                let mut elts = vec![
                    "id int PRIMARY KEY".to_owned(),
                    format!("ring int REFERENCES t{}", (i + 1) % n),
                ];
                for (j, (to, clauses, named, not_null)) in columns[i].iter().enumerate() {
                    let name = if *named {
                        format!(" CONSTRAINT k{i}_{j}")
                    } else {
                        String::new()
                    };
                    let nn = if *not_null { " NOT NULL" } else { "" };
                    elts.push(format!(
                        "c{j} int{nn}{name} REFERENCES {} (id){clauses}",
                        target(*to)
                    ));
                }
                if let Some(to) = table_keys[i] {
                    elts.push(format!(
                        "FOREIGN KEY (ring, id) REFERENCES {} (id, id) DEFERRABLE",
                        target(to)
                    ));
                }
                texts.push(format!("CREATE TABLE t{i} ({});", elts.join(", ")));
            }
            let k = rotate.index(texts.len());
            texts.rotate_left(k);
            texts
        })
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(200),
        ..proptest::prelude::ProptestConfig::default()
    })]

    /// A ring of tables is ordered by moving foreign keys out of `CREATE TABLE`: what is
    /// taken out of each is what the added `ALTER TABLE` statements put back, and the rest
    /// of the table stays as written (tests/common/order_check.rs).
    #[test]
    fn breaking_a_cycle_of_foreign_keys_loses_and_invents_nothing(texts in key_cycle()) {
        for t in &texts {
            proptest::prop_assert!(pg_query::parse(t, 0).is_ok(), "{}", t);
        }
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let plan = pgsplit::order::order_texts(&refs).unwrap();
        let rewritten = plan
            .steps
            .iter()
            .filter(|s| matches!(s, pgsplit::order::Step::Rewritten { .. }))
            .count();
        proptest::prop_assert!(rewritten >= 1, "{:?}", plan.steps);
        if let Err(e) = common::order_check::check_plan(&texts, &plan) {
            proptest::prop_assert!(false, "{}", e);
        }
    }
}
