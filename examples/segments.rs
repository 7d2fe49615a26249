//! Prints every segment of a file: `cargo run --example segments -- FILE [ENCODING]`.
use pgsplit::{Encoding, ScanOptions, Scanner};

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: segments FILE [ENCODING]");
    let mut opts = ScanOptions::default();
    if let Some(e) = args.next() {
        opts.encoding = Encoding::from_name(&e).expect("encoding");
    }
    let file = std::fs::File::open(&path).expect("open");
    let mut scanner = Scanner::with_options(file, opts);
    while let Some(seg) = scanner.next_segment() {
        let seg = seg.expect("scan");
        println!(
            "{:?} {}..{} @{}:{} {:?} {:?}{}",
            seg.kind(),
            seg.span.start,
            seg.span.end,
            seg.start.line,
            seg.start.column,
            String::from_utf8_lossy(&seg.text),
            match &seg.detail {
                pgsplit::Detail::Statement(s) =>
                    format!("{:?} copy={:?} batch={:?}", s.terminator, s.copy, s.batch),
                pgsplit::Detail::Meta(m) => format!("{} {:?} {:?}", m.name, m.args, m.effect),
                pgsplit::Detail::CopyData(c) => format!("{c:?}"),
                pgsplit::Detail::Trivia(t) => format!("{t:?}"),
            },
            if seg.diagnostics.is_empty() {
                String::new()
            } else {
                format!(
                    " DIAG {:?}",
                    seg.diagnostics
                        .iter()
                        .map(|d| (d.code, d.at.line, d.at.column))
                        .collect::<Vec<_>>()
                )
            }
        );
    }
}
