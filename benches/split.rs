//! Splitting speed against its peers, measured in one run: `cargo bench --bench split`.
//!
//! Inputs are generated here, deterministically (no database needed):
//! * a DDL-heavy dump (pg_dump style: tables, constraints, indexes, PL/pgSQL and BEGIN ATOMIC
//!   functions, views, comments, grants), about 6 MB;
//! * a COPY-heavy dump: the same kind of DDL plus COPY blocks, about 210 MB.
//!
//! For each input every repetition runs, back to back: a `memchr` count of `;` (the floor:
//! the cost of looking at every byte once), pgsplit's scanner as `split` uses it for SQL and
//! NUL output (statements only, no line numbers), as for JSON output (with line and column
//! numbers) and with every segment handed out (the library default), and
//! `pg_query::split_with_scanner` (libpg_query's splitter, the best existing library one).
//! Reported: MB/s of each (median of the repetitions) and the median of the per-repetition
//! ratios, which is what to compare on a shared, noisy machine. Then the peak RSS of the
//! `pgsplit` binary splitting the COPY-heavy dump from a file.
//!
//! Environment: `PGSPLIT_BENCH_REPS` (default 7), `PGSPLIT_BENCH_COPY_MB` (default 210).

mod gen;

use gen::{copy_dump_to, ddl_dump};
use pgsplit::{ScanOptions, Scanner, SegmentKind};
use std::hint::black_box;
use std::time::Instant;

fn time<T>(f: impl FnOnce() -> T) -> (f64, T) {
    let t = Instant::now();
    let r = f();
    (t.elapsed().as_secs_f64(), r)
}

fn memchr_count(data: &[u8]) -> usize {
    memchr::memchr_iter(b';', data).count()
}

/// The ways pgsplit is timed: how `split` scans for each output, and the library default.
const MODES: [(&str, bool, bool); 3] = [
    // (label, trivia, positions)
    ("pgsplit, as `split` (sql, nul)", false, false),
    ("pgsplit, as `split --format json`", false, true),
    ("pgsplit, every segment (library)", true, true),
];

fn pgsplit_count(data: &[u8], trivia: bool, positions: bool) -> usize {
    let opts = ScanOptions {
        trivia,
        positions,
        ..ScanOptions::default()
    };
    let mut s = Scanner::with_options(data, opts);
    let mut n = 0;
    while let Some(seg) = s.next_segment() {
        if seg.expect("scan").kind() == SegmentKind::Statement {
            n += 1;
        }
    }
    n
}

/// One input: memchr, pgsplit in each of [`MODES`] and (when `with_pg_query`)
/// split_with_scanner, interleaved in every repetition.
fn measure(name: &str, data: &str, reps: usize, with_pg_query: bool) {
    let bytes = data.as_bytes();
    let mb = bytes.len() as f64 / 1e6;
    let mut t_mem = Vec::new();
    let mut t_ours: [Vec<f64>; 3] = Default::default();
    let mut r_mem: [Vec<f64>; 3] = Default::default();
    let mut r_pgq: [Vec<f64>; 3] = Default::default();
    let mut t_pgq = Vec::new();
    let (mut n_ours, mut n_pgq) = (0, None);
    for _ in 0..reps {
        let (tm, _) = time(|| black_box(memchr_count(black_box(bytes))));
        t_mem.push(tm);
        let mut ts = [0.0; 3];
        for (i, (_, trivia, positions)) in MODES.iter().enumerate() {
            let (t, n) = time(|| black_box(pgsplit_count(black_box(bytes), *trivia, *positions)));
            n_ours = n;
            ts[i] = t;
            t_ours[i].push(t);
            r_mem[i].push(t / tm);
        }
        if with_pg_query {
            let (tp, r) = time(|| black_box(pg_query::split_with_scanner(black_box(data))));
            n_pgq = Some(r.map(|v| v.len()).map_err(|e| e.to_string()));
            t_pgq.push(tp);
            for i in 0..3 {
                r_pgq[i].push(tp / ts[i]);
            }
        }
    }
    let semicolons = memchr_count(bytes);
    println!(
        "\n{name}: {mb:.1} MB, {semicolons} ';' bytes, {reps} repetitions, {n_ours} statements"
    );
    println!(
        "  {:<36} {:>8.0} MB/s",
        "memchr count of ';'",
        mb / gen::median(&mut t_mem)
    );
    for (i, (label, _, _)) in MODES.iter().enumerate() {
        let vs_peer = if with_pg_query {
            format!("   {:>5.1}x split_with_scanner", gen::median(&mut r_pgq[i]))
        } else {
            String::new()
        };
        println!(
            "  {label:<36} {:>8.0} MB/s   {:>5.1}x the memchr time{vs_peer}",
            mb / gen::median(&mut t_ours[i]),
            gen::median(&mut r_mem[i]),
        );
    }
    if with_pg_query {
        let outcome = match &n_pgq {
            Some(Ok(n)) => format!("{n} statements"),
            Some(Err(e)) => format!("error: {e}"),
            None => String::new(),
        };
        println!(
            "  {:<36} {:>8.0} MB/s   {outcome}",
            "pg_query split_with_scanner",
            mb / gen::median(&mut t_pgq)
        );
        println!("  (ratios: medians of per-repetition ratios, all measured in the same run)");
    }
}

fn main() {
    let Some(reps) = gen::repetitions(7) else {
        return;
    };
    let copy_mb: usize = std::env::var("PGSPLIT_BENCH_COPY_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(210);

    // First, while this process is still small (a child's peak RSS counts what it inherits
    // before exec): write the COPY-heavy dump and time the pgsplit binary on it.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("copy-heavy.sql");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    copy_dump_to(&mut file, copy_mb * 1_000_000).unwrap();
    drop(file);
    let size = std::fs::metadata(&path).unwrap().len() as f64 / 1e6;
    let p = path.to_string_lossy().into_owned();
    let (rss, secs) = gen::binary_peak_rss(
        env!("CARGO_BIN_EXE_pgsplit"),
        &["split", "--format", "nul", &p],
    );
    println!(
        "pgsplit binary, `split --format nul` of the {size:.0} MB COPY-heavy file to /dev/null \
         (check pass + write pass): peak RSS {:.1} MB, {:.2} s, {:.0} MB/s of input",
        rss as f64 / 1024.0,
        secs,
        size / secs
    );

    let ddl = ddl_dump(6_000_000);
    measure("DDL-heavy dump (generated)", &ddl, reps, true);
    drop(ddl);

    let copy = String::from_utf8(std::fs::read(&path).unwrap()).unwrap();
    std::fs::remove_file(&path).ok();
    measure("COPY-heavy dump (generated)", &copy, reps.min(5), false);
    // libpg_query's scanner cannot split COPY data (it errors or glues rows to statements):
    // run it once to show what it does.
    let (t, r) = time(|| pg_query::split_with_scanner(&copy));
    println!(
        "  pg_query split_with_scanner on it: {} after {:.2} s",
        match r {
            Ok(v) => format!("{} pieces (COPY rows glued into statements)", v.len()),
            Err(e) => format!(
                "error: {}",
                e.to_string().chars().take(80).collect::<String>()
            ),
        },
        t
    );
}
