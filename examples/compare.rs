//! Times pgsplit and pg_query::split_with_scanner on files: `compare FILE...` (dev aid).
fn main() {
    for path in std::env::args().skip(1) {
        let data = std::fs::read_to_string(&path).unwrap();
        // libpg_query's scanner chokes on psql meta lines: drop them for its sake.
        let sql: String = data
            .lines()
            .filter(|l| !l.starts_with('\\'))
            .collect::<Vec<_>>()
            .join("\n");
        let reps = 20;
        let mut best = (f64::MAX, f64::MAX);
        let mut n = (0, 0);
        for _ in 0..reps {
            let t = std::time::Instant::now();
            let opts = pgsplit::ScanOptions {
                trivia: false,
                positions: false,
                ..Default::default()
            };
            let mut s = pgsplit::Scanner::with_options(sql.as_bytes(), opts);
            let mut k = 0;
            while let Some(seg) = s.next_segment() {
                if seg.unwrap().kind() == pgsplit::SegmentKind::Statement {
                    k += 1;
                }
            }
            best.0 = best.0.min(t.elapsed().as_secs_f64());
            let t = std::time::Instant::now();
            let r = pg_query::split_with_scanner(&sql)
                .map(|v| v.len())
                .unwrap_or(0);
            best.1 = best.1.min(t.elapsed().as_secs_f64());
            n = (k, r);
        }
        let mb = sql.len() as f64 / 1e6;
        println!("{path}: {mb:.2} MB  pgsplit {:.0} MB/s ({} stmts)  split_with_scanner {:.0} MB/s ({} stmts)  ratio {:.1}", mb / best.0, n.0, mb / best.1, n.1, best.1 / best.0);
    }
}
