//! Pathological inputs: time and memory must grow linearly with the input.
//! `cargo bench --bench limits`.
//!
//! Each input is generated at two sizes, a quarter and the full size (the limits: 10⁶
//! nested parentheses, 10⁵ statements on one line, a 100 MB dollar-quoted body; and a
//! 10⁶-line COPY block), written to a file and run through the `pgsplit` binary: `split`,
//! `order` and `normalize`, output discarded. Reported for each input and command, measured
//! in this one run: the time ratio full / quarter (4 is linear, 16 quadratic), the peak-RSS
//! ratio, and the peak RSS per input byte at full size. A time ratio over 8 fails the run.
//!
//! Environment: `PGSPLIT_BENCH_REPS` (default 3, the median is taken), `PGSPLIT_BENCH_SCALE`
//! (default 1: the sizes above; 0.25 for a quick look).

mod gen;

use gen::{binary_peak_rss, median, repetitions};
use std::fmt::Write as _;

/// Nested parentheses around a literal, after a table.
fn parens(n: usize) -> String {
    format!(
        "CREATE TABLE t (a int);\nSELECT {}1{};\n",
        "(".repeat(n),
        ")".repeat(n)
    )
}

/// `n` table definitions on one line.
fn one_line(n: usize) -> String {
    let mut s = String::with_capacity(n * 32);
    for i in 0..n {
        let _ = write!(s, "CREATE TABLE t{i} (a int, b text);");
    }
    s.push('\n');
    s
}

/// A function whose dollar-quoted body is `n` bytes.
fn dollar_body(n: usize) -> String {
    format!(
        "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $body$ SELECT '{}' $body$;\n",
        "x".repeat(n)
    )
}

/// A COPY block of `n` lines.
fn copy_lines(n: usize) -> String {
    let mut s = String::from("CREATE TABLE t (a int, b text);\nCOPY t (a, b) FROM stdin;\n");
    for i in 0..n {
        let _ = writeln!(s, "{i}\trow {i}");
    }
    s.push_str("\\.\n");
    s
}

type Gen = fn(usize) -> String;

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
    let mut worst: f64 = 0.0;
    for (name, gen, full) in inputs {
        let full = ((full as f64) * scale) as usize;
        let mut files = Vec::new();
        for (k, n) in [full / 4, full].into_iter().enumerate() {
            let path = dir.path().join(format!("{k}.sql"));
            let text = gen(n);
            std::fs::write(&path, &text).expect("write input");
            files.push((path, text.len()));
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
            worst = worst.max(time_ratio);
            println!("{name:<30} {verb:<10} {time_ratio:>11.2} {rss_ratio:>10.2} {per_byte:>13.2}");
        }
    }
    println!("(4 is linear, 16 quadratic; RSS includes the process's fixed ~10 MB)");
    assert!(worst < 8.0, "a time ratio of {worst:.1}: worse than linear");
}
