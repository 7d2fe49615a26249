//! Lazy line and column numbers.
//!
//! Positions are asked for in increasing offset order while the bytes between two requests are
//! still in the scanner's buffer; the tracker counts newlines (vectorised by `memchr`) only over
//! those bytes, so numbering costs one pass over the input in total.

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
}

impl Lines {
    pub fn new(start: u64) -> Lines {
        Lines {
            at: start,
            line: 1,
            column: 1,
            carry: 0,
        }
    }

    pub fn at(&self) -> u64 {
        self.at
    }

    /// Position of `to`. `bytes` holds the input from offset `bytes_abs` on and must cover
    /// `self.at()..to`. Offsets before `self.at()` are answered with the last known position
    /// (callers never ask for them; this keeps a logic slip from panicking).
    pub fn resolve(&mut self, bytes: &[u8], bytes_abs: u64, to: u64, enc: Encoding) -> Position {
        if to > self.at {
            let from = (self.at - bytes_abs) as usize;
            let end = (to - bytes_abs) as usize;
            let seg = &bytes[from..end];
            // Most spans are a statement or less: a plain loop (vectorised by the compiler)
            // beats the set-up of the runtime-dispatched routines; long ones use memchr.
            let last_newline = memchr::memrchr(b'\n', seg);
            if last_newline.is_some() {
                self.line += if seg.len() <= 4096 {
                    count_newlines(seg)
                } else {
                    memchr::memchr_iter(b'\n', seg).count() as u64
                };
            }
            match last_newline {
                Some(last) => {
                    self.carry = 0;
                    self.column = 1 + enc.count_chars_carry(&seg[last + 1..], &mut self.carry);
                }
                None => self.column += enc.count_chars_carry(seg, &mut self.carry),
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

/// Newlines in a short slice.
#[inline]
fn count_newlines(s: &[u8]) -> u64 {
    let mut n = 0u64;
    for chunk in s.chunks(64) {
        n += chunk.iter().map(|&b| (b == b'\n') as u8).sum::<u8>() as u64;
    }
    n
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
    }
}
