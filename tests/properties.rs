//! Invariants of the scanner, on every corpus file and on random input:
//!
//! * lossless: top-level segment spans tile the input exactly, nested spans lie inside the
//!   holes of a top-level segment, and concatenating top-level spans gives the input back;
//! * a statement's text is its span without its holes (and without the psql-only bytes:
//!   the backslash of `\;`, the newline before a line-start meta-command, trailing blanks);
//! * streaming: reading the input in chunks of any size gives the same segments.

mod common;

use common::root;
use pgsplit::{Detail, Encoding, OwnedSegment, ScanOptions, Scanner};
use proptest::prelude::*;
use std::io::Read;

/// A reader that hands out at most `step` bytes per call.
struct Trickle<'a> {
    data: &'a [u8],
    step: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.step.min(buf.len()).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

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

/// The first element where `a` and `b` differ, described.
fn first_difference<T: PartialEq + std::fmt::Debug>(
    what: &str,
    (name_a, a): (&str, &[T]),
    (name_b, b): (&str, &[T]),
) -> Result<(), String> {
    if a != b {
        let i = a
            .iter()
            .zip(b)
            .position(|(x, y)| x != y)
            .unwrap_or(a.len().min(b.len()));
        return Err(format!(
            "{what}segment {i} differs:\n {name_a}: {:?}\n {name_b}: {:?}",
            a.get(i),
            b.get(i)
        ));
    }
    Ok(())
}

fn scan_opts(input: &[u8], step: usize, opts: ScanOptions) -> Vec<OwnedSegment> {
    let mut s = Scanner::with_options(Trickle { data: input, step }, opts);
    let mut out = Vec::new();
    while let Some(seg) = s.next_segment() {
        match seg {
            Ok(seg) => out.push(seg.to_owned_segment()),
            // gzip or PGDMP magic: refused as a whole, nothing to check
            Err(pgsplit::ScanError::NotSql { .. }) => return Vec::new(),
            Err(e) => panic!("{e}"),
        }
    }
    out
}

/// Checks the lossless and text invariants; returns a description of the first violation.
fn check_lossless(input: &[u8], segs: &[OwnedSegment]) -> Result<(), String> {
    if segs.is_empty() && (input.starts_with(b"PGDMP") || input.starts_with(&[0x1f, 0x8b])) {
        return Ok(());
    }
    let holes: Vec<_> = segs.iter().flat_map(|s| s.holes.iter().copied()).collect();
    let nested = |s: &OwnedSegment| holes.iter().any(|h| h.contains(&s.span)) && !s.span.is_empty();
    let mut top: Vec<&OwnedSegment> = segs.iter().filter(|s| !nested(s)).collect();
    top.sort_by_key(|s| (s.span.start, s.span.end));
    let mut at = 0u64;
    let mut rebuilt = Vec::with_capacity(input.len());
    for s in &top {
        if s.span.is_empty() {
            continue;
        }
        if s.span.start != at {
            return Err(format!(
                "gap or overlap at {at}: next top-level segment {:?} starts at {}",
                s.kind(),
                s.span.start
            ));
        }
        rebuilt.extend_from_slice(&input[s.span.start as usize..s.span.end as usize]);
        at = s.span.end;
    }
    if at != input.len() as u64 {
        return Err(format!("segments end at {at}, input has {}", input.len()));
    }
    if rebuilt != input {
        return Err("concatenation differs from input".into());
    }
    // every hole is exactly covered by the nested segments inside it
    for s in segs {
        for h in &s.holes {
            if !s.span.contains(h) {
                return Err(format!("hole {h:?} outside span {:?}", s.span));
            }
            let covered: u64 = segs
                .iter()
                .filter(|n| h.contains(&n.span) && n.span != s.span)
                .map(|n| n.span.len())
                .sum();
            if covered != h.len() {
                return Err(format!("hole {h:?} not covered by nested segments"));
            }
        }
    }
    // line and column of every position, counted here from the input (columns of text in
    // more than one encoding are not checked: which one counts depends on the line)
    let lower = input.to_ascii_lowercase();
    let mixed = [b"encoding".as_slice(), b"names"]
        .iter()
        .any(|w| lower.windows(w.len()).any(|x| x == *w));
    for s in segs {
        let positions = std::iter::once(&s.start).chain(s.diagnostics.iter().map(|d| &d.at));
        for p in positions.filter(|p| p.line > 0) {
            let before = &input[..p.offset as usize];
            let line = 1 + before.iter().filter(|&&b| b == b'\n').count() as u64;
            let line_start = before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let prefix = &before[line_start..];
            let prefix = prefix
                .strip_prefix(b"\xEF\xBB\xBF".as_slice())
                .unwrap_or(prefix);
            // (for text that is not valid in its encoding psql's character lengths apply)
            let column = match s
                .encoding
                .validate(prefix)
                .map(|()| s.encoding.decode(prefix))
            {
                _ if prefix.is_ascii() => 1 + prefix.len() as u64,
                Ok(Ok(text)) if !mixed => 1 + text.chars().count() as u64,
                _ => p.column,
            };
            if (p.line, p.column) != (line, column) {
                return Err(format!(
                    "position {}:{} at offset {} should be {line}:{column}: {s:?}",
                    p.line, p.column, p.offset
                ));
            }
        }
    }
    // text of segments without holes: bytes of the span (trivia, meta, data exact)
    for s in segs {
        let span = &input[s.span.start as usize..s.span.end as usize];
        match &s.detail {
            Detail::Statement(_) if s.text.is_empty() => {}
            Detail::Statement(_) => {
                // The text is the span minus holes, minus psql-only bytes, cut after the last
                // token: check it is a subsequence that starts at the span start.
                let mut it = without_holes(input, s).into_iter();
                let first_ok = s.text.first() == span.first()
                    || span.first() == Some(&b'\\') && s.text.first() == span.get(1);
                if !first_ok {
                    return Err(format!("statement text does not start at its span: {s:?}"));
                }
                for b in s.text.iter() {
                    if !it.any(|x| x == *b) {
                        return Err(format!("statement text not from its span: {s:?}"));
                    }
                }
            }
            Detail::Trivia(_) | Detail::Meta(_) | Detail::CopyData(_)
                if s.text.as_ref() != without_holes(input, s).as_slice() =>
            {
                return Err(format!(
                    "text of {:?} differs from its span: {s:?}",
                    s.kind()
                ));
            }
            _ => {}
        }
    }
    Ok(())
}

fn without_holes(input: &[u8], s: &OwnedSegment) -> Vec<u8> {
    let mut out = Vec::new();
    let mut at = s.span.start;
    let mut holes = s.holes.clone();
    holes.sort();
    for h in holes {
        out.extend_from_slice(&input[at as usize..h.start as usize]);
        at = h.end;
    }
    out.extend_from_slice(&input[at as usize..s.span.end as usize]);
    out
}

fn same(a: &[OwnedSegment], b: &[OwnedSegment]) -> Result<(), String> {
    // Reads of different sizes may cut whitespace, discarded text and COPY data into different
    // pieces: compare those by the bytes (and findings) they hold, everything else exactly.
    let loose = |s: &OwnedSegment| {
        matches!(
            s.detail,
            Detail::CopyData(_)
                | Detail::Trivia(pgsplit::TriviaKind::Space | pgsplit::TriviaKind::Discarded)
        )
    };
    let key = |v: &[OwnedSegment]| -> Vec<String> {
        v.iter()
            .filter(|s| !loose(s))
            .map(|s| {
                format!(
                    "{:?}|{:?}|{:?}|{:?}|{:?}|{:?}",
                    s.span, s.start, s.text, s.detail, s.holes, s.diagnostics
                )
            })
            .collect()
    };
    first_difference("", ("one read", &key(a)), ("chunked", &key(b)))?;
    let loose_parts = |v: &[OwnedSegment]| {
        let mut bytes = [Vec::new(), Vec::new()];
        let mut diags = Vec::new();
        for s in v.iter().filter(|s| loose(s)) {
            let data = matches!(s.detail, Detail::CopyData(_));
            bytes[data as usize].extend_from_slice(&s.text);
            diags.extend(s.diagnostics.iter().map(|d| d.code));
        }
        (bytes, diags)
    };
    if loose_parts(a) != loose_parts(b) {
        return Err("trivia or COPY data differ".into());
    }
    Ok(())
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
