//! Line and column numbers.
//!
//! Two counters share the work. The lexer's [`Newlines`] counts the newlines it steps over
//! in its fast loops anyway (blank lines and `--` comments between statements, the text it
//! skips inside them), so the line of a statement's first token is known when the lexer
//! reaches it, without a second look at the bytes. [`Lines`] answers every other position:
//! positions are asked for in increasing offset order while the bytes between two requests
//! are still in the scanner's buffer, and it counts newlines only over those bytes. When the
//! lexer knows a statement's line, `Lines` jumps there ([`Lines::teleport`]) and skips the
//! count.

use crate::encoding::Encoding;
use crate::segment::Position;

#[derive(Clone, Copy, Debug)]
pub(crate) struct Lines {
    /// Offset counted up to.
    at: u64,
    line: u64,
    column: u64,
    /// Trail bytes of a multibyte character cut at `at`.
    carry: usize,
    /// Offset where the line of `at` starts.
    line_start: u64,
}

impl Lines {
    pub fn new(start: u64) -> Lines {
        Lines {
            at: start,
            line: 1,
            column: 1,
            carry: 0,
            line_start: start,
        }
    }

    pub fn at(&self) -> u64 {
        self.at
    }

    /// The newline counter's view of this position.
    pub fn newlines(&self) -> Newlines {
        Newlines {
            at: self.at,
            line: self.line,
            line_start: self.line_start,
        }
    }

    /// Moves to a position known from elsewhere (a character boundary at or after `at()`).
    pub fn teleport(&mut self, p: Position, line_start: u64) {
        debug_assert!(p.offset >= self.at && line_start <= p.offset);
        self.at = p.offset;
        self.line = p.line;
        self.column = p.column;
        self.carry = 0;
        self.line_start = line_start;
    }

    /// Position of `to`. `bytes` holds the input from offset `bytes_abs` on and must cover
    /// `self.at()..to`. Offsets before `self.at()` are answered with the last known position
    /// (callers never ask for them; this keeps a logic slip from panicking).
    pub fn resolve(&mut self, bytes: &[u8], bytes_abs: u64, to: u64, enc: Encoding) -> Position {
        if to > self.at {
            let from = (self.at - bytes_abs) as usize;
            let end = (to - bytes_abs) as usize;
            let seg = &bytes[from..end];
            match newlines(seg) {
                (0, _) => self.column += enc.count_chars_carry(seg, &mut self.carry),
                (n, last) => {
                    self.line += n;
                    self.carry = 0;
                    self.line_start = bytes_abs + (from + last + 1) as u64;
                    self.column = 1 + enc.count_chars_carry(&seg[last + 1..], &mut self.carry);
                }
            }
            self.at = to;
        }
        Position {
            offset: to,
            line: self.line,
            column: self.column,
        }
    }
}

/// The lexer's newline counter: every newline before `at` is counted; `line` is the line of
/// offset `at`, and that line starts at `line_start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Newlines {
    pub at: u64,
    pub line: u64,
    pub line_start: u64,
}

impl Default for Newlines {
    fn default() -> Self {
        Newlines {
            at: 0,
            line: 1,
            line_start: 0,
        }
    }
}

impl Newlines {
    /// Adds `input[from..to]` (`input` starts at offset `base`), which holds `count` newlines,
    /// the last one just before index `after_last`. Bytes between `at` and `from` are counted
    /// first. Text behind `at` (the lexer went back to re-read a token) is not counted again;
    /// a later call counts what follows it.
    #[inline(always)]
    pub fn add(
        &mut self,
        input: &[u8],
        base: u64,
        from: usize,
        to: usize,
        count: u64,
        after_last: usize,
    ) {
        debug_assert!(from <= to);
        let from_abs = base + from as u64;
        if self.at < from_abs {
            self.catch_up(input, base, from);
        }
        if self.at == from_abs {
            if count > 0 {
                self.line += count;
                self.line_start = base + after_last as u64;
            }
            self.at = base + to as u64;
        }
    }

    /// Counts the newlines of `input[..to]` from `at` on (nothing when `at` lies outside
    /// `input`, which can only be after a jump the counter did not follow; the scanner then
    /// falls back to [`Lines`]).
    #[inline]
    pub fn catch_up(&mut self, input: &[u8], base: u64, to: usize) {
        let to_abs = base + to as u64;
        if self.at < base || self.at >= to_abs {
            return;
        }
        let from = (self.at - base) as usize;
        let seg = &input[from..to];
        if seg.len() < 16 {
            for (i, &b) in seg.iter().enumerate() {
                if b == b'\n' {
                    self.line += 1;
                    self.line_start = base + (from + i + 1) as u64;
                }
            }
        } else if let (n @ 1.., last) = newlines(seg) {
            self.line += n;
            self.line_start = base + (from + last + 1) as u64;
        }
        self.at = to_abs;
    }
}

/// The number of newlines in `s` and the index of the last one (meaningless when there is
/// none).
#[inline]
fn newlines(s: &[u8]) -> (u64, usize) {
    // Most spans are a statement or less: a plain loop (vectorised by the compiler) beats the
    // set-up of the runtime-dispatched routines; long ones use memchr.
    match memchr::memrchr(b'\n', s) {
        None => (0, 0),
        Some(last) if s.len() <= 4096 => {
            let mut n = 0u64;
            for chunk in s[..=last].chunks(64) {
                n += chunk.iter().map(|&b| (b == b'\n') as u8).sum::<u8>() as u64;
            }
            (n, last)
        }
        Some(last) => (memchr::memchr_iter(b'\n', s).count() as u64, last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines_and_chars() {
        let text = "ab\ncdé\nf".as_bytes();
        let mut l = Lines::new(0);
        let p = l.resolve(text, 0, 1, Encoding::UTF8);
        assert_eq!((p.line, p.column), (1, 2));
        let p = l.resolve(text, 0, 3, Encoding::UTF8);
        assert_eq!((p.line, p.column), (2, 1));
        let p = l.resolve(text, 0, 7, Encoding::UTF8);
        assert_eq!((p.line, p.column), (2, 4));
        let p = l.resolve(text, 0, text.len() as u64, Encoding::UTF8);
        assert_eq!((p.line, p.column), (3, 2));
        assert_eq!(l.newlines().line_start, 8);
    }

    #[test]
    fn newline_counter_catches_up_and_skips_what_it_counted() {
        let text = b"a\nb\n\ncd\ne";
        let mut n = Newlines::default();
        // the lexer's loop covered 2..6 ("b\n\nc" has 2 newlines, the last before index 5)
        n.add(text, 0, 2, 6, 2, 5);
        assert_eq!((n.at, n.line, n.line_start), (6, 4, 5));
        // going back (a token read again) counts nothing twice
        n.add(text, 0, 5, 7, 0, 0);
        assert_eq!((n.at, n.line), (6, 4));
        n.catch_up(text, 0, text.len());
        assert_eq!((n.at, n.line, n.line_start), (9, 5, 8));
        // a window that does not reach back to `at` is left alone
        let mut m = Newlines {
            at: 1,
            ..Newlines::default()
        };
        m.catch_up(&text[4..], 4, 3);
        assert_eq!(m.at, 1);
    }
}
