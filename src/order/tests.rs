//! Ordering tests on small inputs; the real proof is `tests/server.rs`, which loads ordered
//! corpus dumps into PostgreSQL.

use super::{order_texts, Change, Step};

fn texts(input: &[&str]) -> Vec<String> {
    let plan = order_texts(input).unwrap();
    plan.steps
        .iter()
        .map(|s| match s {
            Step::Statement(i) => input[*i].to_owned(),
            Step::Rewritten { text, .. } | Step::Added { text, .. } => text.clone(),
        })
        .collect()
}

#[test]
fn everything_comes_after_what_it_needs() {
    let out = texts(&[
        "CREATE INDEX t_m ON app.t (m);",
        "CREATE VIEW app.v2 AS SELECT * FROM app.v1;",
        "ALTER TABLE app.t OWNER TO bob;",
        "CREATE VIEW app.v1 AS SELECT * FROM app.t;",
        "CREATE TABLE app.t (id int, m app.mood);",
        "CREATE TYPE app.mood AS ENUM ('a');",
        "CREATE SCHEMA app;",
        "SET search_path = '';",
        "CREATE EXTENSION pg_trgm;",
    ]);
    insta::assert_snapshot!(out.join("\n"), @r"
    SET search_path = '';
    CREATE SCHEMA app;
    CREATE EXTENSION pg_trgm;
    CREATE TYPE app.mood AS ENUM ('a');
    CREATE TABLE app.t (id int, m app.mood);
    ALTER TABLE app.t OWNER TO bob;
    CREATE VIEW app.v1 AS SELECT * FROM app.t;
    CREATE VIEW app.v2 AS SELECT * FROM app.v1;
    CREATE INDEX t_m ON app.t (m);
    ");
}

#[test]
fn any_input_order_gives_the_same_output() {
    let input = [
        "CREATE TABLE a (id int PRIMARY KEY);",
        "CREATE TABLE b (id int PRIMARY KEY, a_id int);",
        "ALTER TABLE b ADD CONSTRAINT b_a FOREIGN KEY (a_id) REFERENCES a;",
        "COMMENT ON TABLE a IS 'x';",
        "GRANT SELECT ON a TO r;",
        "REVOKE ALL ON a FROM PUBLIC;",
        "CREATE MATERIALIZED VIEW m AS SELECT * FROM b;",
        "CREATE INDEX m_i ON m (id);",
        "REFRESH MATERIALIZED VIEW m;",
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT count(*)::int FROM a';",
        "INSERT INTO a VALUES (1);",
        "INSERT INTO b VALUES (1, 1);",
    ];
    let first = texts(&input);
    let mut rotated = input.to_vec();
    for _ in 0..input.len() {
        rotated.rotate_left(5);
        rotated.swap(0, 3);
        assert_eq!(texts(&rotated), first);
    }
    insta::assert_snapshot!(first.join("\n"), @"
    CREATE TABLE a (id int PRIMARY KEY);
    COMMENT ON TABLE a IS 'x';
    REVOKE ALL ON a FROM PUBLIC;
    GRANT SELECT ON a TO r;
    INSERT INTO a VALUES (1);
    CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT count(*)::int FROM a';
    CREATE TABLE b (id int PRIMARY KEY, a_id int);
    INSERT INTO b VALUES (1, 1);
    ALTER TABLE b ADD CONSTRAINT b_a FOREIGN KEY (a_id) REFERENCES a;
    CREATE MATERIALIZED VIEW m AS SELECT * FROM b;
    REFRESH MATERIALIZED VIEW m;
    CREATE INDEX m_i ON m (id);
    ");
}

#[test]
fn other_statements_keep_their_order() {
    let out = texts(&[
        "CREATE TABLE t (a int);",
        "UPDATE t SET a = 2;",
        "DELETE FROM t;",
        "INSERT INTO t SELECT 1;",
    ]);
    assert_eq!(
        out[1..],
        [
            "UPDATE t SET a = 2;",
            "DELETE FROM t;",
            "INSERT INTO t SELECT 1;"
        ]
    );
}

#[test]
fn foreign_key_cycles_are_broken_like_pg_dump() {
    let plan = order_texts(&[
        "CREATE TABLE a (id int PRIMARY KEY, b_id int REFERENCES b);",
        "CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);",
    ])
    .unwrap();
    assert_eq!(
        plan.changes,
        [
            Change::ForeignKeysMoved { from: 0, count: 1 },
            Change::ForeignKeysMoved { from: 1, count: 1 }
        ]
    );
    let out = texts(&[
        "CREATE TABLE a (id int PRIMARY KEY, b_id int REFERENCES b);",
        "CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);",
    ]);
    insta::assert_snapshot!(out.join("\n"), @r"
    CREATE TABLE a (id int PRIMARY KEY, b_id int);
    CREATE TABLE b (id int PRIMARY KEY, a_id int);
    ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b;
    ALTER TABLE b ADD FOREIGN KEY (a_id) REFERENCES a;
    ");
}

#[test]
fn soft_cycles_drop_the_soft_edge() {
    let plan = order_texts(&[
        "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$BEGIN RETURN g(); END$$;",
        "CREATE FUNCTION g() RETURNS int LANGUAGE plpgsql AS $$BEGIN RETURN f(); END$$;",
    ])
    .unwrap();
    assert_eq!(plan.steps.len(), 2);
    assert!(matches!(
        plan.changes[0],
        Change::SoftDependencyIgnored { .. }
    ));
}

#[test]
fn a_true_cycle_is_an_error_naming_the_objects() {
    let err = order_texts(&[
        "CREATE VIEW a AS SELECT * FROM b;",
        "CREATE VIEW b AS SELECT * FROM a;",
    ])
    .unwrap_err();
    assert_eq!(err.names, ["view:public.a", "view:public.b"]);
    assert_eq!(
        err.to_string(),
        "dependency cycle that cannot be broken: view:public.a -> view:public.b"
    );
}

#[test]
fn restrict_first_unrestrict_last_and_barriers_hold() {
    use super::{order, Item, Pin};
    use crate::classify::{classify, Context};
    let ctx = Context::default();
    let item = |t: &str, pin| Item {
        class: classify(t, &ctx),
        text: t.to_owned(),
        search_path: ctx.search_path.clone(),
        pin,
    };
    let items = vec![
        item("CREATE TABLE t2 (a int);", Pin::Free),
        item("\\unrestrict k", Pin::Last),
        item("\\connect other", Pin::Barrier),
        item("CREATE TABLE t1 (a int);", Pin::Free),
        item("\\restrict k", Pin::First),
    ];
    let plan = order(items).unwrap();
    // t2 was before the \\connect and stays before it; t1 stays after
    assert_eq!(
        plan.steps,
        [
            Step::Statement(4),
            Step::Statement(0),
            Step::Statement(2),
            Step::Statement(3),
            Step::Statement(1)
        ]
    );
}
