//! The `pgsplit` binary: every option, exit code and error of `pgsplit split`.

mod common;

use common::cmd::{pgsplit, text, tmp_file, with_stdin};
use serde_json::Value;
use std::io::Write;
use std::process::Command;

fn json(args: &[&str]) -> Value {
    let out = pgsplit(args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn version_and_help() {
    let out = pgsplit(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).starts_with("pgsplit "));
    let out = pgsplit(&["split", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    for needle in [
        "Examples:",
        "--format",
        "--out-dir",
        "--keep-meta",
        "--encoding",
        "--strict",
    ] {
        assert!(help.contains(needle), "help lacks {needle}");
    }
    // a usage error is exit 2, as every error
    assert_eq!(
        pgsplit(&["split", "--format", "xml"]).status.code(),
        Some(2)
    );
    assert_eq!(pgsplit(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn sql_format_is_statements_with_blank_lines_and_copy_data() {
    let input =
        b"SET x = 1; -- c\nCOPY t FROM stdin; SELECT 1;\nrow;1\n\\.\n\\restrict k\nSELECT 'a;b'\n";
    let (_d, f) = tmp_file(input);
    let out = pgsplit(&["split", &f]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "SET x = 1;\n\nCOPY t FROM stdin;\nrow;1\n\\.\n\nSELECT 1;\n\nSELECT 'a;b'\n\n"
    );
    // \restrict is left out silently
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn sql_output_replays_in_psql_order() {
    // The output of `split` splits again into the same statements.
    let f = "corpus/dumps/full.sql";
    let once = pgsplit(&["split", f]);
    let (_d, again_in) = tmp_file(&once.stdout);
    let twice = pgsplit(&["split", &again_in]);
    assert_eq!(text(&once.stdout), text(&twice.stdout));
}

#[test]
fn g_terminated_statements_stay_apart_without_their_meta() {
    let input = b"SELECT 1 \\gset\nSELECT 2 \\g\n";
    let (_d, f) = tmp_file(input);
    let out = pgsplit(&["split", &f]);
    assert_eq!(text(&out.stdout), "SELECT 1;\n\nSELECT 2;\n\n");
    let out = pgsplit(&["split", "--keep-meta", &f]);
    assert_eq!(text(&out.stdout), "SELECT 1 \\gset\n\nSELECT 2 \\g\n\n");
}

#[test]
fn json_format_contract() {
    let v = json(&[
        "split",
        "--format",
        "json",
        "tests/cases/C56_copy_same_line.sql",
    ]);
    let a = v.as_array().unwrap();
    assert_eq!(a.len(), 4);
    for (i, e) in a.iter().enumerate() {
        assert_eq!(e["index"], i as u64);
        for k in ["kind", "sql", "line", "column", "byte_start", "byte_end"] {
            assert!(!e[k].is_null(), "element {i} lacks {k}");
        }
    }
    assert_eq!(a[1]["sql"], "COPY t FROM stdin;");
    assert_eq!(a[1]["copy_data"], "row1\n");
    assert_eq!(a[2]["sql"], "SELECT 1;");
    assert_eq!(
        (a[2]["line"].as_u64(), a[2]["column"].as_u64()),
        (Some(2), Some(20))
    );
    assert!(a[2].get("copy_data").is_none());
}

#[test]
fn json_lists_meta_commands_in_place() {
    let v = json(&[
        "split",
        "--format",
        "json",
        "tests/cases/C72_dump_meta_lines.sql",
    ]);
    let kinds: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["meta", "meta", "meta", "meta", "statement"]);
    assert_eq!(v[2]["command"], "connect");
}

#[test]
fn jsonl_is_json_one_per_line() {
    let f = "corpus/src/psql-meta.sql";
    let all = json(&["split", "--format", "json", f]);
    let out = pgsplit(&["split", "--format", "jsonl", f]);
    assert_eq!(out.status.code(), Some(0));
    let lines: Vec<Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(&lines, all.as_array().unwrap());
}

#[test]
fn nul_format() {
    let out = pgsplit(&[
        "split",
        "--format",
        "nul",
        "tests/cases/C01_semicolon_in_string.sql",
    ]);
    assert_eq!(out.stdout, b"SELECT 'a;b';\0SELECT 2;\0");
    let out = pgsplit(&[
        "split",
        "--format",
        "nul",
        "--keep-meta",
        "tests/cases/C72_dump_meta_lines.sql",
    ]);
    assert_eq!(out.stdout.iter().filter(|&&b| b == 0).count(), 5);
}

#[test]
fn out_dir_writes_numbered_files_and_refuses_non_empty_dirs() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("stmts");
    let t = target.to_string_lossy().into_owned();
    let out = pgsplit(&[
        "split",
        "--out-dir",
        &t,
        "tests/cases/C56_copy_same_line.sql",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let mut names: Vec<String> = std::fs::read_dir(&target)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["0001.sql", "0002.sql", "0003.sql", "0004.sql"]);
    assert_eq!(
        std::fs::read_to_string(target.join("0002.sql")).unwrap(),
        "COPY t FROM stdin;\nrow1\n\\.\n"
    );
    // again: refused, nothing changed
    let out = pgsplit(&[
        "split",
        "--out-dir",
        &t,
        "tests/cases/C01_semicolon_in_string.sql",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("not empty"),
        "{}",
        text(&out.stderr)
    );
    assert!(target.join("0004.sql").exists());
    // with --force: replaced
    std::fs::write(target.join("notes.txt"), "keep me").unwrap();
    let out = pgsplit(&[
        "split",
        "--force",
        "--out-dir",
        &t,
        "tests/cases/C01_semicolon_in_string.sql",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let mut names: Vec<String> = std::fs::read_dir(&target)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["0001.sql", "0002.sql", "notes.txt"]);
}

#[test]
fn out_dir_is_not_created_on_error() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("stmts");
    let (_d, f) = tmp_file(b"SELECT 1;\nSELECT 'open\n");
    let out = pgsplit(&["split", "--out-dir", &target.to_string_lossy(), &f]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!target.exists());
}

#[test]
fn meta_commands_that_change_meaning_are_reported_with_line_numbers() {
    let input = b"\\unrestrict k\n\\set ON_ERROR_STOP 1\n\\connect other\nSELECT 1;\n\\i more.sql\n\\ir sub.sql\n\\copy t from 'f.csv'\n\\if :flag\nSELECT 2;\n\\endif\n\\if false\nSELECT 3;\n\\endif\n\\restrict k\n";
    let (_d, f) = tmp_file(input);
    let out = pgsplit(&["split", &f]);
    assert_eq!(out.status.code(), Some(0));
    let err = text(&out.stderr);
    for (line, cmd) in [
        (3, "\\connect"),
        (5, "\\i"),
        (6, "\\ir"),
        (7, "\\copy"),
        (8, "\\if"),
        (11, "\\if false: psql skips the branch that follows"),
    ] {
        let needle = format!("{f}:{line}:1: note: {cmd}");
        assert!(err.contains(&needle), "missing {needle:?} in\n{err}");
    }
    assert!(!err.contains("restrict"), "{err}");
    assert!(
        err.contains("left out 1 psql meta-command (\\set)"),
        "{err}"
    );
    assert_eq!(text(&out.stdout), "SELECT 1;\n\nSELECT 2;\n\n");
    // --keep-meta: kept, not reported
    let out = pgsplit(&["split", "--keep-meta", &f]);
    assert!(text(&out.stdout).contains("\\connect other\n"));
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn unknown_encoding_is_an_error() {
    let (_d, f) = tmp_file(b"SELECT 1;\nSET client_encoding = 'klingon';\nSELECT 2;\n");
    let out = pgsplit(&["split", &f]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with(&format!("{f}:2:1: error: unknown client encoding")));
    let out = pgsplit(&["split", "--encoding", "klingon", &f]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("unknown encoding"));
}

#[test]
fn invalid_utf8_is_an_error_with_a_hint_and_latin1_works() {
    let (_d, f) = tmp_file(b"SELECT 1;\nINSERT INTO t VALUES ('caf\xe9');\n");
    let out = pgsplit(&["split", &f]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.starts_with(&format!(
            "{f}:2:27: error: invalid byte sequence for encoding UTF8: 0xe9"
        )),
        "{err}"
    );
    assert!(err.contains("--encoding LATIN1"));
    let out = pgsplit(&["split", "--encoding", "LATIN1", "--format", "json", &f]);
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[1]["sql"], "INSERT INTO t VALUES ('café');");
    assert_eq!(v[1]["encoding"], "LATIN1");
    // sql output keeps the bytes as they are
    let out = pgsplit(&["split", "--encoding", "LATIN1", &f]);
    assert!(out.stdout.windows(4).any(|w| w == b"caf\xe9"));
}

#[test]
fn declared_encodings_are_followed() {
    // The file says SET client_encoding = 'SJIS' itself.
    let v = json(&[
        "split",
        "--format",
        "json",
        "corpus/src/enc-sjis-client.sql",
    ]);
    let texts: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["sql"].as_str().unwrap())
        .collect();
    assert!(texts.iter().any(|t| t.contains("表")), "{texts:?}");
}

#[test]
fn unreadable_inputs() {
    let out = pgsplit(&["split", "no/such/file.sql"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "no/such/file.sql: error: cannot read: No such file or directory\n"
    );
    let out = pgsplit(&["split", "src"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("is a directory with no .sql file"));
    let (_d, f) = tmp_file(b"PGDMP\x01\x0e\x00");
    let out = pgsplit(&["split", &f]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("pg_restore"));
}

#[test]
fn stdin_and_dash() {
    let out = with_stdin(&["split", "-"], b"SELECT 1; SELECT 2;");
    assert_eq!(text(&out.stdout), "SELECT 1;\n\nSELECT 2;\n\n");
    let out = with_stdin(&["split", "--format", "nul"], b"SELECT 1;");
    assert_eq!(out.stdout, b"SELECT 1;\0");
    let out = with_stdin(&["split"], b"SELECT 'x");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("<stdin>:1:8: error: unterminated quoted string"));
    assert!(out.stdout.is_empty());
}

#[test]
fn stream_writes_as_it_reads() {
    let out = with_stdin(&["split", "--stream"], b"SELECT 1;\nSELECT 'x");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stdout).starts_with("SELECT 1;"));
}

#[test]
fn strict_turns_warnings_into_errors() {
    let f = "tests/cases/C46_atomic_qualified_end.sql";
    let out = pgsplit(&["split", f]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stderr).contains("warning:"),
        "{}",
        text(&out.stderr)
    );
    let out = pgsplit(&["split", "--strict", f]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains(&format!("{f}:3:12: error:")));
    assert!(out.stdout.is_empty());
}

#[test]
fn standard_conforming_strings_option() {
    let (_d, f) = tmp_file(b"SELECT 'a\\'; SELECT 2;\n");
    let on = json(&["split", "--format", "json", &f]);
    assert_eq!(on.as_array().unwrap().len(), 2);
    let out = pgsplit(&["split", "--standard-conforming-strings", "off", &f]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "unterminated with backslash escapes"
    );
}

#[test]
fn json_snapshots() {
    for f in [
        "tests/cases/C56_copy_same_line.sql",
        "tests/cases/C46_atomic_qualified_end.sql",
        "tests/cases/C67_backslash_semicolon.sql",
        "corpus/src/04-sql-standard.sql",
        "corpus/src/psql-meta.sql",
        "corpus/dumps/sjis.sql",
    ] {
        let v = json(&["split", "--format", "json", f]);
        let name = f.replace('/', "__");
        insta::assert_json_snapshot!(name, v);
    }
}

#[test]
fn keep_meta_keeps_copy_data_after_backslash_copy() {
    let input = b"\\copy t from stdin\n1\n2\n\\.\nSELECT 1;\n";
    // sql: the data right after the command, as psql reads it (no blank line in between)
    let out = with_stdin(&["split", "--keep-meta", "-q"], input);
    assert_eq!(
        text(&out.stdout),
        "\\copy t from stdin\n1\n2\n\\.\n\nSELECT 1;\n\n"
    );
    let out = with_stdin(&["split", "--keep-meta", "-q", "--format", "nul"], input);
    assert_eq!(
        text(&out.stdout),
        "\\copy t from stdin\n1\n2\n\\.\n\0SELECT 1;\0"
    );
    // without --keep-meta the command is left out (and noted), and so is its data
    let out = with_stdin(&["split"], input);
    assert_eq!(text(&out.stdout), "SELECT 1;\n\n");
    assert!(text(&out.stderr).contains("\\copy runs a COPY through psql"));
    // -q: notes are not printed (warnings and errors still are)
    let out = with_stdin(&["split", "-q"], input);
    assert_eq!(
        (text(&out.stderr), out.status.code()),
        (String::new(), Some(0))
    );
    let out = with_stdin(&["split", "-q"], b"SELECT 'open");
    assert!(text(&out.stderr).contains("error: unterminated quoted string"));
}

const SHUFFLED: &[u8] = b"\\restrict k\n\
CREATE VIEW app.v AS SELECT id FROM app.t;\n\
ALTER TABLE ONLY app.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);\n\
COMMENT ON TABLE app.t IS 'x';\n\
CREATE TABLE app.t (id integer, m app.mood);\n\
COPY app.t (id, m) FROM stdin;\n1\tok\n\\.\n\
CREATE TYPE app.mood AS ENUM ('ok');\n\
SET search_path = '';\n\
CREATE SCHEMA app;\n\
\\unrestrict k\n";

#[test]
fn order_puts_everything_after_what_it_needs_and_keeps_copy_data() {
    let out = with_stdin(&["order", "--keep-meta", "-q"], SHUFFLED);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    insta::assert_snapshot!(text(&out.stdout), @r"
    \restrict k

    SET search_path = '';

    CREATE SCHEMA app;

    CREATE TYPE app.mood AS ENUM ('ok');

    CREATE TABLE app.t (id integer, m app.mood);

    COMMENT ON TABLE app.t IS 'x';

    COPY app.t (id, m) FROM stdin;
    1	ok
    \.

    ALTER TABLE ONLY app.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);

    CREATE VIEW app.v AS SELECT id FROM app.t;

    \unrestrict k
    ");
    // the same as split --order dependency
    let split = with_stdin(
        &["split", "--order", "dependency", "--keep-meta", "-q"],
        SHUFFLED,
    );
    assert_eq!(split.stdout, out.stdout);
}

#[test]
fn json_says_what_each_statement_is_and_needs() {
    let (_dir, path) = tmp_file(SHUFFLED);
    let v = json(&["split", "--format", "json", &path]);
    let view = &v[1];
    assert_eq!(view["class"], "definition");
    assert_eq!(view["object"]["kind"], "view");
    assert_eq!(view["object"]["schema"], "app");
    assert_eq!(view["object"]["name"], "v");
    assert_eq!(view["object"]["identity"], "view:app.v");
    assert_eq!(
        view["depends_on"],
        serde_json::json!(["schema:app", "table:app.t"])
    );
    let pk = &v[2];
    assert_eq!(pk["class"], "attached");
    assert_eq!(pk["action"], "constraint");
    assert_eq!(pk["attached_to"], "table:app.t");
    assert_eq!(v[5]["action"], "data");
    assert_eq!(v[0]["kind"], "meta");
    assert_eq!(v[0]["class"], "setting");
}

#[test]
fn cycles_of_foreign_keys_are_broken_and_reported() {
    let input = b"CREATE TABLE a (id int PRIMARY KEY, b_id int REFERENCES b);\n\
CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);\n";
    let out = with_stdin(&["order"], input);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "CREATE TABLE a (id int PRIMARY KEY, b_id int);\n\nCREATE TABLE b (id int PRIMARY KEY, a_id int);\n\n\
ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b;\n\nALTER TABLE b ADD FOREIGN KEY (a_id) REFERENCES a;\n\n"
    );
    let err = text(&out.stderr);
    assert!(
        err.contains("<stdin>:1:1: note: 1 foreign key of table:public.a moved"),
        "{err}"
    );
    assert!(err.contains("[foreign-keys-moved]"), "{err}");
}

#[test]
fn a_cycle_that_cannot_be_broken_is_an_error_naming_the_objects() {
    let out = with_stdin(
        &["order"],
        b"CREATE VIEW a AS SELECT * FROM b;\nCREATE VIEW b AS SELECT * FROM a;\n",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = text(&out.stderr);
    assert!(
        err.contains("<stdin>:1:1: error: dependency cycle that cannot be broken: view:public.a -> view:public.b [dependency-cycle]"),
        "{err}"
    );
}

#[test]
fn unparseable_statements_pass_through_and_are_reported() {
    let input = b"CREATE TABLE t (a int);\nCREATE TABLE (oops;\nSELECT 1;\n";
    let out = with_stdin(&["order"], input);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("CREATE TABLE (oops;"));
    let err = text(&out.stderr);
    assert!(
        err.contains("<stdin>:2:1: warning: not understood by the PostgreSQL 18 grammar"),
        "{err}"
    );
    assert!(err.contains("[unsupported-statement]"), "{err}");
    let strict = with_stdin(&["order", "--strict"], input);
    assert_eq!(strict.status.code(), Some(2));
    assert!(strict.stdout.is_empty());
    let v: Value =
        serde_json::from_slice(&with_stdin(&["split", "--format", "json", "-q"], input).stdout)
            .unwrap();
    assert_eq!(v[1]["class"], "unsupported");
    assert_eq!(v[1]["reason"], "syntax error at or near \"(\"");
}

#[test]
fn migrations_that_change_objects_are_warned_about() {
    let out = with_stdin(
        &["order"],
        b"CREATE TABLE t (a int);\nALTER TABLE t RENAME a TO b;\nINSERT INTO t (b) VALUES (1);\n",
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "CREATE TABLE t (a int);\n\nALTER TABLE t RENAME a TO b;\n\nINSERT INTO t (b) VALUES (1);\n\n"
    );
    assert!(text(&out.stderr).contains("[order-changes-existing]"));
}

#[test]
fn graph_in_dot_and_json() {
    let input = b"CREATE TABLE t (id int);\nCREATE VIEW v AS SELECT id FROM t;\nCOMMENT ON VIEW v IS 'x';\n";
    let out = with_stdin(&["graph"], input);
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!(text(&out.stdout), @r#"
    digraph pgsplit {
      rankdir=LR;
      node [shape=box, fontname="monospace", fontsize=10];
      n0 [label="1:1 table:public.t"];
      n1 [label="2:1 view:public.v"];
      n2 [label="3:1 comment view:public.v", style=rounded];
      // an edge goes from what is needed to what needs it
      n0 -> n1;
      n1 -> n2;
    }
    "#);
    let out = with_stdin(&["graph", "--format", "json"], input);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["nodes"][1]["identity"], "view:public.v");
    assert_eq!(
        v["edges"][0],
        serde_json::json!({"from": 0, "to": 1, "strength": "hard"})
    );
    assert_eq!(v["edges"].as_array().unwrap().len(), 2);
}

#[test]
fn diff_exit_codes_and_errors() {
    let (_d1, a) = tmp_file(b"CREATE TABLE t (id int PRIMARY KEY, name varchar(20));");
    let (_d2, same) = tmp_file(
        b"CREATE TABLE public.t (id integer NOT NULL, name character varying(20));\n\
          ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);\n",
    );
    let (_d3, other) = tmp_file(b"CREATE TABLE t (id int PRIMARY KEY, name varchar(30));");
    let o = pgsplit(&["diff", &a, &same]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stdout));
    assert!(text(&o.stdout).starts_with("equal: 1 objects the same"));
    let o = pgsplit(&["diff", &a, &other]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stdout).contains("    column name → type: varchar(20) → varchar(30)\n"));
    // a missing file, both sides on stdin, an unknown aspect: exit 2 with a message
    let o = pgsplit(&["diff", &a, "no/such/file.sql"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("no/such/file.sql: error: cannot read"),
        "{}",
        text(&o.stderr)
    );
    let o = pgsplit(&["diff", "-", "-"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("only one side can be standard input"));
    let o = pgsplit(&["diff", "--ignore", "colour", &a, &a]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("unknown aspect \"colour\""));
    // one side from standard input
    let o = with_stdin(
        &["diff", &a, "-"],
        b"create table t (id int4 primary key, name varchar(20));",
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stdout));
}

#[test]
fn diff_policies_and_json() {
    let (_d1, a) = tmp_file(
        b"CREATE TABLE t (id int, name text);\nALTER TABLE t OWNER TO alice;\n\
          COMMENT ON TABLE t IS 'people';\n",
    );
    let (_d2, b) = tmp_file(
        b"CREATE TABLE t (name text, id int);\nALTER TABLE t OWNER TO bob;\n\
          COMMENT ON TABLE t IS 'persons';\n",
    );
    let v: Value =
        serde_json::from_slice(&pgsplit(&["diff", "--format", "json", &a, &b]).stdout).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["equal"], false);
    let paths: Vec<String> = v["changes"][0]["details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"][0].as_str().unwrap().to_owned())
        .collect();
    // owners are ignored unless asked for
    assert_eq!(paths, ["column order", "comment"]);
    let o = pgsplit(&["diff", "--ignore", "column-order,comments", &a, &b]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stdout));
    let v: Value = serde_json::from_slice(
        &pgsplit(&[
            "diff",
            "--format",
            "json",
            "--compare",
            "owners",
            "--ignore",
            "column-order,comments",
            &a,
            &b,
        ])
        .stdout,
    )
    .unwrap();
    assert_eq!(v["changes"][0]["details"][0]["path"][0], "owner");
    assert_eq!(v["changes"][0]["details"][0]["from"], "alice");
    assert_eq!(v["changes"][0]["details"][0]["to"], "bob");
}

#[test]
fn diff_colour_only_when_asked_or_on_a_terminal() {
    let (_d1, a) = tmp_file(b"CREATE TABLE t (id int);");
    let (_d2, b) = tmp_file(b"CREATE TABLE t (id bigint);");
    // not a terminal: no colour by default
    assert!(!text(&pgsplit(&["diff", &a, &b]).stdout).contains('\x1b'));
    let o = pgsplit(&["diff", "--color", "always", &a, &b]);
    assert!(text(&o.stdout).contains("\x1b[33m~ table public.t\x1b[0m"));
    let o = pgsplit(&["diff", "--color", "never", &a, &b]);
    assert!(!text(&o.stdout).contains('\x1b'));
}

/// On a terminal (`script` gives the command one), `diff` is in colour unless `NO_COLOR` is
/// set (to anything but nothing) or `--color never` says so.
#[test]
fn diff_colour_on_a_terminal_unless_no_color() {
    let (_d1, a) = tmp_file(b"CREATE TABLE t (id int);");
    let (_d2, b) = tmp_file(b"CREATE TABLE t (id bigint);");
    let on_terminal = |extra: &str, no_color: Option<&str>| {
        let line = format!("{} diff {extra} {a} {b}", env!("CARGO_BIN_EXE_pgsplit"));
        let mut c = Command::new("script");
        c.args(["-qec", &line, "/dev/null"]).env_remove("NO_COLOR");
        if let Some(v) = no_color {
            c.env("NO_COLOR", v);
        }
        let o = c
            .output()
            .expect("script(1) from util-linux gives the command a terminal");
        assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
        text(&o.stdout)
    };
    assert!(on_terminal("", None).contains("\x1b[33m~ table public.t"));
    assert!(!on_terminal("", Some("1")).contains('\x1b'));
    // an empty NO_COLOR is not set (no-color.org)
    assert!(on_terminal("", Some("")).contains('\x1b'));
    assert!(!on_terminal("--color never", None).contains('\x1b'));
    // --color always wins over NO_COLOR
    assert!(on_terminal("--color always", Some("1")).contains('\x1b'));
}

/// Two dumps of one database differ in their `\restrict` keys (pg_dump 17.6, 16.10 ... and
/// later write a random one): noise, not a difference; every statement is counted once.
#[test]
fn dumps_with_other_restrict_keys_diff_equal() {
    let dump = |key: &str| {
        format!(
            "\\restrict {key}\n\nSET statement_timeout = 0;\n\
             SELECT pg_catalog.set_config('search_path', '', false);\n\n\
             CREATE TABLE public.t (\n    id integer NOT NULL\n);\n\n\
             ALTER TABLE ONLY public.t\n    ADD CONSTRAINT t_pkey PRIMARY KEY (id);\n\n\
             \\unrestrict {key}\n"
        )
    };
    let (_d1, a) =
        tmp_file(dump("aB3dEfGhIjKlMnOpQrStUvWxYz0123456789abcdefghijklmnopqrstuvwxy").as_bytes());
    let (_d2, b) =
        tmp_file(dump("Zz9yXw8vUt7sRq6pOn5mLk4jIh3gFe2dCb1aZYXWVUTSRQPONMLKJIHGFEDCB").as_bytes());
    let o = pgsplit(&["diff", "--format", "json", &a, &b]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stdout));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["equal"], true);
    for side in ["a", "b"] {
        let s = &v["summary"][side];
        assert_eq!(s["statements"], 6, "{s}");
        // \restrict, \unrestrict, SET, set_config
        assert_eq!(s["noise"], 4, "{s}");
        assert_eq!(s["definitions"], 1, "{s}");
        assert_eq!(s["attached"], 1, "{s}");
    }
}

/// The summary accounts for every statement of each side, once: definitions, attached
/// statements, migration steps applied, noise, data, other statements and unsupported ones
/// add up to the statements read.
#[test]
fn diff_summary_counts_every_statement_once() {
    let (_d, a) = tmp_file(
        b"SET search_path = public;\n\
          CREATE TABLE t (id int PRIMARY KEY, v text);\n\
          COMMENT ON TABLE t IS 'x';\n\
          COPY t (id, v) FROM stdin;\n1\ta\n\\.\n\
          ALTER TABLE t ADD COLUMN w int;\n\
          ALTER TABLE t DROP COLUMN w;\n\
          SELECT 1;\n\
          BEGIN;\nCOMMIT;\n\
          CREATE TABLEX u (id int);\n",
    );
    let o = pgsplit(&["diff", "--format", "json", &a, &a]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let s = &v["summary"]["a"];
    let n = |k: &str| s[k].as_u64().unwrap_or_else(|| panic!("{k} in {s}"));
    assert_eq!(n("statements"), 10, "{s}");
    let parts = [
        "definitions",
        "attached",
        "applied",
        "noise",
        "data",
        "other",
        "unsupported",
    ];
    assert_eq!(
        parts.iter().map(|k| n(k)).sum::<u64>(),
        n("statements"),
        "{s}"
    );
    assert_eq!(
        parts.map(n),
        // the comment and the added column are attached, the dropped column a step applied
        [1, 2, 1, 3, 1, 1, 1],
        "definitions, attached, applied, noise, data, other, unsupported: {s}"
    );
}

#[test]
fn diff_strict_makes_unsupported_statements_an_error() {
    let (_d1, a) = tmp_file(b"CREATE TABLE t (id int);\nCREATE TABLEX u (id int);\n");
    let o = pgsplit(&["diff", &a, &a]);
    assert_eq!(o.status.code(), Some(0));
    assert!(text(&o.stderr).contains("[unsupported-statement]"));
    assert!(text(&o.stdout).contains("1 unsupported"));
    let o = pgsplit(&["diff", "--strict", &a, &a]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("error: not understood"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn normalize_prints_the_canonical_form_and_is_idempotent() {
    let (_d, a) = tmp_file(
        b"SET search_path = app, public;\nCREATE SCHEMA app;\n\
          create table t (id serial primary key, tags _text default '{}', at timestamptz not null);\n\
          create index on t (at);\ncomment on column t.at is 'when';\n",
    );
    let o = pgsplit(&["normalize", &a]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let once = text(&o.stdout);
    insta::assert_snapshot!(once, @r"
    -- schema app
    CREATE SCHEMA app;

    -- sequence app.t_id_seq
    CREATE SEQUENCE app.t_id_seq AS int;

    -- table app.t
    CREATE TABLE app.t (
        id int DEFAULT nextval('app.t_id_seq'::regclass) NOT NULL,
        tags text[] DEFAULT '{}',
        at timestamp with time zone NOT NULL
    );
    COMMENT ON COLUMN app.t.at IS 'when';

    -- sequence app.t_id_seq
    ALTER SEQUENCE app.t_id_seq OWNED BY app.t.id;

    -- table app.t
    ALTER TABLE ONLY app.t
        ADD CONSTRAINT t_pkey PRIMARY KEY (id);

    -- index app.t_at_idx
    CREATE INDEX t_at_idx
    ON app.t USING btree (at);
    ");
    let (_d2, b) = tmp_file(once.as_bytes());
    assert_eq!(text(&pgsplit(&["normalize", &b]).stdout), once);
    // the alias
    assert_eq!(text(&pgsplit(&["canon", &a]).stdout), once);
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

#[test]
fn gzip_inputs_are_decompressed_as_they_are_read() {
    let sql = b"CREATE TABLE t (a text DEFAULT 'x;y');\nCOPY t FROM stdin;\na;b\n\\.\nSELECT 1;\n";
    let expected = with_stdin(&["split", "--format", "json"], sql).stdout;
    let (_d, f) = tmp_file(&gzip(sql));
    assert_eq!(pgsplit(&["split", "--format", "json", &f]).stdout, expected);
    assert_eq!(
        with_stdin(&["split", "--format", "json"], &gzip(sql)).stdout,
        expected
    );
    // two gzip members one after the other are one stream, as gunzip reads them
    let mut two = gzip(&sql[..40]);
    two.extend(gzip(&sql[40..]));
    let (_d2, f2) = tmp_file(&two);
    assert_eq!(
        pgsplit(&["split", "--format", "json", &f2]).stdout,
        expected
    );
    for args in [vec!["split", "--stream"], vec!["split"], vec!["normalize"]] {
        // truncated: an error naming the file, never a silently shorter input
        let z = gzip(&sql.repeat(200));
        let (_d3, f3) = tmp_file(&z[..z.len() / 2]);
        let mut a = args.clone();
        a.push(&f3);
        let out = pgsplit(&a);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = text(&out.stderr);
        assert!(
            err.starts_with(&format!("{f3}: error: ")) && err.contains("cannot be decompressed"),
            "{err}"
        );
    }
}

#[test]
fn archives_need_pg_restore() {
    let (_d, f) = tmp_file(b"PGDMP\x01\x0e\x00");
    let out = Command::new(env!("CARGO_BIN_EXE_pgsplit"))
        .args(["split", &f])
        .env("PGSPLIT_PG_RESTORE", "/no/such/pg_restore")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        format!(
            "{f}: error: is a pg_dump archive (custom or tar format); pgsplit reads archives \
             through pg_restore, which is not on PATH: install the PostgreSQL client tools (or \
             set PGSPLIT_PG_RESTORE), or run `pg_restore -f dump.sql {f}` and give pgsplit \
             dump.sql\n"
        )
    );
    assert!(out.stdout.is_empty());
    // a directory that is not a directory archive
    let d = tempfile::tempdir().unwrap();
    let out = pgsplit(&["split", d.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains(
        "is a directory with no .sql file (nor a pg_dump directory archive: it has no toc.dat)"
    ));
}

/// Whatever the text, the Python literal pgsplit writes for it reads back, in the real
/// Python, as that text: no input can end the string early or change what it says.
#[test]
fn python_literals_read_back_as_the_text() {
    let python = std::env::var("PGSPLIT_TEST_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    if Command::new(&python).arg("-V").output().is_err() {
        assert!(std::env::var_os("CI").is_none(), "no {python}");
        eprintln!("skipped: no {python}");
        return;
    }
    use proptest::prelude::*;
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, TestRunner};
    let pieces = prop::collection::vec(
        prop_oneof![
            Just("\"\"\"".to_owned()),
            Just("'''".to_owned()),
            Just("\\".to_owned()),
            Just("\\N".to_owned()),
            Just("\n".to_owned()),
            Just("\r\n".to_owned()),
            Just("%s %(x)s %%".to_owned()),
            Just(":name".to_owned()),
            Just("{x}".to_owned()),
            Just("\u{2028}\u{85}\u{feff}\u{202e}".to_owned()),
            any::<char>().prop_map(String::from),
            "[ -~]{0,8}",
        ],
        0..24,
    )
    .prop_map(|v| v.concat());
    let mut runner = TestRunner::new(Config {
        cases: 1,
        ..Config::default()
    });
    // many texts per Python run
    let texts: Vec<String> = (0..400)
        .map(|_| pieces.new_tree(&mut runner).unwrap().current())
        .collect();
    let mut program = String::from("import sys, json\ntexts = [\n");
    for t in &texts {
        program.push_str("    ");
        program.push_str(&pgsplit::emit::alembic::python_literal(t));
        program.push_str(",\n");
    }
    program.push_str("]\nsys.stdout.write(json.dumps(texts))\n");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("literals.py");
    std::fs::write(&path, &program).unwrap();
    let out = Command::new(&python).arg(&path).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let back: Vec<String> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(back, texts);
}

/// Stand-ins for Alembic and SQLAlchemy, for running a generated migration without a
/// database: `op.execute` records what it is given, `DDL` formats its text as SQLAlchemy's
/// DDL compiler does (`statement % context`, the context empty: `%%` comes out `%`), and
/// anything but a `DDL` given to `op.execute` is an error.
const ALEMBIC_STUBS: &[(&str, &str)] = &[
    ("alembic/__init__.py", "from . import op\n"),
    (
        "alembic/op.py",
        r#"import contextlib
import sqlalchemy

executed = []
_autocommit = [False]


class _Context:
    @contextlib.contextmanager
    def autocommit_block(self):
        assert not _autocommit[0], "nested autocommit blocks"
        _autocommit[0] = True
        try:
            yield
        finally:
            _autocommit[0] = False


def get_context():
    return _Context()


def execute(statement):
    assert isinstance(statement, sqlalchemy.DDL), type(statement)
    executed.append([statement.compiled(), _autocommit[0]])
"#,
    ),
    (
        "sqlalchemy/__init__.py",
        r#"class DDL:
    def __init__(self, statement, context=None):
        assert isinstance(statement, str), type(statement)
        self.statement = statement
        self.context = context or {}

    def compiled(self):
        # as sqlalchemy.sql.compiler.DDLCompiler.visit_ddl does
        return self.statement % self.context
"#,
    ),
    (
        "run_migrations.py",
        r#"import importlib.util, json, sys, traceback

sys.path.insert(0, sys.argv[1])
from alembic import op

results = []
for number, path in enumerate(sys.argv[2:]):
    try:
        spec = importlib.util.spec_from_file_location("migration%d" % number, path)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        op.executed.clear()
        m.upgrade()
        upgrade = list(op.executed)
        op.executed.clear()
        m.downgrade()
    except Exception as e:
        results.append({"error": "".join(traceback.format_exception(e))})
        continue
    results.append({
        "doc": m.__doc__,
        "revision": m.revision,
        "down_revision": m.down_revision,
        "branch_labels": m.branch_labels,
        "depends_on": m.depends_on,
        "upgrade": upgrade,
        "downgrade": list(op.executed),
    })
sys.stdout.write(json.dumps(results))
"#,
    ),
];

/// Text that is hard to keep inside a Python string: quotes of both kinds, alone and in
/// threes, backslashes (`\N`, one at the end), newlines and carriage returns, braces and
/// percent signs (`%`-formatting), line separators, NUL, any character.
fn hostile_text() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop::collection::vec(
        prop_oneof![
            Just("\"\"\"".to_owned()),
            Just("'''".to_owned()),
            Just("\"".to_owned()),
            Just("'".to_owned()),
            Just("\\".to_owned()),
            Just("\\N".to_owned()),
            Just("\\n".to_owned()),
            Just("\n".to_owned()),
            Just("\r\n".to_owned()),
            Just("\r".to_owned()),
            Just("{}".to_owned()),
            Just("{x}".to_owned()),
            Just("%".to_owned()),
            Just("%%".to_owned()),
            Just("%s %(x)s".to_owned()),
            Just(":name".to_owned()),
            Just("é表\u{1F600}".to_owned()),
            Just("\u{2028}\u{85}\u{feff}\u{202e}\u{0}".to_owned()),
            any::<char>().prop_map(String::from),
            "[ -~]{0,8}",
        ],
        0..16,
    )
    .prop_map(|v| v.concat())
}

/// A migration to render, and what running it must give: the statements `upgrade()` runs
/// (with their autocommit flags), and, when they are in a file beside the migration, that
/// file's name and content.
#[derive(Debug, Clone)]
struct MigrationCase {
    migration: pgsplit::emit::alembic::Migration,
    upgrade: Vec<(String, bool)>,
    file: Option<(String, String)>,
}

/// Random statements (each in an autocommit block or not), inline or in a NUL-separated
/// file (as `pgsplit split --format nul` writes them; their text holds no NUL there), and
/// random texts in every other field.
fn migration_case() -> impl proptest::strategy::Strategy<Value = MigrationCase> {
    use pgsplit::emit::alembic::{Migration, Statement, Statements};
    use proptest::prelude::*;
    (
        (
            hostile_text(),
            prop::option::of(hostile_text()),
            hostile_text(),
        ),
        prop::collection::vec(hostile_text(), 0..3),
        prop::collection::vec((hostile_text(), any::<bool>()), 0..6),
        prop::collection::vec(hostile_text(), 0..4),
        prop::option::of("[a-zA-Z0-9 '\"$_-]{1,12}"),
    )
        .prop_map(
            |((revision, down_revision, message), about, statements, downgrade, file)| {
                let (upgrade, file) = match file {
                    None => (
                        Statements::Inline(
                            statements
                                .iter()
                                .map(|(sql, autocommit)| Statement {
                                    sql: sql.clone(),
                                    autocommit: *autocommit,
                                })
                                .collect(),
                        ),
                        None,
                    ),
                    Some(name) => {
                        let name = format!("s{name}.sql");
                        let data: String = statements
                            .iter()
                            .map(|(sql, _)| format!("{}\0", sql.replace('\0', "")))
                            .collect();
                        let upgrade = Statements::File {
                            name: name.clone(),
                            count: statements.len(),
                            autocommit: (0..statements.len())
                                .filter(|&i| statements[i].1)
                                .collect(),
                        };
                        (upgrade, Some((name, data)))
                    }
                };
                let expected = statements
                    .into_iter()
                    .map(|(sql, a)| match file {
                        Some(_) => (sql.replace('\0', ""), a),
                        None => (sql, a),
                    })
                    .collect();
                MigrationCase {
                    migration: Migration {
                        revision,
                        down_revision,
                        message,
                        about,
                        upgrade,
                        downgrade,
                    },
                    upgrade: expected,
                    file,
                }
            },
        )
}

/// The whole migration module `pgsplit alembic` writes (pgsplit::emit::alembic::render),
/// run by the real Python with Alembic and SQLAlchemy stubbed: whatever the statements and
/// the other texts hold, `upgrade()` and `downgrade()` hand `op.execute` exactly those
/// statements, in order, each in an autocommit block where asked, and the docstring,
/// `revision` and `down_revision` read back as given.
#[test]
fn a_generated_migration_runs_exactly_its_statements() {
    let python = std::env::var("PGSPLIT_TEST_PYTHON").unwrap_or_else(|_| "python3".to_owned());
    if Command::new(&python).arg("-V").output().is_err() {
        assert!(std::env::var_os("CI").is_none(), "no {python}");
        eprintln!("skipped: no {python}");
        return;
    }
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::{Config, TestRunner};
    let dir = tempfile::tempdir().unwrap();
    let stubs = dir.path().join("stubs");
    for (path, content) in ALEMBIC_STUBS {
        let p = stubs.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, content).unwrap();
    }
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let mut runner = TestRunner::new(Config::default());
    // one Python run for all the migrations (each in a directory of its own)
    let strategy = migration_case();
    let cases: Vec<MigrationCase> = (0..cases)
        .map(|_| strategy.new_tree(&mut runner).unwrap().current())
        .collect();
    let mut paths = Vec::new();
    for (k, case) in cases.iter().enumerate() {
        let module = dir.path().join(format!("m{k}"));
        std::fs::create_dir(&module).unwrap();
        let path = module.join("0001_migration.py");
        std::fs::write(&path, pgsplit::emit::alembic::render(&case.migration)).unwrap();
        if let Some((name, data)) = &case.file {
            std::fs::write(module.join(name), data).unwrap();
        }
        paths.push(path);
    }
    let out = Command::new(&python)
        .arg(stubs.join("run_migrations.py"))
        .arg(&stubs)
        .args(&paths)
        .output()
        .unwrap();
    assert!(out.status.success(), "python failed: {}", text(&out.stderr));
    let results: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(results.len(), cases.len());
    for ((case, v), path) in cases.iter().zip(&results).zip(&paths) {
        let module = || std::fs::read_to_string(path).unwrap();
        if let Some(e) = v["error"].as_str() {
            panic!(
                "Python failed on\n{case:#?}\n{e}\nthe module:\n{}",
                module()
            );
        }
        let m = &case.migration;
        let upgrade: Vec<(String, bool)> = serde_json::from_value(v["upgrade"].clone()).unwrap();
        let downgrade: Vec<(String, bool)> =
            serde_json::from_value(v["downgrade"].clone()).unwrap();
        let about: String = m.about.iter().map(|l| format!("{l}\n")).collect();
        let doc = format!(
            "{}\n\nRevision ID: {}\nRevises: {}\n{about}",
            m.message,
            m.revision,
            m.down_revision.as_deref().unwrap_or("")
        );
        let expected_down: Vec<(String, bool)> =
            m.downgrade.iter().map(|s| (s.clone(), false)).collect();
        let wrong: Vec<&str> = [
            ("upgrade()", upgrade == case.upgrade),
            ("downgrade()", downgrade == expected_down),
            ("the docstring", v["doc"] == doc),
            ("revision", v["revision"] == m.revision.as_str()),
            (
                "down_revision",
                v["down_revision"] == serde_json::json!(m.down_revision),
            ),
            (
                "branch_labels, depends_on",
                v["branch_labels"].is_null() && v["depends_on"].is_null(),
            ),
        ]
        .into_iter()
        .filter(|(_, ok)| !ok)
        .map(|(what, _)| what)
        .collect();
        assert!(
            wrong.is_empty(),
            "{} differ{} for\n{case:#?}\nPython read:\n{v:#}\nthe module:\n{}",
            wrong.join(", "),
            if wrong.len() == 1 { "s" } else { "" },
            module()
        );
    }
}

/// A directory of migration files is one input, its files in natural order (`V2` before
/// `V10`): `diff` of the migrations against the schema they build.
#[test]
fn a_directory_of_sql_files_is_read_in_natural_order() {
    let d = tempfile::tempdir().unwrap();
    let m = d.path().join("migrations");
    std::fs::create_dir_all(m.join("later")).unwrap();
    std::fs::write(
        m.join("V1__create.sql"),
        "CREATE TABLE t (id int PRIMARY KEY);\n",
    )
    .unwrap();
    std::fs::write(
        m.join("V2__column.sql"),
        "ALTER TABLE t ADD COLUMN name text;",
    )
    .unwrap();
    std::fs::write(
        m.join("V10__type.sql"),
        "ALTER TABLE t ALTER COLUMN name TYPE varchar(20);\n",
    )
    .unwrap();
    std::fs::write(
        m.join("later/V1__view.sql"),
        "CREATE VIEW v AS SELECT name FROM t;\n",
    )
    .unwrap();
    std::fs::write(m.join("notes.txt"), "not SQL").unwrap();
    let schema = d.path().join("schema.sql");
    std::fs::write(
        &schema,
        "CREATE TABLE t (id integer NOT NULL PRIMARY KEY, name character varying(20));\nCREATE VIEW v AS SELECT name FROM t;\n",
    )
    .unwrap();
    let dir = m.to_str().unwrap();
    let out = pgsplit(&["split", "--format", "nul", dir]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let statements: Vec<String> = text(&out.stdout)
        .split('\0')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    assert_eq!(
        statements,
        [
            "CREATE TABLE t (id int PRIMARY KEY);",
            "ALTER TABLE t ADD COLUMN name text;",
            "ALTER TABLE t ALTER COLUMN name TYPE varchar(20);",
            "CREATE VIEW v AS SELECT name FROM t;",
        ]
    );
    let out = pgsplit(&[
        "diff",
        "--brief",
        "--color",
        "never",
        dir,
        schema.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    // the order is the files' names: the same change first would find no column to change
    std::fs::rename(m.join("V10__type.sql"), m.join("V1__a_type.sql")).unwrap();
    let out = pgsplit(&[
        "diff",
        "--brief",
        "--color",
        "never",
        dir,
        schema.to_str().unwrap(),
    ]);
    assert_ne!(out.status.code(), Some(0));
}

/// pg_dump's `-O` / `--no-owner` and `-x` / `--no-privileges` are accepted by `alembic` (they
/// are its defaults) and refused together with their opposites.
#[test]
fn alembic_takes_pg_dumps_owner_and_privilege_options() {
    let (_dir, path) = tmp_file(
        b"CREATE TABLE public.t (a int);\nALTER TABLE public.t OWNER TO app;\nGRANT SELECT ON TABLE public.t TO reader;\n",
    );
    let plain = pgsplit(&["alembic", "-q", &path]);
    assert_eq!(plain.status.code(), Some(0), "{}", text(&plain.stderr));
    assert!(!text(&plain.stdout).contains("OWNER TO"));
    assert!(!text(&plain.stdout).contains("GRANT"));
    for args in [
        &["-O", "-x"][..],
        &["--no-owner", "--no-privileges"],
        &["--no-acl"],
    ] {
        let o = pgsplit(&[&["alembic", "-q"][..], args, &[&path]].concat());
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", text(&o.stderr));
        assert_eq!(o.stdout, plain.stdout, "{args:?}");
    }
    let kept = pgsplit(&["alembic", "-q", "--owners", "--privileges", &path]);
    assert!(text(&kept.stdout).contains("OWNER TO app"));
    assert!(text(&kept.stdout).contains("GRANT SELECT"));
    let both = pgsplit(&["alembic", "-q", "--owners", "--no-owner", &path]);
    assert_eq!(both.status.code(), Some(2));
    assert!(
        text(&both.stderr).contains("cannot be used with"),
        "{}",
        text(&both.stderr)
    );
}
