//! The server is the judge of ordering: every corpus file that loads into PostgreSQL is
//! split, shuffled (seeded; COPY data stays with its COPY, "other" statements keep their
//! relative order), put back in order by `pgsplit order`, and loaded into a fresh database with
//! `psql -v ON_ERROR_STOP=1`. It must load, and `pg_dump -s` of it must equal `pg_dump -s` of the
//! original loaded as it is (the random `\restrict` key lines aside). The ordered output must
//! also be byte-identical for every seed.
//!
//! Which files load, and why the others do not, is in `tests/server/loadable.tsv` (made by
//! loading each file into PostgreSQL 15; see `tests/server/README.md`).
//!
//! The server: `PGSPLIT_TEST_DATABASE_URL` (default `postgres://postgres@127.0.0.1:5432/postgres`).
//! Each check makes and drops its own scratch databases. Without a server the tests are
//! skipped, except under CI, where they fail.

mod common;

use pgsplit::cli::{split, Input, SplitOptions};
use pgsplit::emit::{Emitter, Format};
use pgsplit::model::Class;
use pgsplit::{ScanOptions, Scanner, SegmentKind};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

fn url() -> String {
    std::env::var("PGSPLIT_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned())
}

/// The URL of database `db` on the test server.
fn db_url(db: &str) -> String {
    let base = url();
    let (head, query) = match base.split_once('?') {
        Some((h, q)) => (h.to_owned(), format!("?{q}")),
        None => (base.clone(), String::new()),
    };
    let cut = head
        .rfind('/')
        .filter(|&i| i > "postgres://".len())
        .unwrap_or(head.len());
    format!("{}/{db}{query}", &head[..cut])
}

fn psql(db: &str, args: &[&str]) -> std::process::Output {
    Command::new("psql")
        .arg("-X")
        .arg("-q")
        .arg("-v")
        .arg("ON_ERROR_STOP=1")
        .arg("-d")
        .arg(db_url(db))
        .args(args)
        .env_remove("PGCLIENTENCODING")
        .output()
        .expect("psql runs")
}

/// True when the server answers; under CI its absence is a failure.
fn server() -> bool {
    let ok = Command::new("psql")
        .args(["-X", "-At", "-c", "SELECT 1", &url()])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "no PostgreSQL server at {} (set PGSPLIT_TEST_DATABASE_URL)",
            url()
        );
        eprintln!("skipped: no PostgreSQL server at {}", url());
    }
    ok
}

static SCRATCH: AtomicUsize = AtomicUsize::new(0);

/// A scratch database, dropped when this goes out of scope.
struct Scratch(String);

impl Scratch {
    fn new() -> Scratch {
        let name = format!(
            "pgsplit_test_{}_{}",
            std::process::id(),
            SCRATCH.fetch_add(1, Ordering::SeqCst)
        );
        let o = psql(
            "postgres",
            &["-c", &format!("CREATE DATABASE {name} TEMPLATE template0")],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        Scratch(name)
    }

    /// Loads a file; the error output when it fails.
    fn load(&self, file: &Path) -> Result<(), String> {
        let o = psql(&self.0, &["-f", file.to_str().unwrap()]);
        if o.status.success() {
            Ok(())
        } else {
            Err(String::from_utf8_lossy(&o.stderr).into_owned())
        }
    }

    /// `pg_dump -s`, without the `\restrict` key lines.
    fn schema(&self) -> String {
        let o = Command::new("pg_dump")
            .args(["-s", "-d", &db_url(&self.0)])
            .output()
            .expect("pg_dump runs");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let lines: Vec<&str> = String::from_utf8_lossy(&o.stdout)
            .lines()
            .filter(|l| !l.starts_with("\\restrict") && !l.starts_with("\\unrestrict"))
            .map(str::to_owned)
            .collect::<Vec<_>>()
            .leak()
            .iter()
            .map(String::as_str)
            .collect();
        acl_runs_sorted(lines).join("\n")
    }
}

/// PostgreSQL keeps the entries of a privilege list in the order they were granted, and
/// pg_dump prints them in that order; the order of GRANT statements for one object is not
/// something a dependency order can keep once the input is shuffled. Runs of consecutive
/// GRANT / REVOKE / ALTER DEFAULT PRIVILEGES lines are compared as sets.
fn acl_runs_sorted(lines: Vec<&str>) -> Vec<&str> {
    let acl = |l: &str| {
        l.starts_with("GRANT ")
            || l.starts_with("REVOKE ")
            || l.starts_with("ALTER DEFAULT PRIVILEGES ")
    };
    let mut out = Vec::with_capacity(lines.len());
    let mut run: Vec<&str> = Vec::new();
    for l in lines {
        if acl(l) {
            run.push(l);
            continue;
        }
        run.sort_unstable();
        out.append(&mut run);
        out.push(l);
    }
    run.sort_unstable();
    out.append(&mut run);
    out
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = psql(
            "postgres",
            &[
                "-c",
                &format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.0),
            ],
        );
    }
}

/// A small seeded generator (SplitMix64): no dependency, the same sequence everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// The statements and meta-commands of `input`, each with its COPY data, shuffled with
/// `seed`: "other" statements (and meta-commands) keep their relative order.
fn shuffled(input: &[u8], seed: u64) -> Vec<u8> {
    let mut units: Vec<Vec<pgsplit::OwnedSegment>> = Vec::new();
    let mut scanner = Scanner::with_options(input, ScanOptions::default());
    while let Some(seg) = scanner.next_segment() {
        let seg = seg.unwrap().to_owned_segment();
        // a \\g stays with the statement it sends
        let sends_last = seg.meta().is_some_and(|m| {
            units.last().is_some_and(|u: &Vec<pgsplit::OwnedSegment>| {
                u.len() == 1
                    && matches!(u[0].statement().map(|s| &s.terminator), Some(pgsplit::Terminator::Meta(n)) if *n == m.name)
            })
        });
        if sends_last {
            units.last_mut().unwrap().push(seg);
            continue;
        }
        match seg.kind() {
            SegmentKind::Statement | SegmentKind::Meta => units.push(vec![seg]),
            SegmentKind::CopyData => units.last_mut().unwrap().push(seg),
            SegmentKind::Trivia => {}
        }
    }
    let ctx = pgsplit::classify::Context::default();
    let kept = |u: &Vec<pgsplit::OwnedSegment>| {
        u[0].kind() == SegmentKind::Meta
            || matches!(
                pgsplit::classify::classify(&String::from_utf8_lossy(&u[0].text), &ctx).class,
                Class::Other | Class::Unsupported
            )
    };
    // Nothing moves across a meta-command that changes what follows (\\connect, \\if ...):
    // the units are shuffled within the stretches between them.
    let barrier =
        |u: &Vec<pgsplit::OwnedSegment>| u[0].meta().is_some_and(|m| m.effect.changes_meaning());
    let mut order: Vec<usize> = Vec::with_capacity(units.len());
    let mut rng = Rng(seed);
    let mut start = 0;
    for i in 0..=units.len() {
        if i == units.len() || barrier(&units[i]) {
            let mut part: Vec<usize> = (start..i).collect();
            rng.shuffle(&mut part);
            order.extend(part);
            if i < units.len() {
                order.push(i);
            }
            start = i + 1;
        }
    }
    // The bytes of a file are in the encoding its SET client_encoding names: that stays first.
    let encoding = |u: &Vec<pgsplit::OwnedSegment>| {
        let t = String::from_utf8_lossy(&u[0].text).to_ascii_lowercase();
        t.starts_with("set client_encoding") || t.starts_with("\\encoding")
    };
    order.sort_by_key(|&i| !encoding(&units[i]));
    // the "other" units go back into the slots others took, in their input order
    let mut others: Vec<usize> = (0..units.len()).filter(|&i| kept(&units[i])).collect();
    others.reverse();
    for slot in order.iter_mut() {
        if kept(&units[*slot]) {
            *slot = others.pop().unwrap();
        }
    }
    let mut out = Vec::new();
    let mut e = Emitter::new(&mut out, Format::Sql, true);
    for &i in &order {
        for seg in &units[i] {
            e.segment(seg).unwrap();
        }
    }
    e.finish().unwrap();
    out
}

/// Whether `input` sets the client encoding more than once: its bytes then mean different
/// things in different places, and shuffling them would change the text.
fn switches_encoding(input: &[u8]) -> bool {
    let text = String::from_utf8_lossy(input).to_ascii_lowercase();
    text.matches("set client_encoding").count() + text.matches("\\encoding").count() > 1
}

/// Whether any statement of `input` changes or drops existing objects.
fn changes_existing(input: &[u8]) -> bool {
    let ctx = pgsplit::classify::Context::default();
    let mut scanner = Scanner::with_options(input, ScanOptions::default());
    while let Some(seg) = scanner.next_segment() {
        let seg = seg.unwrap();
        if seg.kind() == SegmentKind::Statement
            && pgsplit::classify::classify(&String::from_utf8_lossy(&seg.text), &ctx)
                .changes_existing
        {
            return true;
        }
    }
    false
}

/// `pgsplit order --keep-meta`.
fn ordered(file: &Path) -> Result<(Vec<u8>, String), String> {
    let opts = SplitOptions {
        input: Input::Path(file.to_path_buf()),
        keep_meta: true,
        order: true,
        ..SplitOptions::default()
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = split(&opts, &mut out, &mut err);
    let err = String::from_utf8_lossy(&err).into_owned();
    if code != 0 {
        return Err(format!(
            "pgsplit order failed on {}:\n{err}",
            file.display()
        ));
    }
    Ok((out, err))
}

fn first_difference(a: &str, b: &str) -> String {
    for (n, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}:\n  original: {x}\n  ordered:  {y}", n + 1);
        }
    }
    format!(
        "lengths differ: {} vs {} lines",
        a.lines().count(),
        b.lines().count()
    )
}

/// Roles the files need (`tests/server/loadable.tsv`), made when missing (never dropped:
/// roles belong to the whole cluster).
fn ensure_roles(roles: &[&str]) {
    for r in roles {
        let sql = format!(
            "DO $$BEGIN CREATE ROLE \"{r}\" NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END$$"
        );
        let o = psql("postgres", &["-c", &sql]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
}

/// The files that load, from the table.
fn loadable() -> Vec<(PathBuf, Vec<String>, bool)> {
    let root = common::root();
    let table = std::fs::read_to_string(root.join("tests/server/loadable.tsv")).unwrap();
    let shared = root.join("../shared/corpus");
    let mut out = Vec::new();
    for line in table.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if !matches!(f[1], "loads" | "loads-with-roles") {
            continue;
        }
        let path = match f[0].split_once(':') {
            Some(("shared", p)) => shared.join(p),
            Some(("own", p)) => root.join("corpus").join(p),
            _ => panic!("bad path {}", f[0]),
        };
        if !path.exists() {
            assert!(
                std::env::var_os("CI").is_none() || f[0].starts_with("own:"),
                "{} is missing",
                path.display()
            );
            continue;
        }
        let roles = if f[2] == "-" {
            Vec::new()
        } else {
            f[2].split(',').map(str::to_owned).collect()
        };
        // a documented difference: the ordered file must load, its schema may differ
        let same = f.get(5).is_none_or(|o| !o.starts_with("differs"));
        out.push((path, roles, same));
    }
    out
}

/// Loads `file` as it is and after shuffling and ordering with each seed.
fn check(file: &Path, seeds: &[u64], same: bool) -> Result<(), String> {
    let input = std::fs::read(file).unwrap();
    let original = Scratch::new();
    original
        .load(file)
        .map_err(|e| format!("{}: the original does not load: {e}", file.display()))?;
    let expected = original.schema();
    drop(original);
    let dir = tempfile::tempdir().unwrap();
    // A migration that renames or drops things means something different when shuffled:
    // such files are ordered as they are (seed 0: input order).
    let migration = changes_existing(&input) || switches_encoding(&input);
    let seeds = if migration { &[0][..] } else { seeds };
    let mut first: Option<Vec<u8>> = None;
    for &seed in seeds {
        let shuffled_path = dir.path().join(format!("shuffled-{seed}.sql"));
        if seed == 0 {
            std::fs::write(&shuffled_path, &input).unwrap();
        } else {
            std::fs::write(&shuffled_path, shuffled(&input, seed)).unwrap();
        }
        let (out, _notes) = ordered(&shuffled_path)?;
        let ordered_path = dir.path().join(format!("ordered-{seed}.sql"));
        std::fs::write(&ordered_path, &out).unwrap();
        match &first {
            None => first = Some(out),
            Some(f) if *f != out => {
                let keep = std::env::temp_dir().join("pgsplit-order-differs");
                let _ = std::fs::create_dir_all(&keep);
                let _ = std::fs::copy(&ordered_path, keep.join(format!("ordered-{seed}.sql")));
                return Err(format!(
                    "{}: the order depends on the input order (seed {seed} differs from seed {}); kept in {}",
                    file.display(),
                    seeds[0],
                    keep.display()
                ));
            }
            Some(_) => {}
        }
        let db = Scratch::new();
        if let Err(e) = db.load(&ordered_path) {
            let keep = std::env::temp_dir().join("pgsplit-order-failed");
            let _ = std::fs::create_dir_all(&keep);
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            let _ = std::fs::copy(
                &ordered_path,
                keep.join(format!("{name}.ordered-{seed}.sql")),
            );
            return Err(format!(
                "{} (seed {seed}): the ordered file does not load ({}): {e}",
                file.display(),
                keep.display()
            ));
        }
        let got = db.schema();
        if same && got != expected {
            return Err(format!(
                "{} (seed {seed}): pg_dump -s differs from the original's at {}",
                file.display(),
                first_difference(&expected, &got)
            ));
        }
    }
    Ok(())
}

#[test]
fn shuffled_corpus_dumps_load_in_dependency_order_and_dump_the_same() {
    if !server() {
        return;
    }
    let files = loadable();
    assert!(files.len() >= 20, "only {} loadable files", files.len());
    let roles: Vec<String> = files.iter().flat_map(|(_, r, _)| r.clone()).collect();
    ensure_roles(&roles.iter().map(String::as_str).collect::<Vec<_>>());
    let failures: Vec<String> = files
        .iter()
        .filter_map(|(f, _, same)| check(f, &[1, 2, 3], *same).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} files failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n\n")
    );
}

#[test]
fn the_harness_sees_load_errors() {
    // A check that the table and this test agree on what "loads" means: a file listed as
    // failing must really fail, so that a broken harness cannot pass everything.
    if !server() {
        return;
    }
    let root = common::root();
    let bad = root.join("corpus/src/psql-quirks.sql");
    let db = Scratch::new();
    assert!(
        db.load(&bad).is_err(),
        "psql-quirks.sql is meant to stop with an error"
    );
}

/// A schema with thousands of objects of many kinds, written so that it loads in this order.
/// Its `pg_dump -s` output is then the input of the same check as the corpus files.
fn generated_schema(tables: usize) -> String {
    use std::fmt::Write as _;
    let mut rng = Rng(7);
    let mut s = String::new();
    s.push_str("CREATE SCHEMA gen;\nCREATE SCHEMA gen_api;\n");
    s.push_str("CREATE TYPE gen.mood AS ENUM ('sad', 'ok', 'happy');\n");
    s.push_str("CREATE DOMAIN gen.positive AS integer CHECK (VALUE > 0);\n");
    s.push_str("CREATE TYPE gen.pair AS (a integer, b text);\n");
    s.push_str("CREATE FUNCTION gen.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.updated_at := now(); RETURN NEW; END$$;\n");
    for i in 0..tables {
        let _ = writeln!(
            s,
            "CREATE TABLE gen.t{i} (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, code text UNIQUE, \
             m gen.mood DEFAULT 'ok', qty gen.positive, p gen.pair, updated_at timestamptz, parent integer{});",
            if i > 0 { format!(" REFERENCES gen.t{}(id) ON DELETE CASCADE", rng.next() % i as u64) } else { String::new() }
        );
        let _ = writeln!(
            s,
            "COMMENT ON TABLE gen.t{i} IS 'table {i}; with a '' quote';"
        );
        if i % 3 == 0 {
            let _ = writeln!(
                s,
                "CREATE INDEX t{i}_m ON gen.t{i} (m, lower(code)) WHERE qty > 1;"
            );
        }
        if i % 5 == 0 {
            let _ = writeln!(s, "CREATE TRIGGER t{i}_touch BEFORE UPDATE ON gen.t{i} FOR EACH ROW EXECUTE FUNCTION gen.touch();");
        }
        if i % 7 == 0 {
            let _ = writeln!(s, "ALTER TABLE gen.t{i} ENABLE ROW LEVEL SECURITY;");
            let _ = writeln!(s, "CREATE POLICY t{i}_own ON gen.t{i} USING (qty > 0);");
        }
        if i % 4 == 0 {
            let _ = writeln!(
                s,
                "CREATE FUNCTION gen_api.count_t{i}(lim integer) RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT count(*) FROM gen.t{i} WHERE qty < lim; END;"
            );
            let _ = writeln!(s, "CREATE VIEW gen_api.v{i} AS SELECT id, code, gen_api.count_t{i}(10) AS n FROM gen.t{i};");
            if i >= 8 {
                let _ = writeln!(s, "CREATE VIEW gen_api.w{i} AS SELECT a.id, b.code FROM gen_api.v{i} a JOIN gen_api.v{} b USING (id);", i - 8);
            }
        }
        if i % 50 == 0 {
            let _ = writeln!(s, "CREATE MATERIALIZED VIEW gen_api.mv{i} AS SELECT m, count(*) AS n FROM gen.t{i} GROUP BY m;");
            let _ = writeln!(s, "CREATE UNIQUE INDEX mv{i}_m ON gen_api.mv{i} (m);");
        }
        if i % 25 == 0 {
            let _ = writeln!(s, "CREATE TABLE gen.log{i} (at date NOT NULL, t integer REFERENCES gen.t{i}, note text) PARTITION BY RANGE (at);");
            for y in 2020..2023 {
                let _ = writeln!(s, "CREATE TABLE gen.log{i}_{y} PARTITION OF gen.log{i} FOR VALUES FROM ('{y}-01-01') TO ('{}-01-01');", y + 1);
            }
            let _ = writeln!(s, "CREATE INDEX log{i}_at ON gen.log{i} (at);");
        }
        if i % 10 == 0 {
            let _ = writeln!(s, "GRANT SELECT ON gen.t{i} TO PUBLIC;");
        }
    }
    // a cycle of foreign keys: pg_dump writes them as ALTER TABLE, which the shuffle scatters
    s.push_str("CREATE TABLE gen.a (id int PRIMARY KEY, b_id int);\nCREATE TABLE gen.b (id int PRIMARY KEY, a_id int REFERENCES gen.a);\n");
    s.push_str("ALTER TABLE gen.a ADD FOREIGN KEY (b_id) REFERENCES gen.b;\n");
    s
}

#[test]
fn a_generated_schema_of_thousands_of_objects_orders_and_dumps_the_same() {
    if !server() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let sql = dir.path().join("generated.sql");
    std::fs::write(&sql, generated_schema(600)).unwrap();
    let db = Scratch::new();
    db.load(&sql).expect("the generated schema loads");
    let o = Command::new("pg_dump")
        .args(["-s", "-d", &db_url(&db.0)])
        .output()
        .expect("pg_dump runs");
    assert!(o.status.success());
    drop(db);
    let dump = dir.path().join("generated-dump.sql");
    std::fs::write(&dump, &o.stdout).unwrap();
    let statements = pgsplit::split_statements(&String::from_utf8_lossy(&o.stdout))
        .unwrap()
        .len();
    assert!(statements > 5000, "only {statements} statements");
    check(&dump, &[11, 12], true).unwrap();
}

/// The table of extension objects (`src/classify/extensions.rs`) against the server's own
/// catalog: each entry whose extension this server has must belong to that extension
/// (`pg_depend`, `deptype = 'e'`).
#[test]
fn the_extension_table_matches_the_catalog() {
    if !server() {
        return;
    }
    let entries: Vec<(&str, &str, &str)> = pgsplit::classify::extensions::entries().collect();
    let db = Scratch::new();
    let available = psql(
        &db.0,
        &["-At", "-c", "SELECT name FROM pg_available_extensions"],
    );
    let available = String::from_utf8_lossy(&available.stdout).into_owned();
    let available: Vec<&str> = available.lines().collect();
    let mut wanted: Vec<&str> = entries
        .iter()
        .map(|e| e.2)
        .filter(|e| available.contains(e))
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    for e in &wanted {
        let o = psql(
            &db.0,
            &[
                "-c",
                &format!("CREATE EXTENSION IF NOT EXISTS \"{e}\" CASCADE"),
            ],
        );
        assert!(
            o.status.success(),
            "{e}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
    let mut checked = 0;
    let mut wrong = Vec::new();
    for (kind, name, ext) in &entries {
        if !wanted.contains(ext) {
            continue;
        }
        let (catalog, column) = match *kind {
            "type" => ("pg_type", "typname"),
            "function" => ("pg_proc", "proname"),
            _ => ("pg_opclass", "opcname"),
        };
        let sql = format!(
            "SELECT DISTINCT e.extname FROM {catalog} o JOIN pg_depend d ON d.classid = '{catalog}'::regclass \
             AND d.objid = o.oid AND d.deptype = 'e' JOIN pg_extension e ON e.oid = d.refobjid WHERE o.{column} = '{name}'"
        );
        let o = psql(&db.0, &["-At", "-c", &sql]);
        let got = String::from_utf8_lossy(&o.stdout).trim().to_owned();
        if got != *ext {
            wrong.push(format!(
                "{kind} {name}: the table says {ext}, the catalog says {got:?}"
            ));
        }
        checked += 1;
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert!(
        checked >= 60,
        "only {checked} entries checked (extensions here: {wanted:?})"
    );
}

#[path = "../benches/gen.rs"]
mod gen;

/// The benchmark's own generated DDL dump (`benches/gen.rs`, pg_dump style; 2 MB here, 6 MB in
/// the benchmark), through the same check: loads as it is, and after shuffling and ordering.
#[test]
fn the_benchmark_dump_orders_and_dumps_the_same() {
    if !server() {
        return;
    }
    ensure_roles(&["app", "reporting"]);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench-ddl.sql");
    std::fs::write(&path, gen::ddl_dump(2_000_000)).unwrap();
    check(&path, &[31, 32], true).unwrap();
}

/// `pg_dump -s` of a scratch database, as it is (with its `\restrict` lines).
fn raw_dump(db: &Scratch, to: &Path) {
    let o = Command::new("pg_dump")
        .args(["-s", "-d", &db_url(&db.0), "-f", to.to_str().unwrap()])
        .output()
        .expect("pg_dump runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// The squash check the diff exists for: a schema built by a series of migrations and the
/// same schema written as one consolidated script, each loaded into the server and dumped.
/// The only differences are where the migrations appended columns, so `pgsplit diff`
/// reports column order and nothing else, and nothing with `--ignore column-order`. Two
/// dumps of one database (different `\restrict` keys) diff equal.
#[test]
fn a_squashed_migration_diffs_equal_to_the_migrations_but_for_column_order() {
    if !server() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let migrations = [
        "CREATE TABLE patient (id serial PRIMARY KEY, name varchar(200) NOT NULL);
         CREATE TABLE visit (id bigserial PRIMARY KEY, patient_id int NOT NULL REFERENCES patient, at timestamptz NOT NULL DEFAULT now());
         CREATE INDEX visit_at ON visit (at);",
        "ALTER TABLE patient ADD COLUMN born date;
         ALTER TABLE patient ADD COLUMN email text;
         ALTER TABLE patient ALTER COLUMN name TYPE varchar(250);
         CREATE VIEW recent AS SELECT v.id, p.name FROM visit v JOIN patient p ON p.id = v.patient_id;",
        "DROP INDEX visit_at;
         CREATE INDEX visit_patient_at ON visit (patient_id, at);
         CREATE UNIQUE INDEX patient_email ON patient (lower(email));",
        "CREATE OR REPLACE VIEW recent AS SELECT v.id, p.name, v.at FROM visit v JOIN patient p ON p.id = v.patient_id WHERE v.at > now() - interval '30 days';
         ALTER TABLE visit ADD COLUMN note text CHECK (note <> '');",
    ];
    let squashed = "
        CREATE TABLE patient (
            id serial PRIMARY KEY,
            email text,
            name varchar(250) NOT NULL,
            born date
        );
        CREATE UNIQUE INDEX patient_email ON patient (lower(email));
        CREATE TABLE visit (
            id bigserial PRIMARY KEY,
            patient_id integer NOT NULL REFERENCES patient (id),
            note text CHECK (note <> ''),
            at timestamp with time zone NOT NULL DEFAULT now()
        );
        CREATE INDEX visit_patient_at ON visit (patient_id, at);
        CREATE VIEW recent AS
            SELECT v.id, p.name, v.at FROM visit v JOIN patient p ON p.id = v.patient_id
            WHERE v.at > now() - interval '30 days';";
    let old = Scratch::new();
    for (k, m) in migrations.iter().enumerate() {
        let f = dir.path().join(format!("{k:03}.sql"));
        std::fs::write(&f, m).unwrap();
        old.load(&f).unwrap();
    }
    let new = Scratch::new();
    let f = dir.path().join("squashed.sql");
    std::fs::write(&f, squashed).unwrap();
    new.load(&f).unwrap();
    let (a, b, a2) = (
        dir.path().join("old.sql"),
        dir.path().join("new.sql"),
        dir.path().join("old-again.sql"),
    );
    raw_dump(&old, &a);
    raw_dump(&new, &b);
    raw_dump(&old, &a2);
    let pgsplit = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_pgsplit"))
            .args(args)
            .output()
            .unwrap()
    };
    let (sa, sb, sa2) = (
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        a2.to_str().unwrap(),
    );

    let o = pgsplit(&["diff", "--format", "json", sa, sb]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let changes = v["changes"].as_array().unwrap();
    let mut paths: Vec<(String, String)> = Vec::new();
    for c in changes {
        assert_eq!(c["change"], "changed", "{c}");
        for d in c["details"].as_array().unwrap() {
            paths.push((
                c["identity"].as_str().unwrap().to_owned(),
                d["path"][0].as_str().unwrap().to_owned(),
            ));
        }
    }
    assert_eq!(
        paths,
        [
            ("table:public.patient".to_owned(), "column order".to_owned()),
            ("table:public.visit".to_owned(), "column order".to_owned()),
        ],
        "{}",
        serde_json::to_string_pretty(&v).unwrap()
    );
    let o = pgsplit(&["diff", "--ignore", "column-order", sa, sb]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );

    // two dumps of one database: their \restrict keys differ, nothing else
    let (t1, t2) = (std::fs::read(&a).unwrap(), std::fs::read(&a2).unwrap());
    if t1.windows(9).any(|w| w == b"\\restrict") {
        assert_ne!(t1, t2, "pg_dump wrote the same \\restrict key twice");
    }
    let o = pgsplit(&["diff", sa, sa2]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    // and a real difference is found: the migrations without the last one
    let partial = Scratch::new();
    for (k, _) in migrations.iter().enumerate().take(3) {
        partial
            .load(&dir.path().join(format!("{k:03}.sql")))
            .unwrap();
    }
    let p = dir.path().join("partial.sql");
    raw_dump(&partial, &p);
    let o = pgsplit(&[
        "diff",
        "--ignore",
        "column-order",
        "--brief",
        p.to_str().unwrap(),
        sb,
    ]);
    assert_eq!(o.status.code(), Some(1));
    let report = String::from_utf8_lossy(&o.stdout);
    assert!(report.contains("~ view public.recent"), "{report}");
    assert!(report.contains("column note added"), "{report}");
}

/// The lists of built-in function, type and operator names the qualification rules leave
/// alone (or qualify with `pg_catalog`) are the catalog's.
#[test]
fn the_builtin_name_lists_match_the_catalog() {
    if !server() {
        return;
    }
    for (query, file) in [
        (
            "SELECT DISTINCT proname FROM pg_proc WHERE pronamespace = 'pg_catalog'::regnamespace",
            "src/canon/rules/builtin_functions.txt",
        ),
        (
            "SELECT DISTINCT typname FROM pg_type WHERE typnamespace = 'pg_catalog'::regnamespace",
            "src/canon/rules/builtin_types.txt",
        ),
        (
            "SELECT DISTINCT oprname FROM pg_operator WHERE oprnamespace = 'pg_catalog'::regnamespace",
            "src/canon/rules/builtin_operators.txt",
        ),
    ] {
        let o = psql("postgres", &["-Atc", query]);
        assert!(o.status.success());
        let mut catalog: Vec<String> = String::from_utf8_lossy(&o.stdout)
            .lines()
            .map(str::to_owned)
            .collect();
        catalog.sort();
        catalog.dedup();
        let ours: Vec<String> = std::fs::read_to_string(common::root().join(file))
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect();
        let missing: Vec<&String> = catalog.iter().filter(|n| !ours.contains(n)).collect();
        assert!(missing.is_empty(), "{file} lacks {missing:?}");
        let mut sorted = ours.clone();
        sorted.sort();
        assert_eq!(sorted, ours, "{file} must stay sorted (binary search)");
    }
    // the mappings of the built-in text search configurations (`COPY = english`)
    let query = "SELECT c.cfgname, t.alias, string_agg(d.dictname, ',' ORDER BY m.mapseqno) \
        FROM pg_ts_config_map m JOIN pg_ts_config c ON c.oid = m.mapcfg \
        JOIN pg_ts_dict d ON d.oid = m.mapdict \
        JOIN LATERAL ts_token_type(c.cfgparser) t ON t.tokid = m.maptokentype \
        WHERE c.cfgnamespace = 'pg_catalog'::regnamespace \
        GROUP BY c.cfgname, t.alias, m.maptokentype ORDER BY c.cfgname, m.maptokentype";
    let o = psql("postgres", &["-At", "-F", "\t", "-c", query]);
    assert!(o.status.success());
    let ours =
        std::fs::read_to_string(common::root().join("src/canon/rules/builtin_ts_mappings.txt"))
            .unwrap();
    assert_eq!(String::from_utf8_lossy(&o.stdout), ours);
}

/// `pgsplit split --format nul` of `input` (a path or `-` with `stdin`), `\restrict` keys
/// masked (every pg_dump run draws a new one).
fn statements_of(input: &str, stdin: Option<&Path>) -> Vec<String> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pgsplit"));
    cmd.args(["split", "--format", "nul", input]);
    if let Some(p) = stdin {
        cmd.stdin(std::fs::File::open(p).unwrap());
    }
    let o = cmd.output().unwrap();
    assert!(
        o.status.success(),
        "{input}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout)
        .unwrap()
        .split('\0')
        .map(|s| {
            if s.starts_with("\\restrict ") || s.starts_with("\\unrestrict ") {
                s.split(' ').next().unwrap().to_owned()
            } else {
                s.to_owned()
            }
        })
        .collect()
}

/// Dumps as users keep them: gzip-compressed plain dumps, custom, directory and tar archives
/// (made by the local pg_dump) give the statements of the plain dump, and diff equal to it.
#[test]
fn compressed_dumps_and_archives_give_the_statements_of_the_plain_dump() {
    if !server() {
        return;
    }
    let db = Scratch::new();
    let dir = tempfile::tempdir().unwrap();
    let schema = dir.path().join("schema.sql");
    std::fs::write(
        &schema,
        "CREATE TABLE t (id serial PRIMARY KEY, name text DEFAULT 'x;y', tags text[]);\n\
         CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.name := 'é;'; RETURN NEW; END$$;\n\
         CREATE TRIGGER t_touch BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();\n\
         CREATE VIEW v AS SELECT id, name FROM t;\n\
         CREATE MATERIALIZED VIEW m AS SELECT count(*) AS n FROM v;\n\
         COMMENT ON TABLE t IS 'it''s -- not a comment';\n\
         INSERT INTO t (name, tags) VALUES ('a', '{x,\"y;z\"}'), (NULL, NULL), ('back\\slash', '{}');\n",
    )
    .unwrap();
    db.load(&schema).unwrap();
    let dump = |args: &[&str], to: &Path| {
        let o = Command::new("pg_dump")
            .args(args)
            .args(["-d", &db_url(&db.0), "-f", to.to_str().unwrap()])
            .output()
            .expect("pg_dump runs");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    };
    let plain = dir.path().join("app_backup_2026-01-20_143052.sql");
    dump(&[], &plain);
    let custom = dir.path().join("app.dump");
    dump(&["-Fc"], &custom);
    let directory = dir.path().join("app.dir");
    dump(&["-Fd"], &directory);
    let tar = dir.path().join("app.tar");
    dump(&["-Ft"], &tar);
    let gz = dir.path().join("app_backup_2026-01-20_143052.sql.gz");
    {
        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(
            std::fs::File::create(&gz).unwrap(),
            flate2::Compression::default(),
        );
        e.write_all(&std::fs::read(&plain).unwrap()).unwrap();
        e.finish().unwrap();
    }
    let expected = statements_of(plain.to_str().unwrap(), None);
    assert!(
        expected.iter().any(|s| s.starts_with("COPY public.t")),
        "the dump has data"
    );
    for input in [&gz, &custom, &directory, &tar] {
        let name = input.to_str().unwrap();
        assert_eq!(statements_of(name, None), expected, "{name}");
        let o = Command::new(env!("CARGO_BIN_EXE_pgsplit"))
            .args(["diff", "-q"])
            .arg(&plain)
            .arg(input)
            .output()
            .unwrap();
        assert_eq!(
            o.status.code(),
            Some(0),
            "{name}: {}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
    }
    // on standard input too, also with --stream (no second pass)
    for input in [&gz, &custom] {
        assert_eq!(statements_of("-", Some(input)), expected);
    }
    let o = Command::new(env!("CARGO_BIN_EXE_pgsplit"))
        .args(["split", "--format", "nul", "--stream", "-"])
        .stdin(std::fs::File::open(&gz).unwrap())
        .output()
        .unwrap();
    assert!(o.status.success());
    assert_eq!(o.stdout.split(|b| *b == 0).count(), expected.len());
}

/// The Python with Alembic, SQLAlchemy, psycopg2 and asyncpg: `PGSPLIT_TEST_PYTHON`, else
/// the virtualenv `.ci/run` makes in `target/alembic-venv`. Under CI its absence is a
/// failure.
fn alembic_python() -> Option<PathBuf> {
    let p = std::env::var_os("PGSPLIT_TEST_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| common::root().join("target/alembic-venv/bin/python"));
    let ok = Command::new(&p)
        .args([
            "-c",
            "import alembic, sqlalchemy, psycopg2, asyncpg, greenlet",
        ])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "no Python with alembic, sqlalchemy, psycopg2 and asyncpg at {} (set PGSPLIT_TEST_PYTHON)",
            p.display()
        );
        eprintln!("skipped: no Python with Alembic at {}", p.display());
        return None;
    }
    Some(p)
}

/// An Alembic project whose `env.py` connects to `url` (synchronously, or through an async
/// engine for asyncpg).
fn alembic_project(dir: &Path, url: &str, asyncpg: bool) -> PathBuf {
    std::fs::create_dir_all(dir.join("versions")).unwrap();
    std::fs::write(
        dir.join("alembic.ini"),
        format!(
            "[alembic]\nscript_location = {}\nsqlalchemy.url = {url}\n",
            dir.display()
        ),
    )
    .unwrap();
    let env = if asyncpg {
        "import asyncio\nfrom alembic import context\nfrom sqlalchemy.ext.asyncio import create_async_engine\n\n\
         def run(connection):\n    context.configure(connection=connection, target_metadata=None)\n    with context.begin_transaction():\n        context.run_migrations()\n\n\
         async def main():\n    engine = create_async_engine(context.config.get_main_option('sqlalchemy.url'))\n    async with engine.connect() as connection:\n        await connection.run_sync(run)\n    await engine.dispose()\n\n\
         asyncio.run(main())\n"
    } else {
        "from alembic import context\nfrom sqlalchemy import create_engine\n\n\
         engine = create_engine(context.config.get_main_option('sqlalchemy.url'))\n\
         with engine.connect() as connection:\n    context.configure(connection=connection, target_metadata=None)\n    with context.begin_transaction():\n        context.run_migrations()\n"
    };
    std::fs::write(dir.join("env.py"), env).unwrap();
    std::fs::write(
        dir.join("script.py.mako"),
        "# not used: pgsplit writes the migrations\n",
    )
    .unwrap();
    dir.join("alembic.ini")
}

fn run_alembic(python: &Path, ini: &Path, args: &[&str]) {
    let o = Command::new(python)
        .args(["-m", "alembic", "-c", ini.to_str().unwrap()])
        .args(args)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "alembic {args:?}: {}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}

/// `pg_dump -s` of `db` without Alembic's own table, to a file.
fn schema_without_alembic(db: &str, to: &Path) {
    let o = Command::new("pg_dump")
        .args(["-s", "-T", "public.alembic_version", "-d", &db_url(db)])
        .args(["-f", to.to_str().unwrap()])
        .output()
        .expect("pg_dump runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

fn pgsplit_diff_equal(a: &Path, b: &Path, what: &str) {
    let o = Command::new(env!("CARGO_BIN_EXE_pgsplit"))
        .args(["diff", "-q", "--brief", "--color", "never"])
        .arg(a)
        .arg(b)
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{what}: {}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}

/// The squash workflow with the real Alembic: a migration generated from a corpus dump
/// builds the dump's schema (`alembic upgrade head`, compared with `pgsplit diff` to the
/// dump loaded by psql), `alembic downgrade base` leaves the database as empty as a new
/// one, and `upgrade` works again. Three dumps with functions, triggers, views on views and
/// materialized views (one with data, as INSERT statements), each through psycopg2, and one
/// through asyncpg; one of them with the statements in a file next to the migration.
#[test]
fn generated_alembic_migrations_build_and_drop_the_schema() {
    if !server() {
        return;
    }
    let Some(python) = alembic_python() else {
        return;
    };
    let root = common::root();
    let cases: Vec<(PathBuf, bool, bool)> = vec![
        (root.join("corpus/dumps/schema.sql"), false, false),
        (root.join("corpus/dumps/full.sql"), true, true),
        (
            root.join("../shared/corpus/kidney-genetics-db/schema.sql"),
            false,
            false,
        ),
        (root.join("corpus/dumps/schema.sql"), true, false),
    ];
    let empty = Scratch::new();
    let tmp = tempfile::tempdir().unwrap();
    let empty_schema = tmp.path().join("empty.sql");
    schema_without_alembic(&empty.0, &empty_schema);
    for (k, (dump, asyncpg, sql_file)) in cases.iter().enumerate() {
        if !dump.exists() {
            assert!(
                std::env::var_os("CI").is_none(),
                "{} is missing",
                dump.display()
            );
            continue;
        }
        let what = format!(
            "{} ({})",
            dump.display(),
            if *asyncpg { "asyncpg" } else { "psycopg2" }
        );
        // the reference: the dump as psql loads it
        let source = Scratch::new();
        source.load(dump).unwrap();
        let reference = tmp.path().join(format!("reference-{k}.sql"));
        schema_without_alembic(&source.0, &reference);
        // the migration
        let target = Scratch::new();
        let mut url = db_url(&target.0);
        if *asyncpg {
            url = url.replacen("postgres://", "postgresql+asyncpg://", 1);
        } else {
            url = url.replacen("postgres://", "postgresql+psycopg2://", 1);
        }
        let project = tmp.path().join(format!("project-{k}"));
        let ini = alembic_project(&project, &url, *asyncpg);
        let migration = project.join("versions/001_initial_schema.py");
        let mut args = vec!["alembic", "--data", "insert", "-q", "-o"];
        args.push(migration.to_str().unwrap());
        if *sql_file {
            args.push("--sql-file");
        }
        let o = Command::new(env!("CARGO_BIN_EXE_pgsplit"))
            .args(&args)
            .arg(dump)
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "{what}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert_eq!(migration.with_extension("sql").exists(), *sql_file);
        // production already has the schema: `alembic stamp head` records the revision
        // there without running it, and the schema stays as it was
        let production_project = tmp.path().join(format!("production-{k}"));
        let mut production_url = db_url(&source.0);
        production_url = production_url.replacen("postgres://", "postgresql+psycopg2://", 1);
        let production_ini = alembic_project(&production_project, &production_url, false);
        std::fs::copy(
            &migration,
            production_project.join("versions/001_initial_schema.py"),
        )
        .unwrap();
        if *sql_file {
            std::fs::copy(
                migration.with_extension("sql"),
                production_project.join("versions/001_initial_schema.sql"),
            )
            .unwrap();
        }
        // --purge: the old revisions, squashed away, are not in the project any more
        run_alembic(&python, &production_ini, &["stamp", "--purge", "head"]);
        let o = psql(
            &source.0,
            &["-At", "-c", "SELECT version_num FROM alembic_version"],
        );
        assert_eq!(
            String::from_utf8_lossy(&o.stdout).trim(),
            "001_initial_schema"
        );
        let stamped = tmp.path().join(format!("stamped-{k}.sql"));
        schema_without_alembic(&source.0, &stamped);
        pgsplit_diff_equal(&reference, &stamped, &format!("{what}: stamped"));
        let built = tmp.path().join(format!("built-{k}.sql"));
        for round in 0..2 {
            run_alembic(&python, &ini, &["upgrade", "head"]);
            schema_without_alembic(&target.0, &built);
            pgsplit_diff_equal(&reference, &built, &format!("{what}: upgrade {round}"));
            run_alembic(&python, &ini, &["downgrade", "base"]);
            schema_without_alembic(&target.0, &built);
            pgsplit_diff_equal(&empty_schema, &built, &format!("{what}: downgrade {round}"));
        }
    }
}

/// The scratch databases `pgsplit verify` left behind (it must leave none).
fn verify_leftovers() -> Vec<String> {
    let o = psql(
        "postgres",
        &[
            "-At",
            "-c",
            "SELECT datname FROM pg_database WHERE datname LIKE 'pgsplit\\_verify\\_%' ORDER BY 1",
        ],
    );
    assert!(o.status.success());
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// `pgsplit verify`: a consolidated file equal to its reference (0), one with a deliberate
/// difference (1, the object named), one that fails to load (2, its line named); no
/// scratch database is left behind.
#[test]
fn verify_loads_dumps_and_compares() {
    if !server() {
        return;
    }
    let before = verify_leftovers();
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    // the reference: a schema built by migrations, dumped
    let db = Scratch::new();
    let migrations = write(
        "migrations.sql",
        "CREATE TABLE t (id int PRIMARY KEY);\nALTER TABLE t ADD COLUMN name varchar(200);\nCREATE VIEW v AS SELECT id, name FROM t;\n",
    );
    db.load(&migrations).unwrap();
    let reference = dir.path().join("reference.sql");
    raw_dump(&db, &reference);
    let squashed = write(
        "squashed.sql",
        "create table t (id integer primary key, name character varying(200));\ncreate view v as select id, name from t;\n",
    );
    let different = write(
        "different.sql",
        "create table t (id integer primary key, name character varying(250));\ncreate view v as select id, name from t;\n",
    );
    let broken = write(
        "broken.sql",
        "create table t (id integer primary key);\n\ncreate view v as select nme from t;\n",
    );
    let verify = |file: &Path, against: Option<&str>| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_pgsplit"));
        cmd.args(["verify", "--brief", "--color", "never", "--db", &url()])
            .arg(file);
        if let Some(a) = against {
            cmd.args(["--against", a]);
        }
        cmd.output().unwrap()
    };
    let o = verify(&squashed, Some(reference.to_str().unwrap()));
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    // against the database itself, and against the file's own canonical form
    let o = verify(&squashed, Some(&db_url(&db.0)));
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = verify(&squashed, None);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = verify(&different, Some(reference.to_str().unwrap()));
    assert_eq!(o.status.code(), Some(1));
    let report = String::from_utf8_lossy(&o.stdout);
    assert!(report.contains("table public.t"), "{report}");
    assert!(report.contains("varchar(200) → varchar(250)"), "{report}");
    let o = verify(&broken, Some(reference.to_str().unwrap()));
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(&format!("{}:3: ERROR:", broken.display())) && err.contains("nme"),
        "{err}"
    );
    assert!(o.stdout.is_empty());
    assert_eq!(verify_leftovers(), before, "scratch databases left behind");
}

/// An exploded dump loads (its statements put back together in the order of its
/// `order.txt`, through psql) and builds the schema of the dump it came from.
#[test]
fn exploded_dumps_load_and_build_the_same_schema() {
    if !server() {
        return;
    }
    let before = verify_leftovers();
    let mut dumps = vec![
        common::root().join("corpus/dumps/full.sql"),
        common::root().join("corpus/dumps/schema.sql"),
    ];
    if let Some(shared) = common::shared() {
        dumps.push(shared.join("corpus/kidney-genetics-db/schema.sql"));
    }
    let dir = tempfile::tempdir().unwrap();
    for (k, dump) in dumps.iter().enumerate() {
        let out = dir.path().join(k.to_string());
        let o = Command::new(env!("CARGO_BIN_EXE_pgsplit"))
            .args(["explode", "-q"])
            .arg(dump)
            .arg("--out-dir")
            .arg(&out)
            .output()
            .unwrap();
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        // the reference: the dump itself loaded by psql (large objects are not in a
        // schema-only dump of either)
        let db = Scratch::new();
        db.load(dump).unwrap();
        let reference = dir.path().join(format!("{k}.reference.sql"));
        raw_dump(&db, &reference);
        let o = Command::new(env!("CARGO_BIN_EXE_pgsplit"))
            .args(["verify", "--brief", "--color", "never", "--db", &url()])
            .arg(&out)
            .arg("--against")
            .arg(&reference)
            .output()
            .unwrap();
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}: {}{}",
            dump.display(),
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
    }
    // a statement broken in one file: the error names that file
    let out = dir.path().join("1");
    let table = std::fs::read_dir(out.join("tables"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut text = std::fs::read_to_string(&table).unwrap();
    text.push_str("\nCREATE INDEX broken ON no_such_table (x);\n");
    std::fs::write(&table, text).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_pgsplit"))
        .args(["verify", "--brief", "--db", &url()])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    let name = table.strip_prefix(&out).unwrap().display().to_string();
    assert!(err.contains("no_such_table"), "{err}");
    assert!(
        err.contains(&format!("comes from {}", out.join(&name).display())),
        "{err}"
    );
    assert_eq!(verify_leftovers(), before, "scratch databases left behind");
}

/// Statements the grammar accepts and the server refuses for a reason in the statement
/// itself are kept as unsupported (src/classify/refused.rs): the server refuses each of
/// them, and accepts the near misses pgsplit classifies as usual.
#[test]
fn statements_pgsplit_says_the_server_refuses_are_refused() {
    if !server() {
        return;
    }
    let db = Scratch::new();
    let setup = "CREATE TABLE t0 (a int, b int); CREATE SEQUENCE s0;";
    let cases = [
        ("ALTER SEQUENCE s0 OWNED BY t0.a OWNED BY t0.b", true),
        ("CREATE SEQUENCE s1 INCREMENT 1 INCREMENT 2", true),
        ("CREATE SEQUENCE s1 CACHE 1 START 1 CACHE 1", true),
        (
            "CREATE TABLE t1 (id int GENERATED ALWAYS AS IDENTITY NULL)",
            true,
        ),
        ("CREATE TABLE t1 (id int NULL NOT NULL)", true),
        ("CREATE TABLE t1 (id int NOT NULL NULL)", true),
        ("CREATE TABLE t1 (id int DEFAULT 1 DEFAULT 2)", true),
        ("CREATE TABLE t1 (id bigserial DEFAULT 1)", true),
        ("CREATE TABLE t1 (id serial4 NULL)", true),
        (
            "ALTER TABLE t0 ADD COLUMN c int, ADD COLUMN d int NULL NOT NULL",
            true,
        ),
        ("SELECT $0::int AS col", true),
        ("CREATE FUNCTION f1(int) RETURNS int RETURN $1 + $0", true),
        ("PREPARE p1 (int) AS SELECT $1, '$0'", false),
        ("ALTER SEQUENCE s0 OWNED BY t0.a INCREMENT 2", false),
        ("CREATE TABLE t1 (id serial NOT NULL PRIMARY KEY)", false),
        ("ALTER TABLE t0 ADD COLUMN c int NOT NULL DEFAULT 1", false),
        (
            "CREATE TABLE t1 (id int NOT NULL NOT NULL, b int NULL NULL DEFAULT 1)",
            false,
        ),
        (
            "CREATE TABLE t1 (id int GENERATED ALWAYS AS IDENTITY NOT NULL)",
            false,
        ),
        ("CREATE TABLE t1 (id serial NOT NULL)", false),
        ("CREATE TABLE t1 (a numeric(1 + 1))", true),
        ("ALTER TABLE t0 ADD COLUMN c numeric(length('ab'))", true),
        ("CREATE TABLE t1 (a int, b text, a text)", true),
        (
            "CREATE TABLE t1 (a numeric(10, 2), b varchar(20), c interval(3))",
            false,
        ),
        ("GRANT SELECT, INSERT ON SEQUENCE s0 TO PUBLIC", true),
        ("GRANT SELECT ON FUNCTION pg_catalog.now() TO PUBLIC", true),
        ("GRANT USAGE ON s0 TO PUBLIC", false),
        (
            "GRANT EXECUTE ON FUNCTION pg_catalog.now() TO PUBLIC",
            false,
        ),
    ];
    for (sql, refused) in cases {
        let c = pgsplit::classify::classify(sql, &pgsplit::classify::Context::default());
        let ours = c.class == pgsplit::model::Class::Unsupported;
        assert_eq!(ours, refused, "{sql}: pgsplit says {:?}", c.reason);
        if refused {
            assert!(c.reason.unwrap().starts_with("the server refuses it: "));
        }
        let o = psql(
            &db.0,
            &["-c", "BEGIN", "-c", setup, "-c", sql, "-c", "ROLLBACK"],
        );
        assert_eq!(
            !o.status.success(),
            refused,
            "{sql}: the server says {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
}
