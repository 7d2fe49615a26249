//! Inline COPY data: from the line after `COPY ... FROM STDIN` up to a line that is exactly
//! `\.` (then `\n` or `\r\n`), as psql's `handleCopyIn` reads it. Nothing inside is lexed.
//! A `\.` at the very end of input without a newline is data (psql sends it to the server).

use memchr::memmem;

/// Result of looking for the end of a data block in a buffer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DataScan {
    /// Data ends at `data_end`; the `\.` line runs to `term_end`.
    Terminated { data_end: usize, term_end: usize },
    /// No terminator in the buffer: bytes up to `safe_end` are surely data; `safe_end` is at
    /// a line start when `line_start` is true.
    More { safe_end: usize, line_start: bool },
    /// End of input reached without a terminator: everything is data.
    Eof,
}

/// Looks for the terminator line in `buf[from..]`. `at_line_start` tells whether `from` is at
/// the start of a line; `at_eof` whether `buf` ends at the end of input.
pub(crate) fn find_end(buf: &[u8], from: usize, at_line_start: bool, at_eof: bool) -> DataScan {
    let finder = memmem::Finder::new(b"\n\\.");
    let check = |c: usize| -> Option<Result<usize, ()>> {
        // Some(Ok(end)): terminator ending at `end`; Some(Err): need more bytes; None: data.
        let rest = &buf[c..];
        if rest.starts_with(b"\\.\n") {
            Some(Ok(c + 3))
        } else if rest.starts_with(b"\\.\r\n") {
            Some(Ok(c + 4))
        } else if !at_eof && (rest == b"\\." || rest == b"\\.\r" || rest == b"\\") {
            Some(Err(()))
        } else {
            None
        }
    };
    if at_line_start && from < buf.len() {
        match check(from) {
            Some(Ok(end)) => {
                return DataScan::Terminated {
                    data_end: from,
                    term_end: end,
                }
            }
            Some(Err(())) => {
                return DataScan::More {
                    safe_end: from,
                    line_start: true,
                }
            }
            None => {}
        }
    }
    let mut search = from;
    while let Some(i) = finder.find(&buf[search..]) {
        let c = search + i + 1;
        match check(c) {
            Some(Ok(end)) => {
                return DataScan::Terminated {
                    data_end: c,
                    term_end: end,
                }
            }
            Some(Err(())) => {
                return DataScan::More {
                    safe_end: c,
                    line_start: true,
                }
            }
            None => search = c,
        }
    }
    if at_eof {
        return DataScan::Eof;
    }
    // Everything up to the last line start is data; a partial last line is kept.
    match memchr::memrchr(b'\n', &buf[from..]) {
        Some(i) => DataScan::More {
            safe_end: from + i + 1,
            line_start: true,
        },
        None => DataScan::More {
            safe_end: from,
            line_start: at_line_start,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminator_forms() {
        assert_eq!(
            find_end(b"1\n2\n\\.\nSELECT", 0, true, false),
            DataScan::Terminated {
                data_end: 4,
                term_end: 7
            }
        );
        assert_eq!(
            find_end(b"1\r\n\\.\r\nx", 0, true, false),
            DataScan::Terminated {
                data_end: 3,
                term_end: 7
            }
        );
        assert_eq!(
            find_end(b"\\.\n", 0, true, false),
            DataScan::Terminated {
                data_end: 0,
                term_end: 3
            }
        );
        // `\. ` and `\.x` and an indented `\.` are data
        assert_eq!(
            find_end(b"\\. \n \\.\n\\.x\n", 0, true, true),
            DataScan::Eof
        );
        // `\.` at end of input without newline is data
        assert_eq!(find_end(b"1\n\\.", 0, true, true), DataScan::Eof);
    }

    #[test]
    fn partial_buffers() {
        assert_eq!(
            find_end(b"1\n2\n\\.", 0, true, false),
            DataScan::More {
                safe_end: 4,
                line_start: true
            }
        );
        assert_eq!(
            find_end(b"1\n22", 0, true, false),
            DataScan::More {
                safe_end: 2,
                line_start: true
            }
        );
        assert_eq!(
            find_end(b"\\.\nx", 0, false, false),
            DataScan::More {
                safe_end: 3,
                line_start: true
            }
        );
    }
}
