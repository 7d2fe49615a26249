//! The scanner's invariants, checked on any input: lossless (top-level spans tile the
//! input, holes are covered by nested segments, texts come from their spans, positions are
//! right) and chunk-independent (a reader handing out a few bytes at a time, a fixed number
//! or a number changing from read to read, gives the same segments). Shared by
//! `tests/properties.rs` and the fuzz targets (`fuzz/`), which include this file by path.
#![allow(dead_code)]

use pgsplit::{Detail, OwnedSegment, ScanOptions, Scanner};
use std::io::Read;

/// A reader that hands out at most `step` bytes per call: exactly `step` (until the end)
/// when `rng` is 0, otherwise a size from 1 to `step` drawn anew for every read from `rng`,
/// a xorshift64 state (see [`Trickle::varying`]).
pub struct Trickle<'a> {
    pub data: &'a [u8],
    pub step: usize,
    pub rng: u64,
}

impl<'a> Trickle<'a> {
    /// Reads of `step` bytes each.
    pub fn fixed(data: &'a [u8], step: usize) -> Trickle<'a> {
        Trickle { data, step, rng: 0 }
    }

    /// Reads of 1 to `max` bytes, a different size for each read, the sequence drawn from
    /// `seed` (the same seed, the same sizes: a failure can be replayed).
    pub fn varying(data: &'a [u8], max: usize, seed: u64) -> Trickle<'a> {
        // xorshift64 must not start at 0 (it would stay there); 0 also means "fixed"
        let rng = seed ^ 0x9e37_79b9_7f4a_7c15;
        Trickle {
            data,
            step: max,
            rng: if rng == 0 { 1 } else { rng },
        }
    }

    /// The size of the next read.
    fn next_size(&mut self) -> usize {
        if self.rng == 0 {
            return self.step;
        }
        let mut x = self.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rng = x;
        1 + (x % self.step.max(1) as u64) as usize
    }
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.next_size().min(buf.len()).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

/// A seed for [`Trickle::varying`] taken from the input itself (FNV-1a of its bytes), so
/// that each input is read in its own sequence of sizes, the same on every run.
pub fn seed_of(input: &[u8]) -> u64 {
    input.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The first element where `a` and `b` differ, described.
pub fn first_difference<T: PartialEq + std::fmt::Debug>(
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

pub fn scan_opts(input: &[u8], step: usize, opts: ScanOptions) -> Vec<OwnedSegment> {
    scan_from(Trickle::fixed(input, step), opts)
}

/// The segments of what `reader` hands out (a [`Trickle`]).
pub fn scan_from(reader: Trickle<'_>, opts: ScanOptions) -> Vec<OwnedSegment> {
    let mut s = Scanner::with_options(reader, opts);
    let mut out = Vec::new();
    while let Some(seg) = s.next_segment() {
        match seg {
            Ok(seg) => out.push(seg.to_owned_segment()),
            // refused as a whole (archive, gzip, UTF-16): nothing to check
            Err(pgsplit::ScanError::NotSql { .. }) => return Vec::new(),
            Err(e) => panic!("{e}"),
        }
    }
    out
}

/// Checks the lossless and text invariants; returns a description of the first violation.
pub fn check_lossless(input: &[u8], segs: &[OwnedSegment]) -> Result<(), String> {
    // refused as a whole (see `Scanner::start`): a custom-format archive, gzip, UTF-16
    let refused = [&b"PGDMP"[..], &[0x1f, 0x8b], &[0xff, 0xfe], &[0xfe, 0xff]];
    if segs.is_empty() && refused.iter().any(|m| input.starts_with(m)) {
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
            // a byte order mark is skipped at the start of the input only; elsewhere it is a
            // character (found by fuzzing: this check skipped it on every line)
            let prefix = match line_start {
                0 => prefix
                    .strip_prefix(b"\xEF\xBB\xBF".as_slice())
                    .unwrap_or(prefix),
                _ => prefix,
            };
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

pub fn without_holes(input: &[u8], s: &OwnedSegment) -> Vec<u8> {
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

pub fn same(a: &[OwnedSegment], b: &[OwnedSegment]) -> Result<(), String> {
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

/// The checks of the scanner fuzz target (fuzz/fuzz_targets/scanner.rs) on one input: its
/// first byte chooses the client encoding, `standard_conforming_strings` and a read size of
/// 1 to 32 bytes; the rest is scanned in one read, in reads of that size, and in reads of
/// varying sizes (1 to 32 bytes, a new size for every read, drawn from a seed the input's
/// bytes give): lossless, and the same segments every way.
pub fn fuzz_scanner(data: &[u8]) -> Result<(), String> {
    const ENCODINGS: [&str; 4] = ["UTF8", "SJIS", "LATIN1", "GB18030"];
    let Some((&knobs, input)) = data.split_first() else {
        return Ok(());
    };
    let opts = ScanOptions {
        encoding: pgsplit::Encoding::from_name(ENCODINGS[(knobs & 3) as usize]).unwrap(),
        standard_conforming_strings: knobs & 4 == 0,
        ..ScanOptions::default()
    };
    let step = 1 + (knobs >> 3) as usize;
    let whole = scan_opts(input, 1 << 20, opts.clone());
    check_lossless(input, &whole).map_err(|e| format!("not lossless: {e}"))?;
    let chunked = scan_opts(input, step, opts.clone());
    same(&whole, &chunked).map_err(|e| format!("reads of {step} bytes: {e}"))?;
    let seed = seed_of(data);
    let varying = scan_from(Trickle::varying(input, 32, seed), opts);
    same(&whole, &varying).map_err(|e| format!("reads of 1-32 bytes (seed {seed:#x}): {e}"))
}
