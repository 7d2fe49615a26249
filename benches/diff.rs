//! `pgsplit diff` speed against parsing alone, measured in one run: `cargo bench --bench diff`.
//!
//! Input: two versions of the generated DDL-heavy dump of `benches/gen.rs` (pg_dump style,
//! about 6 MB and 36k statements each); the second has one column type changed. Every
//! repetition runs, back to back:
//! * `pg_query::parse` of every statement of both files (one thread): the floor;
//! * what `pgsplit diff` does after splitting: both files classified and folded into their
//!   canonical schemas, then compared (`canon::Schema::from_sql` twice, `diff::diff`).
//!
//! Reported: seconds and MB/s of each (median of the repetitions) and the median of the
//! per-repetition ratios (the goal: diff at most 1.5x the parse-only time). Then
//! the wall time of the `pgsplit diff` binary on a schema of about 10,000 tables.
//!
//! Environment: `PGSPLIT_BENCH_REPS` (default 3).

mod gen;

use pgsplit::canon::{Policy, Schema};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let Some(reps) = gen::repetitions(3) else {
        return;
    };
    let a = gen::ddl_dump(6_000_000);
    let b = a.replacen("character varying(200)", "character varying(250)", 1);
    assert_ne!(a, b);
    let mb = (a.len() + b.len()) as f64 / 1e6;
    let sa = pgsplit::split_statements(&a).unwrap();
    let sb = pgsplit::split_statements(&b).unwrap();
    println!(
        "input: two dumps of {:.1} MB, {} statements each, {reps} repetitions",
        a.len() as f64 / 1e6,
        sa.len()
    );
    let (mut tp, mut td, mut ratio) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..reps {
        let t = Instant::now();
        let n = sa
            .iter()
            .chain(&sb)
            .filter(|s| pg_query::parse(s, 0).is_ok())
            .count();
        let p = t.elapsed().as_secs_f64();
        assert_eq!(n, sa.len() + sb.len());
        let t = Instant::now();
        let x = Schema::from_sql(black_box(&a)).unwrap();
        let y = Schema::from_sql(black_box(&b)).unwrap();
        let d = pgsplit::diff::diff(&x, &y, &Policy::default());
        let dt = t.elapsed().as_secs_f64();
        assert_eq!(d.changes.len(), 1, "one changed table");
        tp.push(p);
        td.push(dt);
        ratio.push(dt / p);
    }
    let (p, d, r) = (
        gen::median(&mut tp),
        gen::median(&mut td),
        gen::median(&mut ratio),
    );
    println!(
        "  pg_query::parse of both files, 1 thread     {p:6.2} s  {:6.1} MB/s  1.00x (baseline)",
        mb / p
    );
    println!(
        "  normalize both + diff (all cores)          {d:6.2} s  {:6.1} MB/s  {r:.2}x the parse time",
        mb / d
    );

    // about 10,000 tables: the binary, wall time
    let big = gen::ddl_dump(18_000_000);
    let tables = big.matches("CREATE TABLE").count();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    let (pa, pb) = (dir.join("diff-a.sql"), dir.join("diff-b.sql"));
    std::fs::write(&pa, &big).unwrap();
    std::fs::write(
        &pb,
        big.replacen("character varying(200)", "character varying(250)", 1),
    )
    .unwrap();
    let t = Instant::now();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_pgsplit"))
        .args(["diff", "-q", "--brief"])
        .arg(&pa)
        .arg(&pb)
        .output()
        .unwrap();
    let secs = t.elapsed().as_secs_f64();
    assert_eq!(o.status.code(), Some(1));
    println!(
        "pgsplit binary, diff of two {:.1} MB dumps of {tables} tables: {secs:.2} s wall",
        big.len() as f64 / 1e6
    );
    std::fs::remove_file(&pa).ok();
    std::fs::remove_file(&pb).ok();
}
