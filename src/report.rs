//! Messages for people: `FILE:LINE:COL: severity: message`, the offending line, and a caret.
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
//!     "dump.sql:2:8: error: unterminated quoted string [unterminated-quote]\n   \
//!      2 | SELECT 'abc;\n     |        ^\n"
//! );
//! ```

use crate::segment::Diagnostic;
use std::io::{Read, Seek, SeekFrom};

/// Formats a diagnostic. `excerpt` is the source line and the character index of the caret.
pub fn render(file: &str, d: &Diagnostic, excerpt: Option<(&str, usize)>) -> String {
    let mut s = format!(
        "{file}:{}:{}: {}: {} [{}]\n",
        d.at.line, d.at.column, d.severity, d.message, d.code
    );
    if let Some((line, caret)) = excerpt {
        let number = d.at.line.to_string();
        let pad = " ".repeat(number.len().max(4));
        s.push_str(&format!("{:>w$} | {line}\n", number, w = pad.len()));
        s.push_str(&format!("{pad} | {}^\n", " ".repeat(caret)));
    }
    s
}

/// The line of a seekable source around byte `offset`, cleaned for a terminal (tabs and
/// control characters shown as spaces, at most 160 characters), with the caret's character
/// index in it.
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
    let at = ((offset - from) as usize).min(buf.len());
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
    let before = clean(&buf[start..at]);
    let after = clean(&buf[at..end]);
    let mut caret = before.chars().count();
    let mut line = format!("{before}{after}");
    // Keep long lines readable: a window around the caret.
    if caret > 100 {
        let skip = caret - 60;
        line = format!("...{}", line.chars().skip(skip).collect::<String>());
        caret = caret - skip + 3;
    }
    if line.chars().count() > 160 {
        line = format!("{}...", line.chars().take(157).collect::<String>());
    }
    Some((line, caret))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    #[test]
    fn excerpt_finds_the_line() {
        let mut c = Cursor::new(b"SELECT 1;\nSELECT\t'x\nnext".to_vec());
        let (line, caret) = excerpt_at(&mut c, 17).unwrap();
        assert_eq!(line, "SELECT 'x");
        assert_eq!(caret, 7);
    }
}
