//! Writes the benchmark's DDL-heavy dump to a file (for profiling): `cargo run --release --example gen_ddl -- OUT`.
#[path = "../benches/gen.rs"]
mod gen;
fn main() {
    let out = std::env::args().nth(1).expect("usage: gen_ddl OUT");
    std::fs::write(out, gen::ddl_dump(6_000_000)).unwrap();
}
