//! Prints every segment of a file: `cargo run --example segments -- FILE [ENCODING]`
//! (`STEP=N` reads N bytes at a time).
use pgsplit::{Encoding, ScanOptions, Scanner};

struct Trickle<'a> {
    data: &'a [u8],
    step: usize,
}

impl std::io::Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.step.min(buf.len()).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: segments FILE [ENCODING]");
    let mut opts = ScanOptions::default();
    if let Some(e) = args.next() {
        opts.encoding = Encoding::from_name(&e).expect("encoding");
    }
    let data = std::fs::read(&path).expect("read");
    let step: usize = std::env::var("STEP")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1 << 20);
    let mut scanner = Scanner::with_options(Trickle { data: &data, step }, opts);
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
