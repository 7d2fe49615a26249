//! Pathological inputs: time and memory must grow linearly with the input.
//! `cargo bench --bench limits`.
//!
//! Each input is generated at two sizes, a quarter and the full size (the limits: 10⁶
//! nested parentheses, 10⁵ statements on one line, a 100 MB dollar-quoted body; and a
//! 10⁶-line COPY block), written to a file and run through the `pgsplit` binary: `split`,
//! `order` and `normalize`, output discarded. Reported for each input and command, measured
//! in this one run: the time ratio full / quarter (4 is linear, 16 quadratic), the peak-RSS
//! ratio, and the peak RSS per input byte at full size. A time or peak-RSS ratio over 8 fails
//! the run (after every input is measured: the message names each one over).
//!
//! Environment: `PGSPLIT_BENCH_REPS` (default 3, the median is taken), `PGSPLIT_BENCH_SCALE`
//! (default 1: the sizes above; 0.25 for a quick look).

mod gen;

use gen::{binary_peak_rss, median, repetitions};
use std::io::{self, BufWriter, Write};

/// Nested parentheses around a literal, after a table.
fn parens(w: &mut dyn Write, n: usize) -> io::Result<()> {
    w.write_all(b"CREATE TABLE t (a int);\nSELECT ")?;
    repeat(w, b"(", n)?;
    w.write_all(b"1")?;
    repeat(w, b")", n)?;
    w.write_all(b";\n")
}

/// `n` table definitions on one line.
fn one_line(w: &mut dyn Write, n: usize) -> io::Result<()> {
    for i in 0..n {
        write!(w, "CREATE TABLE t{i} (a int, b text);")?;
    }
    w.write_all(b"\n")
}

/// A function whose dollar-quoted body is `n` bytes.
fn dollar_body(w: &mut dyn Write, n: usize) -> io::Result<()> {
    w.write_all(b"CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $body$ SELECT '")?;
    repeat(w, b"x", n)?;
    w.write_all(b"' $body$;\n")
}

/// A COPY block of `n` lines.
fn copy_lines(w: &mut dyn Write, n: usize) -> io::Result<()> {
    w.write_all(b"CREATE TABLE t (a int, b text);\nCOPY t (a, b) FROM stdin;\n")?;
    for i in 0..n {
        writeln!(w, "{i}\trow {i}")?;
    }
    w.write_all(b"\\.\n")
}

fn repeat(w: &mut dyn Write, piece: &[u8], n: usize) -> io::Result<()> {
    let block = piece.repeat(4096);
    for _ in 0..n / 4096 {
        w.write_all(&block)?;
    }
    w.write_all(&block[..(n % 4096) * piece.len()])
}

/// Inputs are written straight to files: this process stays small, so that its children's
/// peak RSS is theirs (a child counts what it shares with its parent before exec).
type Gen = fn(&mut dyn Write, usize) -> io::Result<()>;

/// The ratio (full size / quarter size) of time or of peak RSS that fails the run: 4 is
/// linear, 16 quadratic.
const LIMIT: f64 = 8.0;

fn main() {
    let Some(reps) = repetitions(3) else {
        return;
    };
    let scale: f64 = std::env::var("PGSPLIT_BENCH_SCALE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1.0);
    let bin = env!("CARGO_BIN_EXE_pgsplit");
    let dir = tempfile::tempdir().expect("temporary directory");
    let inputs: [(&str, Gen, usize); 4] = [
        ("10^6 nested parentheses", parens, 1_000_000),
        ("10^5 statements on one line", one_line, 100_000),
        ("100 MB dollar-quoted body", dollar_body, 100 << 20),
        ("10^6-line COPY block", copy_lines, 1_000_000),
    ];
    println!(
        "{:<30} {:<10} {:>11} {:>10} {:>13}",
        "input (full size)", "command", "time ratio", "RSS ratio", "RSS / byte"
    );
    let mut over = Vec::new();
    for (name, gen, full) in inputs {
        let full = ((full as f64) * scale) as usize;
        let mut files = Vec::new();
        for (k, n) in [full / 4, full].into_iter().enumerate() {
            let path = dir.path().join(format!("{k}.sql"));
            let mut w = BufWriter::new(std::fs::File::create(&path).expect("create input"));
            gen(&mut w, n)
                .and_then(|()| w.flush())
                .expect("write input");
            let len = std::fs::metadata(&path).expect("input").len();
            files.push((path, len));
        }
        for verb in ["split", "order", "normalize"] {
            let mut measured = Vec::new();
            for (path, _) in &files {
                let p = path.to_str().unwrap();
                let (mut secs, mut rss) = (Vec::new(), Vec::new());
                for _ in 0..reps {
                    let (kb, s) = binary_peak_rss(bin, &[verb, "-q", p]);
                    secs.push(s);
                    rss.push(kb as f64);
                }
                measured.push((median(&mut secs), median(&mut rss)));
            }
            let time_ratio = measured[1].0 / measured[0].0;
            let rss_ratio = measured[1].1 / measured[0].1;
            let per_byte = measured[1].1 * 1024.0 / files[1].1 as f64;
            println!("{name:<30} {verb:<10} {time_ratio:>11.2} {rss_ratio:>10.2} {per_byte:>13.2}");
            for (what, ratio) in [("time", time_ratio), ("peak RSS", rss_ratio)] {
                if ratio >= LIMIT {
                    over.push(format!("{name}, {verb}: {what} ratio {ratio:.2}"));
                }
            }
        }
    }
    println!("(4 is linear, 16 quadratic; RSS includes the process's fixed ~10 MB)");
    assert!(
        over.is_empty(),
        "worse than linear (ratio {LIMIT} or more at four times the size):\n{}",
        over.join("\n")
    );
}
