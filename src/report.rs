//! Messages for people: `FILE:LINE:COL: severity: message [code]`, then the offending line
//! with a caret under the column, and a hint where one helps.
//!
//! The first line is the form compilers, editors, `grep -n` and CI problem matchers read; the
//! excerpt under it is drawn by [`annotate_snippets`] (tabs expanded, wide characters
//! counted by their display width, long lines cut around the caret).
//!
//! ```
//! use pgsplit::report::render;
//! use pgsplit::{Diagnostic, Position, Severity};
//! let d = Diagnostic {
//!     severity: Severity::Error,
//!     code: "unterminated-quote",
//!     message: "unterminated quoted string".into(),
//!     at: Position { offset: 17, line: 2, column: 8 },
//! };
//! let text = render("dump.sql", &d, Some(("SELECT 'abc;", 7)));
//! assert_eq!(
//!     text,
//!     "dump.sql:2:8: error: unterminated quoted string [unterminated-quote]\n  \
//!      |\n\
//!      2 | SELECT 'abc;\n  \
//!      |        ^\n  \
//!      |\n  \
//!      = help: a quote opened here is never closed: an apostrophe inside a string is \
//!      written twice ('it''s'); or is the file cut short?\n"
//! );
//! ```

use crate::segment::{Diagnostic, Severity};
use annotate_snippets::{Level, Renderer, Snippet};
use std::io::{Read, Seek, SeekFrom};

/// Formats a diagnostic. `excerpt` is the source line and the byte index of the caret in it.
pub fn render(file: &str, d: &Diagnostic, excerpt: Option<(&str, usize)>) -> String {
    let mut s = format!(
        "{file}:{}:{}: {}: {} [{}]\n",
        d.at.line, d.at.column, d.severity, d.message, d.code
    );
    let hint = hint(d.code);
    if excerpt.is_none() && hint.is_none() {
        return s;
    }
    let level = match d.severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Note => Level::Note,
    };
    // The library's own title line ("error") is replaced by the line above.
    let mut message = level.title("");
    if let Some((line, caret)) = excerpt {
        let caret = caret.min(line.len());
        let end = line[caret..]
            .chars()
            .next()
            .map_or(caret, |c| caret + c.len_utf8());
        message = message.snippet(
            Snippet::source(line)
                .line_start(usize::try_from(d.at.line).unwrap_or(usize::MAX))
                // (a caret whatever the severity: the library draws `-` under warnings)
                .annotation(Level::Error.span(caret..end)),
        );
    }
    if let Some(hint) = hint {
        message = message.footer(Level::Help.title(hint));
    }
    let drawn = Renderer::plain().render(message).to_string();
    let body = drawn.split_once('\n').map_or("", |(_, rest)| rest);
    s.push_str(body);
    s.push('\n');
    s
}

/// What to do about a diagnostic, by its code, where there is something to say.
///
/// ```
/// assert!(pgsplit::report::hint("unterminated-comment").unwrap().contains("nest"));
/// assert_eq!(pgsplit::report::hint("meta-command"), None);
/// ```
pub fn hint(code: &str) -> Option<&'static str> {
    Some(match code {
        "unterminated-quote" => {
            "a quote opened here is never closed: an apostrophe inside a string is written \
             twice ('it''s'); or is the file cut short?"
        }
        "unterminated-identifier" => {
            "a double quote opened here is never closed (a double quote inside a name is \
             written twice); or is the file cut short?"
        }
        "unterminated-dollar-quote" => {
            "the body ends at the same tag it opens with, spelled the same way ($x$ ... $x$); \
             or is the file cut short?"
        }
        "unterminated-comment" => {
            "block comments nest in PostgreSQL: every /* inside one needs its own */"
        }
        "unterminated-begin-atomic" => {
            "psql counts BEGIN and CASE against END inside the body to find its end: each needs \
             its END; or is the file cut short?"
        }
        "unterminated-if" => "close the \\if with \\endif",
        "copy-without-terminator" => {
            "psql ends the data at the end of the file too, but pg_dump and psql write a line \
             holding only \\. after it; is the file cut short?"
        }
        "invalid-encoding" => {
            "name the file's encoding: --encoding LATIN1 (or WIN1252, SJIS ...), or put \
             SET client_encoding = 'LATIN1'; at its top (psql: PGCLIENTENCODING)"
        }
        "nul-byte" => {
            "SQL text has no NUL bytes: is the file UTF-16 (iconv -f UTF-16 -t UTF-8) or \
             binary?"
        }
        _ => return None,
    })
}

/// The line of a seekable source around byte `offset`, cleaned for a terminal (tabs and other
/// control characters shown as one space each, so the caret stays under its character;
/// at most 2 KB either side of the caret), with the caret's byte index in it.
pub fn excerpt_at<R: Read + Seek>(source: &mut R, offset: u64) -> Option<(String, usize)> {
    const WINDOW: u64 = 2048;
    let from = offset.saturating_sub(WINDOW);
    source.seek(SeekFrom::Start(from)).ok()?;
    let mut buf = vec![0; (2 * WINDOW) as usize];
    let mut n = 0;
    while n < buf.len() {
        match source.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(_) => return None,
        }
    }
    buf.truncate(n);
    let at = usize::try_from(offset - from).ok()?.min(buf.len());
    let start = buf[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let end = buf[at..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .map_or(buf.len(), |i| at + i);
    let clean = |b: &[u8]| -> String {
        String::from_utf8_lossy(b)
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    };
    let mut line = clean(&buf[start..at]);
    let caret = line.len();
    line.push_str(&clean(&buf[at..end]));
    Some((line, caret))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Position;
    use std::io::Cursor;

    #[test]
    fn excerpt_finds_the_line() {
        let mut c = Cursor::new(b"SELECT 1;\nSELECT\t'x\0\nnext".to_vec());
        let (line, caret) = excerpt_at(&mut c, 17).unwrap();
        assert_eq!(line, "SELECT 'x ");
        assert_eq!(caret, 7);
    }

    fn at(line: u64, column: u64) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            code: "unsupported-statement",
            message: "syntax error".into(),
            at: Position {
                offset: 0,
                line,
                column,
            },
        }
    }

    #[test]
    fn the_caret_sits_under_wide_characters() {
        let text = render("f.sql", &at(3, 12), Some((" '日本' bad", 10)));
        assert_eq!(
            text,
            "f.sql:3:12: warning: syntax error [unsupported-statement]\n  \
             |\n\
             3 |  '日本' bad\n  \
             |         ^\n  \
             |\n"
        );
    }

    #[test]
    fn long_lines_are_cut_around_the_caret() {
        let line = format!("{}BAD{}", "a".repeat(500), "b".repeat(500));
        let text = render("f.sql", &at(1, 501), Some((&line, 500)));
        let caret_line = text.lines().nth(3).unwrap();
        let source_line = text.lines().nth(2).unwrap();
        assert!(source_line.len() < 200, "{text}");
        let col = caret_line.find('^').unwrap();
        assert_eq!(&source_line[col..col + 3], "BAD", "{text}");
    }

    #[test]
    fn a_caret_at_the_end_of_the_line() {
        let text = render("f.sql", &at(1, 7), Some(("SELECT", 6)));
        assert!(text.contains("1 | SELECT\n  |       ^\n"), "{text}");
        let text = render("f.sql", &at(1, 1), None);
        assert_eq!(
            text,
            "f.sql:1:1: warning: syntax error [unsupported-statement]\n"
        );
    }
}
