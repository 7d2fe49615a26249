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
            // Short spans (most of them): one plain loop beats the set-up of vector routines.
            let last_newline = if seg.len() <= 64 {
                let mut last = None;
                let mut n = 0;
                for (i, &b) in seg.iter().enumerate() {
                    if b == b'\n' {
                        n += 1;
                        last = Some(i);
                    }
                }
                self.line += n;
                last
            } else {
                let last = memchr::memrchr(b'\n', seg);
                if last.is_some() {
                    self.line += memchr::memchr_iter(b'\n', seg).count() as u64;
                }
                last
            };
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
