//! What the scanner produces: typed, positioned, lossless segments of the input.
//!
//! Every input byte belongs to exactly one *top-level* segment. A statement's span can contain
//! *nested* segments (a psql meta-command in the middle of a statement, or COPY data read in
//! the middle of a line); its [`text`](Segment::text) is its span without them, exactly what
//! psql sends. Sorting the top-level spans and concatenating their bytes gives back the input
//! byte for byte.
//!
//! ```
//! use pgsplit::{Scanner, SegmentKind};
//! let input = b"SET x = 1; -- note\nCOPY t FROM stdin;\n1\n\\.\n";
//! let mut scanner = Scanner::new(&input[..]);
//! let mut kinds = Vec::new();
//! while let Some(seg) = scanner.next_segment() {
//!     kinds.push(seg.unwrap().kind());
//! }
//! use SegmentKind::*;
//! // psql reads the data right after the COPY, then the rest of the COPY's line (a newline).
//! assert_eq!(kinds, [Statement, Trivia, Statement, CopyData, Trivia]);
//! ```

use crate::encoding::Encoding;
use std::borrow::Cow;
use std::fmt;

/// A byte range of the input, `start..end`, in absolute offsets from the start of input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte.
    pub start: u64,
    /// One past the last byte.
    pub end: u64,
}

impl Span {
    /// Number of bytes.
    pub fn len(&self) -> u64 {
        self.end - self.start
    }

    /// True for an empty span.
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }

    /// True when `other` lies inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A place in the input: byte offset, 1-based line and 1-based column (both 0 when not
/// computed). Columns count characters of the client encoding (UTF-8 scalar values by
/// default).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// Byte offset from the start of input.
    pub offset: u64,
    /// Line, from 1.
    pub line: u64,
    /// Column, from 1, in characters.
    pub column: u64,
}

impl Position {
    /// A position known only by its offset (line and column 0: not computed, see
    /// [`ScanOptions::positions`](crate::ScanOptions::positions)).
    ///
    /// ```
    /// let p = pgsplit::Position::at_offset(42);
    /// assert_eq!((p.offset, p.line, p.column), (42, 0, 0));
    /// ```
    pub fn at_offset(offset: u64) -> Position {
        Position {
            offset,
            line: 0,
            column: 0,
        }
    }

    /// The position after `text` (in `encoding`), which starts here; only the offset moves
    /// for a position without line and column.
    pub(crate) fn advance(self, text: &[u8], encoding: Encoding) -> Position {
        let offset = self.offset + text.len() as u64;
        if self.line == 0 {
            return Position::at_offset(offset);
        }
        match memchr::memrchr(b'\n', text) {
            Some(nl) => Position {
                offset,
                line: self.line + memchr::memchr_iter(b'\n', text).count() as u64,
                column: 1 + encoding.count_chars(&text[nl + 1..]),
            },
            None => {
                // a byte order mark at the start of the input takes no column (the scanner's
                // own column count skips it in every encoding; found by fuzzing: a NUL after
                // one was reported a column too far in GB18030)
                let counted = match self.offset {
                    0 => text
                        .strip_prefix(b"\xEF\xBB\xBF".as_slice())
                        .unwrap_or(text),
                    _ => text,
                };
                Position {
                    offset,
                    line: self.line,
                    column: self.column + encoding.count_chars(counted),
                }
            }
        }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// The four kinds of segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SegmentKind {
    /// A statement psql sends to the server.
    Statement,
    /// A psql backslash command (`\connect`, `\restrict`, `\copy` ...).
    Meta,
    /// Inline data after `COPY ... FROM STDIN` or `\copy ... FROM STDIN`, with its `\.` line.
    CopyData,
    /// Whitespace, comments outside statements, empty statements, text psql discards.
    Trivia,
}

/// What ended a statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Terminator {
    /// A `;` (part of the statement text).
    Semicolon,
    /// A `\;`: psql puts a `;` into its buffer and keeps collecting; the statements up to the
    /// next real terminator are sent together as one query. The text ends with `;`.
    BatchSeparator,
    /// A backslash command that sends the buffer (`\g`, `\gx`, `\gset`, `\gexec`, `\gdesc`,
    /// `\crosstabview`, `\watch`, `\parse`, `\sendpipeline`); its name is given. The
    /// command itself follows as a [`SegmentKind::Meta`] segment.
    Meta(&'static str),
    /// End of input: psql sends what is left in its buffer.
    EndOfInput,
}

/// The `COPY ... FROM STDIN` data format, as far as finding the end of the data goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyFormat {
    /// Text or CSV: data ends at a line that is exactly `\.`.
    Text,
    /// Binary: psql reads everything up to the end of input.
    Binary,
}

/// Details of a statement segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementInfo {
    /// Ordinal among the statements of the input, from 0.
    pub index: u64,
    /// What ended it.
    pub terminator: Terminator,
    /// Set for `COPY ... FROM STDIN|STDOUT`: its data follows in [`SegmentKind::CopyData`]
    /// segments.
    pub copy: Option<CopyFormat>,
    /// For statements joined by `\;`: the span start of the first statement of the group psql
    /// sends as one query.
    pub batch: Option<u64>,
}

/// What a meta-command does to the script, as far as pgsplit can tell offline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MetaEffect {
    /// Sends the query buffer (`\g` family); it ends the statement before it.
    Send,
    /// Consumes the query buffer without executing it (`\startpipeline`, `\flush` ...).
    Discard,
    /// Clears the query buffer (`\r`, `\reset`).
    Reset,
    /// `\copy`: runs a COPY through psql; with `from stdin` its data follows inline.
    Copy,
    /// `\i`, `\ir`, `\include`, `\include_relative`: runs another file.
    Include,
    /// `\c`, `\connect`: switches database or user.
    Connect,
    /// `\if`, `\elif`, `\else`, `\endif`: psql skips statements in false branches.
    Conditional,
    /// `\gexec` sends the buffer and runs every cell of the result as a statement.
    Gexec,
    /// `\encoding`: changes the client encoding from the next line on.
    Encoding,
    /// `\set`, `\unset`: psql variables, interpolated as `:name` in later statements.
    Variable,
    /// `\restrict`, `\unrestrict`: pg_dump's guard lines (CVE-2025-8714).
    Restrict,
    /// `\q`, `\quit`: psql stops reading the input here.
    Quit,
    /// A command psql does not know: psql ignores the rest of its line.
    Unknown,
    /// A command refused because psql is in `\restrict` mode; psql ignores the rest of its
    /// line.
    Refused,
    /// Anything else (`\echo`, `\pset`, `\timing` ...): no effect on what is sent.
    Other,
}

impl MetaEffect {
    /// True for commands that change which SQL runs, or where, so that leaving them out of a
    /// split changes the meaning of the script.
    pub fn changes_meaning(self) -> bool {
        !matches!(
            self,
            MetaEffect::Restrict | MetaEffect::Other | MetaEffect::Variable | MetaEffect::Encoding
        )
    }
}

/// Details of a meta-command segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetaInfo {
    /// The command name without the backslash (`connect`, `restrict`, `gset` ...).
    pub name: String,
    /// The raw argument text, trimmed.
    pub args: String,
    /// What it does.
    pub effect: MetaEffect,
    /// `\copy ... from stdin`: its data follows in [`SegmentKind::CopyData`] segments.
    pub copy_from_stdin: bool,
}

/// Details of a COPY data segment. A data block may arrive in several chunks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CopyDataInfo {
    /// Span start of the COPY statement (or `\copy` meta-command) the data belongs to.
    pub owner: u64,
    /// Bytes of this chunk that are data; what follows them (only in the last chunk) is the
    /// terminating `\.` line.
    pub data_len: usize,
    /// First chunk of the block.
    pub first: bool,
    /// Last chunk of the block.
    pub last: bool,
    /// The block ended with a `\.` line (false: at end of input).
    pub terminated: bool,
    /// The block is binary COPY data (psql reads it to the end of input).
    pub binary: bool,
}

impl CopyDataInfo {
    /// The block is text data that ended at the end of input, without its `\.` line: psql
    /// accepts that there, but output that puts anything after the block must end it first
    /// (or what follows becomes data).
    ///
    /// ```
    /// use pgsplit::{scan_all, Detail, ScanOptions};
    /// let data = |sql: &[u8]| {
    ///     let segs = scan_all(sql, ScanOptions::default()).unwrap();
    ///     segs.into_iter()
    ///         .filter_map(|s| match s.detail { Detail::CopyData(info) => Some(info), _ => None })
    ///         .last() // the block's last chunk
    ///         .unwrap()
    /// };
    /// assert!(data(b"COPY t FROM stdin;\n1\n").needs_end_line());
    /// assert!(!data(b"COPY t FROM stdin;\n1\n\\.\n").needs_end_line());
    /// assert!(!data(b"COPY t FROM stdin (FORMAT binary);\nPGCOPY\n").needs_end_line());
    /// ```
    pub fn needs_end_line(&self) -> bool {
        self.last && !self.terminated && !self.binary
    }
}

/// Why some bytes are trivia.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TriviaKind {
    /// Whitespace and comments between statements.
    Space,
    /// A UTF-8 byte-order mark psql strips.
    ByteOrderMark,
    /// A statement with nothing but comments and `;`: psql sends it, the server answers
    /// "empty query".
    Empty,
    /// Text psql throws away: a buffer cleared by `\r` or consumed by a pipeline command,
    /// false `\if` branches, everything after `\q`. (The rest of a line after an unknown or
    /// refused meta-command belongs to that meta-command's segment.)
    Discarded,
}

/// Kind-specific details of a segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detail {
    /// See [`StatementInfo`].
    Statement(StatementInfo),
    /// See [`MetaInfo`] (boxed: meta-commands are rare, statements are not).
    Meta(Box<MetaInfo>),
    /// See [`CopyDataInfo`].
    CopyData(CopyDataInfo),
    /// See [`TriviaKind`].
    Trivia(TriviaKind),
}

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Information (a meta-command that changes the meaning of the script, ...).
    Note,
    /// Something a user should look at; `--strict` makes it an error.
    Warning,
    /// The input is broken for psql (an unterminated literal at end of input, an unknown
    /// encoding ...).
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// A finding attached to a segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// A stable identifier (`unterminated-quote`, `psql-server-divergence` ...), listed in the
    /// README.
    pub code: &'static str,
    /// One sentence for people.
    pub message: String,
    /// Where it applies.
    pub at: Position,
}

/// One piece of the input. Borrowed from the scanner until the next call to
/// [`Scanner::next_segment`](crate::Scanner::next_segment); use
/// [`Segment::to_owned_segment`] to keep it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment<'a> {
    /// The bytes of input it covers (nested segments included).
    pub span: Span,
    /// Where it starts.
    pub start: Position,
    /// Its text: for a statement, the input from its first token through its `;` (or its
    /// last token), without what psql does not send: nested segments (and the line break
    /// before a meta-command line), the backslash of `\;` and `\:`. psql's own copy differs
    /// only in whitespace (it drops empty lines and keeps a blank before `\g`). For other
    /// kinds, its bytes.
    pub text: Cow<'a, [u8]>,
    /// Client encoding in effect for this text.
    pub encoding: Encoding,
    /// Kind-specific details.
    pub detail: Detail,
    /// Spans of nested segments (meta-commands, COPY data) inside this segment's span; they
    /// are not part of [`text`](Segment::text). Empty for most segments.
    pub holes: Vec<Span>,
    /// Findings about this segment.
    pub diagnostics: Vec<Diagnostic>,
}

/// A segment that owns its text.
pub type OwnedSegment = Segment<'static>;

impl Segment<'_> {
    /// The kind of segment.
    pub fn kind(&self) -> SegmentKind {
        match self.detail {
            Detail::Statement(_) => SegmentKind::Statement,
            Detail::Meta(_) => SegmentKind::Meta,
            Detail::CopyData(_) => SegmentKind::CopyData,
            Detail::Trivia(_) => SegmentKind::Trivia,
        }
    }

    /// The text as UTF-8, when it is valid UTF-8 (see [`Encoding::decode`] for other
    /// encodings).
    pub fn text_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.text).ok()
    }

    /// Statement details, for statements.
    pub fn statement(&self) -> Option<&StatementInfo> {
        match &self.detail {
            Detail::Statement(s) => Some(s),
            _ => None,
        }
    }

    /// Meta-command details, for meta-commands.
    pub fn meta(&self) -> Option<&MetaInfo> {
        match &self.detail {
            Detail::Meta(m) => Some(m),
            _ => None,
        }
    }

    /// COPY data details, for COPY data chunks.
    pub fn copy_data(&self) -> Option<&CopyDataInfo> {
        match &self.detail {
            Detail::CopyData(c) => Some(c),
            _ => None,
        }
    }

    /// The worst diagnostic severity, if any.
    pub fn worst(&self) -> Option<Severity> {
        self.diagnostics.iter().map(|d| d.severity).max()
    }

    /// A copy that owns its text.
    pub fn to_owned_segment(&self) -> OwnedSegment {
        Segment {
            span: self.span,
            start: self.start,
            text: Cow::Owned(self.text.to_vec()),
            encoding: self.encoding,
            detail: self.detail.clone(),
            holes: self.holes.clone(),
            diagnostics: self.diagnostics.clone(),
        }
    }
}
