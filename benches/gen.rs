//! Deterministic generators of pg_dump-like input for the benchmarks (shared with
//! `examples/gen_ddl.rs`, which writes one to a file for profiling, and `tests/server.rs`),
//! and the benchmarks' peak-RSS measurement.
#![allow(dead_code)]

use std::fmt::Write as _;

/// How many repetitions a benchmark runs: `PGSPLIT_BENCH_REPS`, else `default`; `None` when
/// cargo only lists the benchmarks (`--list`: nothing to run).
pub fn repetitions(default: usize) -> Option<usize> {
    if std::env::args().any(|a| a == "--list") {
        return None;
    }
    warn_if_busy();
    Some(
        std::env::var("PGSPLIT_BENCH_REPS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default),
    )
}

/// CPU time (user, nice and system) the whole machine spent, and wall time, in clock
/// ticks, from `/proc/stat` (Linux).
fn cpu_ticks() -> Option<(u64, u64)> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let f: Vec<u64> = stat
        .lines()
        .next()?
        .split_whitespace()
        .skip(1)
        .filter_map(|v| v.parse().ok())
        .collect();
    let busy = f.first()? + f.get(1)? + f.get(2)?;
    Some((busy, f.iter().take(8).sum()))
}

/// Prints a warning when other processes keep a core busy (a fuzzer, a build): one core
/// taken from a 2-core machine doubled the diff ratio in one run, even at `nice 19` (the
/// floor runs on one core, next to it). Measured over half a second before the run.
fn warn_if_busy() {
    let Some((b0, t0)) = cpu_ticks() else { return };
    std::thread::sleep(std::time::Duration::from_millis(500));
    let Some((b1, t1)) = cpu_ticks() else { return };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()) as f64;
    let busy = (b1 - b0) as f64 / (t1 - t0).max(1) as f64 * cores;
    if busy > 0.2 {
        eprintln!(
            "warning: other processes keep {busy:.1} cores busy: the ratios below are not \
             comparable with runs on an idle machine"
        );
    }
}

/// The median of `v` (sorted in place).
pub fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

/// A small deterministic generator (64-bit LCG).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[self.below(v.len() as u64) as usize]
    }
}

const TYPES: &[&str] = &[
    "integer",
    "bigint",
    "text",
    "character varying(200)",
    "numeric(12,2)",
    "boolean",
    "timestamp with time zone",
    "date",
    "jsonb",
    "uuid",
    "text[]",
    "double precision",
];

fn header(out: &mut String) {
    out.push_str(
        "--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version 17.6\n-- Dumped by pg_dump version 17.6\n\n\
SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n\
SELECT pg_catalog.set_config('search_path', '', false);\nSET check_function_bodies = false;\nSET xmloption = content;\n\
SET client_min_messages = warning;\nSET row_security = off;\n\n",
    );
}

fn toc(out: &mut String, name: &str, kind: &str) {
    let _ = write!(
        out,
        "--\n-- Name: {name}; Type: {kind}; Schema: app; Owner: app\n--\n\n"
    );
}

/// One table with its pg_dump entourage; returns the table name and its columns.
fn table(out: &mut String, rng: &mut Rng, i: u64) -> (String, Vec<(String, &'static str)>) {
    let name = format!("app.table_{i}");
    let ncols = 5 + rng.below(11);
    let mut cols = vec![("id".to_string(), "bigint")];
    for c in 1..ncols {
        cols.push((format!("col_{c}"), rng.pick(TYPES)));
    }
    toc(out, &format!("table_{i}"), "TABLE");
    let _ = writeln!(out, "CREATE TABLE {name} (");
    for (k, (c, t)) in cols.iter().enumerate() {
        let mut line = format!("    {c} {t}");
        if k == 0 || rng.below(3) == 0 {
            line.push_str(" NOT NULL");
        }
        if *t == "boolean" && rng.below(2) == 0 {
            line.push_str(" DEFAULT false");
        }
        if *t == "text" && rng.below(4) == 0 {
            line.push_str(" DEFAULT 'n/a; ''none'''::text");
        }
        out.push_str(&line);
        out.push_str(if k + 1 < cols.len() { ",\n" } else { "\n" });
    }
    out.push_str(");\n\n\nALTER TABLE ");
    let _ = writeln!(out, "{name} OWNER TO app;\n\n");
    toc(out, &format!("table_{i}_id_seq"), "SEQUENCE");
    let _ = writeln!(
        out,
        "CREATE SEQUENCE {name}_id_seq\n    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;\n\n\nALTER SEQUENCE {name}_id_seq OWNER TO app;\n"
    );
    toc(out, &format!("table_{i}_id_seq"), "SEQUENCE OWNED BY");
    let _ = writeln!(out, "ALTER SEQUENCE {name}_id_seq OWNED BY {name}.id;\n\n");
    toc(out, &format!("table_{i} id"), "DEFAULT");
    let _ = writeln!(
        out,
        "ALTER TABLE ONLY {name} ALTER COLUMN id SET DEFAULT nextval('{name}_id_seq'::regclass);\n\n"
    );
    toc(out, &format!("table_{i} table_{i}_pkey"), "CONSTRAINT");
    let _ = writeln!(
        out,
        "ALTER TABLE ONLY {name}\n    ADD CONSTRAINT table_{i}_pkey PRIMARY KEY (id);\n\n"
    );
    if i > 0 && rng.below(2) == 0 {
        let target = rng.below(i);
        toc(
            out,
            &format!("table_{i} table_{i}_col_1_fkey"),
            "FK CONSTRAINT",
        );
        let _ = writeln!(
            out,
            "ALTER TABLE ONLY {name}\n    ADD CONSTRAINT table_{i}_col_1_fkey FOREIGN KEY (id) REFERENCES app.table_{target}(id) ON DELETE CASCADE;\n\n"
        );
    }
    for (c, _) in cols.iter().skip(1).take(rng.below(3) as usize) {
        toc(out, &format!("table_{i}_{c}_idx"), "INDEX");
        let _ = writeln!(
            out,
            "CREATE INDEX table_{i}_{c}_idx ON {name} USING btree ({c}) WHERE ({c} IS NOT NULL);\n\n"
        );
    }
    if rng.below(3) == 0 {
        toc(out, &format!("TABLE table_{i}"), "COMMENT");
        let _ = writeln!(
            out,
            "COMMENT ON TABLE {name} IS 'Table {i}: it''s got a ; and -- and /* in its comment';\n\n"
        );
    }
    toc(out, &format!("TABLE table_{i}"), "ACL");
    let _ = writeln!(out, "GRANT SELECT ON TABLE {name} TO reporting;\n\n");
    (name, cols)
}

fn function(out: &mut String, rng: &mut Rng, i: u64) {
    toc(out, &format!("fn_{i}()"), "FUNCTION");
    if rng.below(4) == 0 {
        let _ = writeln!(
            out,
            "CREATE FUNCTION app.fn_{i}(a integer, b integer) RETURNS integer\n    LANGUAGE sql IMMUTABLE\n    BEGIN ATOMIC\n SELECT CASE WHEN (a > b) THEN a ELSE b END;\nEND;\n\n"
        );
    } else {
        let _ = writeln!(
            out,
            "CREATE FUNCTION app.fn_{i}() RETURNS trigger\n    LANGUAGE plpgsql\n    AS $$\nBEGIN\n  -- keep it current; it's cheap\n  NEW.updated_at := now();\n  IF NEW.note IS NULL THEN\n    NEW.note := 'none; really';\n  END IF;\n  EXECUTE format($q$SELECT 1 FROM %I WHERE x = ';'$q$, TG_TABLE_NAME);\n  RETURN NEW;\nEND;\n$$;\n\n\nALTER FUNCTION app.fn_{i}() OWNER TO app;\n"
        );
    }
}

fn view(out: &mut String, rng: &mut Rng, i: u64, tables: u64) {
    let t = rng.below(tables);
    toc(out, &format!("view_{i}"), "VIEW");
    let _ = writeln!(
        out,
        "CREATE VIEW app.view_{i} AS\n SELECT t.id,\n    t.col_1,\n    (t.id * 2) AS double_id\n   FROM app.table_{t} t\n  WHERE (t.id > 0);\n\n\nALTER VIEW app.view_{i} OWNER TO app;\n"
    );
}

/// A DDL-heavy dump of at least `min` bytes.
pub fn ddl_dump(min: usize) -> String {
    let mut rng = Rng(42);
    let mut out = String::with_capacity(min + 100_000);
    header(&mut out);
    out.push_str("CREATE SCHEMA app;\n\n");
    let mut i = 0;
    while out.len() < min {
        table(&mut out, &mut rng, i);
        if i % 3 == 0 {
            function(&mut out, &mut rng, i);
        }
        if i % 4 == 0 {
            view(&mut out, &mut rng, i, i + 1);
        }
        i += 1;
    }
    out
}

/// A schema of `n` plain tables as pg_dump writes them: five columns each, the primary key
/// added by `ALTER TABLE` (about 280 bytes and two statements a table).
pub fn plain_tables(n: usize) -> String {
    let mut out = String::with_capacity(n * 300);
    header(&mut out);
    out.push_str("CREATE SCHEMA app;\n\n");
    for i in 0..n {
        let _ = write!(
            out,
            "CREATE TABLE app.t_{i} (\n    id bigint NOT NULL,\n    name character varying(200) NOT NULL,\n    created_at timestamp with time zone DEFAULT now() NOT NULL,\n    note text,\n    amount numeric(12,2)\n);\n\nALTER TABLE ONLY app.t_{i}\n    ADD CONSTRAINT t_{i}_pkey PRIMARY KEY (id);\n\n"
        );
    }
    out
}

/// A COPY-heavy dump of at least `min` bytes.
pub fn copy_dump(min: usize) -> String {
    let mut v = Vec::new();
    copy_dump_to(&mut v, min).unwrap();
    String::from_utf8(v).unwrap()
}

/// Writes a COPY-heavy dump of at least `min` bytes, one table at a time (memory stays small).
pub fn copy_dump_to(w: &mut impl std::io::Write, min: usize) -> std::io::Result<()> {
    let mut rng = Rng(7);
    let mut out = String::with_capacity(4_000_000);
    let mut written = 0;
    header(&mut out);
    out.push_str("CREATE SCHEMA app;\n\n");
    let texts = [
        "plain text",
        "semi; colon",
        "it's quoted",
        "dollar $$ sign",
        "dash -- dash",
        "slash /* star",
        "back\\\\slash",
        "tab\\tinside",
        "new\\nline",
        "unicode é ü 表",
    ];
    let mut i = 0;
    while written < min {
        let (name, cols) = table(&mut out, &mut rng, i);
        let names: Vec<&str> = cols.iter().map(|(c, _)| c.as_str()).collect();
        let _ = writeln!(
            out,
            "--\n-- Data for Name: table_{i}; Type: TABLE DATA; Schema: app; Owner: app\n--\n\nCOPY {name} ({}) FROM stdin;",
            names.join(", ")
        );
        for row in 0..20_000u64 {
            let mut line = row.to_string();
            for (_, t) in cols.iter().skip(1) {
                line.push('\t');
                match *t {
                    "integer" | "bigint" => {
                        let _ = write!(line, "{}", rng.below(1_000_000));
                    }
                    "boolean" => line.push(if rng.below(2) == 0 { 't' } else { 'f' }),
                    "numeric(12,2)" | "double precision" => {
                        let _ = write!(line, "{}.{:02}", rng.below(100_000), rng.below(100));
                    }
                    "timestamp with time zone" => line.push_str("2026-01-07 18:55:42.123456+00"),
                    "date" => line.push_str("2025-12-31"),
                    "jsonb" => line.push_str("{\"a\": 1, \"b\": [true, null]}"),
                    "uuid" => line.push_str("1679091c-5a88-0faf-6fb5-e6087eb1b2dc"),
                    "text[]" => line.push_str("{a,\"b;c\"}"),
                    _ => {
                        if rng.below(10) == 0 {
                            line.push_str("\\N");
                        } else {
                            line.push_str(rng.pick(&texts));
                        }
                    }
                }
            }
            out.push_str(&line);
            out.push('\n');
        }
        out.push_str("\\.\n\n\n");
        let _ = writeln!(
            out,
            "SELECT pg_catalog.setval('{name}_id_seq', 20000, true);\n"
        );
        i += 1;
        w.write_all(out.as_bytes())?;
        written += out.len();
        out.clear();
    }
    w.flush()
}

/// Peak RSS (kB) and wall time of running `bin` with `args`, output and messages discarded
/// (the exit status is checked). Call it while
/// the calling process is still small: a child's peak counts what it inherits before exec.
#[allow(clippy::zombie_processes)] // reaped by wait4, which std's Child does not see
pub fn binary_peak_rss(bin: &str, args: &[&str]) -> (i64, f64) {
    let t = std::time::Instant::now();
    let child = std::process::Command::new(bin)
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("run pgsplit");
    // the child's own peak (wait4), not the largest of all children so far
    let mut status = 0;
    // SAFETY: wait4 only writes into the status and the struct it is given.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut ru) };
    let secs = t.elapsed().as_secs_f64();
    assert_eq!(pid, child.id() as libc::pid_t, "wait4");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "pgsplit {args:?} failed: {status}"
    );
    (ru.ru_maxrss, secs)
}
