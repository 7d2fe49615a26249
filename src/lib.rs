//! # pgsplit
//!
//! Understands PostgreSQL SQL text the way `psql` and the server do, offline.
//!
//! The foundation is [`Scanner`]: it cuts any psql script or `pg_dump` output into
//! [`Segment`]s exactly where psql would: statements, psql meta-commands, COPY data and trivia,
//! with byte spans, lines and columns. Every input byte belongs to exactly one segment, so the
//! input can always be rebuilt from the output. It reads from any [`std::io::Read`] and holds one
//! statement plus a read buffer in memory.
//!
//! ```
//! use pgsplit::split_statements;
//! let sql = "
//! CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql
//! BEGIN ATOMIC
//!   SELECT a + b;
//! END;
//! COPY t (x) FROM stdin;
//! 1;2
//! \\.
//! SELECT 'done;';";
//! let statements = split_statements(sql).unwrap();
//! assert_eq!(statements.len(), 3);
//! assert!(statements[0].ends_with("END;"));
//! assert_eq!(statements[1], "COPY t (x) FROM stdin;");
//! assert_eq!(statements[2], "SELECT 'done;';");
//! ```
//!
//! The rules, and where psql and the server disagree, are described in `grammar-notes/`.

#![warn(missing_docs)]

pub mod canon;
pub mod classify;
pub mod cli;
pub mod diff;
pub mod emit;
pub mod encoding;
pub mod model;
pub mod order;
pub mod report;
mod scan;
pub mod segment;

pub use encoding::Encoding;
pub use scan::{ScanError, ScanOptions, Scanner};
pub use segment::{
    CopyDataInfo, CopyFormat, Detail, Diagnostic, MetaEffect, MetaInfo, OwnedSegment, Position,
    Segment, SegmentKind, Severity, Span, StatementInfo, Terminator, TriviaKind,
};

/// Splits `sql` into the statements psql would send, as text (UTF-8 input, default settings).
/// Meta-commands, COPY data and trivia are left out; use [`Scanner`] for everything else.
///
/// ```
/// let s = pgsplit::split_statements("SELECT 1; SELECT ';'").unwrap();
/// assert_eq!(s, ["SELECT 1;", "SELECT ';'"]);
/// ```
pub fn split_statements(sql: &str) -> Result<Vec<String>, ScanError> {
    let mut scanner = Scanner::new(sql.as_bytes());
    let mut out = Vec::new();
    while let Some(segment) = scanner.next_segment() {
        let segment = segment?;
        if segment.kind() == SegmentKind::Statement {
            out.push(String::from_utf8_lossy(&segment.text).into_owned());
        }
    }
    Ok(out)
}

/// Scans all of `input` and returns every segment, owned. Convenient for tests and small
/// inputs; for large ones iterate with [`Scanner::next_segment`].
///
/// ```
/// use pgsplit::{scan_all, ScanOptions, SegmentKind};
/// let segments = scan_all(b"\\restrict k\nSELECT 1;\n", ScanOptions::default()).unwrap();
/// let kinds: Vec<_> = segments.iter().map(|s| s.kind()).collect();
/// assert_eq!(kinds, [SegmentKind::Meta, SegmentKind::Trivia, SegmentKind::Statement, SegmentKind::Trivia]);
/// ```
pub fn scan_all(input: &[u8], options: ScanOptions) -> Result<Vec<OwnedSegment>, ScanError> {
    let mut scanner = Scanner::with_options(input, options);
    let mut out = Vec::new();
    while let Some(segment) = scanner.next_segment() {
        out.push(segment?.to_owned_segment());
    }
    Ok(out)
}
