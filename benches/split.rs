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

use gen::{copy_dump_to, ddl_dump};
use pgsplit::{ScanOptions, Scanner, SegmentKind};
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

fn pgsplit_count(data: &[u8], trivia: bool) -> usize {
    let opts = ScanOptions {
        trivia,
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

/// One input: memchr, pgsplit (as `split` uses it, and with every segment) and (when
/// `with_pg_query`) split_with_scanner, interleaved.
fn measure(name: &str, data: &str, reps: usize, with_pg_query: bool) {
    let bytes = data.as_bytes();
    let mb = bytes.len() as f64 / 1e6;
    let (mut t_mem, mut t_split, mut t_all, mut t_pgq) = (vec![], vec![], vec![], vec![]);
    let (mut r_split, mut r_all, mut r_pgq_split, mut r_pgq_all) = (vec![], vec![], vec![], vec![]);
    let (mut n_ours, mut n_pgq) = (0, None);
    for _ in 0..reps {
        let (tm, _) = time(|| black_box(memchr_count(black_box(bytes))));
        let (ts, n) = time(|| black_box(pgsplit_count(black_box(bytes), false)));
        let (ta, _) = time(|| black_box(pgsplit_count(black_box(bytes), true)));
        n_ours = n;
        t_mem.push(tm);
        t_split.push(ts);
        t_all.push(ta);
        r_split.push(ts / tm);
        r_all.push(ta / tm);
        if with_pg_query {
            let (tp, r) = time(|| black_box(pg_query::split_with_scanner(black_box(data))));
            n_pgq = Some(r.map(|v| v.len()).map_err(|e| e.to_string()));
            t_pgq.push(tp);
            r_pgq_split.push(tp / ts);
            r_pgq_all.push(tp / ta);
        }
    }
    let semicolons = memchr_count(bytes);
    println!("\n{name}: {mb:.1} MB, {semicolons} ';' bytes, {reps} repetitions");
    println!(
        "  memchr count of ';'          {:>8.0} MB/s",
        mb / median(&mut t_mem)
    );
    println!(
        "  pgsplit (as `split` scans)   {:>8.0} MB/s   {n_ours} statements   {:.1}x the memchr time",
        mb / median(&mut t_split),
        median(&mut r_split)
    );
    println!(
        "  pgsplit (every segment)      {:>8.0} MB/s   {:.1}x the memchr time",
        mb / median(&mut t_all),
        median(&mut r_all)
    );
    if with_pg_query {
        let outcome = match &n_pgq {
            Some(Ok(n)) => format!("{n} statements"),
            Some(Err(e)) => format!("error: {e}"),
            None => String::new(),
        };
        println!(
            "  pg_query split_with_scanner  {:>8.0} MB/s   {outcome}",
            mb / median(&mut t_pgq)
        );
        println!(
            "  => pgsplit is {:.1}x faster than split_with_scanner as `split` scans, {:.1}x with every segment (medians of per-repetition ratios)",
            median(&mut r_pgq_split),
            median(&mut r_pgq_all)
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
    let (rss, secs) = binary_peak_rss(&["split", "--format", "nul", &p]);
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
