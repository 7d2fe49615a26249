//! The scanner: psql's read-lex-send loop (`mainloop.c`) over any byte stream.
//!
//! [`Scanner`] reads input in chunks, lexes it with psql's rules (see [`lexer`]), and hands out
//! [`Segment`]s one at a time, in the order psql acts on them. Memory holds one read chunk plus
//! the statement being collected; COPY data is passed through in chunks and never collected.

mod copy;
mod lexer;
mod lines;
mod meta;
pub(crate) mod settings;

use crate::encoding::Encoding;
use crate::segment::{
    CopyDataInfo, CopyFormat, Detail, Diagnostic, MetaEffect, MetaInfo, Position, Segment,
    Severity, Span, StatementInfo, Terminator, TriviaKind,
};
use copy::DataScan;
use lexer::{DivergenceKind, Event, FirstWord, Lexer, State};
use lines::Lines;
use settings::{Change, Parsed};
use std::borrow::Cow;
use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::io::{self, Read};

/// Options for a [`Scanner`].
///
/// ```
/// use pgsplit::{Encoding, ScanOptions, Scanner};
/// let opts = ScanOptions {
///     encoding: Encoding::from_name("LATIN1").unwrap(),
///     ..ScanOptions::default()
/// };
/// let mut s = Scanner::with_options(&b"SELECT 'caf\xe9';"[..], opts);
/// let seg = s.next_segment().unwrap().unwrap();
/// assert_eq!(seg.encoding.decode(&seg.text).unwrap(), "SELECT 'café';");
/// ```
#[derive(Clone, Debug)]
pub struct ScanOptions {
    /// Client encoding at the start of input, as psql would have it from
    /// `PGCLIENTENCODING` or the locale. Default UTF8.
    pub encoding: Encoding,
    /// `standard_conforming_strings` at the start of input. Default on (the server default
    /// since PostgreSQL 9.1).
    pub standard_conforming_strings: bool,
    /// Bytes asked for per `read` call. Default 256 KiB.
    pub read_size: usize,
    /// Hand out trivia segments (whitespace, comments, empty statements). Default on: then
    /// the segments cover every input byte. Off, they are skipped (discarded text and trivia
    /// with diagnostics are still handed out), which is faster when only statements matter.
    pub trivia: bool,
    /// Compute line and column numbers. Default on. Off, every [`Position`] has line and
    /// column 0 (offsets stay exact), which saves counting newlines: for callers that need
    /// only the text, or that find positions later from the offsets.
    ///
    /// ```
    /// use pgsplit::{ScanOptions, Scanner};
    /// let opts = ScanOptions { positions: false, trivia: false, ..ScanOptions::default() };
    /// let mut s = Scanner::with_options(&b"\n\nSELECT 1;"[..], opts);
    /// let seg = s.next_segment().unwrap().unwrap();
    /// assert_eq!((seg.start.offset, seg.start.line, seg.start.column), (2, 0, 0));
    /// ```
    pub positions: bool,
    /// Testing aid: lex every token, without the fast path that skips text nothing depends
    /// on. Output is identical either way (a property test checks it).
    #[doc(hidden)]
    pub no_fast_path: bool,
}

impl Default for ScanOptions {
    fn default() -> Self {
        ScanOptions {
            encoding: Encoding::UTF8,
            standard_conforming_strings: true,
            read_size: 256 << 10,
            trivia: true,
            positions: true,
            no_fast_path: false,
        }
    }
}

/// Why scanning stopped. Problems in the SQL itself are not errors but
/// [`Diagnostic`]s on segments; these are problems with the input as a whole.
#[derive(Debug)]
pub enum ScanError {
    /// Reading failed.
    Io(io::Error),
    /// The input is not a SQL script (a custom-format dump, a compressed file ...).
    NotSql {
        /// What it looks like.
        what: &'static str,
        /// What to do instead.
        hint: &'static str,
    },
}

impl fmt::Display for ScanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScanError::Io(e) => write!(f, "cannot read input: {e}"),
            ScanError::NotSql { what, hint } => write!(f, "input is {what}, not SQL ({hint})"),
        }
    }
}

impl std::error::Error for ScanError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ScanError::Io(e) => Some(e),
            ScanError::NotSql { .. } => None,
        }
    }
}

impl From<io::Error> for ScanError {
    fn from(e: io::Error) -> Self {
        ScanError::Io(e)
    }
}

/// psql variables that psql itself sets, so that `:NAME` is interpolated in any script.
const BUILTIN_VARIABLES: &[&str] = &[
    "AUTOCOMMIT",
    "COMP_KEYWORD_CASE",
    "DBNAME",
    "ECHO",
    "ECHO_HIDDEN",
    "ENCODING",
    "ERROR",
    "FETCH_COUNT",
    "HIDE_TABLEAM",
    "HIDE_TOAST_COMPRESSION",
    "HISTCONTROL",
    "HISTFILE",
    "HISTSIZE",
    "HOST",
    "IGNOREEOF",
    "LASTOID",
    "LAST_ERROR_MESSAGE",
    "LAST_ERROR_SQLSTATE",
    "ON_ERROR_ROLLBACK",
    "ON_ERROR_STOP",
    "PORT",
    "PROMPT1",
    "PROMPT2",
    "PROMPT3",
    "QUIET",
    "ROW_COUNT",
    "SERVER_VERSION_NAME",
    "SERVER_VERSION_NUM",
    "SHELL_ERROR",
    "SHELL_EXIT_CODE",
    "SHOW_ALL_RESULTS",
    "SHOW_CONTEXT",
    "SINGLELINE",
    "SINGLESTEP",
    "SQLSTATE",
    "USER",
    "VERBOSITY",
    "VERSION",
    "VERSION_NAME",
    "VERSION_NUM",
    "WATCH_INTERVAL",
];

/// Where a segment's text lives until it is handed out.
#[derive(Debug)]
enum Text {
    /// `buf[a..b]`.
    Buf(usize, usize),
    Owned(Vec<u8>),
}

/// A segment waiting in the output queue.
#[derive(Debug)]
struct Item {
    span: Span,
    start: Position,
    text: Text,
    encoding: Encoding,
    detail: Detail,
    holes: Vec<Span>,
    diagnostics: Vec<Diagnostic>,
}

/// What the fast lane needs to hand out a plain statement.
struct Plain {
    span: Span,
    start: Position,
    text: (usize, usize),
    encoding: Encoding,
    index: u64,
}

/// The statement being collected (psql's query buffer). Small: what most statements never
/// need lives in [`PendingRare`], allocated on first use.
#[derive(Debug, Default)]
struct Pending {
    start: Position,
    /// Start of the open piece.
    piece: u64,
    encoding: Encoding,
    divergences_seen: u32,
    variables_seen: u32,
    rare: Option<Box<PendingRare>>,
}

/// The parts of a pending statement needed only when it spans a buffer refill, holds nested
/// segments, or has findings.
#[derive(Debug, Default)]
struct PendingRare {
    /// Text of closed pieces.
    scratch: Vec<u8>,
    /// Closed pieces: absolute range and offset of their text in `scratch`.
    pieces: Vec<(u64, u64, usize)>,
    holes: Vec<Span>,
    /// Bytes inside the span that psql does not send: the newline before a meta-command at
    /// the start of a line.
    elided: Vec<u64>,
    diagnostics: Vec<Diagnostic>,
    /// Start of the last literal opened, for an "unterminated" error at end of input.
    literal: Option<(u64, Position)>,
    /// Positions resolved before the diagnostic that needs them exists (a `begin` waiting
    /// for its next token).
    early: Vec<(u64, Position)>,
}

impl Pending {
    fn rare(&mut self) -> &mut PendingRare {
        self.rare.get_or_insert_with(Default::default)
    }

    fn early(&self, at: u64) -> Option<Position> {
        let r = self.rare.as_ref()?;
        r.early.iter().find(|(o, _)| *o == at).map(|x| x.1)
    }

    fn literal(&self) -> Option<(u64, Position)> {
        self.rare.as_ref()?.literal
    }

    /// No closed pieces and no psql-only bytes: the text is one slice of the buffer.
    fn is_plain(&self) -> bool {
        self.rare
            .as_ref()
            .is_none_or(|r| r.pieces.is_empty() && r.elided.is_empty())
    }

    fn take_holes(&mut self) -> Vec<Span> {
        self.rare
            .as_mut()
            .map(|r| std::mem::take(&mut r.holes))
            .unwrap_or_default()
    }

    fn take_diagnostics(&mut self) -> Vec<Diagnostic> {
        self.rare
            .as_mut()
            .map(|r| std::mem::take(&mut r.diagnostics))
            .unwrap_or_default()
    }

    fn take_scratch(&mut self) -> Vec<u8> {
        self.rare
            .as_mut()
            .map(|r| std::mem::take(&mut r.scratch))
            .unwrap_or_default()
    }
}

/// A COPY data block being streamed.
#[derive(Debug)]
struct CopyRun {
    owner: u64,
    binary: bool,
    /// Next data byte (index into `buf`); `usize::MAX` until the start is found.
    idx: usize,
    at_line_start: bool,
    first: bool,
    /// A NUL byte was reported for this block already.
    nul_seen: bool,
    /// Where the block's data starts (known once its first chunk is queued).
    data_start: Option<Position>,
}

/// One level of psql's `\if` stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cond {
    /// In the branch psql runs.
    Active,
    /// No branch taken yet, the current one is false.
    Seeking,
    /// A branch was taken; the current one is skipped.
    Done,
    /// Inside a false branch of an outer `\if`: every branch is skipped.
    Ignored,
    /// The condition cannot be evaluated offline: every branch is kept.
    Unknown,
}

impl Cond {
    fn inactive(self) -> bool {
        matches!(self, Cond::Seeking | Cond::Done | Cond::Ignored)
    }
}

/// A false `\if` branch being scanned: its text is never sent, and psql's buffer goes back
/// to its state at the start of the branch afterwards.
#[derive(Debug)]
struct Inactive {
    /// Start of the text not yet emitted as discarded.
    from: u64,
    stmt: lexer::StmtInfo,
    paren_depth: u32,
}

/// The rest of the line that held the COPY: psql lexes it after the data.
#[derive(Debug)]
struct Stash {
    bytes: Vec<u8>,
    abs: u64,
    lines: Lines,
    covered_to: u64,
}

/// While the stash is being lexed, `buf[..len]` holds it (absolute offsets from `abs`), and
/// `buf[len..]` continues at `after_abs`, the end of the data block.
#[derive(Debug)]
struct Splice {
    len: usize,
    abs: u64,
    after_abs: u64,
    after_lines: Lines,
}

/// The psql-exact, streaming splitter.
///
/// ```
/// use pgsplit::{Scanner, SegmentKind};
/// let sql = "CREATE FUNCTION one() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\nEND;\n\\restrict abc\nSELECT $$a;b$$;";
/// let mut scanner = Scanner::new(sql.as_bytes());
/// let mut statements = Vec::new();
/// while let Some(segment) = scanner.next_segment() {
///     let segment = segment.unwrap();
///     if segment.kind() == SegmentKind::Statement {
///         statements.push((segment.start.line, segment.text_str().unwrap().to_owned()));
///     }
/// }
/// assert_eq!(statements, [
///     (1, "CREATE FUNCTION one() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\nEND;".to_owned()),
///     (6, "SELECT $$a;b$$;".to_owned()),
/// ]);
/// ```
pub struct Scanner<R> {
    reader: R,
    opts: ScanOptions,
    buf: Vec<u8>,
    /// psql's view of `buf` in a client-only encoding: trail bytes replaced by 0xFF.
    masked: Vec<u8>,
    masked_upto: usize,
    mask_owe: usize,
    /// Absolute offset of `buf[0]` (outside a splice).
    base: u64,
    /// `buf[0]` is at the start of a line.
    first_is_line_start: bool,
    /// The last byte read so far.
    last_byte: Option<u8>,
    /// Bytes of `buf`'s allocation that have been written (see `grow_initialized`).
    initialized: usize,
    pos: usize,
    eof: bool,
    started: bool,
    /// The lexer has reached the end of input.
    lex_done: bool,
    finished: bool,
    lexer: Lexer,
    encoding: Encoding,
    /// A setting change that applies from the next line.
    next_line: Option<Change>,
    lines: Lines,
    /// Segments ready to hand out.
    queue: VecDeque<Item>,
    /// Segments in psql order, released into `queue` one at a time so that COPY data can be
    /// read right after its COPY.
    sends: VecDeque<Item>,
    /// Trivia has been emitted (or the bytes are otherwise covered) up to here.
    covered_to: u64,
    pending: Option<Pending>,
    /// Items of a `\;` group, held until the group is sent.
    batch: Option<Vec<Item>>,
    copy: Option<CopyRun>,
    /// The rest of the line that sent a COPY; lexed after the last data block.
    held: Option<Stash>,
    /// Where the next data block starts when a group sent several COPYs.
    data_at: Option<usize>,
    splice: Option<Splice>,
    /// psql variables set with `\set`, and their values.
    variables: HashMap<String, String>,
    /// psql's `\if` stack.
    cond: Vec<Cond>,
    /// Set while in a false `\if` branch.
    inactive: Option<Inactive>,
    /// The key of the `\restrict` in force (psql refuses other meta-commands meanwhile).
    restrict_key: Option<String>,
    /// After `\q`: everything else is discarded.
    quit: bool,
    quit_warned: bool,
    statements: u64,
    /// The front of `queue` is lent out as the last segment returned.
    lent: bool,
    /// Read chunks holding NUL bytes: from the first NUL to the chunk's end (absolute).
    nul_ranges: Vec<(u64, u64)>,
}

impl<R: Read> Scanner<R> {
    /// A scanner with default options (UTF8, standard_conforming_strings on).
    pub fn new(reader: R) -> Scanner<R> {
        Scanner::with_options(reader, ScanOptions::default())
    }

    /// A scanner with the given options.
    pub fn with_options(reader: R, opts: ScanOptions) -> Scanner<R> {
        let encoding = opts.encoding;
        Scanner {
            reader,
            lexer: Lexer::new(opts.standard_conforming_strings, !opts.no_fast_path),
            opts,
            buf: Vec::new(),
            masked: Vec::new(),
            masked_upto: 0,
            mask_owe: 0,
            base: 0,
            first_is_line_start: true,
            last_byte: None,
            initialized: 0,
            pos: 0,
            eof: false,
            started: false,
            lex_done: false,
            finished: false,
            encoding,
            next_line: None,
            lines: Lines::new(0),
            queue: VecDeque::new(),
            sends: VecDeque::new(),
            covered_to: 0,
            pending: None,
            batch: None,
            copy: None,
            held: None,
            data_at: None,
            splice: None,
            variables: HashMap::new(),
            cond: Vec::new(),
            inactive: None,
            restrict_key: None,
            quit: false,
            quit_warned: false,
            statements: 0,
            lent: false,
            nul_ranges: Vec::new(),
        }
    }

    /// The next segment, in the order psql acts on the input; `None` at the end. The segment
    /// borrows from the scanner until the next call.
    pub fn next_segment(&mut self) -> Option<Result<Segment<'_>, ScanError>> {
        if std::mem::take(&mut self.lent) {
            self.queue.pop_front();
        }
        // The fast lane: a plain statement goes straight from the lexer to the caller.
        while self.queue.is_empty() && self.fast_lane_ok() {
            match self.step_sql(true) {
                Ok(Some(p)) => return Some(Ok(self.plain_segment(p))),
                Ok(None) => {}
                Err(e) => {
                    self.finished = true;
                    self.queue.clear();
                    self.sends.clear();
                    return Some(Err(e));
                }
            }
        }
        if self.queue.is_empty() {
            if let Err(e) = self.advance() {
                self.finished = true;
                self.queue.clear();
                self.sends.clear();
                return Some(Err(e));
            }
        }
        let item = self.queue.front_mut()?;
        self.lent = true;
        let detail = std::mem::replace(&mut item.detail, Detail::Trivia(TriviaKind::Space));
        let holes = std::mem::take(&mut item.holes);
        let diagnostics = std::mem::take(&mut item.diagnostics);
        let text: Cow<'_, [u8]> = match &item.text {
            Text::Buf(a, b) => Cow::Borrowed(&self.buf[*a..*b]),
            Text::Owned(v) => Cow::Borrowed(&v[..]),
        };
        Some(Ok(Segment {
            span: item.span,
            start: item.start,
            text,
            encoding: item.encoding,
            detail,
            holes,
            diagnostics,
        }))
    }

    // ----- buffer ---------------------------------------------------------------------------

    /// Absolute offset of `buf[0]` for the slice being lexed.
    fn slice_base(&self) -> u64 {
        self.splice.as_ref().map_or(self.base, |s| s.abs)
    }

    fn slice_end(&self) -> usize {
        self.splice.as_ref().map_or(self.buf.len(), |s| s.len)
    }

    fn slice_at_eof(&self) -> bool {
        self.splice.is_none() && self.eof
    }

    fn abs(&self, idx: usize) -> u64 {
        self.slice_base() + idx as u64
    }

    fn idx(&self, abs: u64) -> usize {
        (abs - self.slice_base()) as usize
    }

    fn resolve(&mut self, abs: u64) -> Position {
        if !self.opts.positions {
            return Position::at_offset(abs);
        }
        let base = self.slice_base();
        let enc = self.encoding;
        self.lines.resolve(&self.buf, base, abs, enc)
    }

    /// Position of `abs` without moving the line counter (for a segment placed ahead of
    /// text still to be lexed).
    fn peek(&self, abs: u64) -> Position {
        if !self.opts.positions {
            return Position::at_offset(abs);
        }
        let mut lines = self.lines;
        lines.resolve(&self.buf, self.slice_base(), abs, self.encoding)
    }

    /// More input can be read (not while a held COPY line is being lexed).
    fn can_fill(&self) -> bool {
        self.splice.is_none()
    }

    /// Waiting segments get their own copy of their text, so the buffer can move.
    fn own_waiting_items(&mut self) {
        for item in self.sends.iter_mut().chain(self.queue.iter_mut()) {
            if let Text::Buf(a, b) = item.text {
                item.text = Text::Owned(self.buf[a..b].to_vec());
            }
        }
    }

    /// Reads more input, first dropping everything before `keep` (an index into `buf`).
    fn fill(&mut self, keep: usize) -> Result<(), ScanError> {
        debug_assert!(self.can_fill());
        self.own_waiting_items();
        let keep_abs = self.abs(keep);
        // The open piece of a pending statement moves to its scratch (unless the piece lives
        // in a held COPY line).
        if self.held.is_none() {
            if let Some(p) = self.pending.as_mut() {
                if p.piece < keep_abs {
                    let (a, b) = ((p.piece - self.base) as usize, keep);
                    push_piece(p, &self.buf[a..b]);
                    p.piece = keep_abs;
                }
            }
        }
        if self.lines.at() < keep_abs {
            self.resolve(keep_abs);
        }
        if keep > 0 {
            self.first_is_line_start = self.buf[keep - 1] == b'\n';
            self.buf.drain(..keep);
            if self.masked.len() >= keep {
                self.masked.drain(..keep);
            } else {
                self.masked.clear();
            }
            self.masked_upto = self.masked_upto.saturating_sub(keep);
            self.base += keep as u64;
            self.pos -= keep.min(self.pos);
        }
        let want = self.opts.read_size.max(4096);
        let old = self.buf.len();
        self.grow_initialized(old + want);
        let n = loop {
            match self.reader.read(&mut self.buf[old..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.buf.truncate(old);
                    return Err(e.into());
                }
            }
        };
        self.buf.truncate(old + n);
        if n == 0 {
            self.eof = true;
        } else {
            self.last_byte = self.buf.last().copied();
            if let Some(k) = memchr::memchr(0, &self.buf[old..]) {
                let end = self.base + self.buf.len() as u64;
                self.nul_ranges.push((self.base + (old + k) as u64, end));
            }
        }
        Ok(())
    }

    /// Sets `buf`'s length to `len` without zeroing bytes that earlier reads already wrote:
    /// the allocation past `buf.len()` keeps those bytes (u8 has no invalid values), so only
    /// never-written memory is zeroed.
    fn grow_initialized(&mut self, len: usize) {
        if len <= self.buf.len() {
            return;
        }
        let cap = self.buf.capacity();
        self.buf.reserve(len - self.buf.len());
        if self.buf.capacity() != cap {
            // reallocated: only the first `buf.len()` bytes were carried over
            self.initialized = self.buf.len();
        }
        let reuse = self.initialized.min(len);
        if reuse > self.buf.len() {
            // SAFETY: bytes `..initialized` of this allocation were written by an earlier
            // read and never freed; any u8 value is valid.
            unsafe { self.buf.set_len(reuse) };
        }
        self.buf.resize(len, 0);
        self.initialized = self.initialized.max(len);
    }

    /// In a client-only encoding, masks `buf[..end]` into `masked` (psql's view).
    #[inline(always)]
    fn prepare_masked(&mut self, end: usize) {
        if self.encoding.is_client_only() {
            self.mask_to(end);
        }
    }

    fn mask_to(&mut self, end: usize) {
        if self.masked.len() < self.buf.len() {
            self.masked.resize(self.buf.len(), 0);
        }
        if self.masked_upto < end {
            let (a, b) = (self.masked_upto, end);
            self.mask_owe = self.encoding.mask_trail_bytes(
                &self.buf[a..b],
                &mut self.masked[a..b],
                self.mask_owe,
            );
            self.masked_upto = end;
        }
    }

    /// After `buf` was rearranged: mask again from its start.
    fn reset_masked(&mut self) {
        self.masked.clear();
        self.masked_upto = 0;
        self.mask_owe = 0;
    }

    // ----- output ---------------------------------------------------------------------------

    /// Queues an item in psql order. While a `\;` group is open its statements are held
    /// (psql sends them together at the group's end); meta-commands run at once, and trivia
    /// order does not matter.
    fn emit(&mut self, mut item: Item) {
        if !self.nul_ranges.is_empty() {
            // Nothing before the earliest byte still to be handed out can matter any more.
            let floor = [
                Some(self.covered_to),
                Some(item.span.start),
                self.pending.as_ref().map(|p| p.start.offset),
                self.held.as_ref().map(|h| h.abs),
                self.splice.as_ref().map(|s| s.abs),
            ]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(0);
            self.nul_ranges.retain(|r| r.1 > floor);
            if self
                .nul_ranges
                .iter()
                .any(|r| r.0 < item.span.end && item.span.start < r.1)
            {
                check_nul(&mut item, &self.buf);
            }
        }
        let part = matches!(
            item.detail,
            Detail::Statement(_) | Detail::Trivia(TriviaKind::Empty)
        );
        if let (true, Some(batch)) = (part, self.batch.as_mut()) {
            if let Text::Buf(a, b) = item.text {
                item.text = Text::Owned(self.buf[a..b].to_vec());
            }
            batch.push(item);
        } else if !self.sends.is_empty() {
            // behind a group being released
            self.sends.push_back(item);
        } else {
            self.release(item);
        }
    }

    /// Hands an item to the output queue; one that carries COPY data starts reading it.
    fn release(&mut self, item: Item) {
        if let Some(binary) = item_copy(&item) {
            self.copy = Some(CopyRun {
                owner: item.span.start,
                binary,
                idx: usize::MAX,
                at_line_start: true,
                first: true,
                nul_seen: false,
                data_start: None,
            });
        }
        self.queue.push_back(item);
    }

    /// Emits trivia for the uncovered bytes up to `to` (absolute).
    fn trivia_until(&mut self, to: u64, kind: TriviaKind) {
        if to <= self.covered_to {
            return;
        }
        if !self.opts.trivia && kind != TriviaKind::Discarded {
            self.covered_to = to;
            return;
        }
        let from = self.covered_to;
        let start = self.resolve(from);
        let (a, b) = (self.idx(from), self.idx(to));
        self.covered_to = to;
        let mut diagnostics = Vec::new();
        if kind == TriviaKind::Discarded
            && self.quit
            && !std::mem::replace(&mut self.quit_warned, true)
        {
            diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                code: "after-quit",
                message: "text after \\q: psql stops reading there, so none of it runs".into(),
                at: start,
            });
        }
        self.emit(Item {
            span: Span {
                start: from,
                end: to,
            },
            start,
            text: Text::Buf(a, b),
            encoding: self.encoding,
            detail: Detail::Trivia(kind),
            holes: Vec::new(),
            diagnostics,
        });
    }

    // ----- main loop ------------------------------------------------------------------------

    /// Runs until something is queued or the input is done.
    fn advance(&mut self) -> Result<(), ScanError> {
        while self.queue.is_empty() && !self.finished {
            if !self.started {
                self.start()?;
            } else if self.copy.is_some() {
                self.step_copy()?;
            } else if let Some(item) = self.sends.pop_front() {
                self.release(item);
            } else if self.quit {
                self.step_quit()?;
            } else if self.lex_done {
                self.finished = true;
            } else {
                self.step_sql(false)?;
            }
        }
        Ok(())
    }

    /// First read: refuse binary input, strip a BOM.
    fn start(&mut self) -> Result<(), ScanError> {
        while self.buf.len() < 5 && !self.eof {
            self.fill(0)?;
        }
        self.started = true;
        if self.buf.starts_with(b"PGDMP") {
            return Err(ScanError::NotSql {
                what: "a custom-format pg_dump archive",
                hint: "turn it into SQL with `pg_restore -f - FILE`",
            });
        }
        if self.buf.starts_with(&[0x1f, 0x8b]) {
            return Err(ScanError::NotSql {
                what: "gzip-compressed",
                hint: "decompress it first, e.g. `gzip -dc FILE | pgsplit split`",
            });
        }
        if self.buf.starts_with(b"\xFF\xFE") || self.buf.starts_with(b"\xFE\xFF") {
            // Windows PowerShell 5's `pg_dump > dump.sql` writes this
            return Err(ScanError::NotSql {
                what: "UTF-16 text",
                hint: "convert it to UTF-8 first, e.g. `iconv -f UTF-16 -t UTF-8 FILE | pgsplit split`",
            });
        }
        if self.encoding.strips_bom() && self.buf.starts_with(b"\xEF\xBB\xBF") {
            self.trivia_until(3, TriviaKind::ByteOrderMark);
            self.pos = 3;
            self.lines = Lines::new(3);
        }
        Ok(())
    }

    /// Nothing unusual is going on: plain statements may skip the output queue.
    fn fast_lane_ok(&self) -> bool {
        self.started
            && !self.finished
            && !self.lex_done
            && !self.quit
            && self.copy.is_none()
            && self.sends.is_empty()
            && self.batch.is_none()
            && self.inactive.is_none()
            && self.splice.is_none()
    }

    /// The segment of a plain statement, borrowed from the buffer.
    fn plain_segment(&self, p: Plain) -> Segment<'_> {
        Segment {
            span: p.span,
            start: p.start,
            text: Cow::Borrowed(&self.buf[p.text.0..p.text.1]),
            encoding: p.encoding,
            detail: Detail::Statement(StatementInfo {
                index: p.index,
                terminator: Terminator::Semicolon,
                copy: None,
                batch: None,
            }),
            holes: Vec::new(),
            diagnostics: Vec::new(),
        }
    }

    /// A `;`-terminated statement with nothing special about it (one slice of the buffer, no
    /// nested segments, findings, escapes, COPY or SET, no `\;` group, no NUL bytes around):
    /// finished here without an item. `None` leaves everything to [`finish_statement`].
    ///
    /// [`finish_statement`]: Self::finish_statement
    fn try_plain(&mut self, semicolon: usize) -> Option<Plain> {
        let p = self.pending.as_ref()?;
        let st = &self.lexer.stmt;
        if p.rare.is_some()
            || !self.queue.is_empty()
            || !self.sends.is_empty()
            || !st.has_token
            || !st.escapes.is_empty()
            || st.is_copy_from_stdin()
            || matches!(st.first_word, FirstWord::Set | FirstWord::Reset)
            || !self.nul_ranges.is_empty()
            || self.batch.is_some()
            || p.piece < self.base
        {
            return None;
        }
        let end = self.base + semicolon as u64 + 1;
        let content_end = st.content_end.min(end);
        let p = self.pending.take()?;
        self.lexer.end_statement();
        self.covered_to = end;
        let index = self.statements;
        self.statements += 1;
        Some(Plain {
            span: Span {
                start: p.start.offset,
                end,
            },
            start: p.start,
            text: (
                (p.piece - self.base) as usize,
                (content_end - self.base) as usize,
            ),
            encoding: p.encoding,
            index,
        })
    }

    /// One run of the SQL lexer and the handling of where it stopped. With `plain`, a plain
    /// statement is returned instead of being queued.
    fn step_sql(&mut self, plain: bool) -> Result<Option<Plain>, ScanError> {
        let end = self.slice_end();
        let base = self.slice_base();
        let at_eof = self.slice_at_eof();
        let stop_at_newline = self.next_line.is_some();
        self.prepare_masked(end);
        let input = if self.encoding.is_client_only() {
            &self.masked[..end]
        } else {
            &self.buf[..end]
        };
        let event = self
            .lexer
            .run(input, self.pos, base, at_eof, stop_at_newline);
        self.after_run();
        if self.inactive.is_some() {
            match event {
                Event::Semicolon(i) => {
                    // Not sent, and psql's buffer is not cleared either.
                    self.pos = i + 1;
                    self.lexer.forget_identifiers();
                    return Ok(None);
                }
                Event::BatchSeparator(i) => {
                    self.pos = i + 2;
                    self.lexer.forget_identifiers();
                    return Ok(None);
                }
                _ => {}
            }
        }
        match event {
            Event::Semicolon(i) => {
                self.pos = i + 1;
                if plain && self.splice.is_none() {
                    if let Some(p) = self.try_plain(i) {
                        return Ok(Some(p));
                    }
                }
                let end = self.abs(i + 1);
                self.finish_statement(end, Terminator::Semicolon);
            }
            Event::BatchSeparator(i) => {
                self.pos = i + 2;
                let end = self.abs(i + 2);
                if self.batch.is_none() {
                    self.batch = Some(Vec::new());
                }
                self.finish_statement(end, Terminator::BatchSeparator);
            }
            Event::Backslash(i) => self.backslash(i)?,
            Event::Newline(i) => {
                self.pos = i + 1;
                self.apply_next_line();
            }
            Event::NeedMore(r) => {
                self.pos = r;
                if self.splice.is_some() {
                    self.end_splice();
                } else {
                    self.need_more(r)?;
                }
            }
            Event::End => {
                self.pos = end;
                self.finish_input();
            }
        }
        Ok(None)
    }

    /// The lexer needs bytes from index `keep` on plus more input.
    fn need_more(&mut self, keep: usize) -> Result<(), ScanError> {
        if !self.can_fill() {
            return Ok(());
        }
        if self.inactive.is_some() {
            let keep_abs = self.abs(keep);
            self.discard_run(keep_abs);
        } else if self.pending.is_none() && self.lexer.stmt.content_start.is_none() {
            let keep_abs = self.abs(keep);
            self.trivia_until(keep_abs, TriviaKind::Space);
        }
        self.fill(keep)?;
        Ok(())
    }

    /// After a lexer run: start a pending statement when content appeared, and resolve the
    /// positions the lexer recorded, in order.
    fn after_run(&mut self) {
        if self.inactive.is_some() {
            return;
        }
        if self.pending.is_none() {
            let Some(start) = self.lexer.stmt.content_start else {
                return;
            };
            self.trivia_until(start, TriviaKind::Space);
            let pos = self.resolve(start);
            self.covered_to = start;
            self.pending = Some(Pending {
                start: pos,
                piece: start,
                encoding: self.encoding,
                ..Pending::default()
            });
        }
        let (d0, v0) = {
            let p = self.pending.as_ref().expect("pending");
            (p.divergences_seen as usize, p.variables_seen as usize)
        };
        let divs = self.lexer.stmt.divergences.len();
        let vars = self.lexer.stmt.variables.len();
        // positions of a `begin` known before their diagnostic exists: one waiting for its
        // next token (is it BEGIN ATOMIC?), and the one opening the body, should the input
        // end inside it
        let unresolved = |b: &u64| self.pending.as_ref().expect("pending").early(*b).is_none();
        let begin = self.lexer.stmt.pending_begin.filter(unresolved);
        let opening = self
            .lexer
            .stmt
            .atomic_open
            .filter(|b| unresolved(b) && Some(*b) != begin);
        if d0 < divs || v0 < vars || begin.is_some() || opening.is_some() {
            let mut found: Vec<(u64, Option<Diagnostic>)> = Vec::new();
            for d in &self.lexer.stmt.divergences[d0..] {
                found.push((d.at, Some(divergence(d.word, d.why))));
            }
            for (at, name) in &self.lexer.stmt.variables[v0..] {
                if self.variables.contains_key(name) || BUILTIN_VARIABLES.contains(&name.as_str()) {
                    found.push((*at, Some(variable(name))));
                }
            }
            for b in begin.into_iter().chain(opening) {
                found.push((b, None));
            }
            found.sort_by_key(|(at, _)| *at);
            for (at, d) in found {
                let known = self.pending.as_ref().expect("pending").early(at);
                let pos = match known {
                    Some(pos) => pos,
                    None => self.resolve(at.max(self.lines.at())),
                };
                let r = self.pending.as_mut().expect("pending").rare();
                match d {
                    Some(mut d) => {
                        d.at = pos;
                        r.diagnostics.push(d);
                    }
                    None => r.early.push((at, pos)),
                }
            }
            let p = self.pending.as_mut().expect("pending");
            p.divergences_seen = divs as u32;
            p.variables_seen = vars as u32;
        }
        // (also just after a closing quote: a continuation may still extend the string)
        if self.lexer.state != State::Initial {
            let start = self.lexer.literal_start;
            let known = self.pending.as_ref().and_then(|p| p.literal().map(|l| l.0));
            if known != Some(start) && start >= self.lines.at() {
                let pos = self.resolve(start);
                self.pending.as_mut().expect("pending").rare().literal = Some((start, pos));
            }
        }
    }

    // ----- statements -----------------------------------------------------------------------

    /// The statement being collected is complete: its span ends at `end` (absolute).
    fn finish_statement(&mut self, end: u64, terminator: Terminator) {
        let Some(mut p) = self.pending.take() else {
            self.lexer.end_statement();
            self.close_batch_if(&terminator);
            return;
        };
        let info = &self.lexer.stmt;
        let (has_token, copy_stdin, copy_binary, first_word, atomic_open) = (
            info.has_token,
            info.is_copy_from_stdin(),
            info.copy_binary,
            info.first_word,
            info.atomic_open,
        );
        let mut content_end = info.content_end.min(end);
        let escapes = std::mem::take(&mut self.lexer.stmt.escapes);
        self.lexer.end_statement();
        if terminator == Terminator::EndOfInput && self.lexer.in_literal() {
            // psql sends everything up to the end of the last line, open literal included.
            content_end = end;
            if self.last_byte == Some(b'\n') && end > p.start.offset {
                content_end -= 1;
            }
        }
        let base = self.slice_base();
        let in_slice = |a: u64, b: u64| a >= base && b <= base + self.slice_end() as u64;
        // A statement's text runs to its last token, without psql-only bytes; an empty
        // statement (trivia) keeps all its bytes.
        let until = if has_token { content_end } else { end };
        let text = if p.is_plain() && (escapes.is_empty() || !has_token) && in_slice(p.piece, until)
        {
            Text::Buf(self.idx(p.piece), self.idx(until))
        } else {
            if until > p.piece {
                let (a, b) = (self.idx(p.piece), self.idx(until));
                push_piece(&mut p, &self.buf[a..b]);
            }
            let mut skip = Vec::new();
            if has_token {
                skip.extend_from_slice(&escapes);
                if let Some(r) = &p.rare {
                    skip.extend_from_slice(&r.elided);
                }
            }
            Text::Owned(assemble(&p, until, &skip))
        };
        let span = Span {
            start: p.start.offset,
            end,
        };
        self.covered_to = end;
        let mut diagnostics = p.take_diagnostics();
        if terminator == Terminator::EndOfInput {
            self.unterminated(&p, atomic_open, &mut diagnostics);
        }
        if !has_token {
            // Only comments and the terminator: psql sends it, the server ignores it.
            if !self.opts.trivia && diagnostics.is_empty() {
                self.close_batch_if(&terminator);
                return;
            }
            self.emit(Item {
                span,
                start: p.start,
                text,
                encoding: p.encoding,
                detail: Detail::Trivia(TriviaKind::Empty),
                holes: p.take_holes(),
                diagnostics,
            });
            self.close_batch_if(&terminator);
            return;
        }
        let copy = copy_stdin.then_some(if copy_binary {
            CopyFormat::Binary
        } else {
            CopyFormat::Text
        });
        if let Terminator::Meta(name) = &terminator {
            match *name {
                "gdesc" => diagnostics.push(not_executed(p.start, "\\gdesc only describes it")),
                "parse" => diagnostics.push(not_executed(p.start, "\\parse only prepares it")),
                _ => {}
            }
        }
        let mut item = Item {
            span,
            start: p.start,
            text,
            encoding: p.encoding,
            detail: Detail::Statement(StatementInfo {
                index: self.statements,
                terminator: terminator.clone(),
                copy,
                batch: None,
            }),
            holes: p.take_holes(),
            diagnostics,
        };
        self.statements += 1;
        if matches!(first_word, FirstWord::Set | FirstWord::Reset) {
            self.setting(&mut item);
        }
        self.emit(item);
        self.close_batch_if(&terminator);
    }

    /// Diagnostics for a statement cut off by the end of input; `atomic_open` is where its
    /// open routine body starts, if it has one.
    fn unterminated(
        &self,
        p: &Pending,
        atomic_open: Option<u64>,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        let what = match self.lexer.state {
            State::Str(_) => Some(("unterminated-quote", "quoted string".to_string())),
            State::QuotedIdent => {
                Some(("unterminated-identifier", "quoted identifier".to_string()))
            }
            State::Comment { .. } => Some(("unterminated-comment", "/* comment".to_string())),
            State::Dollar => Some((
                "unterminated-dollar-quote",
                format!(
                    "dollar-quoted string {}",
                    String::from_utf8_lossy(&self.lexer.dolq_tag)
                ),
            )),
            _ => None,
        };
        if let Some((code, what)) = what {
            let at = p.literal().map_or(p.start, |l| l.1);
            diagnostics.push(Diagnostic {
                severity: Severity::Error,
                code,
                message: format!(
                    "unterminated {what} at end of input: psql would send everything from here to the end as one statement"
                ),
                at,
            });
        } else if self.lexer.begin_depth > 0 {
            // at the BEGIN that opened the body (resolved when it was read)
            let at = atomic_open.and_then(|b| p.early(b)).unwrap_or(p.start);
            diagnostics.push(Diagnostic {
                severity: Severity::Error,
                code: "unterminated-begin-atomic",
                message: "end of input inside the BEGIN ATOMIC body opened here (by psql's count of BEGIN, CASE and END): psql would send the whole statement, to the end of input, as one".into(),
                at,
            });
        } else if self.lexer.paren_depth > 0 {
            diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                code: "unbalanced-parenthesis",
                message: format!(
                    "{} unclosed parenthesis at end of input: psql sends the statement as it is",
                    self.lexer.paren_depth
                ),
                at: p.start,
            });
        }
    }

    /// A real terminator closes an open `\;` group: its items are released in order.
    fn close_batch_if(&mut self, terminator: &Terminator) {
        if *terminator == Terminator::BatchSeparator {
            return;
        }
        let Some(items) = self.batch.take() else {
            return;
        };
        let statements: Vec<u64> = items
            .iter()
            .filter(|i| matches!(i.detail, Detail::Statement(_)))
            .map(|i| i.span.start)
            .collect();
        for mut item in items {
            if let Detail::Statement(s) = &mut item.detail {
                if statements.len() > 1 {
                    s.batch = statements.first().copied();
                }
            }
            self.sends.push_back(item);
        }
    }

    /// Reads a `SET`/`RESET`: changes to standard_conforming_strings and client_encoding apply
    /// from the next line.
    fn setting(&mut self, item: &mut Item) {
        let text: &[u8] = match &item.text {
            Text::Buf(a, b) => &self.buf[*a..*b],
            Text::Owned(v) => v,
        };
        match settings::parse(text) {
            Parsed::Unrelated => {}
            Parsed::Change(Change::Encoding(Some(name))) if Encoding::from_name(&name).is_none() => {
                item.diagnostics.push(Diagnostic {
                    severity: Severity::Error,
                    code: "unknown-encoding",
                    message: format!("unknown client encoding \"{name}\""),
                    at: item.start,
                });
            }
            Parsed::Change(change) => self.next_line = Some(change),
            Parsed::Local(name) => item.diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                code: "set-local-untracked",
                message: format!(
                    "SET LOCAL {name} lasts until the end of the transaction; pgsplit does not track it"
                ),
                at: item.start,
            }),
            Parsed::BadValue(name, value) => item.diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                code: "invalid-setting",
                message: format!(
                    "invalid value \"{value}\" for {name}: the server rejects it and nothing changes"
                ),
                at: item.start,
            }),
        }
    }

    /// A setting change reaches the start of the next line.
    fn apply_next_line(&mut self) {
        let Some(change) = self.next_line.take() else {
            return;
        };
        let new_encoding = match change {
            Change::StandardStrings(v) => {
                self.lexer.std_strings = v.unwrap_or(self.opts.standard_conforming_strings);
                None
            }
            Change::Encoding(name) => Some(
                name.and_then(|n| Encoding::from_name(&n))
                    .unwrap_or(self.opts.encoding),
            ),
            Change::ResetAll => {
                self.lexer.std_strings = self.opts.standard_conforming_strings;
                Some(self.opts.encoding)
            }
        };
        if let Some(enc) = new_encoding {
            if enc != self.encoding {
                self.encoding = enc;
                self.masked_upto = self.pos;
                self.mask_owe = 0;
            }
        }
    }

    // ----- backslash commands ---------------------------------------------------------------

    fn backslash(&mut self, i: usize) -> Result<(), ScanError> {
        let end = self.slice_end();
        let line_end = match memchr::memchr(b'\n', &self.buf[i..end]) {
            Some(k) => i + k,
            None if self.slice_at_eof() || self.splice.is_some() => end,
            None => {
                // The whole line is needed.
                self.pos = i;
                return self.need_more(i);
            }
        };
        self.prepare_masked(line_end);
        let input: &[u8] = if self.encoding.is_client_only() {
            &self.masked
        } else {
            &self.buf
        };
        let mut name_end = i + 1;
        while name_end < line_end
            && !matches!(input[name_end], b' ' | b'\t' | b'\r' | 0x0C | 0x0B | b'\\')
        {
            name_end += 1;
        }
        let name = String::from_utf8_lossy(&self.buf[i + 1..name_end]).into_owned();
        let refused =
            self.restrict_key.is_some() && name != "unrestrict" && self.inactive.is_none();
        let lexed = if refused {
            meta::rest_of_line(input, (i + 1, name_end), name_end, line_end)
        } else {
            meta::lex(input, i, line_end)
        };
        let args = String::from_utf8_lossy(&self.buf[lexed.args.0..lexed.args.1]).into_owned();
        let effect = if refused {
            MetaEffect::Refused
        } else {
            meta::effect(&name)
        };
        let span = Span {
            start: self.abs(i),
            end: self.abs(lexed.text_end),
        };
        let at_line_start = if i > 0 {
            self.buf[i - 1] == b'\n'
        } else {
            self.splice.is_none() && self.first_is_line_start
        };
        self.pos = lexed.resume;

        // In a false \if branch psql runs nothing but the conditionals themselves.
        let was_inactive = self.inactive.is_some();
        if was_inactive {
            self.discard_run(span.start);
        }
        let runs = !was_inactive || effect == MetaEffect::Conditional;

        // What happens to the query buffer.
        let buffer_has_text = self.pending.is_some();
        let mut resend = false;
        if runs {
            match effect {
                MetaEffect::Send | MetaEffect::Gexec => {
                    if buffer_has_text {
                        self.finish_statement(
                            span.start,
                            Terminator::Meta(meta::sender_name(&name)),
                        );
                    } else {
                        resend = true;
                    }
                    self.lexer.reset();
                }
                MetaEffect::Discard | MetaEffect::Reset => {
                    if buffer_has_text {
                        self.discard_pending(span.start, &name);
                    }
                    self.lexer.reset();
                }
                MetaEffect::Quit => {
                    // psql sends what its buffer holds (a \; group included) and stops.
                    if buffer_has_text {
                        self.finish_statement(span.start, Terminator::EndOfInput);
                    } else {
                        self.close_batch_if(&Terminator::EndOfInput);
                    }
                    self.quit = true;
                }
                _ => {}
            }
        }
        self.place(span, at_line_start && !was_inactive);
        let start = self.resolve(span.start);
        let mut diagnostics = Vec::new();
        if resend {
            diagnostics.push(Diagnostic {
                severity: Severity::Warning,
                code: "resend-previous",
                message: format!(
                    "\\{name} with an empty query buffer makes psql send the previous query again"
                ),
                at: start,
            });
        }
        if runs {
            if let Some(d) = self.meta_effect(effect, &name, &args, start) {
                diagnostics.push(d);
            }
        } else {
            diagnostics.push(Diagnostic {
                severity: Severity::Note,
                code: "false-branch",
                message: format!("\\{name} is in a false \\if branch: psql does not run it"),
                at: start,
            });
        }
        if let Some(ina) = self.inactive.as_mut() {
            ina.from = span.end;
        }
        let copy_from_stdin =
            runs && effect == MetaEffect::Copy && meta::copy_from_stdin(args.as_bytes());
        self.emit(Item {
            span,
            start,
            text: Text::Buf(i, lexed.text_end),
            encoding: self.encoding,
            detail: Detail::Meta(Box::new(MetaInfo {
                name,
                args,
                effect,
                copy_from_stdin,
            })),
            holes: Vec::new(),
            diagnostics,
        });
        Ok(())
    }

    /// Makes room for a meta-command at `span`: a hole in the statement being collected, or a
    /// top-level segment after the trivia before it.
    fn place(&mut self, span: Span, at_line_start: bool) {
        let base = self.slice_base();
        if let Some(p) = self.pending.as_mut() {
            if at_line_start && span.start > p.start.offset {
                // psql drops the newline it added before a line that holds only a command.
                p.rare().elided.push(span.start - 1);
            }
            if span.start > p.piece {
                let (a, b) = ((p.piece - base) as usize, (span.start - base) as usize);
                push_piece(p, &self.buf[a..b]);
            }
            push_hole(p, span);
            p.piece = span.end;
        } else {
            self.trivia_until(span.start, TriviaKind::Space);
            self.covered_to = span.end;
        }
    }

    /// In a false `\if` branch: the text up to `to` is scanned but never sent.
    fn discard_run(&mut self, to: u64) {
        let Some(ina) = self.inactive.as_mut() else {
            return;
        };
        let from = ina.from;
        if to <= from {
            return;
        }
        ina.from = to;
        if self.pending.is_some() {
            let start = self.resolve(from);
            let (a, b) = (self.idx(from), self.idx(to));
            let span = Span {
                start: from,
                end: to,
            };
            let p = self.pending.as_mut().expect("pending");
            push_hole(p, span);
            p.piece = to;
            self.emit(Item {
                span,
                start,
                text: Text::Buf(a, b),
                encoding: self.encoding,
                detail: Detail::Trivia(TriviaKind::Discarded),
                holes: Vec::new(),
                diagnostics: Vec::new(),
            });
        } else {
            self.covered_to = self.covered_to.min(from);
            self.trivia_until(to, TriviaKind::Discarded);
        }
    }

    /// `\if`, `\elif`, `\else`, `\endif`: psql's conditional stack, evaluated where the
    /// condition is a literal or a variable set in the script.
    fn conditional(&mut self, name: &str, args: &str) -> Option<Diagnostic> {
        let value = if name == "else" {
            Some(true)
        } else {
            self.evaluate(args)
        };
        match name {
            "if" => {
                let frame = if self.cond.last().is_some_and(|c| c.inactive()) {
                    Cond::Ignored
                } else {
                    match value {
                        Some(true) => Cond::Active,
                        Some(false) => Cond::Seeking,
                        None => Cond::Unknown,
                    }
                };
                self.cond.push(frame);
            }
            "elif" | "else" => {
                let Some(top) = self.cond.last_mut() else {
                    return Some(stray(name));
                };
                *top = match (*top, value) {
                    (Cond::Ignored, _) => Cond::Ignored,
                    (Cond::Active | Cond::Done, _) => Cond::Done,
                    (Cond::Unknown, _) | (Cond::Seeking, None) => Cond::Unknown,
                    (Cond::Seeking, Some(true)) => Cond::Active,
                    (Cond::Seeking, Some(false)) => Cond::Seeking,
                };
            }
            _ => {
                if self.cond.pop().is_none() {
                    return Some(stray(name));
                }
            }
        }
        let now_inactive = self.cond.iter().any(|c| c.inactive());
        let was_inactive = self.inactive.is_some();
        if was_inactive && !now_inactive {
            // Leaving a false branch: psql cuts its buffer back to what it held before.
            if let Some(ina) = self.inactive.take() {
                self.lexer.stmt = ina.stmt;
                self.lexer.paren_depth = ina.paren_depth;
            }
        } else if !was_inactive && now_inactive {
            self.inactive = Some(Inactive {
                from: 0,
                stmt: self.lexer.stmt.clone(),
                paren_depth: self.lexer.paren_depth,
            });
        } else if was_inactive && now_inactive {
            // Still false (or a nested \if inside a false branch): the buffer goes back to
            // its state at the \if for the next branch too.
            if matches!(name, "elif" | "else") {
                if let Some(ina) = self.inactive.as_ref() {
                    self.lexer.stmt = ina.stmt.clone();
                    self.lexer.paren_depth = ina.paren_depth;
                }
            }
        }
        if self.cond.last() == Some(&Cond::Unknown) && matches!(name, "if" | "elif") {
            return Some(Diagnostic {
                severity: Severity::Note,
                code: "meta-command",
                message: format!(
                    "\\{name} {args}: pgsplit cannot evaluate this condition, so it keeps the statements of every branch"
                ),
                at: Position::default(),
            });
        }
        // The branch decision changes what runs: say which way it went.
        if !matches!(name, "if" | "elif" | "else") {
            return None;
        }
        let runs = self.cond.last() == Some(&Cond::Active);
        let command = if args.is_empty() {
            format!("\\{name}")
        } else {
            format!("\\{name} {args}")
        };
        Some(Diagnostic {
            severity: Severity::Note,
            code: "meta-command",
            message: if runs {
                format!("{command}: psql runs the branch that follows")
            } else {
                format!("{command}: psql skips the branch that follows, and so does pgsplit")
            },
            at: Position::default(),
        })
    }

    /// The value of a `\if`/`\elif` expression when it can be known offline.
    fn evaluate(&self, args: &str) -> Option<bool> {
        if args.contains('`') {
            return None;
        }
        // psql reads the words one by one and joins them with a space.
        let mut words = Vec::new();
        for word in split_args(args) {
            if let Some(name) = word.strip_prefix(':') {
                let name = name.trim_matches(|c| c == '\'' || c == '"');
                words.push(self.variables.get(name)?.clone());
            } else {
                words.push(dequote(&word));
            }
        }
        let text = words.join(" ");
        // psql treats a value it cannot read as a boolean as false (after an error message).
        Some(settings::parse_bool(text.trim()).unwrap_or(false))
    }

    /// State changes made by a meta-command, and the diagnostic that goes with it.
    fn meta_effect(
        &mut self,
        effect: MetaEffect,
        name: &str,
        args: &str,
        at: Position,
    ) -> Option<Diagnostic> {
        let note = |severity, code, message: String| {
            Some(Diagnostic {
                severity,
                code,
                message,
                at,
            })
        };
        match effect {
            MetaEffect::Unknown => note(
                Severity::Warning,
                "unknown-meta-command",
                format!("psql does not know \\{name}: it reports an error and ignores the rest of the line"),
            ),
            MetaEffect::Refused => note(
                Severity::Warning,
                "refused-meta-command",
                format!("\\{name} inside a \\restrict block: psql refuses it and ignores the rest of the line (pg_dump never writes this; has the dump been tampered with?)"),
            ),
            MetaEffect::Restrict => {
                let key = args.split_whitespace().next().map(str::to_owned);
                if name == "restrict" {
                    self.restrict_key = key;
                    return None;
                }
                match &self.restrict_key {
                    Some(k) if Some(k) != key.as_ref() => note(
                        Severity::Warning,
                        "wrong-restrict-key",
                        "\\unrestrict with a key other than the \\restrict key: psql stays in restricted mode and refuses the meta-commands that follow".into(),
                    ),
                    _ => {
                        self.restrict_key = None;
                        None
                    }
                }
            }
            MetaEffect::Variable => {
                let mut words = split_args(args).into_iter();
                if let Some(var) = words.next() {
                    if name == "set" {
                        let value: String = words.map(|w| dequote(&w)).collect();
                        self.variables.insert(var, value);
                    } else {
                        self.variables.remove(&var);
                    }
                }
                None
            }
            MetaEffect::Encoding => {
                let enc = args.split_whitespace().next()?;
                if Encoding::from_name(enc).is_some() {
                    self.next_line = Some(Change::Encoding(Some(enc.to_owned())));
                    None
                } else {
                    note(
                        Severity::Error,
                        "unknown-encoding",
                        format!("unknown client encoding \"{enc}\""),
                    )
                }
            }
            MetaEffect::Conditional => self.conditional(name, args).map(|mut d| {
                d.at = at;
                d
            }),
            MetaEffect::Connect => note(
                Severity::Note,
                "meta-command",
                format!("\\{name} connects to another database or as another user; pgsplit does not"),
            ),
            MetaEffect::Include => note(
                Severity::Note,
                "meta-command",
                format!("\\{name} runs the statements of another file; pgsplit does not read it"),
            ),
            MetaEffect::Copy => note(
                Severity::Note,
                "meta-command",
                format!("\\{name} runs a COPY through psql; pgsplit does not"),
            ),
            MetaEffect::Gexec => note(
                Severity::Note,
                "meta-command",
                "\\gexec runs every value of the query result as a statement; pgsplit cannot know them".into(),
            ),
            MetaEffect::Quit => note(
                Severity::Note,
                "meta-command",
                format!("\\{name}: psql stops reading the input here"),
            ),
            _ => None,
        }
    }

    /// `\r` or a pipeline command: the buffer's text is thrown away.
    fn discard_pending(&mut self, end: u64, by: &str) {
        let Some(mut p) = self.pending.take() else {
            return;
        };
        self.lexer.stmt = lexer::StmtInfo::default();
        if p.piece < end {
            let (a, b) = (self.idx(p.piece), self.idx(end));
            push_piece(&mut p, &self.buf[a..b]);
        }
        let span = Span {
            start: p.start.offset,
            end,
        };
        self.covered_to = end;
        let at = p.start;
        self.emit(Item {
            span,
            start: p.start,
            text: Text::Owned(p.take_scratch()),
            encoding: p.encoding,
            detail: Detail::Trivia(TriviaKind::Discarded),
            holes: p.take_holes(),
            diagnostics: vec![Diagnostic {
                severity: Severity::Warning,
                code: "discarded-buffer",
                message: format!("\\{by} makes psql throw this text away without running it"),
                at,
            }],
        });
    }

    // ----- COPY data ------------------------------------------------------------------------

    /// Streams the data block of the COPY just handed out.
    fn step_copy(&mut self) -> Result<(), ScanError> {
        let run = self.copy.as_ref().expect("copy run");
        if run.idx == usize::MAX {
            return self.start_data();
        }
        let (idx, at_line_start, binary) = (run.idx, run.at_line_start, run.binary);
        let found = if binary {
            if self.eof {
                DataScan::Eof
            } else {
                DataScan::More {
                    safe_end: self.buf.len(),
                    line_start: false,
                }
            }
        } else {
            copy::find_end(&self.buf, idx, at_line_start, self.eof)
        };
        match found {
            DataScan::Terminated { data_end, term_end } => {
                self.data_chunk(idx, term_end, data_end - idx, true, true);
                self.end_data(term_end);
            }
            DataScan::Eof => {
                let end = self.buf.len();
                self.data_chunk(idx, end, end - idx, true, false);
                self.end_data(end);
            }
            DataScan::More {
                safe_end,
                line_start,
            } => {
                let big = self.buf.len() - idx > 4 * self.opts.read_size.max(4096);
                if safe_end > idx {
                    self.data_chunk(idx, safe_end, safe_end - idx, false, false);
                    let run = self.copy.as_mut().expect("copy run");
                    run.idx = safe_end;
                    run.at_line_start = line_start;
                } else if big {
                    // One enormous line: pass it on without waiting for its end.
                    let end = self.buf.len();
                    self.data_chunk(idx, end, end - idx, false, false);
                    let run = self.copy.as_mut().expect("copy run");
                    run.idx = end;
                    run.at_line_start = false;
                } else {
                    self.fill(idx)?;
                    self.copy.as_mut().expect("copy run").idx -= idx;
                }
            }
        }
        Ok(())
    }

    /// Finds where the data starts (the line after the one that sent the COPY) and sets the
    /// rest of that line aside.
    fn start_data(&mut self) -> Result<(), ScanError> {
        let data_idx = if let Some(at) = self.data_at.take() {
            at
        } else {
            let end = self.slice_end();
            let line_end = match memchr::memchr(b'\n', &self.buf[self.pos..end]) {
                Some(k) => self.pos + k,
                None if self.slice_at_eof() => {
                    // COPY at the very end of input: there is no data. The rest of the
                    // line is still lexed after it, so its position is not taken as read.
                    let at = self.abs(end);
                    let start = self.peek(at);
                    let run = self.copy.take().expect("copy run");
                    let (owner, binary) = (run.owner, run.binary);
                    self.queue.push_back(Item {
                        span: Span { start: at, end: at },
                        start,
                        text: Text::Owned(Vec::new()),
                        encoding: self.encoding,
                        detail: Detail::CopyData(CopyDataInfo {
                            owner,
                            data_len: 0,
                            first: true,
                            last: true,
                            terminated: false,
                            binary,
                        }),
                        holes: Vec::new(),
                        diagnostics: vec![Diagnostic {
                            severity: Severity::Warning,
                            code: "copy-without-data",
                            message:
                                "COPY FROM STDIN at the end of input: there is no data to read"
                                    .into(),
                            at: start,
                        }],
                    });
                    return Ok(());
                }
                None => {
                    let keep = self.pos;
                    if self.can_fill() {
                        self.fill(keep)?;
                    }
                    return Ok(());
                }
            };
            // The rest of the line is lexed after the data (psql reads data from the next
            // line on). A pending statement's open piece moves to its scratch first.
            let rest_abs = self.abs(self.pos);
            let base = self.slice_base();
            if self.pending.is_none() {
                // e.g. the blanks after a whole-line \copy, before its newline
                self.trivia_until(rest_abs, TriviaKind::Space);
            }
            if let Some(p) = self.pending.as_mut() {
                if p.piece < rest_abs {
                    let (a, b) = ((p.piece - base) as usize, (rest_abs - base) as usize);
                    push_piece(p, &self.buf[a..b]);
                    p.piece = rest_abs;
                }
            }
            let stash_lines = {
                let pos = self.resolve(rest_abs);
                let _ = pos;
                self.lines
            };
            self.held = Some(Stash {
                bytes: self.buf[self.pos..=line_end].to_vec(),
                abs: rest_abs,
                lines: stash_lines,
                covered_to: self.covered_to,
            });
            if let Some(sp) = self.splice.take() {
                // The COPY line was itself a held line: data continues after the previous
                // block. Items waiting for output keep their text.
                self.own_waiting_items();
                self.buf.drain(..sp.len);
                self.base = sp.after_abs;
                self.lines = sp.after_lines;
                self.reset_masked();
                0
            } else {
                let data_abs = self.abs(line_end + 1);
                self.resolve(data_abs);
                line_end + 1
            }
        };
        let run = self.copy.as_mut().expect("copy run");
        run.idx = data_idx;
        run.at_line_start = true;
        Ok(())
    }

    /// Queues one chunk of data.
    fn data_chunk(&mut self, a: usize, b: usize, data_len: usize, last: bool, terminated: bool) {
        let run = self.copy.as_mut().expect("copy run");
        let (owner, first, binary) = (run.owner, run.first, run.binary);
        run.first = false;
        let nul = if binary || run.nul_seen {
            None
        } else {
            memchr::memchr(0, &self.buf[a..b])
        };
        run.nul_seen |= nul.is_some();
        let span = Span {
            start: self.base + a as u64,
            end: self.base + b as u64,
        };
        let start = self.resolve(span.start);
        let data_start = *self
            .copy
            .as_mut()
            .expect("copy run")
            .data_start
            .get_or_insert(start);
        let mut diagnostics = Vec::new();
        if let Some(k) = nul {
            diagnostics.push(Diagnostic {
                severity: Severity::Error,
                code: "nul-byte",
                message: "NUL byte in COPY data: psql silently drops the rest of that line".into(),
                at: start.advance(&self.buf[a..a + k], self.encoding),
            });
        }
        if last && !terminated {
            diagnostics.push(if binary {
                Diagnostic {
                    severity: Severity::Warning,
                    code: "copy-binary",
                    message: "binary COPY data: psql reads everything to the end of input as data"
                        .into(),
                    at: start,
                }
            } else {
                Diagnostic {
                    severity: Severity::Warning,
                    code: "copy-without-terminator",
                    message: "COPY data from here runs to the end of input without a \\. line"
                        .into(),
                    at: data_start,
                }
            });
        }
        self.queue.push_back(Item {
            span,
            start,
            text: Text::Buf(a, b),
            encoding: self.encoding,
            detail: Detail::CopyData(CopyDataInfo {
                owner,
                data_len,
                first,
                last,
                terminated,
                binary,
            }),
            holes: Vec::new(),
            diagnostics,
        });
        if b > a {
            self.resolve(span.end);
        }
    }

    /// The data block ended at `buf[end]`: read the next block of the same query, or go back
    /// to the held rest of the COPY line.
    fn end_data(&mut self, end: usize) {
        self.copy = None;
        if self.sends.iter().any(|i| item_copy(i).is_some()) {
            self.data_at = Some(end);
            return;
        }
        let Some(stash) = self.held.take() else {
            return;
        };
        let after_abs = self.base + end as u64;
        let after_lines = self.lines;
        // Drop the data (waiting items keep their text).
        self.own_waiting_items();
        self.buf.drain(..end);
        self.buf.splice(0..0, stash.bytes.iter().copied());
        // (may have reallocated)
        self.initialized = self.buf.len();
        self.reset_masked();
        self.base = after_abs;
        self.splice = Some(Splice {
            len: stash.bytes.len(),
            abs: stash.abs,
            after_abs,
            after_lines,
        });
        self.lines = stash.lines;
        self.covered_to = stash.covered_to;
        self.pos = 0;
    }

    /// The lexer has consumed the held rest of the COPY line: continue after the data.
    fn end_splice(&mut self) {
        let len = self.slice_end();
        let stash_end = self.abs(len);
        if self.inactive.is_some() {
            // Discarded text of a false \if branch up to the end of the held line; it goes
            // on after the data block.
            self.discard_run(stash_end);
            let after = self.splice.as_ref().expect("splice").after_abs;
            if let Some(ina) = self.inactive.as_mut() {
                ina.from = after;
            }
        }
        if let Some(p) = self.pending.as_mut() {
            let sp = self.splice.as_ref().expect("splice");
            if p.piece < stash_end {
                let (a, b) = ((p.piece - sp.abs) as usize, len);
                push_piece(p, &self.buf[a..b]);
            }
            push_hole(
                p,
                Span {
                    start: stash_end,
                    end: sp.after_abs,
                },
            );
            p.piece = sp.after_abs;
        } else {
            self.trivia_until(stash_end, TriviaKind::Space);
        }
        let sp = self.splice.take().expect("splice");
        if self.pending.is_none() {
            self.covered_to = sp.after_abs;
        }
        // Items waiting for output keep their text.
        self.own_waiting_items();
        self.buf.drain(..sp.len);
        self.reset_masked();
        self.base = sp.after_abs;
        self.lines = sp.after_lines;
        self.first_is_line_start = true;
        self.pos = 0;
    }

    /// After `\q`: everything up to the end of input is discarded trivia.
    fn step_quit(&mut self) -> Result<(), ScanError> {
        let end = self.abs(self.slice_end());
        self.trivia_until(end, TriviaKind::Discarded);
        if self.splice.is_some() {
            self.end_splice();
            return Ok(());
        }
        if self.eof {
            self.lex_done = true;
            self.quit = false;
        } else if self.can_fill() {
            let keep = self.slice_end();
            self.pos = keep;
            self.fill(keep)?;
        }
        Ok(())
    }

    /// End of input: psql sends what is left in its buffer.
    fn finish_input(&mut self) {
        let end = self.abs(self.slice_end());
        if self.inactive.is_some() {
            // psql sends nothing from a false branch, not even at the end of input.
            self.discard_run(end);
            self.inactive = None;
            if self.pending.is_some() {
                self.discard_pending(end, "if");
            }
            let at = self.resolve(end);
            self.emit(Item {
                span: Span { start: end, end },
                start: at,
                text: Text::Owned(Vec::new()),
                encoding: self.encoding,
                detail: Detail::Trivia(TriviaKind::Discarded),
                holes: Vec::new(),
                diagnostics: vec![Diagnostic {
                    severity: Severity::Warning,
                    code: "unterminated-if",
                    message: "end of input inside a false \\if branch: psql sends nothing more"
                        .into(),
                    at,
                }],
            });
        }
        if self.pending.is_some() {
            self.finish_statement(end, Terminator::EndOfInput);
        } else {
            self.close_batch_if(&Terminator::EndOfInput);
        }
        self.trivia_until(end, TriviaKind::Space);
        self.lex_done = true;
    }
}

/// For an item that carries inline COPY data: whether the data is binary.
fn item_copy(item: &Item) -> Option<bool> {
    match &item.detail {
        Detail::Statement(s) => s.copy.map(|f| f == CopyFormat::Binary),
        Detail::Meta(m) if m.copy_from_stdin => Some(false),
        _ => None,
    }
}

/// Records a nested segment's span; adjacent ones merge, so the list does not depend on how
/// the input was read.
fn push_hole(p: &mut Pending, span: Span) {
    let holes = &mut p.rare().holes;
    match holes.last_mut() {
        Some(last) if last.end == span.start => last.end = span.end,
        _ => holes.push(span),
    }
}

fn stray(name: &str) -> Diagnostic {
    Diagnostic {
        severity: Severity::Warning,
        code: "stray-conditional",
        message: format!("\\{name} without a matching \\if: psql reports an error and ignores it"),
        at: Position::default(),
    }
}

/// psql's argument splitting, roughly: words outside quotes.
fn split_args(args: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quote = None;
    for c in args.chars() {
        match quote {
            Some(q) => {
                cur.push(c);
                if c == q {
                    quote = None;
                }
            }
            None if c.is_whitespace() => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            None => {
                if c == '\'' || c == '"' {
                    quote = Some(c);
                }
                cur.push(c);
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// A meta-command argument as psql reads it: single-quoted parts lose their quotes (`''` is a
/// quote, backslash escapes are read) and join the unquoted parts around them (`'tr'ue` is
/// `true`); double-quoted parts stay as written.
fn dequote(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => loop {
                match chars.next() {
                    None => break,
                    Some('\'') if chars.peek() == Some(&'\'') => {
                        chars.next();
                        out.push('\'');
                    }
                    Some('\'') => break,
                    Some('\\') => match chars.next() {
                        Some('n') => out.push('\n'),
                        Some('t') => out.push('\t'),
                        Some('r') => out.push('\r'),
                        Some('b') => out.push('\u{8}'),
                        Some('f') => out.push('\u{c}'),
                        Some(other) => out.push(other),
                        None => break,
                    },
                    Some(other) => out.push(other),
                }
            },
            '"' => {
                out.push('"');
                for d in chars.by_ref() {
                    out.push(d);
                    if d == '"' {
                        break;
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out
}

fn variable(name: &str) -> Diagnostic {
    Diagnostic {
        severity: Severity::Warning,
        code: "psql-variable",
        message: format!(
            "`:{name}` is a psql variable reference: psql replaces it with the variable's value, pgsplit leaves it as written"
        ),
        at: Position::default(),
    }
}

/// Appends `bytes` (the input from the open piece's start on) to the pending statement's raw
/// text: its span without holes.
fn push_piece(p: &mut Pending, bytes: &[u8]) {
    let piece = p.piece;
    let r = p.rare();
    r.pieces
        .push((piece, piece + bytes.len() as u64, r.scratch.len()));
    r.scratch.extend_from_slice(bytes);
}

/// The text of a finished pending statement from its raw pieces: up to `until`, without the
/// bytes at the offsets in `skip` (psql-only bytes).
fn assemble(p: &Pending, until: u64, skip: &[u64]) -> Vec<u8> {
    let Some(p) = p.rare.as_ref() else {
        return Vec::new();
    };
    let mut out = Vec::with_capacity(p.scratch.len());
    for &(a, b, off) in &p.pieces {
        if a >= until {
            break;
        }
        let b = b.min(until);
        let bytes = &p.scratch[off..off + (b - a) as usize];
        let mut from = 0;
        let mut cut: Vec<usize> = skip
            .iter()
            .filter(|&&e| e >= a && e < b)
            .map(|&e| (e - a) as usize)
            .collect();
        cut.sort_unstable();
        for k in cut {
            out.extend_from_slice(&bytes[from..k]);
            from = k + 1;
        }
        out.extend_from_slice(&bytes[from..]);
    }
    out
}

fn divergence(word: &str, why: DivergenceKind) -> Diagnostic {
    let reason = match why {
        DivergenceKind::BeginNotAtomic => {
            "psql counts this `begin` as opening a BEGIN ATOMIC block, but it is not followed by ATOMIC (a column or function named begin?)".to_string()
        }
        DivergenceKind::Qualified => format!(
            "psql counts this `{word}` (a qualified name such as t.{word}) as a keyword closing a block in the BEGIN ATOMIC body; the server reads a column name"
        ),
        DivergenceKind::Alias => format!(
            "psql counts this `{word}` (an alias after AS) as a keyword in the BEGIN ATOMIC body; the server reads a name"
        ),
    };
    Diagnostic {
        severity: Severity::Warning,
        code: "psql-server-divergence",
        message: format!("{reason}: pgsplit follows psql, so the statement boundaries here differ from what the server would parse (quote the name to fix it)"),
        at: Position::default(),
    }
}

fn not_executed(at: Position, how: &str) -> Diagnostic {
    Diagnostic {
        severity: Severity::Warning,
        code: "not-executed",
        message: format!("psql does not run this statement: {how}"),
        at,
    }
}

/// psql drops the rest of a line after a NUL byte: flag it in statements and meta-commands
/// (COPY data is checked where it is read; in trivia it changes nothing).
fn check_nul(item: &mut Item, buf: &[u8]) {
    if !matches!(item.detail, Detail::Statement(_) | Detail::Meta(_)) {
        return;
    }
    let text: &[u8] = match &item.text {
        Text::Buf(a, b) => &buf[*a..*b],
        Text::Owned(v) => v,
    };
    if let Some(k) = memchr::memchr(0, text) {
        let nth = 1 + memchr::memchr_iter(b'\n', &text[..k]).count();
        let which = if nth == 1 {
            "its first line".to_string()
        } else {
            format!("line {nth} of it")
        };
        item.diagnostics.push(Diagnostic {
            severity: Severity::Error,
            code: "nul-byte",
            message: format!(
                "NUL byte in this text, on {which}: psql silently drops the rest of that line"
            ),
            // exact where the text is the input's bytes from the segment's start
            at: if item.holes.is_empty() && text.len() as u64 == item.span.end - item.span.start {
                item.start.advance(&text[..k], item.encoding)
            } else {
                item.start
            },
        });
    }
}

#[allow(dead_code)]
fn state_name(s: &State) -> &'static str {
    match s {
        State::Initial | State::AfterQuote(_) | State::QuoteStop(_) => "",
        State::Str(_) => "quoted string",
        State::QuotedIdent => "quoted identifier",
        State::Comment { .. } => "block comment",
        State::Dollar => "dollar-quoted string",
    }
}
#[cfg(test)]
mod lexer_alone {
    #[test]
    #[ignore]
    fn lexer_alone_speed() {
        let data = std::fs::read("bench-data/ddl.sql").unwrap();
        let reps = 30;
        let t = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..reps {
            let mut lx = super::Lexer::new(true, true);
            let mut pos = 0;
            loop {
                match lx.run(&data, pos, 0, true, false) {
                    super::Event::Semicolon(i) => {
                        n += 1;
                        lx.end_statement();
                        pos = i + 1;
                    }
                    super::Event::BatchSeparator(i) => pos = i + 2,
                    super::Event::Backslash(i) => pos = i + 1,
                    super::Event::Newline(i) => pos = i + 1,
                    super::Event::NeedMore(_) | super::Event::End => break,
                }
            }
        }
        let s = t.elapsed().as_secs_f64();
        eprintln!(
            "lexer alone: {n} statements, {:.0} MB/s",
            (data.len() * reps) as f64 / 1e6 / s
        );
    }
}
