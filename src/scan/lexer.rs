//! The SQL lexer: psql's `psqlscan.l`, state by state, as a resumable byte state machine.
//!
//! It runs over a slice of input and stops at the events the main loop cares about (a
//! terminating `;`, a `\;` batch separator, the start of a backslash command, a line break when
//! asked, or the end of the slice). All state survives between calls, so input can arrive in
//! chunks of any size: where a token could continue past the end of the slice, the lexer returns
//! [`Event::NeedMore`] with the position to resume from, and re-lexes that token once more bytes
//! are there.
//!
//! Besides boundaries it records what later stages need about the statement being collected:
//! where its text starts and ends, whether it holds a real token, the psql `BEGIN ATOMIC` depth
//! and the places where psql's heuristic and the server disagree, whether it is a
//! `COPY ... FROM STDIN`, whether it is a `SET`, and psql variable references.
//!
//! See `grammar-notes/lexical.md` for the rules in prose.

use memchr::{memchr, memchr2, memchr3};

/// One byte in `input` that follows the rules of a given state.
const C_OTHER: u8 = 0;
const C_WS: u8 = 1; // space \t \r \f \v
const C_NL: u8 = 2; // \n
const C_IDENT: u8 = 3; // A-Z a-z _ 0x80-0xFF
const C_DIGIT: u8 = 4;
const C_QUOTE: u8 = 5;
const C_DQUOTE: u8 = 6;
const C_DOLLAR: u8 = 7;
const C_MINUS: u8 = 8;
const C_SLASH: u8 = 9;
const C_OP: u8 = 10; // ~ ! @ # ^ & | ` ? + * % < > =
const C_LPAREN: u8 = 11;
const C_RPAREN: u8 = 12;
const C_SEMI: u8 = 13;
const C_BSLASH: u8 = 14;
const C_COLON: u8 = 15;
const C_DOT: u8 = 16;

const fn build_class() -> [u8; 256] {
    let mut t = [C_OTHER; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = match b {
            b' ' | b'\t' | b'\r' | 0x0C | 0x0B => C_WS,
            b'\n' => C_NL,
            b'A'..=b'Z' | b'a'..=b'z' | b'_' | 0x80..=0xFF => C_IDENT,
            b'0'..=b'9' => C_DIGIT,
            b'\'' => C_QUOTE,
            b'"' => C_DQUOTE,
            b'$' => C_DOLLAR,
            b'-' => C_MINUS,
            b'/' => C_SLASH,
            b'~' | b'!' | b'@' | b'#' | b'^' | b'&' | b'|' | b'`' | b'?' | b'+' | b'*' | b'%'
            | b'<' | b'>' | b'=' => C_OP,
            b'(' => C_LPAREN,
            b')' => C_RPAREN,
            b';' => C_SEMI,
            b'\\' => C_BSLASH,
            b':' => C_COLON,
            b'.' => C_DOT,
            _ => C_OTHER,
        };
        i += 1;
    }
    t
}

static CLASS: [u8; 256] = build_class();

macro_rules! byte_set {
    (|$b:ident| $e:expr) => {{
        let mut t = [false; 256];
        let mut i = 0;
        while i < 256 {
            let $b = i as u8;
            t[i] = $e;
            i += 1;
        }
        t
    }};
}

/// `ident_cont`: letters, digits, `_`, `$`, high bytes.
static IDENT_CONT: [bool; 256] =
    byte_set!(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80);
/// `dolq_cont` and `variable_char`: like `ident_cont` without `$`.
static WORD: [bool; 256] = byte_set!(|b| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80);
/// `op_chars`.
static OP_CHAR: [bool; 256] = byte_set!(|b| {
    matches!(
        b,
        b'~' | b'!'
            | b'@'
            | b'#'
            | b'^'
            | b'&'
            | b'|'
            | b'`'
            | b'?'
            | b'+'
            | b'-'
            | b'*'
            | b'/'
            | b'%'
            | b'<'
            | b'>'
            | b'='
    )
});

/// Bytes the fast path stops at: everything that opens a literal or comment, changes the
/// parenthesis depth, ends a statement, starts a meta-command or a psql variable.
static FAST_STOP: [bool; 256] = byte_set!(|b| matches!(
    b,
    b'\'' | b'"' | b'$' | b'-' | b'/' | b'(' | b')' | b';' | b'\\' | b':'
));
/// Bytes that can be part of the token in front of a quote, dollar or minus (identifiers,
/// numbers, the `U&` prefix).
static BACK: [bool; 256] = byte_set!(|b| b.is_ascii_alphanumeric()
    || b == b'_'
    || b == b'$'
    || b >= 0x80
    || b == b'.'
    || b == b'&');

/// Index of the first [`FAST_STOP`] byte in `input[from..]`, or `input.len()`.
#[inline]
fn next_fast_stop(input: &[u8], from: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: AVX2 is available (checked just above; the check is cached by std).
            return unsafe { x86::next_stop_avx2(input, from) };
        }
        // SAFETY: SSE2 is part of the x86_64 baseline.
        unsafe { x86::next_stop_sse2(input, from) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    next_stop_scalar(input, from)
}

#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn next_stop_scalar(input: &[u8], mut p: usize) -> usize {
    while p < input.len() && !FAST_STOP[input[p] as usize] {
        p += 1;
    }
    p
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    //! Vectorised search for the fast path's stop bytes.
    //!
    //! The ten stop bytes `' " $ - / ( ) ; \ :` are classified by their two nibbles: a byte
    //! stops the scan when `LOW[low nibble] & HIGH[high nibble]` is not zero (one bit per
    //! high-nibble group: 0x2_, 0x3_, 0x5_). Two table lookups (`pshufb`) per 16 or 32 bytes.
    use super::next_stop_scalar;
    use std::arch::x86_64::*;

    /// For each low nibble, the groups (bit 0: 0x2_, bit 1: 0x3_, bit 2: 0x5_) in which a
    /// byte with that low nibble is a stop byte.
    const LOW: [i8; 16] = {
        let mut t = [0i8; 16];
        // 0x22 " 0x24 $ 0x27 ' 0x28 ( 0x29 ) 0x2D - 0x2F /
        t[0x2] |= 1;
        t[0x4] |= 1;
        t[0x7] |= 1;
        t[0x8] |= 1;
        t[0x9] |= 1;
        t[0xD] |= 1;
        t[0xF] |= 1;
        // 0x3A : 0x3B ;
        t[0xA] |= 2;
        t[0xB] |= 2;
        // 0x5C backslash
        t[0xC] |= 4;
        t
    };
    /// For each high nibble, its group bit.
    const HIGH: [i8; 16] = {
        let mut t = [0i8; 16];
        t[0x2] = 1;
        t[0x3] = 2;
        t[0x5] = 4;
        t
    };

    /// # Safety
    /// The CPU must support AVX2.
    #[target_feature(enable = "avx2")]
    pub(super) unsafe fn next_stop_avx2(input: &[u8], from: usize) -> usize {
        let len = input.len();
        let mut p = from;
        let low = _mm256_broadcastsi128_si256(_mm_loadu_si128(LOW.as_ptr() as *const __m128i));
        let high = _mm256_broadcastsi128_si256(_mm_loadu_si128(HIGH.as_ptr() as *const __m128i));
        let nibble = _mm256_set1_epi8(0x0F);
        let zero = _mm256_setzero_si256();
        while p + 32 <= len {
            // SAFETY: p + 32 <= len, unaligned load.
            let v = _mm256_loadu_si256(input.as_ptr().add(p) as *const __m256i);
            let lo = _mm256_shuffle_epi8(low, _mm256_and_si256(v, nibble));
            let hi = _mm256_shuffle_epi8(high, _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble));
            let hit = _mm256_cmpeq_epi8(_mm256_and_si256(lo, hi), zero);
            let mask = !(_mm256_movemask_epi8(hit) as u32);
            if mask != 0 {
                return p + mask.trailing_zeros() as usize;
            }
            p += 32;
        }
        next_stop_scalar(input, p)
    }

    /// # Safety
    /// SSE2 only (always present on x86_64).
    pub(super) unsafe fn next_stop_sse2(input: &[u8], from: usize) -> usize {
        let len = input.len();
        let mut p = from;
        let stops = [
            _mm_set1_epi8(b'\'' as i8),
            _mm_set1_epi8(b'"' as i8),
            _mm_set1_epi8(b'$' as i8),
            _mm_set1_epi8(b'-' as i8),
            _mm_set1_epi8(b'/' as i8),
            _mm_set1_epi8(b'(' as i8),
            _mm_set1_epi8(b')' as i8),
            _mm_set1_epi8(b';' as i8),
            _mm_set1_epi8(b'\\' as i8),
            _mm_set1_epi8(b':' as i8),
        ];
        while p + 16 <= len {
            // SAFETY: p + 16 <= len, unaligned load.
            let v = _mm_loadu_si128(input.as_ptr().add(p) as *const __m128i);
            let mut m = _mm_cmpeq_epi8(v, stops[0]);
            for s in &stops[1..] {
                m = _mm_or_si128(m, _mm_cmpeq_epi8(v, *s));
            }
            let mask = _mm_movemask_epi8(m) as u32;
            if mask != 0 {
                return p + mask.trailing_zeros() as usize;
            }
            p += 16;
        }
        next_stop_scalar(input, p)
    }
}

#[cfg(test)]
mod stop_tests {
    use super::*;

    #[test]
    fn vector_search_matches_the_table() {
        let mut data: Vec<u8> = (0..=255u8).collect();
        data.extend((0..=255u8).rev());
        data.extend(b"abcdefghijklmnopqrstuvwxyz0123456789 ,.+*=<>!@#%^&|`?~{}[]");
        for from in 0..data.len() {
            let want = next_stop_scalar(&data, from);
            assert_eq!(next_fast_stop(&data, from), want, "from {from}");
            #[cfg(target_arch = "x86_64")]
            unsafe {
                assert_eq!(x86::next_stop_sse2(&data, from), want);
            }
        }
        for b in 0..=255u8 {
            let one = [b'a', b'b', b];
            let big: Vec<u8> = std::iter::repeat_n(b'x', 40).chain([b]).collect();
            assert_eq!(
                next_fast_stop(&one, 0) == 2,
                FAST_STOP[b as usize],
                "byte {b:#x}"
            );
            assert_eq!(
                next_fast_stop(&big, 0) == 40,
                FAST_STOP[b as usize],
                "byte {b:#x}"
            );
        }
    }
}

fn is_ident_start(b: u8) -> bool {
    CLASS[b as usize] == C_IDENT
}

/// The flavour of a quoted string, as far as finding its end is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum StrKind {
    /// `'...'` with standard_conforming_strings on, and `U&'...'`: `''` is a quote, `\` is
    /// ordinary.
    Standard,
    /// `E'...'`, and `'...'` with standard_conforming_strings off: `\x` escapes.
    Escape,
    /// `B'...'` and `X'...'`: the next quote always ends the literal.
    Bits,
}

/// Lexer state between calls (psql's `start_state`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum State {
    Initial,
    /// Inside a quoted string.
    Str(StrKind),
    /// Just after the closing quote of a string, on the same line: a continuation
    /// (`'a'` newline `'b'`) may follow.
    AfterQuote(StrKind),
    /// A closing quote was the last character of its line; the next line may continue it.
    QuoteStop(StrKind),
    /// Inside `"..."` or `U&"..."`.
    QuotedIdent,
    /// Inside `/* */`; `depth` counts extra nesting levels.
    Comment {
        depth: u32,
    },
    /// Inside a dollar-quoted string; the tag is in [`Lexer::dolq_tag`].
    Dollar,
}

/// Why the lexer stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Event {
    /// A terminating `;` at this index (paren depth and BEGIN depth 0).
    Semicolon(usize),
    /// A `\;` at this index (index of the backslash) with both depths 0.
    BatchSeparator(usize),
    /// A backslash command starts at this index.
    Backslash(usize),
    /// A `\n` at this index (only when asked to stop at line breaks).
    Newline(usize),
    /// The slice ended where more input is needed; resume at this index.
    NeedMore(usize),
    /// The slice ended and it was the end of input.
    End,
}

/// What a statement starts with, as far as pgsplit needs to know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) enum FirstWord {
    #[default]
    Unknown,
    Copy,
    Set,
    Reset,
    Other,
}

/// Progress of the `COPY ... FROM STDIN` recogniser.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
enum CopyState {
    #[default]
    Off,
    /// `COPY` seen; waiting for the first `FROM` or `TO` at depth 0.
    Target,
    /// `COPY ... FROM` seen; the next token decides.
    From,
    FromStdin,
    NotStdin,
}

/// What the previous token was, for the BEGIN ATOMIC divergence checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
enum Prev {
    #[default]
    Other,
    Dot,
    As,
}

/// A place where psql's BEGIN ATOMIC heuristic and the server read the text differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Divergence {
    pub at: u64,
    pub word: &'static str,
    pub why: DivergenceKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DivergenceKind {
    /// `begin` not followed by `atomic` (a column or function named begin).
    BeginNotAtomic,
    /// `end` or `case` after a `.` (a qualified column).
    Qualified,
    /// `end` or `case` after `AS` (an alias).
    Alias,
}

/// Everything recorded about the statement being collected (psql resets most of it after a
/// `;`, a `\;` or a buffer reset).
#[derive(Clone, Debug, Default)]
pub(crate) struct StmtInfo {
    /// First byte psql would put into its query buffer (any token but whitespace and `--`
    /// comments).
    pub content_start: Option<u64>,
    /// End of the last token that is not whitespace or a `--` comment.
    pub content_end: u64,
    /// True once a token other than a comment or a terminating `;` was seen.
    pub has_token: bool,
    /// Tokens (comments excluded) seen so far in this statement.
    tokens: u32,
    pub first_word: FirstWord,
    copy: CopyState,
    prev_format: bool,
    /// A string literal right after `FORMAT` in a COPY: `'binary'`?
    binary_probe: bool,
    pub copy_binary: bool,
    /// Positions of the backslash of `\;` and `\:` inside the statement: psql sends the second
    /// character only.
    pub escapes: Vec<u64>,
    /// psql variable references (`:name`, `:'name'`, `:"name"`, `:{?name}`) outside literals:
    /// position and name.
    pub variables: Vec<(u64, String)>,
    pub divergences: Vec<Divergence>,
    prev: Prev,
    /// A `begin` whose verdict (is it BEGIN ATOMIC?) waits for the next token.
    pub pending_begin: Option<u64>,
    /// Where the outermost open block of a routine body starts: the `begin` that took
    /// psql's BEGIN/CASE/END count from 0 to 1 (`BEGIN ATOMIC`), for an error at end of
    /// input.
    pub atomic_open: Option<u64>,
}

impl StmtInfo {
    /// Back to the start of a statement, keeping the lists' memory.
    fn reset(&mut self) {
        let StmtInfo {
            content_start,
            content_end,
            has_token,
            tokens,
            first_word,
            copy,
            prev_format,
            binary_probe,
            copy_binary,
            escapes,
            variables,
            divergences,
            prev,
            pending_begin,
            atomic_open,
        } = self;
        *content_start = None;
        *content_end = 0;
        *has_token = false;
        *tokens = 0;
        *first_word = FirstWord::default();
        *copy = CopyState::default();
        *prev_format = false;
        *binary_probe = false;
        *copy_binary = false;
        escapes.clear();
        variables.clear();
        divergences.clear();
        *prev = Prev::default();
        *pending_begin = None;
        *atomic_open = None;
    }

    /// True for `COPY ... FROM STDIN` (or `FROM STDOUT`, which the server reads the same way).
    pub fn is_copy_from_stdin(&self) -> bool {
        self.copy == CopyState::FromStdin
    }
}

/// The psql lexer state (`PsqlScanStateData`) plus pgsplit's statement bookkeeping.
#[derive(Clone, Debug)]
pub(crate) struct Lexer {
    pub state: State,
    pub paren_depth: u32,
    pub begin_depth: u32,
    identifier_count: u32,
    identifiers: [u8; 4],
    /// The fast path may be used.
    fast: bool,
    /// `identifiers` spell CREATE [OR REPLACE] FUNCTION|PROCEDURE (cached).
    routine: bool,
    /// The identifiers seen so far can still become CREATE [OR REPLACE] FUNCTION|PROCEDURE.
    routine_possible: bool,
    /// Opening tag of the current dollar quote, `$` signs included.
    pub dolq_tag: Vec<u8>,
    /// `standard_conforming_strings` as psql believes it for the current line.
    pub std_strings: bool,
    /// Where the current literal, quoted identifier or comment started (for error messages).
    pub literal_start: u64,
    pub stmt: StmtInfo,
}

/// Returned by token scanners that ran off the end of the slice before they could decide.
struct More;

type Scan<T> = Result<T, More>;

impl Lexer {
    pub fn new(std_strings: bool, fast: bool) -> Lexer {
        Lexer {
            fast,
            state: State::Initial,
            paren_depth: 0,
            begin_depth: 0,
            identifier_count: 0,
            identifiers: [0; 4],
            routine: false,
            routine_possible: true,
            dolq_tag: Vec::new(),
            std_strings,
            literal_start: 0,
            stmt: StmtInfo::default(),
        }
    }

    /// psql's `psql_scan_reset`: after `\r` and after a backslash command sent the buffer.
    pub fn reset(&mut self) {
        self.state = State::Initial;
        self.paren_depth = 0;
        self.begin_depth = 0;
        self.identifier_count = 0;
        self.routine = false;
        self.routine_possible = true;
        self.dolq_tag.clear();
        self.stmt = StmtInfo::default();
    }

    /// psql's `;` rule forgets the statement's first identifiers even where the main loop
    /// does not send anything (a false `\if` branch).
    pub fn forget_identifiers(&mut self) {
        self.identifier_count = 0;
        self.routine = false;
        self.routine_possible = true;
    }

    /// After a terminating `;` or `\;`: start collecting the next statement.
    pub fn end_statement(&mut self) {
        self.identifier_count = 0;
        self.routine = false;
        self.routine_possible = true;
        self.stmt.reset();
    }

    /// True while inside a literal, quoted identifier, comment or dollar quote, i.e. where
    /// end of input leaves something unterminated.
    pub fn in_literal(&self) -> bool {
        !matches!(
            self.state,
            State::Initial | State::AfterQuote(_) | State::QuoteStop(_)
        )
    }

    #[inline(always)]
    fn is_routine(&self) -> bool {
        self.routine
    }

    fn compute_routine(&mut self) {
        let ids = &self.identifiers;
        self.routine = ids[0] == b'c'
            && (ids[1] == b'f'
                || ids[1] == b'p'
                || (ids[1] == b'o' && ids[2] == b'r' && (ids[3] == b'f' || ids[3] == b'p')));
        // Which prefixes can still grow into it (identifier_count is the slots now filled).
        let n = self.identifier_count as usize + 1;
        self.routine_possible = self.routine
            || (n < 4
                && (ids[0] == b'c' || n < 1)
                && (n < 2 || matches!(ids[1], b'f' | b'p' | b'o'))
                && (n < 3 || ids[1] != b'o' || ids[2] == b'r'));
    }

    /// True when the rest of the statement can be skipped quickly: nothing psql tracks
    /// (CREATE FUNCTION words, COPY ... FROM STDIN) depends on its tokens any more.
    #[inline(always)]
    fn fast_ok(&self) -> bool {
        self.fast
            && !self.routine_possible
            && self.stmt.tokens > 0
            && self.stmt.copy == CopyState::Off
    }

    /// Bookkeeping for a token that is content (anything but whitespace and `--` comments).
    #[inline(always)]
    fn content(&mut self, abs_start: u64, abs_end: u64) {
        if self.stmt.content_start.is_none() {
            self.stmt.content_start = Some(abs_start);
        }
        self.stmt.content_end = abs_end;
    }

    /// Bookkeeping for a real token (not a comment); `word` is the lower-cased identifier or
    /// keyword when the token is an unquoted identifier.
    #[inline(always)]
    fn token(&mut self, abs_start: u64, abs_end: u64, kind: Tok) {
        self.content(abs_start, abs_end);
        self.stmt.has_token = true;
        if self.stmt.tokens == 0 || self.stmt.copy != CopyState::Off || self.routine {
            self.track(abs_start, kind);
        }
        self.stmt.tokens = self.stmt.tokens.saturating_add(1);
    }

    /// The slow path of [`token`](Self::token): first-word detection, the COPY recogniser and
    /// the BEGIN ATOMIC divergence checks.
    fn track(&mut self, abs_start: u64, kind: Tok) {
        let st = &mut self.stmt;
        if st.tokens == 0 {
            st.first_word = match kind {
                Tok::Word(w) if w.len() == 4 && w.eq_ignore_ascii_case(b"copy") => {
                    st.copy = CopyState::Target;
                    FirstWord::Copy
                }
                Tok::Word(w) if w.len() == 3 && w.eq_ignore_ascii_case(b"set") => FirstWord::Set,
                Tok::Word(w) if w.len() == 5 && w.eq_ignore_ascii_case(b"reset") => {
                    FirstWord::Reset
                }
                _ => FirstWord::Other,
            };
        } else if st.copy != CopyState::Off && self.paren_depth <= 1 {
            let depth0 = self.paren_depth == 0;
            match kind {
                Tok::Word(w) => {
                    if w.eq_ignore_ascii_case(b"binary") && (depth0 || st.prev_format) {
                        st.copy_binary = true;
                    }
                    if depth0 {
                        match st.copy {
                            CopyState::Target if w.eq_ignore_ascii_case(b"from") => {
                                st.copy = CopyState::From
                            }
                            CopyState::Target if w.eq_ignore_ascii_case(b"to") => {
                                st.copy = CopyState::NotStdin
                            }
                            CopyState::From => {
                                st.copy = if w.eq_ignore_ascii_case(b"stdin")
                                    || w.eq_ignore_ascii_case(b"stdout")
                                {
                                    CopyState::FromStdin
                                } else {
                                    CopyState::NotStdin
                                }
                            }
                            _ => {}
                        }
                    }
                    st.prev_format = w.eq_ignore_ascii_case(b"format");
                }
                Tok::OpenStr => {
                    st.binary_probe = st.prev_format;
                    if depth0 && st.copy == CopyState::From {
                        st.copy = CopyState::NotStdin;
                    }
                    st.prev_format = false;
                }
                _ => {
                    if depth0 && st.copy == CopyState::From {
                        st.copy = CopyState::NotStdin;
                    }
                    st.prev_format = false;
                }
            }
        }
        if self.is_routine() && self.paren_depth == 0 {
            let st = &mut self.stmt;
            if let Some(at) = st.pending_begin.take() {
                if !matches!(kind, Tok::Word(w) if w.eq_ignore_ascii_case(b"atomic")) {
                    st.divergences.push(Divergence {
                        at,
                        word: "begin",
                        why: DivergenceKind::BeginNotAtomic,
                    });
                }
            }
            st.prev = match kind {
                Tok::Dot => Prev::Dot,
                Tok::Word(w) if w.eq_ignore_ascii_case(b"as") => Prev::As,
                _ => Prev::Other,
            };
        }
        let _ = abs_start;
    }

    /// psql's `{identifier}` rule: the CREATE [OR REPLACE] FUNCTION|PROCEDURE tracking and the
    /// BEGIN/CASE/END counter.
    fn identifier(&mut self, word: &[u8], abs_start: u64, abs_end: u64) {
        if self.identifier_count < 4 {
            if self.identifier_count == 0 {
                self.identifiers = [0; 4];
            }
            let mark = match word.len() {
                6 if word.eq_ignore_ascii_case(b"create") => b'c',
                8 if word.eq_ignore_ascii_case(b"function") => b'f',
                9 if word.eq_ignore_ascii_case(b"procedure") => b'p',
                2 if word.eq_ignore_ascii_case(b"or") => b'o',
                7 if word.eq_ignore_ascii_case(b"replace") => b'r',
                _ => 0,
            };
            self.identifiers[self.identifier_count as usize] = mark;
            self.compute_routine();
        }
        self.identifier_count = self.identifier_count.saturating_add(1);
        if self.paren_depth == 0 && self.is_routine() && word.len() <= 5 {
            let prev = self.stmt.prev;
            let diverges = |w: &'static str| match prev {
                Prev::Dot => Some(Divergence {
                    at: abs_start,
                    word: w,
                    why: DivergenceKind::Qualified,
                }),
                Prev::As => Some(Divergence {
                    at: abs_start,
                    word: w,
                    why: DivergenceKind::Alias,
                }),
                Prev::Other => None,
            };
            if word.eq_ignore_ascii_case(b"begin") {
                if self.begin_depth == 0 {
                    self.stmt.atomic_open = Some(abs_start);
                }
                self.begin_depth += 1;
                // Checked when the next token arrives (it must be ATOMIC).
                self.token(abs_start, abs_end, Tok::Word(word));
                self.stmt.pending_begin = Some(abs_start);
                return;
            } else if word.eq_ignore_ascii_case(b"case") {
                if self.begin_depth >= 1 {
                    self.begin_depth += 1;
                    if let Some(d) = diverges("case") {
                        self.stmt.divergences.push(d);
                    }
                }
            } else if word.eq_ignore_ascii_case(b"end") && self.begin_depth > 0 {
                self.begin_depth -= 1;
                if let Some(d) = diverges("end") {
                    self.stmt.divergences.push(d);
                }
            }
        }
        self.token(abs_start, abs_end, Tok::Word(word));
    }

    /// Lexes `input[pos..]`. `base` is the absolute offset of `input[0]`; `at_eof` says the
    /// slice ends at the end of input; `stop_at_newline` asks for an [`Event::Newline`] at the
    /// next line break (used when a setting changes from the next line on).
    pub fn run(
        &mut self,
        input: &[u8],
        mut pos: usize,
        base: u64,
        at_eof: bool,
        stop_at_newline: bool,
    ) -> Event {
        let abs = |i: usize| base + i as u64;
        let len = input.len();
        loop {
            // Non-initial states: find the end of the literal, comment or quote.
            match self.state {
                State::Initial => {}
                State::Str(kind) => {
                    match self.scan_string(input, pos, kind, at_eof, stop_at_newline) {
                        StrScan::Closed(next) => {
                            self.state = State::AfterQuote(kind);
                            self.stmt.content_end = abs(next);
                            if self.stmt.binary_probe {
                                self.stmt.binary_probe = false;
                                let from = self.literal_start.saturating_sub(base) as usize;
                                if self.literal_start >= base
                                    && input[from..next].eq_ignore_ascii_case(b"'binary'")
                                {
                                    self.stmt.copy_binary = true;
                                }
                            }
                            pos = next;
                        }
                        StrScan::Stopped(ev) => return ev,
                    }
                    continue;
                }
                State::AfterQuote(kind) | State::QuoteStop(kind) => {
                    if pos >= len {
                        return if at_eof {
                            Event::End
                        } else {
                            Event::NeedMore(pos)
                        };
                    }
                    if input[pos] == b'\n' {
                        // psql never sees the newline: the quote-stop state carries over to
                        // the next line, and blank lines are skipped without lexing.
                        if stop_at_newline {
                            self.state = State::QuoteStop(kind);
                            return Event::Newline(pos);
                        }
                        self.state = State::QuoteStop(kind);
                        pos += 1;
                        continue;
                    }
                    match quote_continue(input, pos, at_eof) {
                        Err(More) => return Event::NeedMore(pos),
                        Ok(Some(next)) => {
                            self.state = State::Str(kind);
                            pos = next;
                        }
                        Ok(None) => self.state = State::Initial,
                    }
                    continue;
                }
                State::QuotedIdent => {
                    let limit = if stop_at_newline {
                        memchr(b'\n', &input[pos..]).map_or(len, |i| pos + i)
                    } else {
                        len
                    };
                    match memchr(b'"', &input[pos..limit]) {
                        None => {
                            if limit < len {
                                return Event::Newline(limit);
                            }
                            return if at_eof {
                                Event::End
                            } else {
                                Event::NeedMore(len)
                            };
                        }
                        Some(i) => {
                            let q = pos + i;
                            match input.get(q + 1) {
                                Some(b'"') => pos = q + 2,
                                None if !at_eof => return Event::NeedMore(q),
                                _ => {
                                    self.state = State::Initial;
                                    pos = q + 1;
                                    self.content(abs(q), abs(pos));
                                }
                            }
                        }
                    }
                    continue;
                }
                State::Comment { depth } => {
                    let limit = if stop_at_newline {
                        memchr(b'\n', &input[pos..]).map_or(len, |i| pos + i)
                    } else {
                        len
                    };
                    match memchr2(b'*', b'/', &input[pos..limit]) {
                        None => {
                            if limit < len {
                                return Event::Newline(limit);
                            }
                            return if at_eof {
                                Event::End
                            } else {
                                Event::NeedMore(len)
                            };
                        }
                        Some(i) => {
                            let p = pos + i;
                            if input[p] == b'/' {
                                match input.get(p + 1) {
                                    Some(b'*') => {
                                        self.state = State::Comment { depth: depth + 1 };
                                        pos = p + 2;
                                    }
                                    None if !at_eof => return Event::NeedMore(p),
                                    _ => pos = p + 1,
                                }
                            } else {
                                let mut q = p;
                                while q < len && input[q] == b'*' {
                                    q += 1;
                                }
                                match input.get(q) {
                                    Some(b'/') => {
                                        pos = q + 1;
                                        if depth == 0 {
                                            self.state = State::Initial;
                                            self.content(abs(p), abs(pos));
                                        } else {
                                            self.state = State::Comment { depth: depth - 1 };
                                        }
                                    }
                                    None if !at_eof => return Event::NeedMore(p),
                                    _ => pos = q,
                                }
                            }
                        }
                    }
                    continue;
                }
                State::Dollar => {
                    let tag_len = self.dolq_tag.len();
                    let limit = if stop_at_newline {
                        memchr(b'\n', &input[pos..]).map_or(len, |i| pos + i)
                    } else {
                        len
                    };
                    match memchr::memmem::find(&input[pos..limit], &self.dolq_tag) {
                        Some(i) => {
                            let close = pos + i;
                            pos = close + tag_len;
                            self.state = State::Initial;
                            self.dolq_tag.clear();
                            self.content(abs(close), abs(pos));
                        }
                        None => {
                            if limit < len {
                                return Event::Newline(limit);
                            }
                            if at_eof {
                                return Event::End;
                            }
                            // Keep a possible partial closing tag.
                            let keep = (tag_len - 1).min(len - pos);
                            return Event::NeedMore(len - keep);
                        }
                    }
                    continue;
                }
            }

            // INITIAL state.
            if !stop_at_newline && self.fast_ok() {
                pos = self.fast_skip(input, pos, base);
            }
            if pos >= len {
                return if at_eof {
                    Event::End
                } else {
                    Event::NeedMore(pos)
                };
            }
            let b = input[pos];
            match CLASS[b as usize] {
                C_WS | C_NL | C_MINUS if b != b'-' || input.get(pos + 1) == Some(&b'-') => {
                    // Blanks and `--` comments (whitespace to the lexer), in one loop: pg_dump
                    // puts a few lines of them before every statement.
                    if b == b'\n' && stop_at_newline {
                        return Event::Newline(pos);
                    }
                    loop {
                        while pos < len {
                            match CLASS[input[pos] as usize] {
                                C_WS => pos += 1,
                                C_NL if !stop_at_newline => pos += 1,
                                _ => break,
                            }
                        }
                        if pos + 1 < len && input[pos] == b'-' && input[pos + 1] == b'-' {
                            // A `--` comment runs to the end of the line ([\n\r]). Most are
                            // short: look at a few bytes before the vector search.
                            let from = pos + 2;
                            let near = (from + 32).min(len);
                            match input[from..near]
                                .iter()
                                .position(|&c| c == b'\n' || c == b'\r')
                            {
                                Some(i) => pos = from + i,
                                None => match memchr2(b'\n', b'\r', &input[near..]) {
                                    Some(i) => pos = near + i,
                                    None if at_eof => pos = len,
                                    None => return Event::NeedMore(pos),
                                },
                            }
                        } else if pos + 1 == len && input[pos] == b'-' && !at_eof {
                            return Event::NeedMore(pos);
                        } else {
                            break;
                        }
                    }
                }
                C_IDENT => match self.lex_word(input, pos, base, at_eof) {
                    Ok(next) => pos = next,
                    Err(More) => return Event::NeedMore(pos),
                },
                C_DIGIT => match number_end(input, pos, at_eof) {
                    Ok(end) => {
                        self.token(abs(pos), abs(end), Tok::Other);
                        pos = end;
                    }
                    Err(More) => return Event::NeedMore(pos),
                },
                C_QUOTE => {
                    let kind = if self.std_strings {
                        StrKind::Standard
                    } else {
                        StrKind::Escape
                    };
                    self.open_literal(abs(pos), State::Str(kind));
                    pos += 1;
                }
                C_DQUOTE => {
                    self.open_literal(abs(pos), State::QuotedIdent);
                    pos += 1;
                }
                C_DOLLAR => match self.lex_dollar(input, pos, base, at_eof) {
                    Ok(next) => pos = next,
                    Err(More) => return Event::NeedMore(pos),
                },
                C_SLASH if input.get(pos + 1) == Some(&b'*') => {
                    self.literal_start = abs(pos);
                    self.content(abs(pos), abs(pos + 2));
                    self.state = State::Comment { depth: 0 };
                    pos += 2;
                }
                C_MINUS | C_SLASH | C_OP => {
                    if pos + 1 >= len && !at_eof {
                        return Event::NeedMore(pos);
                    }
                    match operator_end(input, pos, at_eof) {
                        Ok(end) => {
                            self.token(abs(pos), abs(end), Tok::Other);
                            pos = end;
                        }
                        Err(More) => return Event::NeedMore(pos),
                    }
                }
                C_LPAREN => {
                    self.token(abs(pos), abs(pos + 1), Tok::Other);
                    self.paren_depth += 1;
                    pos += 1;
                }
                C_RPAREN => {
                    self.paren_depth = self.paren_depth.saturating_sub(1);
                    self.token(abs(pos), abs(pos + 1), Tok::Other);
                    pos += 1;
                }
                C_SEMI => {
                    if self.paren_depth == 0 && self.begin_depth == 0 {
                        self.content(abs(pos), abs(pos + 1));
                        return Event::Semicolon(pos);
                    }
                    self.token(abs(pos), abs(pos + 1), Tok::Other);
                    pos += 1;
                }
                C_BSLASH => match input.get(pos + 1) {
                    None if !at_eof => return Event::NeedMore(pos),
                    Some(b';') => {
                        if self.paren_depth == 0 && self.begin_depth == 0 {
                            self.content(abs(pos), abs(pos + 2));
                            self.stmt.escapes.push(abs(pos));
                            return Event::BatchSeparator(pos);
                        }
                        self.token(abs(pos), abs(pos + 2), Tok::Other);
                        self.stmt.escapes.push(abs(pos));
                        self.identifier_count = 0;
                        self.routine = false;
                        self.routine_possible = true;
                        pos += 2;
                    }
                    Some(b':') => {
                        self.token(abs(pos), abs(pos + 2), Tok::Other);
                        self.stmt.escapes.push(abs(pos));
                        pos += 2;
                    }
                    _ => return Event::Backslash(pos),
                },
                C_COLON => match self.lex_colon(input, pos, base, at_eof) {
                    Ok(next) => pos = next,
                    Err(More) => return Event::NeedMore(pos),
                },
                C_DOT => match input.get(pos + 1) {
                    None if !at_eof => return Event::NeedMore(pos),
                    Some(d) if d.is_ascii_digit() => match number_end(input, pos, at_eof) {
                        Ok(end) => {
                            self.token(abs(pos), abs(end), Tok::Other);
                            pos = end;
                        }
                        Err(More) => return Event::NeedMore(pos),
                    },
                    Some(b'.') => {
                        self.token(abs(pos), abs(pos + 2), Tok::Other);
                        pos += 2;
                    }
                    _ => {
                        self.token(abs(pos), abs(pos + 1), Tok::Dot);
                        pos += 1;
                    }
                },
                _ => {
                    self.token(abs(pos), abs(pos + 1), Tok::Other);
                    pos += 1;
                }
            }
        }
    }

    /// The fast path: skips bytes that cannot change anything psql tracks here, up to the
    /// next byte that can (see [`FAST_STOP`]). Before a `'` or a `$` it backs up to the start
    /// of the token in front (a string prefix such as `E` or `U&`, or an identifier that the
    /// `$` continues), so that the exact lexer decides those. Keeps `content_end` exact:
    /// skipped text holds no comments, so its content ends at its last non-blank byte.
    #[inline]
    fn fast_skip(&mut self, input: &[u8], from: usize, base: u64) -> usize {
        let len = input.len();
        let p = next_fast_stop(input, from);
        // Back up to a certain token boundary where the token in front may matter: before a
        // quote (prefixes), a dollar (identifier continuation), a minus (`1e-` is one number
        // token, so `1e--x` holds no comment), and at the end of the slice (the token may go
        // on in the next read).
        let stop = if p < len { input[p] } else { b'$' };
        let mut b = p;
        if matches!(stop, b'\'' | b'$' | b'-') {
            while b > from && BACK[input[b - 1] as usize] {
                b -= 1;
            }
        }
        // Content of the skipped text ends at its last non-blank byte.
        let mut e = b;
        while e > from && matches!(CLASS[input[e - 1] as usize], C_WS | C_NL) {
            e -= 1;
        }
        if e > from {
            self.stmt.content_end = base + e as u64;
        }
        b
    }

    fn open_literal(&mut self, abs_start: u64, state: State) {
        self.literal_start = abs_start;
        let kind = if matches!(state, State::Str(_)) {
            Tok::OpenStr
        } else {
            Tok::Other
        };
        self.token(abs_start, abs_start + 1, kind);
        self.state = state;
    }

    /// An identifier, or a string prefix (`E'`, `B'`, `X'`, `N'`, `U&'`, `U&"`).
    fn lex_word(&mut self, input: &[u8], start: usize, base: u64, at_eof: bool) -> Scan<usize> {
        let abs = |i: usize| base + i as u64;
        let end = ident_end(input, start + 1, at_eof)?;
        if end - start == 1 {
            let next = input.get(end).copied();
            match (input[start] | 0x20, next) {
                (b'e', Some(b'\'')) => {
                    self.open_literal(abs(start), State::Str(StrKind::Escape));
                    return Ok(end + 1);
                }
                (b'b' | b'x', Some(b'\'')) => {
                    self.open_literal(abs(start), State::Str(StrKind::Bits));
                    return Ok(end + 1);
                }
                (b'n', Some(b'\'')) => {
                    // `N'...'`: the N is echoed alone (not an identifier), then the quote is
                    // lexed as a plain one.
                    self.token(abs(start), abs(end), Tok::Other);
                    return Ok(end);
                }
                (b'u', Some(b'&')) => {
                    return match input.get(end + 1) {
                        None if !at_eof => Err(More),
                        Some(b'\'') => {
                            self.open_literal(abs(start), State::Str(StrKind::Standard));
                            Ok(end + 2)
                        }
                        Some(b'"') => {
                            self.open_literal(abs(start), State::QuotedIdent);
                            Ok(end + 2)
                        }
                        _ => {
                            // {xufailed}: the U is echoed alone, `&` is lexed next.
                            self.token(abs(start), abs(end), Tok::Other);
                            Ok(end)
                        }
                    };
                }
                _ => {}
            }
        }
        if self.identifier_count < 4 || self.routine || self.stmt.tokens == 0 {
            self.identifier(&input[start..end], abs(start), abs(end));
        } else {
            self.identifier_count = self.identifier_count.saturating_add(1);
            self.token(abs(start), abs(end), Tok::Word(&input[start..end]));
        }
        Ok(end)
    }

    /// `$`: a parameter (`$1`), a dollar-quote opening (`$$`, `$tag$`), or a lone `$`.
    fn lex_dollar(&mut self, input: &[u8], start: usize, base: u64, at_eof: bool) -> Scan<usize> {
        let abs = |i: usize| base + i as u64;
        let next = match input.get(start + 1) {
            None if !at_eof => return Err(More),
            None => {
                self.token(abs(start), abs(start + 1), Tok::Other);
                return Ok(start + 1);
            }
            Some(&n) => n,
        };
        if next.is_ascii_digit() {
            // {param} and {param_junk}.
            let mut i = start + 1;
            while i < input.len() && input[i].is_ascii_digit() {
                i += 1;
            }
            if i == input.len() && !at_eof {
                return Err(More);
            }
            if i < input.len() && is_ident_start(input[i]) {
                i = ident_end(input, i + 1, at_eof)?;
            }
            self.token(abs(start), abs(i), Tok::Other);
            return Ok(i);
        }
        let mut i = start + 1;
        if is_ident_start(next) {
            i += 1;
            while i < input.len() && WORD[input[i] as usize] {
                i += 1;
            }
        }
        match input.get(i) {
            None if !at_eof => Err(More),
            Some(b'$') => {
                self.dolq_tag.clear();
                self.dolq_tag.extend_from_slice(&input[start..=i]);
                self.open_literal(abs(start), State::Dollar);
                self.content(abs(start), abs(i + 1));
                Ok(i + 1)
            }
            _ => {
                // {dolqfailed} or a lone `$`: only the `$` is consumed.
                self.token(abs(start), abs(start + 1), Tok::Other);
                Ok(start + 1)
            }
        }
    }

    /// `:`: typecast `::`, `:=`, psql variables `:name`, `:'name'`, `:"name"`, `:{?name}`, or
    /// a lone colon.
    fn lex_colon(&mut self, input: &[u8], start: usize, base: u64, at_eof: bool) -> Scan<usize> {
        let abs = |i: usize| base + i as u64;
        let len = input.len();
        let next = match input.get(start + 1) {
            None if !at_eof => return Err(More),
            None => None,
            Some(&n) => Some(n),
        };
        let words_from = |i: usize| -> Scan<usize> {
            let mut j = i;
            while j < len && WORD[input[j] as usize] {
                j += 1;
            }
            if j == len && !at_eof {
                return Err(More);
            }
            Ok(j)
        };
        let (end, name) = match next {
            Some(b':') | Some(b'=') => (start + 2, None),
            Some(q @ (b'\'' | b'"')) => {
                let e = words_from(start + 2)?;
                if e > start + 2 && input.get(e) == Some(&q) {
                    (e + 1, Some((start + 2, e)))
                } else {
                    (start + 1, None)
                }
            }
            Some(b'{') => match input.get(start + 2) {
                None if !at_eof => return Err(More),
                Some(b'?') => {
                    let e = words_from(start + 3)?;
                    if e > start + 3 && input.get(e) == Some(&b'}') {
                        (e + 1, Some((start + 3, e)))
                    } else {
                        (start + 1, None)
                    }
                }
                _ => (start + 1, None),
            },
            Some(n) if WORD[n as usize] => {
                let e = words_from(start + 1)?;
                (e, Some((start + 1, e)))
            }
            _ => (start + 1, None),
        };
        if let Some((s, e)) = name {
            let name = String::from_utf8_lossy(&input[s..e]).into_owned();
            self.stmt.variables.push((abs(start), name));
        }
        self.token(abs(start), abs(end), Tok::Other);
        Ok(end)
    }

    /// Inside a string: find its closing quote.
    fn scan_string(
        &mut self,
        input: &[u8],
        mut pos: usize,
        kind: StrKind,
        at_eof: bool,
        stop_at_newline: bool,
    ) -> StrScan {
        let len = input.len();
        loop {
            let found = match (kind, stop_at_newline) {
                (StrKind::Escape, false) => memchr2(b'\'', b'\\', &input[pos..]),
                (StrKind::Escape, true) => memchr3(b'\'', b'\\', b'\n', &input[pos..]),
                (_, false) => memchr(b'\'', &input[pos..]),
                (_, true) => memchr2(b'\'', b'\n', &input[pos..]),
            };
            let Some(i) = found else {
                return StrScan::Stopped(if at_eof {
                    Event::End
                } else {
                    Event::NeedMore(len)
                });
            };
            let p = pos + i;
            match input[p] {
                b'\n' => return StrScan::Stopped(Event::Newline(p)),
                b'\\' => match input.get(p + 1) {
                    // psql sees one line at a time: a backslash at the end of a line escapes
                    // nothing.
                    Some(b'\n') => pos = p + 1,
                    Some(_) => pos = p + 2,
                    None if at_eof => pos = p + 1,
                    None => return StrScan::Stopped(Event::NeedMore(p)),
                },
                _ => {
                    if kind != StrKind::Bits {
                        match input.get(p + 1) {
                            Some(b'\'') => {
                                pos = p + 2;
                                continue;
                            }
                            None if !at_eof => return StrScan::Stopped(Event::NeedMore(p)),
                            _ => {}
                        }
                    }
                    return StrScan::Closed(p + 1);
                }
            }
        }
    }
}

enum StrScan {
    Closed(usize),
    Stopped(Event),
}

/// What kind of token was seen, for the statement bookkeeping.
#[derive(Clone, Copy)]
enum Tok<'a> {
    /// An unquoted identifier or keyword.
    Word(&'a [u8]),
    /// The opening quote of a string literal.
    OpenStr,
    /// A `.`.
    Dot,
    Other,
}

/// End of an identifier whose first byte was already checked; `from` is the second byte.
#[inline(always)]
fn ident_end(input: &[u8], from: usize, at_eof: bool) -> Scan<usize> {
    let mut i = from;
    let len = input.len();
    while i < len && IDENT_CONT[input[i] as usize] {
        i += 1;
    }
    if i == len && !at_eof {
        return Err(More);
    }
    Ok(i)
}

/// `{decinteger}`: digits with single `_` separators. `start` must hold a digit.
fn dec_end(input: &[u8], start: usize, at_eof: bool) -> Scan<usize> {
    let len = input.len();
    let mut i = start + 1;
    loop {
        match input.get(i) {
            Some(d) if d.is_ascii_digit() => i += 1,
            Some(b'_') => match input.get(i + 1) {
                Some(d) if d.is_ascii_digit() => i += 2,
                None if !at_eof => return Err(More),
                _ => return Ok(i),
            },
            None if !at_eof => return Err(More),
            _ => return Ok(i),
        }
        debug_assert!(i <= len);
    }
}

/// End of an optional `{identifier}` starting at `i` (junk after a number).
fn junk_end(input: &[u8], i: usize, at_eof: bool) -> Scan<Option<usize>> {
    match input.get(i) {
        None if !at_eof => Err(More),
        Some(&b) if is_ident_start(b) => Ok(Some(ident_end(input, i + 1, at_eof)?)),
        _ => Ok(None),
    }
}

/// End of the numeric token starting at `start` (a digit, or `.` followed by a digit), by
/// flex's longest-match rule over the PostgreSQL 16+ number patterns, junk rules included.
fn number_end(input: &[u8], start: usize, at_eof: bool) -> Scan<usize> {
    let get = |i: usize| -> Scan<Option<u8>> {
        match input.get(i) {
            None if !at_eof => Err(More),
            other => Ok(other.copied()),
        }
    };
    let mut best = start + 1;
    let mut consider = |end: usize| {
        if end > best {
            best = end;
        }
    };
    // Mantissa: {decinteger} and/or {numeric}.
    let (dec, numeric) = if input[start] == b'.' {
        (None, Some(dec_end(input, start + 1, at_eof)?))
    } else {
        let d = dec_end(input, start, at_eof)?;
        consider(d);
        // hex/oct/bin integers and their *fail forms
        if input[start] == b'0' {
            if let Some(x) = get(start + 1)? {
                let digit: Option<fn(u8) -> bool> = match x | 0x20 {
                    b'x' => Some(|c: u8| c.is_ascii_hexdigit()),
                    b'o' => Some(|c: u8| (b'0'..=b'7').contains(&c)),
                    b'b' => Some(|c: u8| c == b'0' || c == b'1'),
                    _ => None,
                };
                if let Some(is_digit) = digit {
                    let mut i = start + 2;
                    let mut end = start + 2; // {xxxfail}
                    if get(i)? == Some(b'_') {
                        end = i + 1;
                        i += 1;
                    }
                    let mut j = start + 2;
                    loop {
                        let mut k = j;
                        if get(k)? == Some(b'_') {
                            k += 1;
                        }
                        match get(k)? {
                            Some(c) if is_digit(c) => j = k + 1,
                            _ => break,
                        }
                    }
                    consider(end.max(j));
                    let _ = i;
                }
            }
        }
        let numeric = if get(d)? == Some(b'.') {
            match get(d + 1)? {
                // {numericfail}: `1..` is the integer 1 followed by `..`.
                Some(b'.') => return Ok(best.max(d)),
                Some(c) if c.is_ascii_digit() => Some(dec_end(input, d + 1, at_eof)?),
                _ => Some(d + 1),
            }
        } else {
            None
        };
        // {integer_junk}
        if let Some(j) = junk_end(input, d, at_eof)? {
            consider(j);
        }
        (Some(d), numeric)
    };
    if let Some(n) = numeric {
        consider(n);
        if let Some(j) = junk_end(input, n, at_eof)? {
            consider(j);
        }
    }
    // {real} / {realfail} / {real_junk}
    let mantissa = numeric.or(dec).unwrap_or(start + 1);
    if matches!(get(mantissa)?, Some(b'e' | b'E')) {
        let mut i = mantissa + 1;
        let signed = matches!(get(i)?, Some(b'+' | b'-'));
        if signed {
            i += 1;
        }
        match get(i)? {
            Some(c) if c.is_ascii_digit() => {
                let r = dec_end(input, i, at_eof)?;
                consider(r);
                if let Some(j) = junk_end(input, r, at_eof)? {
                    consider(j);
                }
            }
            _ if signed => consider(i),
            _ => {}
        }
    }
    Ok(best)
}

/// End of an `{operator}` token: a run of operator characters, cut before an embedded `--` or
/// `/*` (those start comments).
fn operator_end(input: &[u8], start: usize, at_eof: bool) -> Scan<usize> {
    let len = input.len();
    let mut i = start;
    while i < len && OP_CHAR[input[i] as usize] {
        if i > start && matches!((input[i - 1], input[i]), (b'-', b'-') | (b'/', b'*')) {
            return Ok(i - 1);
        }
        i += 1;
    }
    if i == len && !at_eof {
        return Err(More);
    }
    Ok(i)
}

/// psql's `{quotecontinue}` after a closing quote at `pos`, on one psql line (so the only
/// newline character that can appear in it is `\r`): returns the position after the quote that
/// continues the string, or `None` when there is no continuation.
fn quote_continue(input: &[u8], mut pos: usize, at_eof: bool) -> Scan<Option<usize>> {
    let end_of_slice = |at_eof: bool| if at_eof { Ok(None) } else { Err(More) };
    // {non_newline_whitespace}*
    loop {
        match input.get(pos) {
            None => return end_of_slice(at_eof),
            Some(b' ' | b'\t' | 0x0C | 0x0B) => pos += 1,
            Some(b'-') => match input.get(pos + 1) {
                None => return end_of_slice(at_eof),
                Some(b'-') => match memchr2(b'\n', b'\r', &input[pos..]) {
                    Some(i) => pos += i,
                    None => return end_of_slice(at_eof),
                },
                Some(_) => return Ok(None),
            },
            Some(b'\r') => break,
            Some(_) => return Ok(None),
        }
    }
    // {newline}: only \r can be inside a psql line.
    pos += 1;
    // {special_whitespace}*: spaces, \r, and `--` comments followed by \r.
    loop {
        match input.get(pos) {
            None => return end_of_slice(at_eof),
            Some(b' ' | b'\t' | b'\r' | 0x0C | 0x0B) => pos += 1,
            Some(b'-') => match input.get(pos + 1) {
                None => return end_of_slice(at_eof),
                Some(b'-') => match memchr2(b'\n', b'\r', &input[pos..]) {
                    Some(i) if input[pos + i] == b'\r' => pos += i + 1,
                    Some(_) => return Ok(None),
                    None => return end_of_slice(at_eof),
                },
                Some(_) => return Ok(None),
            },
            Some(b'\'') => return Ok(Some(pos + 1)),
            Some(_) => return Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> usize {
        number_end(s.as_bytes(), 0, true).ok().unwrap()
    }

    #[test]
    fn numbers_follow_pg16_longest_match() {
        assert_eq!(num("123 "), 3);
        assert_eq!(num("1_000_000,"), 9);
        assert_eq!(num("1__0"), 4); // `1` then the junk identifier `__0`
        assert_eq!(num("0x1F;"), 4);
        assert_eq!(num("0x;"), 2);
        assert_eq!(num("0x_;"), 3);
        assert_eq!(num("0xZZ;"), 4); // integer_junk
        assert_eq!(num("1..10"), 1); // numericfail
        assert_eq!(num("1.5e10 "), 6);
        assert_eq!(num("1.e'x'"), 3); // numeric_junk swallows the e
        assert_eq!(num("1e'x'"), 2); // integer_junk swallows the e
        assert_eq!(num("1e+ "), 3); // realfail keeps the sign
        assert_eq!(num("1e5x "), 4); // real_junk
        assert_eq!(num(".5 "), 2);
        assert_eq!(num("123abc$d "), 8);
    }

    #[test]
    fn numbers_need_more_at_slice_end() {
        assert!(number_end(b"12", 0, false).is_err());
        assert!(number_end(b"12 ", 0, false).is_ok());
        assert!(number_end(b"1e", 0, false).is_err());
    }

    #[test]
    fn operators_stop_before_comments() {
        assert_eq!(operator_end(b"+--1", 0, true).ok(), Some(1));
        assert_eq!(operator_end(b"*/*", 0, true).ok(), Some(1));
        assert_eq!(operator_end(b"<>=x", 0, true).ok(), Some(3));
    }

    #[test]
    fn quote_continuation_needs_cr_inside_a_line() {
        assert_eq!(quote_continue(b"\r'b'", 0, true).ok(), Some(Some(2)));
        assert_eq!(
            quote_continue(b"  \r -- c\r 'b'", 0, true).ok(),
            Some(Some(11))
        );
        assert_eq!(quote_continue(b" 'b'", 0, true).ok(), Some(None));
        assert_eq!(quote_continue(b" \n'b'", 0, true).ok(), Some(None));
        assert!(quote_continue(b" ", 0, false).is_err());
    }
}
