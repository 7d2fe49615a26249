//! Splitting speed against its peers, measured in one run: `cargo bench --bench split`.
//!
//! Inputs are generated here, deterministically (no database needed):
//! * a DDL-heavy dump (pg_dump style: tables, constraints, indexes, PL/pgSQL and BEGIN ATOMIC
//!   functions, views, comments, grants), about 6 MB;
//! * a COPY-heavy dump: the same kind of DDL plus COPY blocks, about 210 MB.
//!
//! For each input every repetition runs, back to back: a `memchr` count of `;` (the floor:
//! the cost of looking at every byte once), pgsplit's scanner (every segment handed out), and
//! `pg_query::split_with_scanner` (libpg_query's splitter, the best existing library one).
//! Reported: MB/s of each (median of the repetitions) and the median of the per-repetition
//! ratios, which is what to compare on a shared, noisy machine. Then the peak RSS of the
//! `pgsplit` binary splitting the COPY-heavy dump from a file.
//!
//! Environment: `PGSPLIT_BENCH_REPS` (default 7), `PGSPLIT_BENCH_COPY_MB` (default 210).

mod gen;

use gen::{copy_dump, ddl_dump};
use pgsplit::{Scanner, SegmentKind};
use std::hint::black_box;
use std::time::Instant;

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn time<T>(f: impl FnOnce() -> T) -> (f64, T) {
    let t = Instant::now();
    let r = f();
    (t.elapsed().as_secs_f64(), r)
}

fn memchr_count(data: &[u8]) -> usize {
    memchr::memchr_iter(b';', data).count()
}

fn pgsplit_count(data: &[u8]) -> usize {
    let mut s = Scanner::new(data);
    let mut n = 0;
    while let Some(seg) = s.next_segment() {
        if seg.expect("scan").kind() == SegmentKind::Statement {
            n += 1;
        }
    }
    n
}

/// One input: memchr, pgsplit and (when `with_pg_query`) split_with_scanner, interleaved.
fn measure(name: &str, data: &str, reps: usize, with_pg_query: bool) {
    let bytes = data.as_bytes();
    let mb = bytes.len() as f64 / 1e6;
    let (mut t_mem, mut t_ours, mut t_pgq) = (vec![], vec![], vec![]);
    let (mut r_ours, mut r_pgq) = (vec![], vec![]);
    let (mut n_ours, mut n_pgq) = (0, None);
    for _ in 0..reps {
        let (tm, _) = time(|| black_box(memchr_count(black_box(bytes))));
        let (to, n) = time(|| black_box(pgsplit_count(black_box(bytes))));
        n_ours = n;
        t_mem.push(tm);
        t_ours.push(to);
        r_ours.push(to / tm);
        if with_pg_query {
            let (tp, r) = time(|| black_box(pg_query::split_with_scanner(black_box(data))));
            n_pgq = Some(r.map(|v| v.len()).map_err(|e| e.to_string()));
            t_pgq.push(tp);
            r_pgq.push(tp / to);
        }
    }
    let semicolons = memchr_count(bytes);
    println!("\n{name}: {mb:.1} MB, {semicolons} ';' bytes, {reps} repetitions");
    println!(
        "  memchr count of ';'        {:>9.0} MB/s",
        mb / median(&mut t_mem)
    );
    println!(
        "  pgsplit Scanner            {:>9.0} MB/s   {n_ours} statements   {:.1}x the memchr time",
        mb / median(&mut t_ours),
        median(&mut r_ours)
    );
    if with_pg_query {
        let outcome = match &n_pgq {
            Some(Ok(n)) => format!("{n} statements"),
            Some(Err(e)) => format!("error: {e}"),
            None => String::new(),
        };
        println!(
            "  pg_query split_with_scanner {:>8.0} MB/s   {outcome}",
            mb / median(&mut t_pgq)
        );
        println!(
            "  => pgsplit is {:.1}x faster than split_with_scanner (median of per-repetition ratios)",
            median(&mut r_pgq)
        );
    }
}

/// Peak RSS of the pgsplit binary splitting `path` (kB), and its wall time.
fn binary_peak_rss(args: &[&str]) -> (i64, f64) {
    let t = Instant::now();
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_pgsplit"))
        .args(args)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("run pgsplit");
    let secs = t.elapsed().as_secs_f64();
    assert!(status.success(), "pgsplit failed: {status}");
    // SAFETY: getrusage only writes into the struct it is given.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut ru) };
    (ru.ru_maxrss, secs)
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let reps: usize = std::env::var("PGSPLIT_BENCH_REPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(7);
    let copy_mb: usize = std::env::var("PGSPLIT_BENCH_COPY_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(210);

    let ddl = ddl_dump(6_000_000);
    measure("DDL-heavy dump (generated)", &ddl, reps, true);

    let copy = copy_dump(copy_mb * 1_000_000);
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

    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("copy-heavy.sql");
    std::fs::write(&path, copy.as_bytes()).unwrap();
    drop(copy);
    drop(ddl);
    let p = path.to_string_lossy().into_owned();
    let (rss, secs) = binary_peak_rss(&["split", "--format", "nul", &p]);
    println!(
        "\npgsplit binary, `split --format nul` of the COPY-heavy file (check pass + write pass): peak RSS {:.1} MB, {:.2} s ({:.0} MB/s of input per pass)",
        rss as f64 / 1024.0,
        secs,
        2.0 * copy_mb as f64 / secs
    );
    std::fs::remove_file(&path).ok();
}
