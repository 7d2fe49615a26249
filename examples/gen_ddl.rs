//! Writes the benchmark's DDL-heavy dump to a file (for profiling):
//! `cargo run --release --example gen_ddl -- OUT [BYTES]` (default 6 MB), or with
//! `BYTES` = `tables:N` the benchmark's N plain tables.
#[path = "../benches/gen.rs"]
mod gen;
fn main() {
    let out = std::env::args().nth(1).expect("usage: gen_ddl OUT");
    let size = std::env::args()
        .nth(2)
        .unwrap_or_else(|| "6000000".to_owned());
    let text = match size.strip_prefix("tables:") {
        Some(n) => gen::plain_tables(n.parse().expect("tables:N, N a number")),
        None => gen::ddl_dump(size.parse().expect("BYTES: a number")),
    };
    std::fs::write(out, text).unwrap();
}
