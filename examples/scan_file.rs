//! Scans a file N times and prints the statement count (for profiling): `scan_file FILE [N]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: scan_file FILE [N]");
    let n: usize = args.next().and_then(|v| v.parse().ok()).unwrap_or(1);
    let data = std::fs::read(path).unwrap();
    let t = std::time::Instant::now();
    let mut statements = 0;
    for _ in 0..n {
        let opts = pgsplit::ScanOptions {
            trivia: std::env::var_os("TRIVIA").is_some(),
            positions: std::env::var_os("NOPOS").is_none(),
            ..pgsplit::ScanOptions::default()
        };
        let mut s = pgsplit::Scanner::with_options(&data[..], opts);
        while let Some(seg) = s.next_segment() {
            if seg.unwrap().kind() == pgsplit::SegmentKind::Statement {
                statements += 1;
            }
        }
    }
    let secs = t.elapsed().as_secs_f64();
    eprintln!(
        "{statements} statements, {:.0} MB/s",
        (data.len() * n) as f64 / 1e6 / secs
    );
}
