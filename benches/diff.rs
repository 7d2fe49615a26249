//! `pgsplit diff` speed against parsing alone, measured in one run: `cargo bench --bench diff`.
//!
//! Input: the generated DDL-heavy dump of `benches/gen.rs` (pg_dump style, about 6 MB and
//! 36k statements), written to `bench-data/` in three versions:
//! * `a.sql`, the dump;
//! * `b.sql`, the same with one column type changed: the usual diff, two dumps of nearly
//!   the same schema (a squashed migration against production);
//! * `c.sql`, the same schema as `a.sql` with every statement's first keyword in lower
//!   case: no statement text in common with `a.sql`, so nothing the first side parsed is
//!   reused for the second (the worst case).
//!
//! Every repetition runs, back to back:
//! * `pg_query::parse` of every statement of both files (one thread): the floor;
//! * the `pgsplit diff -q --brief a.sql b.sql` binary, wall time (reading, splitting,
//!   classifying on all cores, folding both sides into their canonical schemas, comparing,
//!   printing the report; and starting the process);
//! * the same for `a.sql` and `c.sql`.
//!
//! Reported: seconds and MB/s of each (median of the repetitions) and the median of the
//! per-repetition ratios (the goal: diff at most 1.5x the parse-only time). Then the
//! wall time of the binary on two schemas of 10,000 tables (one column changed): the
//! generated dump (18 MB per side) and plain tables (2.8 MB per side), with the parse-only
//! time of both files on all cores for scale.
//!
//! The parse-only floor runs in this process, with the system allocator (the binary uses
//! mimalloc; with it, the floor is about 5 % lower). Environment: `PGSPLIT_BENCH_REPS`
//! (default 3); `PGSPLIT_BENCH_KEEP=1` keeps the inputs in `bench-data/`.

mod gen;

use std::path::{Path, PathBuf};
use std::time::Instant;

/// The first keyword of every statement in lower case (same schema, other text).
fn lower_keywords(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    for stmt in pgsplit::split_statements(sql).unwrap() {
        let body = stmt.trim_start();
        let lead = &stmt[..stmt.len() - body.len()];
        let word = body.find([' ', '\n']).unwrap_or(body.len());
        out.push_str(lead);
        out.push_str(&body[..word].to_ascii_lowercase());
        out.push_str(&body[word..]);
        out.push('\n');
    }
    out
}

/// Parses every statement, one thread; how many parsed.
fn parse_all(stmts: &[String]) -> usize {
    stmts
        .iter()
        .filter(|s| pg_query::parse(s, 0).is_ok())
        .count()
}

/// Parses every statement, split over all cores.
fn parse_all_cores(stmts: &[String]) {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = stmts.len().div_ceil(threads);
    std::thread::scope(|s| {
        for part in stmts.chunks(chunk) {
            s.spawn(move || {
                part.iter()
                    .for_each(|q| assert!(pg_query::parse(q, 0).is_ok()))
            });
        }
    });
}

/// `pgsplit diff -q --brief a b` (the binary): its exit code and wall seconds.
fn diff(a: &Path, b: &Path) -> (i32, f64) {
    let t = Instant::now();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_pgsplit"))
        .args(["diff", "-q", "--brief"])
        .arg(a)
        .arg(b)
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), t.elapsed().as_secs_f64())
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn main() {
    let Some(reps) = gen::repetitions(3) else {
        return;
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    let a = gen::ddl_dump(6_000_000);
    let b = a.replacen("character varying(200)", "character varying(250)", 1);
    let c = lower_keywords(&a);
    assert_ne!(a, b);
    let (pa, pb, pc) = (
        write(&dir, "a.sql", &a),
        write(&dir, "b.sql", &b),
        write(&dir, "c.sql", &c),
    );
    let mb = (a.len() + b.len()) as f64 / 1e6;
    let statements = pgsplit::split_statements(&a).unwrap().len();
    // split beforehand: the floor is the parse alone
    let both: Vec<String> = [&a, &b]
        .iter()
        .flat_map(|t| pgsplit::split_statements(t).unwrap())
        .collect();
    println!(
        "input: dumps of {:.1} MB, {statements} statements each, {reps} repetitions",
        a.len() as f64 / 1e6,
    );
    let (mut tp, mut tb, mut tc, mut rb, mut rc) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..reps {
        let t = Instant::now();
        assert_eq!(parse_all(&both), 2 * statements);
        let p = t.elapsed().as_secs_f64();
        let (code, db) = diff(&pa, &pb);
        assert_eq!(code, 1, "one changed table");
        let (code, dc) = diff(&pa, &pc);
        assert_eq!(code, 0, "the same schema");
        tp.push(p);
        tb.push(db);
        tc.push(dc);
        rb.push(db / p);
        rc.push(dc / p);
    }
    let p = gen::median(&mut tp);
    println!(
        "  pg_query::parse of both files, 1 thread    {p:6.2} s  {:6.1} MB/s  1.00x (baseline)",
        mb / p
    );
    let d = gen::median(&mut tb);
    println!(
        "  pgsplit diff, one column changed           {d:6.2} s  {:6.1} MB/s  {:.2}x the parse time",
        mb / d,
        gen::median(&mut rb)
    );
    let d = gen::median(&mut tc);
    println!(
        "  pgsplit diff, no statement text in common  {d:6.2} s  {:6.1} MB/s  {:.2}x the parse time",
        mb / d,
        gen::median(&mut rc)
    );

    // 10,000 tables: the generated dump (with sequences, functions, views, indexes, grants)
    // and plain tables (columns and a primary key)
    let mut written = vec![pa.clone(), pb.clone(), pc.clone()];
    for (what, file, big) in [
        ("the generated dump", "big", gen::ddl_dump(18_000_000)),
        ("plain tables", "plain", gen::plain_tables(10_000)),
    ] {
        let tables = big.matches("CREATE TABLE").count();
        let big_b = big.replacen("character varying(200)", "character varying(250)", 1);
        let (pa, pb) = (
            write(&dir, &format!("{file}-a.sql"), &big),
            write(&dir, &format!("{file}-b.sql"), &big_b),
        );
        written.extend([pa.clone(), pb.clone()]);
        let stmts: Vec<String> = [&big, &big_b]
            .iter()
            .flat_map(|t| pgsplit::split_statements(t).unwrap())
            .collect();
        let (mut tp, mut td) = (Vec::new(), Vec::new());
        for _ in 0..reps {
            let t = Instant::now();
            parse_all_cores(&stmts);
            tp.push(t.elapsed().as_secs_f64());
            let (code, d) = diff(&pa, &pb);
            assert_eq!(code, 1);
            td.push(d);
        }
        let (p, d) = (gen::median(&mut tp), gen::median(&mut td));
        println!(
            "{tables} tables, {what}, two dumps of {:.1} MB: pgsplit diff {d:.2} s; pg_query::parse of both on all cores {p:.2} s",
            big.len() as f64 / 1e6,
        );
    }
    // PGSPLIT_BENCH_KEEP=1 leaves the inputs in bench-data/ (to profile the binary on them)
    if std::env::var_os("PGSPLIT_BENCH_KEEP").is_none() {
        for p in written {
            std::fs::remove_file(p).ok();
        }
    }
}
