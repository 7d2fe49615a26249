//! `pgsplit explode` and reading its directories back: the layout, `order.txt`, hostile
//! object names, refusing to overwrite, and the round trip over every corpus file (the
//! directory splits into the same statements and normalizes to the same text as the file).

mod common;

use common::cmd::{pgsplit, text};
use common::{root, sql_files};
use std::path::{Path, PathBuf};
use std::process::Output;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Every file under `dir` (relative path, content), sorted.
fn tree(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                todo.push(p);
            } else {
                let rel = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                out.push((rel, text(&std::fs::read(&p).unwrap())));
            }
        }
    }
    out.sort();
    out
}

fn explode(input: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["explode", "-q", s(input), "--out-dir", s(out)];
    args.extend_from_slice(extra);
    pgsplit(&args)
}

const SCHEMA: &str = "\
SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;
CREATE SCHEMA lab;
CREATE TYPE lab.mood AS ENUM ('ok', 'bad');
CREATE FUNCTION lab.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.at := now(); RETURN NEW; END$$;
CREATE TABLE lab.patient (id integer NOT NULL, name character varying(200), mood lab.mood, at timestamp with time zone);
CREATE SEQUENCE lab.patient_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE lab.patient_id_seq OWNED BY lab.patient.id;
CREATE TABLE lab.visit (id integer NOT NULL, patient integer);
CREATE VIEW lab.active AS SELECT id, name FROM lab.patient;
CREATE MATERIALIZED VIEW lab.counts AS SELECT count(*) AS n FROM lab.visit WITH NO DATA;
ALTER TABLE ONLY lab.patient ALTER COLUMN id SET DEFAULT nextval('lab.patient_id_seq'::regclass);
COPY lab.patient (id, name, mood, at) FROM stdin;
1\tAda\tok\t\\N
\\.
SELECT pg_catalog.setval('lab.patient_id_seq', 1, true);
ALTER TABLE ONLY lab.patient ADD CONSTRAINT patient_pkey PRIMARY KEY (id);
ALTER TABLE ONLY lab.visit ADD CONSTRAINT visit_pkey PRIMARY KEY (id);
CREATE INDEX patient_name ON lab.patient USING btree (name);
CREATE TRIGGER patient_touch BEFORE UPDATE ON lab.patient FOR EACH ROW EXECUTE FUNCTION lab.touch();
ALTER TABLE ONLY lab.visit ADD CONSTRAINT visit_patient_fkey FOREIGN KEY (patient) REFERENCES lab.patient(id);
COMMENT ON COLUMN lab.patient.name IS 'full name';
GRANT SELECT ON TABLE lab.active TO PUBLIC;
REFRESH MATERIALIZED VIEW lab.counts;
";

#[test]
fn layout_and_load_order() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("schema.sql");
    std::fs::write(&input, SCHEMA).unwrap();
    let out = dir.path().join("schema");
    let o = explode(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(o.stdout.is_empty());
    let files: Vec<String> = tree(&out)
        .iter()
        .map(|(p, t)| format!("==> {p}\n{t}"))
        .collect();
    insta::assert_snapshot!(files.join("\n"));
}

#[test]
fn the_directory_reads_back_as_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("schema.sql");
    std::fs::write(&input, SCHEMA).unwrap();
    let out = dir.path().join("schema");
    assert_eq!(explode(&input, &out, &[]).status.code(), Some(0));
    for verb in [&["split", "--keep-meta"][..], &["normalize"]] {
        let a = pgsplit(&[verb, &[s(&input)]].concat());
        let b = pgsplit(&[verb, &[s(&out)]].concat());
        assert_eq!(a.status.code(), Some(0), "{}", text(&a.stderr));
        assert_eq!(text(&a.stdout), text(&b.stdout), "{verb:?}");
    }
    let d = pgsplit(&["diff", s(&input), s(&out)]);
    assert_eq!(d.status.code(), Some(0), "{}", text(&d.stdout));
}

#[test]
fn edited_directories_read_back_in_a_stated_order() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("schema.sql");
    std::fs::write(&input, SCHEMA).unwrap();
    let out = dir.path().join("schema");
    assert_eq!(explode(&input, &out, &[]).status.code(), Some(0));
    // a statement added to a table's file, and a new file order.txt does not name
    let table = out.join("tables/lab.visit.sql");
    let mut t = std::fs::read_to_string(&table).unwrap();
    t.push_str("\nCREATE INDEX visit_patient ON lab.visit USING btree (patient);\n");
    std::fs::write(&table, t).unwrap();
    std::fs::write(
        out.join("views/lab.recent.sql"),
        "CREATE VIEW lab.recent AS SELECT id FROM lab.visit\n",
    )
    .unwrap();
    let o = pgsplit(&["split", s(&out)]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let sql = text(&o.stdout);
    let at = |needle: &str| {
        sql.find(needle)
            .unwrap_or_else(|| panic!("{needle} in {sql}"))
    };
    // after the file's last listed statement (the foreign key), before what follows it
    assert!(at("visit_patient_fkey") < at("CREATE INDEX visit_patient "));
    assert!(at("CREATE INDEX visit_patient ") < at("COMMENT ON COLUMN"));
    // the new file last, its statement ended although the file has no semicolon
    assert!(at("REFRESH MATERIALIZED VIEW") < at("CREATE VIEW lab.recent"));
    let d = pgsplit(&["diff", "--brief", s(&input), s(&out)]);
    assert_eq!(d.status.code(), Some(1));
    let report = text(&d.stdout);
    assert!(report.contains("+ index lab.visit_patient"), "{report}");
    assert!(report.contains("+ view lab.recent"), "{report}");

    // a broken order.txt is an error naming what is wrong, never a shorter or longer input
    let manifest = out.join("order.txt");
    let good = std::fs::read_to_string(&manifest).unwrap();
    for (bad, says) in [
        (format!("{good}session.sql:1\n"), "twice"),
        (format!("{good}views/lab.active.sql:9\n"), "which has 2"),
        (
            format!("{good}../schema.sql\n"),
            "not a path inside the directory",
        ),
        (format!("{good}tables/lab.gone.sql\n"), "cannot read"),
    ] {
        std::fs::write(&manifest, &bad).unwrap();
        let o = pgsplit(&["split", s(&out)]);
        assert_eq!(o.status.code(), Some(2), "{bad}");
        assert!(o.stdout.is_empty());
        assert!(text(&o.stderr).contains(says), "{}", text(&o.stderr));
    }
}

#[test]
fn refuses_to_overwrite_and_leaves_nothing_on_error() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("schema.sql");
    std::fs::write(&input, SCHEMA).unwrap();
    let out = dir.path().join("schema");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("notes.md"), "mine").unwrap();
    let o = explode(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("is not empty"),
        "{}",
        text(&o.stderr)
    );
    assert!(text(&o.stderr).contains("--force"));
    assert_eq!(tree(&out).len(), 1);
    // --force writes, and a second --force replaces the first explode's files only
    assert_eq!(explode(&input, &out, &["--force"]).status.code(), Some(0));
    std::fs::write(&input, "CREATE TABLE public.only_one (a int);\n").unwrap();
    assert_eq!(explode(&input, &out, &["--force"]).status.code(), Some(0));
    let names: Vec<String> = tree(&out).into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        names,
        ["notes.md", "order.txt", "tables/public.only_one.sql"]
    );

    // bad input: exit 2, the position, and no directory
    let bad = dir.path().join("bad.sql");
    std::fs::write(&bad, "CREATE TABLE t (a int);\nSELECT 'unterminated;\n").unwrap();
    let fresh = dir.path().join("fresh");
    let o = explode(&bad, &fresh, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains(":2:"), "{}", text(&o.stderr));
    assert!(!fresh.exists() || tree(&fresh).is_empty());
}

/// Windows takes a file whose name before the first dot is `CON`, `PRN`, `AUX`, `NUL`,
/// `COM0`-`COM9` or `LPT0`-`LPT9` (any case, blanks after it ignored) for a device.
fn is_windows_device(file: &str) -> bool {
    let stem = file.split('.').next().unwrap().trim_end_matches(' ');
    let u = stem.to_ascii_uppercase();
    ["CON", "PRN", "AUX", "NUL"].contains(&u.as_str())
        || (u.len() == 4
            && (u.starts_with("COM") || u.starts_with("LPT"))
            && u.as_bytes()[3].is_ascii_digit())
}

#[test]
fn hostile_names_stay_inside_and_apart() {
    let long_args = vec!["integer"; 60].join(", ");
    // (a name cannot hold a NUL byte: the input is refused, see below; `\\0` in this text
    // is a backslash and a zero)
    let sql = format!(
        "CREATE SCHEMA \"../..\";\n\
         CREATE TABLE \"../..\".\"/etc/passwd\" (a int);\n\
         CREATE TABLE public.\"Users\" (a int);\n\
         CREATE TABLE public.users (a int);\n\
         CREATE TABLE public.\"a\\b:c*d?\"\"e<f>|g\" (a int);\n\
         CREATE TABLE public.\".hidden\" (a int);\n\
         CREATE TABLE public.\"Ünïcödé\" (a int);\n\
         CREATE TABLE public.\"line\nbreak\ttab\u{1}\\0\" (a int);\n\
         CREATE FUNCTION public.f({long_args}) RETURNS int LANGUAGE sql AS 'SELECT 1';\n\
         CREATE FUNCTION public.f(text) RETURNS int LANGUAGE sql AS 'SELECT 2';\n\
         CREATE SCHEMA aux;\n\
         CREATE TABLE aux.t (a int);\n\
         CREATE SCHEMA \"CON\";\n\
         CREATE TABLE \"CON\".\"txt\" (a int);\n\
         CREATE SCHEMA nul;\n\
         CREATE VIEW nul.sql AS SELECT 1 AS a;\n\
         CREATE SCHEMA \"Lpt1\";\n\
         CREATE SCHEMA \"com9 .x\";\n\
         CREATE SCHEMA prn;\n\
         CREATE SCHEMA \"%6Eul\";\n"
    );
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("hostile.sql");
    std::fs::write(&input, &sql).unwrap();
    let out = dir.path().join("out");
    let o = explode(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    // nothing written outside the directory
    let mut around: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    around.sort();
    assert_eq!(around, ["hostile.sql", "out"]);
    let files = tree(&out);
    let names: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
    // one file per object (20 statements, 20 objects) and order.txt
    assert_eq!(names.len(), 21, "{names:?}");
    let mut lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    lower.sort();
    lower.dedup();
    assert_eq!(
        lower.len(),
        names.len(),
        "no two names differ only in case: {names:?}"
    );
    for n in &names {
        let file = Path::new(n).file_name().unwrap().to_str().unwrap();
        assert!(file.len() <= 210, "{n}");
        assert!(!file.starts_with('.'), "{n}");
        assert!(file.is_ascii(), "{n}");
        assert!(!file.bytes().any(|b| b.is_ascii_control()), "{n}");
        assert!(!file.contains('\\') && !file.contains(':'), "{n}");
        assert!(!is_windows_device(file), "a Windows device name: {n}");
        assert!(Path::new(n).components().count() <= 2, "{n}");
    }
    assert!(names.contains(&"tables/public.Users.sql"), "{names:?}");
    assert!(names.contains(&"tables/public.users~2.sql"), "{names:?}");
    assert!(names.contains(&"schemas/%2E.%2F...sql"), "{names:?}");
    // control characters and the backslash are percent-encoded
    assert!(
        names.contains(&"tables/public.line%0Abreak%09tab%01%5C0.sql"),
        "{names:?}"
    );
    // device names: the first letter is percent-encoded, as another byte would be
    for expected in [
        "schemas/%61ux.sql",
        "tables/%61ux.t.sql",
        "schemas/%43ON.sql",
        "tables/%43ON.txt.sql",
        "schemas/%6Eul.sql",
        "views/%6Eul.sql.sql",
        "schemas/%4Cpt1.sql",
        "schemas/%63om9 .x.sql",
        "schemas/%70rn.sql",
        // a schema really named %6Eul stays apart from nul's file
        "schemas/%256Eul.sql",
    ] {
        assert!(names.contains(&expected), "{expected} not in {names:?}");
    }
    // and it reads back as the file
    let a = pgsplit(&["split", s(&input)]);
    let b = pgsplit(&["split", s(&out)]);
    assert_eq!(text(&a.stdout), text(&b.stdout));
    // A NUL byte in a name: the input is refused (no name can hold one, in the server
    // either), and nothing is written.
    let nul_input = dir.path().join("nul.sql");
    std::fs::write(&nul_input, "CREATE TABLE \"a\0b\" (a int);\n").unwrap();
    let nul_out = dir.path().join("nul-out");
    let o = explode(&nul_input, &nul_out, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
    assert!(
        text(&o.stderr).contains("[nul-byte]"),
        "{}",
        text(&o.stderr)
    );
    assert!(!nul_out.exists());
}

/// Own corpus and, when present, the shared corpus: every file explodes, and the directory
/// splits into the same statements (meta-commands and COPY data included) and normalizes
/// to the same text (the same exit code) as the file.
#[test]
fn every_corpus_file_explodes_and_reads_back_the_same() {
    let mut files: Vec<PathBuf> = sql_files(&root().join("corpus"));
    if let Some(shared) = common::shared() {
        files.extend(sql_files(&shared.join("corpus")));
    }
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    let mut exploded = 0;
    for (k, f) in files.iter().enumerate() {
        let encoding = if s(f).contains("latin1") {
            "LATIN1"
        } else if s(f).contains("sjis") {
            "SJIS"
        } else {
            "UTF8"
        };
        let out = dir.path().join(k.to_string());
        let e = pgsplit(&[
            "explode",
            "-q",
            "--encoding",
            encoding,
            s(f),
            "--out-dir",
            s(&out),
        ]);
        if e.status.code() != Some(0) {
            // a file pgsplit refuses (errors in it): split refuses it too
            let a = pgsplit(&["split", "-q", "--encoding", encoding, s(f)]);
            if a.status.code() != Some(2) {
                failures.push(format!(
                    "{}: explode failed: {}",
                    f.display(),
                    text(&e.stderr)
                ));
            }
            continue;
        }
        exploded += 1;
        for verb in ["split", "normalize"] {
            let mut args = vec![verb, "-q", "--encoding", encoding];
            if verb == "split" {
                args.push("--keep-meta");
            }
            let a = pgsplit(&[&args[..], &[s(f)]].concat());
            let b = pgsplit(&[&args[..], &[s(&out)]].concat());
            if a.status.code() != b.status.code() || a.stdout != b.stdout {
                failures.push(format!(
                    "{}: {verb} of the directory differs ({:?} vs {:?}): {}",
                    f.display(),
                    a.status.code(),
                    b.status.code(),
                    text(&b.stderr)
                ));
            }
        }
        std::fs::remove_dir_all(&out).unwrap();
    }
    assert!(exploded > 20, "{exploded} files exploded");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
