//! Writes the benchmark's DDL-heavy dump to a file (for profiling):
//! `cargo run --release --example gen_ddl -- OUT [BYTES]` (default 6 MB).
#[path = "../benches/gen.rs"]
mod gen;
fn main() {
    let out = std::env::args().nth(1).expect("usage: gen_ddl OUT");
    let bytes = std::env::args()
        .nth(2)
        .map_or(6_000_000, |b| b.parse().expect("BYTES: a number"));
    std::fs::write(out, gen::ddl_dump(bytes)).unwrap();
}
