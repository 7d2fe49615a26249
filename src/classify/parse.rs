//! Parsing one statement into its protobuf tree, straight from libpg_query.
//!
//! `pg_query::parse` also walks every tree it returns to list tables, functions and filter
//! columns (`ParseResult::new`), which pgsplit never uses: about 15 % of the parse time
//! (measured in `benches/order.rs`, and in the pg_query probe: 10-20 %). This calls the same C
//! function the crate calls, `pg_query_parse_protobuf_opts` (linked in by the `pg_query`
//! crate), and decodes the result with `prost` into the crate's own types.

use pg_query::protobuf::ParseResult;
use prost::Message;
use std::ffi::{c_char, c_int, CStr, CString};

/// libpg_query's `PgQueryProtobuf` (also used by `canon::deparse`).
#[repr(C)]
pub(crate) struct PgQueryProtobuf {
    pub(crate) len: usize,
    pub(crate) data: *mut c_char,
}

/// libpg_query's `PgQueryError`.
#[repr(C)]
pub(crate) struct PgQueryError {
    pub(crate) message: *mut c_char,
    funcname: *mut c_char,
    filename: *mut c_char,
    lineno: c_int,
    pub(crate) cursorpos: c_int,
    context: *mut c_char,
}

#[repr(C)]
struct PgQueryProtobufParseResult {
    parse_tree: PgQueryProtobuf,
    stderr_buffer: *mut c_char,
    error: *mut PgQueryError,
}

extern "C" {
    fn pg_query_parse_protobuf_opts(
        input: *const c_char,
        parser_options: c_int,
    ) -> PgQueryProtobufParseResult;
    fn pg_query_free_protobuf_parse_result(result: PgQueryProtobufParseResult);
}

/// Parses `sql` with libpg_query; the error is the parser's message.
///
/// ```
/// let tree = pgsplit::classify::parse("SELECT 1; SELECT 2", 0).unwrap();
/// assert_eq!(tree.stmts.len(), 2);
/// assert_eq!(pgsplit::classify::parse("SELEC 1", 0).unwrap_err(), "syntax error at or near \"SELEC\"");
/// ```
pub fn parse(sql: &str, options: i32) -> Result<ParseResult, String> {
    parse_at(sql, options).map_err(|e| e.message)
}

/// Why a statement does not parse: the parser's message, and the byte offset in the
/// statement the parser points at (PostgreSQL's error cursor), when it gives one.
///
/// ```
/// let e = pgsplit::classify::parse_error("CREATE TABLE t (a inte ger)", 0).unwrap();
/// assert_eq!(e.message, "syntax error at or near \"ger\"");
/// assert_eq!(e.offset, Some(23));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// The parser's message.
    pub message: String,
    /// Where in the statement's text (bytes) the error is.
    pub offset: Option<usize>,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// The parse error of `sql`, `None` when it parses.
pub fn parse_error(sql: &str, options: i32) -> Option<ParseError> {
    with_bytes(sql, options, |_| ()).err()
}

/// [`parse`], with the error's position.
pub(crate) fn parse_at(sql: &str, options: i32) -> Result<ParseResult, ParseError> {
    with_bytes(sql, options, decode)?.map_err(|message| ParseError {
        message,
        offset: None,
    })
}

/// Parses `sql` and returns the tree still encoded (libpg_query's protobuf bytes): a compact
/// form to keep and [`decode`] later, for callers that need the tree twice (most of a parse
/// is libpg_query encoding the tree; decoding is the cheap part).
pub(crate) fn parse_bytes(sql: &str, options: i32) -> Result<Vec<u8>, ParseError> {
    with_bytes(sql, options, |b| Ok(b.to_vec()))?
}

/// An encoded tree kept for later (shared: the second side of a diff takes over the first
/// side's trees of the statements they have in common).
pub(crate) type Tree = std::sync::Arc<Vec<u8>>;

/// Decodes a tree kept by [`parse_bytes`].
pub(crate) fn decode(bytes: &[u8]) -> Result<ParseResult, String> {
    ParseResult::decode(bytes).map_err(|e| e.to_string())
}

/// Parses `sql` and hands the encoded tree to `f`.
fn with_bytes<T>(sql: &str, options: i32, f: impl FnOnce(&[u8]) -> T) -> Result<T, ParseError> {
    let input = CString::new(sql).map_err(|_| ParseError {
        message: "the statement contains a NUL byte".to_owned(),
        offset: sql.find('\0'),
    })?;
    // SAFETY: `input` is a valid NUL-terminated string that outlives the call; the result is
    // only read while it is alive, and freed exactly once with the library's own function.
    unsafe {
        let result = pg_query_parse_protobuf_opts(input.as_ptr(), options);
        let out = if !result.error.is_null() {
            let e = &*result.error;
            Err(ParseError {
                message: CStr::from_ptr(e.message).to_string_lossy().into_owned(),
                offset: cursor_offset(sql, e.cursorpos),
            })
        } else {
            let data = if result.parse_tree.len == 0 {
                &[][..]
            } else {
                std::slice::from_raw_parts(
                    result.parse_tree.data as *const u8,
                    result.parse_tree.len,
                )
            };
            Ok(f(data))
        };
        pg_query_free_protobuf_parse_result(result);
        out
    }
}

/// The byte offset of PostgreSQL's error cursor: a 1-based character position, 0 for none.
fn cursor_offset(sql: &str, cursorpos: c_int) -> Option<usize> {
    let n = usize::try_from(cursorpos).ok()?.checked_sub(1)?;
    sql.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(sql.len()))
        .nth(n)
}

#[cfg(test)]
mod tests {
    #[test]
    fn same_tree_as_the_crate() {
        for sql in [
            "CREATE TABLE t (a int REFERENCES u)",
            "SELECT 'é', $$x$$",
            "COMMIT",
        ] {
            assert_eq!(
                super::parse(sql, 0).unwrap(),
                pg_query::parse(sql, 0).unwrap().protobuf
            );
        }
    }

    #[test]
    fn the_error_cursor_is_a_byte_offset() {
        let e = super::parse_error("SELECT 'é', ü FROM (", 0).unwrap();
        assert_eq!(e.message, "syntax error at end of input");
        assert_eq!(e.offset, Some(22));
        let sql = "SELECT 'ü' +* FROM";
        let e = super::parse_error(sql, 0).unwrap();
        assert_eq!(&sql[e.offset.unwrap()..], "FROM", "{e:?}");
        let e = super::parse_error("SELECT 'abc", 0).unwrap();
        assert_eq!(e.offset, Some(7), "{e:?}");
        assert_eq!(super::parse_error("SELECT 1", 0), None);
    }
}
