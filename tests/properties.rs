//! Invariants of the scanner, on every corpus file and on random input:
//!
//! * lossless: top-level segment spans tile the input exactly, nested spans lie inside the
//!   holes of a top-level segment, and concatenating top-level spans gives the input back;
//! * a statement's text is its span without its holes (and without the psql-only bytes:
//!   the backslash of `\;`, the newline before a line-start meta-command, trailing blanks);
//! * streaming: reading the input in chunks of any size, fixed or changing from read to read,
//!   gives the same segments.

mod common;

use common::root;
use common::scan_check::{check_lossless, first_difference, same, scan_opts, seed_of, Trickle};
use pgsplit::{Detail, Encoding, OwnedSegment, ScanOptions};
use proptest::prelude::*;

fn scan(input: &[u8], step: usize, encoding: Encoding) -> Vec<OwnedSegment> {
    scan_with(input, step, encoding, false)
}

fn scan_with(
    input: &[u8],
    step: usize,
    encoding: Encoding,
    no_fast_path: bool,
) -> Vec<OwnedSegment> {
    scan_opts(
        input,
        step,
        ScanOptions {
            encoding,
            no_fast_path,
            ..ScanOptions::default()
        },
    )
}

/// Without trivia (as the CLI scans), the other segments are the same and in the same order.
fn check_without_trivia(
    input: &[u8],
    with: &[OwnedSegment],
    step: usize,
    encoding: Encoding,
) -> Result<(), String> {
    let without = scan_opts(
        input,
        step,
        ScanOptions {
            encoding,
            trivia: false,
            ..ScanOptions::default()
        },
    );
    let keep = |s: &&OwnedSegment| match s.detail {
        Detail::Trivia(pgsplit::TriviaKind::Discarded) => false,
        Detail::Trivia(_) => !s.diagnostics.is_empty(),
        Detail::CopyData(_) => false,
        _ => true,
    };
    let a: Vec<_> = with.iter().filter(keep).cloned().collect();
    let b: Vec<_> = without.iter().filter(keep).cloned().collect();
    first_difference("without trivia, ", ("with", &a), ("without", &b))?;
    // Without positions (as `split --format sql` scans): the same with line and column 0.
    let bare = scan_opts(
        input,
        step,
        ScanOptions {
            encoding,
            trivia: false,
            positions: false,
            ..ScanOptions::default()
        },
    );
    let zeroed: Vec<_> = a.into_iter().map(zero_positions).collect();
    let c: Vec<_> = bare.iter().filter(keep).cloned().collect();
    first_difference("without positions, ", ("with", &zeroed), ("without", &c))
}

fn zero_positions(mut s: OwnedSegment) -> OwnedSegment {
    s.start = pgsplit::Position::at_offset(s.start.offset);
    for d in &mut s.diagnostics {
        d.at = pgsplit::Position::at_offset(d.at.offset);
    }
    s
}

fn all_corpus_files() -> Vec<(std::path::PathBuf, Encoding)> {
    let mut files = Vec::new();
    let mut dirs = vec![root().join("corpus"), root().join("tests/cases")];
    let shared = std::env::var_os("PGSPLIT_SHARED")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| root().join("../shared"))
        .join("corpus");
    if shared.is_dir() {
        dirs.push(shared);
    }
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else if p
                .extension()
                .is_some_and(|x| x == "sql" || x == "in" || x == "postgres")
            {
                files.push(p);
            }
        }
    }
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let enc = if p.to_string_lossy().contains("latin1") {
                Encoding::from_name("LATIN1").unwrap()
            } else {
                Encoding::UTF8
            };
            (p, enc)
        })
        .collect()
}

#[test]
fn every_corpus_file_is_lossless_and_chunk_independent() {
    let files = all_corpus_files();
    assert!(files.len() > 100, "{} files", files.len());
    let mut failures = Vec::new();
    for (path, enc) in files {
        let input = std::fs::read(&path).unwrap();
        let whole = scan(&input, 1 << 20, enc);
        if let Err(e) = check_lossless(&input, &whole) {
            failures.push(format!("{}: {e}", path.display()));
            continue;
        }
        if let Err(e) = check_without_trivia(&input, &whole, 1 << 20, enc) {
            failures.push(format!("{}: {e}", path.display()));
            continue;
        }
        let exact = scan_with(&input, 1 << 20, enc, true);
        if whole != exact {
            failures.push(format!(
                "{}: the fast path changes the segments",
                path.display()
            ));
            continue;
        }
        // Odd read sizes hit every buffer boundary case; 1-byte reads are slow on big files.
        let steps: &[usize] = match input.len() {
            0..=20_000 => &[1, 7, 4096],
            20_001..=200_000 => &[7, 4096],
            _ => &[4093],
        };
        for &step in steps {
            let chunked = scan(&input, step, enc);
            if let Err(e) = same(&whole, &chunked) {
                failures.push(format!("{} (reads of {step} bytes): {e}", path.display()));
                break;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(600)
}

/// Fragments that make splitting hard, to build random scripts from.
const PIECES: &[&str] = &[
    "SELECT 1",
    ";",
    ";\n",
    "\n",
    " ",
    "'",
    "''",
    "\"",
    "E'",
    "\\'",
    "$$",
    "$a$",
    "$1",
    "a$b",
    "--",
    "-- c\n",
    "/*",
    "*/",
    "(",
    ")",
    "\\",
    "\\;",
    "\\g",
    "\\gset\n",
    "\\echo x\n",
    "\\restrict k\n",
    "\\r\n",
    "\\q\n",
    "\\if false\n",
    "\\if true\n",
    "\\else\n",
    "\\endif\n",
    "\\copy t from stdin\n",
    "COPY t FROM stdin;",
    "COPY t FROM stdin;\n",
    "\\.\n",
    "\\.",
    "x\ty\n",
    "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC ",
    "CASE",
    "END",
    "END;",
    "t.end",
    "begin",
    "SET standard_conforming_strings = off;\n",
    "SET standard_conforming_strings = on;\n",
    "SET client_encoding = 'SJIS';\n",
    "SET client_encoding = 'UTF8';\n",
    "\\encoding LATIN1\n",
    "\u{e9}",
    "\u{8868}",
    "\r\n",
    "\r",
    "\x0c",
    "U&'",
    "B'",
    ":name",
    ":'v'",
    "\\set v 1\n",
    "1e",
    "0x",
    ".5",
    "::",
];

fn script() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop_oneof![
            8 => prop::sample::select(PIECES).prop_map(|s| s.as_bytes().to_vec()),
            1 => prop::collection::vec(any::<u8>(), 1..4),
        ],
        0..60,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    // PROPTEST_CASES overrides the count (e.g. 20000 for a deep run).
    #![proptest_config(ProptestConfig { cases: cases(), .. ProptestConfig::default() })]

    #[test]
    fn random_scripts_are_lossless_and_chunk_independent(input in script(), step in 1usize..40) {
        let whole = scan(&input, 1 << 20, Encoding::UTF8);
        let exact = scan_with(&input, 1 << 20, Encoding::UTF8, true);
        prop_assert!(same(&exact, &whole).is_ok(), "fast path differs: {:?}", same(&exact, &whole));
        let r = check_without_trivia(&input, &whole, step, Encoding::UTF8);
        prop_assert!(r.is_ok(), "{:?}", r);
        prop_assert!(check_lossless(&input, &whole).is_ok(), "{:?}", check_lossless(&input, &whole));
        let chunked = scan(&input, step, Encoding::UTF8);
        prop_assert!(same(&whole, &chunked).is_ok(), "{:?}", same(&whole, &chunked));
    }

    /// The scanner fuzz target's checks (one read, reads of the size the first byte gives,
    /// reads of varying sizes) on random scripts, every encoding and setting the first byte
    /// can choose.
    #[test]
    fn random_scripts_pass_the_scanner_fuzz_checks(knobs in any::<u8>(), input in script()) {
        let mut data = vec![knobs];
        data.extend_from_slice(&input);
        let r = common::scan_check::fuzz_scanner(&data);
        prop_assert!(r.is_ok(), "{:?}", r);
    }

    #[test]
    fn random_bytes_never_break_the_scanner(input in prop::collection::vec(any::<u8>(), 0..400), step in 1usize..17) {
        for enc in ["UTF8", "SJIS", "LATIN1"] {
            let enc = Encoding::from_name(enc).unwrap();
            let whole = scan(&input, 1 << 20, enc);
            prop_assert!(check_lossless(&input, &whole).is_ok(), "{:?}", check_lossless(&input, &whole));
            let chunked = scan(&input, step, enc);
            prop_assert!(same(&whole, &chunked).is_ok(), "{:?}", same(&whole, &chunked));
        }
    }
}

/// The sizes a [`Trickle`] hands out, reading `data` through a buffer larger than any read.
fn read_sizes(mut reader: Trickle<'_>) -> Vec<usize> {
    use std::io::Read;
    let mut buf = [0u8; 64];
    let mut sizes = Vec::new();
    loop {
        match reader.read(&mut buf).unwrap() {
            0 => return sizes,
            n => sizes.push(n),
        }
    }
}

/// The scanner fuzz check reads each input in sizes that change from read to read (1 to 32
/// bytes), drawn from the input's own bytes: the same input gives the same sizes, another
/// input others, and all of them hand out every byte.
#[test]
fn varying_reads_change_size_from_read_to_read() {
    let data: Vec<u8> = (0..2000u32).map(|i| (i * 7 + 3) as u8).collect();
    let sizes = read_sizes(Trickle::varying(&data, 32, seed_of(&data)));
    assert_eq!(sizes.iter().sum::<usize>(), data.len());
    assert!(sizes.iter().all(|&n| (1..=32).contains(&n)), "{sizes:?}");
    let mut distinct = sizes.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert!(distinct.len() >= 24, "only {distinct:?}");
    let changes = sizes.windows(2).filter(|w| w[0] != w[1]).count();
    assert!(
        changes * 10 >= sizes.len() * 8,
        "sizes hardly change: {sizes:?}"
    );
    assert_eq!(
        sizes,
        read_sizes(Trickle::varying(&data, 32, seed_of(&data)))
    );
    let other = read_sizes(Trickle::varying(&data[1..], 32, seed_of(&data[1..])));
    assert_ne!(sizes[..20], other[..20]);
    // fixed reads stay fixed
    let fixed = read_sizes(Trickle::fixed(&data, 7));
    assert!(fixed[..fixed.len() - 1].iter().all(|&n| n == 7));
}

/// The error for a `BEGIN ATOMIC` body open at the end of input is at the `BEGIN` that opened
/// it (not at the statement's start, nor at a block opened and closed inside), whatever the
/// size of the reads: its position is taken when the `BEGIN` is read.
#[test]
fn an_open_begin_atomic_body_is_reported_where_it_opens() {
    let input = b"SELECT 1;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql\n  BEGIN ATOMIC\n  SELECT CASE WHEN true THEN 1 END;\n  BEGIN SELECT 2; END;\n  SELECT 3;\n";
    let at = input.windows(5).position(|w| w == b"BEGIN").unwrap() as u64;
    for step in (1..input.len()).chain([1 << 20]) {
        let segs = scan(input, step, Encoding::UTF8);
        check_lossless(input, &segs).unwrap();
        let found: Vec<_> = segs
            .iter()
            .flat_map(|s| &s.diagnostics)
            .filter(|d| d.code == "unterminated-begin-atomic")
            .map(|d| (d.at.offset, d.at.line, d.at.column))
            .collect();
        assert_eq!(found, [(at, 3, 3)], "reads of {step} bytes");
    }
}

/// Found by `random_scripts_are_lossless_and_chunk_independent`: a psql `\COPY` right after
/// a `COPY ... FROM stdin;` on the same line, its line ended by CRLF, read a byte at a time,
/// made the scanner slice its buffer out of range.
#[test]
fn copy_then_backslash_copy_on_one_line_streams() {
    let input = b"COPY t FROM stdin;\\COPY t FROM stdin;\r\n";
    let whole = scan(input, 1 << 20, Encoding::UTF8);
    check_lossless(input, &whole).unwrap();
    for step in 1..input.len() {
        assert_eq!(scan(input, step, Encoding::UTF8), whole, "step {step}");
    }
}

/// Found by fuzzing (`fuzz/`, the scanner target), a bug of this check, not of the scanner:
/// a byte order mark is skipped at the start of the input only; on a later line it is a
/// character and counts in columns.
#[test]
fn a_byte_order_mark_after_the_first_line_is_a_character() {
    let input = "SELECT 1;\n\u{feff}SELECT 2; SELECT 3;\n".as_bytes();
    let segs = scan(input, 1 << 20, Encoding::UTF8);
    check_lossless(input, &segs).unwrap();
    let third = segs
        .iter()
        .find(|s| s.text.as_ref() == b"SELECT 3;")
        .unwrap();
    assert_eq!((third.start.line, third.start.column), (2, 12));
}

/// Found by fuzzing (the scanner target): in GB18030 a lone `0x80` is valid for the WHATWG
/// decoder (the euro sign) but not for PostgreSQL, which reads a high byte and the next one
/// as one character; pgsplit's validation now rejects it, as the server does, and columns
/// follow psql's character lengths.
#[test]
fn gb18030_0x80_is_not_a_character() {
    let input = b"SELECT '\x80\x80'; SELECT 2;\n";
    let gb = Encoding::from_name("GB18030").unwrap();
    assert!(gb.validate(input).is_err());
    let segs = scan(input, 1 << 20, gb);
    check_lossless(input, &segs).unwrap();
    let second = segs
        .iter()
        .find(|s| s.text.as_ref() == b"SELECT 2;")
        .unwrap();
    assert_eq!(second.start.column, 13);
}

/// Every input the scanner fuzz target failed on (kept in tests/fuzz-findings/scanner/, its
/// first byte the target's knobs) passes the target's checks now.
#[test]
fn scanner_fuzz_findings() {
    let dir = root().join("tests/fuzz-findings/scanner");
    let mut n = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let path = e.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        if let Err(e) = common::scan_check::fuzz_scanner(&data) {
            panic!("{}: {e}", path.display());
        }
        n += 1;
    }
    assert!(n >= 1);
}
