//! Classification and ordering speed against parsing alone, measured in one run:
//! `cargo bench --bench order`.
//!
//! Input: the generated DDL-heavy dump of `benches/gen.rs` (pg_dump style, about 6 MB and
//! 37k statements). It is split once; then every repetition runs, back to back:
//! * `pg_query::parse` of every statement, result dropped: the floor, since classifying needs
//!   the parse tree;
//! * pgsplit's `classify` of every statement (parse + its own walk of the tree), on one
//!   thread;
//! * what `pgsplit order` does after splitting: `classify_all` (on all cores), building the
//!   dependency graph and ordering everything (`order::order`).
//!
//! Reported: MB/s and statements/s of each (median of the repetitions) and the median of the
//! per-repetition ratios to `pg_query::parse` (the goal: ordering adds at most 20 %). Then the
//! peak RSS and wall time of the `pgsplit order` binary on the same dump written to a file.
//!
//! Environment: `PGSPLIT_BENCH_REPS` (default 5); `PGSPLIT_BENCH_KEEP` keeps the dump in
//! `bench-data/ddl-order.sql` (to profile the binary on it).

mod gen;

use pgsplit::classify::{classify, Context};
use pgsplit::order::{order, Item, Pin};
use std::hint::black_box;
use std::time::Instant;

fn time<T>(f: impl FnOnce() -> T) -> (f64, T) {
    let t = Instant::now();
    let r = f();
    (t.elapsed().as_secs_f64(), r)
}

fn parse_all(stmts: &[String]) -> usize {
    stmts
        .iter()
        .filter(|s| pg_query::parse(s, 0).is_ok())
        .count()
}

fn classify_all(stmts: &[String]) -> Vec<Item> {
    let mut ctx = Context::default();
    stmts
        .iter()
        .map(|s| {
            let class = classify(s, &ctx);
            ctx.apply(&class);
            Item {
                class,
                text: s.clone(),
                search_path: ctx.search_path.clone(),
                pin: Pin::Free,
            }
        })
        .collect()
}

fn main() {
    let Some(reps) = gen::repetitions(5) else {
        return;
    };
    let ddl = gen::ddl_dump(6_000_000);
    let mb = ddl.len() as f64 / 1e6;

    // The binary first, while this process is small (a child's peak RSS counts what it
    // inherits before exec).
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("ddl-order.sql");
    std::fs::write(&path, &ddl).unwrap();
    let p = path.to_string_lossy().into_owned();
    let (rss, secs) = gen::binary_peak_rss(env!("CARGO_BIN_EXE_pgsplit"), &["order", "-q", &p]);
    println!(
        "pgsplit binary, `order` of the {mb:.1} MB DDL dump to /dev/null: peak RSS {:.1} MB \
         ({:.1}x the input), {secs:.2} s, {:.1} MB/s",
        rss as f64 / 1024.0,
        rss as f64 * 1024.0 / ddl.len() as f64,
        mb / secs
    );
    if std::env::var_os("PGSPLIT_BENCH_KEEP").is_none() {
        std::fs::remove_file(&path).ok();
    }

    let stmts = pgsplit::split_statements(&ddl).unwrap();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let n = stmts.len() as f64;
    println!(
        "input: {mb:.1} MB, {} statements, {reps} repetitions",
        stmts.len()
    );
    let (mut t_parse, mut t_class, mut t_order) = (Vec::new(), Vec::new(), Vec::new());
    let (mut r_class, mut r_order) = (Vec::new(), Vec::new());
    for _ in 0..reps {
        let (tp, parsed) = time(|| black_box(parse_all(black_box(&stmts))));
        assert_eq!(parsed, stmts.len());
        let (tc, items) = time(|| black_box(classify_all(black_box(&stmts))));
        drop(items);
        // what `pgsplit order` does: classification on all cores, then the graph and the sort
        let (to, steps) = time(|| {
            let classes = pgsplit::classify::classify_all(&stmts, &Context::default());
            let items = stmts
                .iter()
                .zip(classes)
                .map(|(s, (class, search_path))| Item {
                    class,
                    text: s.clone(),
                    search_path,
                    pin: Pin::Free,
                })
                .collect();
            order(items).expect("orders").steps.len()
        });
        assert_eq!(steps, stmts.len());
        t_parse.push(tp);
        t_class.push(tc);
        t_order.push(to);
        r_class.push(tc / tp);
        r_order.push(to / tp);
    }
    let report = |label: &str, t: &mut Vec<f64>, r: Option<&mut Vec<f64>>| {
        let s = gen::median(t);
        let ratio = r.map_or("1.00x (baseline)".to_owned(), |r| {
            format!("{:.2}x the parse time", gen::median(r))
        });
        println!(
            "  {label:<44} {:>7.1} MB/s  {:>8.0} statements/s  {ratio}",
            mb / s,
            n / s
        );
    };
    report("pg_query::parse of every statement", &mut t_parse, None);
    report(
        "classify (parse + dependency walk), 1 thread",
        &mut t_class,
        Some(&mut r_class),
    );
    report(
        &format!("classify ({threads} threads) + graph + order"),
        &mut t_order,
        Some(&mut r_order),
    );
    println!("  (ratios: medians of per-repetition ratios, all measured in the same run)");
}
