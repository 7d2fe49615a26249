//! The JSON element of a statement or meta-command (the contract documented in the README).

use super::Format;
use crate::encoding::Encoding;
use crate::segment::{Detail, Segment, Severity, Terminator};
use std::io::{self, Write};

/// Writes `s` as JSON string content (no quotes).
pub(crate) fn escape_str<W: Write>(out: &mut W, s: &str) -> io::Result<()> {
    let bytes = s.as_bytes();
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let esc: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0C => b"\\f",
            0..=0x1F | 0x7F => {
                out.write_all(&bytes[from..i])?;
                write!(out, "\\u{:04x}", b)?;
                from = i + 1;
                continue;
            }
            _ => continue,
        };
        out.write_all(&bytes[from..i])?;
        out.write_all(esc)?;
        from = i + 1;
    }
    out.write_all(&bytes[from..])
}

/// Writes `text` (in `encoding`) as JSON string content, converted to UTF-8.
pub(crate) fn escape_into<W: Write>(
    out: &mut W,
    encoding: Encoding,
    text: &[u8],
) -> io::Result<()> {
    match encoding.decode(text) {
        Ok(s) => escape_str(out, &s),
        Err(_) => Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("text is not valid {encoding}"),
        )),
    }
}

fn string<W: Write>(out: &mut W, s: &str) -> io::Result<()> {
    out.write_all(b"\"")?;
    escape_str(out, s)?;
    out.write_all(b"\"")
}

fn key<W: Write>(out: &mut W, k: &str) -> io::Result<()> {
    write!(out, ",\"{k}\":")
}

/// Writes one element. Returns true when the element stays open for its `copy_data`.
pub(crate) fn element<W: Write>(
    out: &mut W,
    format: Format,
    index: u64,
    seg: &Segment<'_>,
    extra: Option<&str>,
) -> io::Result<bool> {
    if format == Format::Json {
        out.write_all(if index == 0 { b"[\n" } else { b",\n" })?;
    }
    let kind = match seg.detail {
        Detail::Meta(_) => "meta",
        _ => "statement",
    };
    write!(out, "{{\"index\":{index},\"kind\":\"{kind}\",\"sql\":\"")?;
    escape_into(out, seg.encoding, &seg.text)?;
    write!(
        out,
        "\",\"line\":{},\"column\":{},\"byte_start\":{},\"byte_end\":{}",
        seg.start.line, seg.start.column, seg.span.start, seg.span.end
    )?;
    let mut copy = false;
    match &seg.detail {
        Detail::Statement(s) => {
            key(out, "terminator")?;
            match &s.terminator {
                Terminator::Semicolon => string(out, ";")?,
                Terminator::BatchSeparator => string(out, "\\;")?,
                Terminator::EndOfInput => string(out, "eof")?,
                Terminator::Meta(name) => string(out, &format!("\\{name}"))?,
            }
            if let Some(b) = s.batch {
                write!(out, ",\"batch\":{b}")?;
            }
            copy = s.copy.is_some();
        }
        Detail::Meta(m) => {
            key(out, "command")?;
            string(out, &m.name)?;
            key(out, "args")?;
            string(out, &m.args)?;
            copy = m.copy_from_stdin;
        }
        _ => {}
    }
    if let Some(extra) = extra {
        out.write_all(b",")?;
        out.write_all(extra.as_bytes())?;
    }
    if seg.encoding != Encoding::UTF8 {
        key(out, "encoding")?;
        string(out, seg.encoding.name())?;
    }
    if !seg.diagnostics.is_empty() {
        key(out, "diagnostics")?;
        out.write_all(b"[")?;
        for (i, d) in seg.diagnostics.iter().enumerate() {
            if i > 0 {
                out.write_all(b",")?;
            }
            let sev = match d.severity {
                Severity::Note => "note",
                Severity::Warning => "warning",
                Severity::Error => "error",
            };
            write!(
                out,
                "{{\"severity\":\"{sev}\",\"code\":\"{}\",\"message\":",
                d.code
            )?;
            string(out, &d.message)?;
            write!(out, ",\"line\":{},\"column\":{}}}", d.at.line, d.at.column)?;
        }
        out.write_all(b"]")?;
    }
    if copy {
        write!(out, ",\"copy_data\":\"")?;
        return Ok(true);
    }
    out.write_all(b"}")?;
    if format == Format::Jsonl {
        out.write_all(b"\n")?;
    }
    Ok(false)
}

/// Closes an element left open for its COPY data.
pub(crate) fn close_copy<W: Write>(out: &mut W, format: Format) -> io::Result<()> {
    out.write_all(b"\"}")?;
    if format == Format::Jsonl {
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        let mut v = Vec::new();
        escape_str(&mut v, "a\"b\\c\nd\te\u{1}f\u{7f}é").unwrap();
        assert_eq!(
            String::from_utf8(v).unwrap(),
            "a\\\"b\\\\c\\nd\\te\\u0001f\\u007fé"
        );
    }
}
