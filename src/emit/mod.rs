//! Output formats for split statements: `sql`, `json`, `jsonl`, `nul`, and one file per
//! statement (see [`dir`]).
//!
//! Every emitter takes the scanner's segments in order and writes as it goes; COPY data is
//! streamed through, never collected (JSON included: the `copy_data` string is written chunk by
//! chunk).
//!
//! ```
//! use pgsplit::emit::{Emitter, Format};
//! use pgsplit::Scanner;
//! let mut out = Vec::new();
//! let mut emitter = Emitter::new(&mut out, Format::Json, false);
//! let mut scanner = Scanner::new(&b"\\restrict k\nSELECT 1;\n"[..]);
//! while let Some(segment) = scanner.next_segment() {
//!     emitter.segment(&segment.unwrap()).unwrap();
//! }
//! emitter.finish().unwrap();
//! let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
//! assert_eq!(v[0]["kind"], "meta");
//! assert_eq!(v[1]["sql"], "SELECT 1;");
//! assert_eq!(v[1]["line"], 2);
//! ```

pub mod alembic;
pub mod dir;
pub mod explode;
pub(crate) mod json;

use crate::segment::{CopyDataInfo, Detail, Segment, SegmentKind, Terminator};
use std::io::{self, Write};

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Each statement as in the input, followed by a blank line; COPY data after its COPY.
    Sql,
    /// One JSON array of statement and meta-command objects.
    Json,
    /// The same objects, one per line, written as they are found.
    Jsonl,
    /// Statements separated by NUL bytes.
    Nul,
}

/// Writes segments in one of the [`Format`]s.
pub struct Emitter<W: Write> {
    out: W,
    format: Format,
    keep_meta: bool,
    /// Index of the next JSON element.
    index: u64,
    /// A JSON element is open, waiting for its COPY data.
    open_copy: bool,
    /// The last statement was ended by a meta-command that will be printed after it.
    meta_follows: bool,
    /// Number of statements written.
    statements: u64,
    /// JSON members to add to the next element (see [`Emitter::annotate`]).
    annotation: Option<String>,
}

/// Writes a chunk of COPY data as SQL: as it is, its last line ended, and a `\\.` line after
/// text data that ran to the end of input without one (see
/// [`CopyDataInfo::needs_end_line`]).
pub(crate) fn write_copy_data(
    w: &mut impl Write,
    text: &[u8],
    info: &CopyDataInfo,
) -> io::Result<()> {
    w.write_all(text)?;
    if info.last && !text.is_empty() && !text.ends_with(b"\n") {
        w.write_all(b"\n")?;
    }
    if info.needs_end_line() {
        w.write_all(b"\\.\n")?;
    }
    Ok(())
}

impl<W: Write> Emitter<W> {
    /// An emitter writing `format` to `out`. `keep_meta` keeps psql meta-commands in the
    /// `sql` and `nul` formats (JSON always lists them).
    pub fn new(out: W, format: Format, keep_meta: bool) -> Emitter<W> {
        Emitter {
            out,
            format,
            keep_meta,
            index: 0,
            open_copy: false,
            meta_follows: false,
            statements: 0,
            annotation: None,
        }
    }

    /// Adds JSON members (`"class":"definition","object":{...}`, without braces) to the next
    /// statement or meta-command element; ignored by the other formats.
    pub fn annotate(&mut self, members: String) {
        self.annotation = Some(members);
    }

    /// Number of statements written so far.
    pub fn statements(&self) -> u64 {
        self.statements
    }

    /// Writes one segment (trivia is skipped).
    pub fn segment(&mut self, seg: &Segment<'_>) -> io::Result<()> {
        if self.format == Format::Json && self.index == 0 && !self.open_copy {
            // The array opens with the first element; an empty input gives `[]`.
        }
        match seg.kind() {
            SegmentKind::Trivia => Ok(()),
            SegmentKind::CopyData => self.copy_data(seg),
            SegmentKind::Statement | SegmentKind::Meta => {
                self.close_copy()?;
                match self.format {
                    Format::Json | Format::Jsonl => self.json_element(seg),
                    Format::Sql => self.sql(seg),
                    Format::Nul => self.nul(seg),
                }
            }
        }
    }

    fn sql(&mut self, seg: &Segment<'_>) -> io::Result<()> {
        match &seg.detail {
            Detail::Meta(_) => {
                if !self.keep_meta {
                    return Ok(());
                }
                if self.meta_follows {
                    self.out.write_all(b" ")?;
                    self.meta_follows = false;
                }
                self.out.write_all(&seg.text)?;
                self.end_text(seg, b"\n\n")
            }
            Detail::Statement(s) => {
                self.statements += 1;
                self.out.write_all(&seg.text)?;
                match &s.terminator {
                    // Without its \g the statement would run into the next one.
                    Terminator::Meta(_) if self.keep_meta => {
                        self.meta_follows = true;
                        return Ok(());
                    }
                    Terminator::Meta(_) => self.out.write_all(b";")?,
                    _ => {}
                }
                self.end_text(seg, b"\n\n")
            }
            _ => Ok(()),
        }
    }

    /// After a statement's or meta-command's text: its COPY data comes on the next line, or
    /// else the separator of the format.
    fn end_text(&mut self, seg: &Segment<'_>, separator: &[u8]) -> io::Result<()> {
        let copy = match &seg.detail {
            Detail::Statement(s) => s.copy.is_some(),
            Detail::Meta(m) => m.copy_from_stdin,
            _ => false,
        };
        if copy {
            self.open_copy = true;
            return self.out.write_all(b"\n");
        }
        self.out.write_all(separator)
    }

    fn nul(&mut self, seg: &Segment<'_>) -> io::Result<()> {
        match &seg.detail {
            Detail::Meta(_) if !self.keep_meta => Ok(()),
            Detail::Meta(_) | Detail::Statement(_) => {
                if seg.kind() == SegmentKind::Statement {
                    self.statements += 1;
                }
                self.out.write_all(&seg.text)?;
                self.end_text(seg, b"\0")
            }
            _ => Ok(()),
        }
    }

    fn copy_data(&mut self, seg: &Segment<'_>) -> io::Result<()> {
        let Some(info) = seg.copy_data() else {
            return Ok(());
        };
        match self.format {
            Format::Json | Format::Jsonl => {
                if self.open_copy {
                    json::escape_into(&mut self.out, seg.encoding, &seg.text[..info.data_len])?;
                }
            }
            Format::Sql | Format::Nul => {
                // A \copy without --keep-meta is not written: neither is its data.
                if self.open_copy {
                    write_copy_data(&mut self.out, &seg.text, info)?;
                }
            }
        }
        if info.last {
            self.close_copy()?;
        }
        Ok(())
    }

    /// Ends the record of a COPY whose data is complete.
    fn close_copy(&mut self) -> io::Result<()> {
        if !self.open_copy {
            return Ok(());
        }
        self.open_copy = false;
        match self.format {
            Format::Json | Format::Jsonl => json::close_copy(&mut self.out, self.format),
            Format::Sql => self.out.write_all(b"\n"),
            Format::Nul => self.out.write_all(b"\0"),
        }
    }

    fn json_element(&mut self, seg: &Segment<'_>) -> io::Result<()> {
        if seg.kind() == SegmentKind::Statement {
            self.statements += 1;
        }
        let extra = self.annotation.take();
        let copy = json::element(
            &mut self.out,
            self.format,
            self.index,
            seg,
            extra.as_deref(),
        )?;
        self.index += 1;
        self.open_copy = copy;
        Ok(())
    }

    /// Finishes the output (closes the JSON array) and returns the writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.close_copy()?;
        if self.format == Format::Json {
            if self.index == 0 {
                self.out.write_all(b"[]\n")?;
            } else {
                self.out.write_all(b"\n]\n")?;
            }
        }
        self.out.flush()?;
        Ok(self.out)
    }
}
