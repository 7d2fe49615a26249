//! Reading an exploded directory (`pgsplit explode`) back as one SQL text: its statements
//! in the order `order.txt` gives.
//!
//! * Each listed file is split as psql would (COPY data and the meta-command that sends a
//!   statement stay with it); a statement that ends at the end of its file without a `;`
//!   gets one when anything follows it, so that it does not run into the next one.
//! * A run of statements is preceded by a `-- file: PATH:N-M` line (messages then say where
//!   a statement came from).
//! * Statements of a file that `order.txt` does not list (added since) follow the file's
//!   last listed run; `.sql` files it does not name at all follow everything, in natural
//!   order of their paths.
//! * A statement listed twice, or a number past the end of its file, is an error: the text
//!   read back never holds a statement twice or misses one.
//! * Where statements end depends on the session: a file is split with the client encoding
//!   and `standard_conforming_strings` in effect where its first listed run loads (the
//!   settings in the statements put back before it, which `explode` keeps in
//!   `session.sql`), as psql would split the whole text.

use super::CliError;
use crate::emit::explode::Manifest;
use crate::scan::settings::{self, Change, Parsed};
use crate::segment::{Detail, Terminator};
use crate::{Encoding, ScanOptions, Scanner};
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{self, BufReader, Read, Seek, SeekFrom, Write};
use std::path::Path;

/// One statement of a file: its bytes (with COPY data), and whether it ended at the end
/// of the file without a terminator.
#[derive(Clone, Debug)]
struct Chunk {
    start: u64,
    end: u64,
    open: bool,
}

/// What decides where statements end: the client encoding and
/// `standard_conforming_strings`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Session {
    encoding: Encoding,
    standard_conforming_strings: bool,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            encoding: Encoding::UTF8,
            standard_conforming_strings: true,
        }
    }
}

impl Session {
    /// The session after statement (or meta-command) `text` ran.
    fn after(&mut self, text: &[u8]) {
        let start = Session::default();
        if let Some(args) = text.strip_prefix(b"\\encoding") {
            let name = String::from_utf8_lossy(args);
            if let Some(e) = name.split_whitespace().next().and_then(Encoding::from_name) {
                self.encoding = e;
            }
            return;
        }
        match settings::parse(text) {
            Parsed::Change(Change::StandardStrings(v)) => {
                self.standard_conforming_strings = v.unwrap_or(start.standard_conforming_strings)
            }
            Parsed::Change(Change::Encoding(name)) => {
                self.encoding = name
                    .and_then(|n| Encoding::from_name(&n))
                    .unwrap_or(start.encoding)
            }
            Parsed::Change(Change::ResetAll) => *self = start,
            _ => {}
        }
    }
}

/// The statements of one file as far as they are read: a file is read on run by run, each
/// part split in the session in effect where it loads (a streaming scan: the file is not
/// held in memory).
#[derive(Default)]
struct Cursor {
    chunks: Vec<Chunk>,
    /// Where reading goes on.
    next: u64,
    eof: bool,
}

impl Cursor {
    /// Reads on until `want` statements are known (`None`: all of them), splitting in
    /// `session`.
    fn read(&mut self, path: &Path, session: Session, want: Option<usize>) -> Result<(), CliError> {
        let enough = |n: usize| want.is_some_and(|w| n >= w);
        if self.eof || enough(self.chunks.len()) {
            return Ok(());
        }
        let name = path.display().to_string();
        let cannot = |e| CliError::io(&name, "cannot read", e);
        let mut file = File::open(path).map_err(cannot)?;
        file.seek(SeekFrom::Start(self.next)).map_err(cannot)?;
        let opts = ScanOptions {
            encoding: session.encoding,
            standard_conforming_strings: session.standard_conforming_strings,
            trivia: false,
            ..ScanOptions::default()
        };
        let base = self.next;
        let mut scanner = Scanner::with_options(BufReader::with_capacity(1 << 16, file), opts);
        let mut sent_by_next = false;
        while let Some(seg) = scanner.next_segment() {
            let seg = match seg {
                Ok(seg) => seg,
                // past what is wanted, maybe split in another session than its own
                Err(_) if enough(self.chunks.len()) => {
                    self.next = self.chunks.last().map_or(base, |c| c.end);
                    return Ok(());
                }
                Err(e) => {
                    return Err(CliError {
                        subject: name,
                        message: e.to_string(),
                    })
                }
            };
            let (start, end) = (base + seg.span.start, base + seg.span.end);
            let starts = match &seg.detail {
                Detail::Statement(_) => true,
                Detail::Meta(_) => !sent_by_next,
                _ => false,
            };
            if starts && enough(self.chunks.len()) {
                // on from the end of the last statement taken, not from this segment: a
                // meta-command comes out before the statement it interrupts
                self.next = self.chunks.last().map_or(base, |c| c.end);
                return Ok(());
            }
            match &seg.detail {
                Detail::Statement(s) => {
                    sent_by_next = matches!(s.terminator, Terminator::Meta(_));
                    self.chunks.push(Chunk {
                        start,
                        end,
                        open: matches!(s.terminator, Terminator::EndOfInput),
                    });
                }
                Detail::Meta(_) if std::mem::take(&mut sent_by_next) => {
                    if let Some(c) = self.chunks.last_mut() {
                        c.end = end;
                    }
                }
                Detail::Meta(_) => self.chunks.push(Chunk {
                    start,
                    end,
                    open: false,
                }),
                Detail::CopyData(_) => {
                    if let Some(c) = self.chunks.last_mut() {
                        c.end = c.end.max(end);
                    }
                }
                Detail::Trivia(_) => {}
            }
        }
        self.eof = true;
        Ok(())
    }
}

/// Longest statement looked at for a change of the session (settings are short).
const SETTING_MAX: u64 = 4096;

/// Where the text read back stands: the session, and whether the last statement written
/// is still open (it ended its file without a terminator).
#[derive(Default)]
struct Stream {
    session: Session,
    open: bool,
}

/// Writes statements `which` of the file (`chunks` of it) to `out`, after a `-- file:`
/// line; `stream.session` follows the settings among them.
fn copy_run(
    dir: &Path,
    path: &str,
    chunks: &[Chunk],
    which: &[usize],
    note: &str,
    stream: &mut Stream,
    out: &mut impl Write,
) -> Result<(), CliError> {
    if which.is_empty() {
        return Ok(());
    }
    let full = dir.join(path);
    let name = full.display().to_string();
    let cannot = |e| CliError::io(&name, "cannot read", e);
    let mut f = File::open(&full).map_err(cannot)?;
    let range = match which {
        [one] => format!("{}", one + 1),
        [first, .., last] if last - first + 1 == which.len() => {
            format!("{}-{}", first + 1, last + 1)
        }
        _ => which
            .iter()
            .map(|n| (n + 1).to_string())
            .collect::<Vec<_>>()
            .join(","),
    };
    let w = |e| CliError::io(&name, "cannot write a temporary file", e);
    if std::mem::take(&mut stream.open) {
        out.write_all(b";\n").map_err(w)?;
    }
    writeln!(out, "-- file: {}:{range}{note}", path.replace('\n', " ")).map_err(w)?;
    let mut buf = Vec::new();
    for &n in which {
        let c = &chunks[n];
        buf.clear();
        f.seek(SeekFrom::Start(c.start)).map_err(cannot)?;
        (&mut f)
            .take(c.end - c.start)
            .read_to_end(&mut buf)
            .map_err(cannot)?;
        if std::mem::take(&mut stream.open) {
            out.write_all(b";\n").map_err(w)?;
        }
        out.write_all(&buf).map_err(w)?;
        if c.end - c.start <= SETTING_MAX {
            stream.session.after(&buf);
        }
        if !buf.ends_with(b"\n") {
            out.write_all(b"\n").map_err(w)?;
        }
        stream.open = c.open;
    }
    Ok(())
}

/// The SQL text of the exploded directory `dir` (whose `order.txt` is `manifest`) into
/// `out`; `others` are the `.sql` files under it (relative paths, natural order).
pub(crate) fn reassemble(
    label: &str,
    dir: &Path,
    manifest: &str,
    others: &[String],
    out: &mut impl Write,
) -> Result<(), CliError> {
    let m = Manifest::parse(manifest).map_err(|e| CliError {
        subject: label.to_owned(),
        message: e,
    })?;
    // the last run of each file: its unlisted statements follow it
    let mut last_run: HashMap<&str, usize> = HashMap::new();
    for (k, e) in m.entries.iter().enumerate() {
        last_run.insert(e.path.as_str(), k);
    }
    let mut stream = Stream::default();
    let mut files: HashMap<&str, (Cursor, Vec<bool>)> = HashMap::new();
    for (k, e) in m.entries.iter().enumerate() {
        let (cursor, listed) = files.entry(e.path.as_str()).or_default();
        cursor.read(&dir.join(&e.path), stream.session, e.last)?;
        let chunks = &cursor.chunks;
        listed.resize(chunks.len(), false);
        let last = e.last.unwrap_or(chunks.len());
        if last > chunks.len() {
            return Err(CliError {
                subject: label.to_owned(),
                message: format!(
                    "{}: {} lists statement {last} of {}, which has {}",
                    crate::emit::explode::MANIFEST,
                    label,
                    e.path,
                    chunks.len()
                ),
            });
        }
        let which: Vec<usize> = (e.first - 1..last).collect();
        if let Some(&n) = which.iter().find(|&&n| listed[n]) {
            return Err(CliError {
                subject: label.to_owned(),
                message: format!(
                    "{} lists statement {} of {} twice",
                    crate::emit::explode::MANIFEST,
                    n + 1,
                    e.path
                ),
            });
        }
        for &n in &which {
            listed[n] = true;
        }
        copy_run(dir, &e.path, chunks, &which, "", &mut stream, out)?;
        if last_run.get(e.path.as_str()) == Some(&k) {
            cursor.read(&dir.join(&e.path), stream.session, None)?;
            let chunks = &cursor.chunks;
            listed.resize(chunks.len(), false);
            let rest: Vec<usize> = (0..chunks.len()).filter(|&n| !listed[n]).collect();
            let note = " (not in order.txt)";
            copy_run(dir, &e.path, chunks, &rest, note, &mut stream, out)?;
        }
    }
    let named: HashSet<&str> = m.entries.iter().map(|e| e.path.as_str()).collect();
    for p in others {
        if named.contains(p.as_str()) {
            continue;
        }
        let mut c = Cursor::default();
        c.read(&dir.join(p), stream.session, None)?;
        let all: Vec<usize> = (0..c.chunks.len()).collect();
        let note = " (not in order.txt)";
        copy_run(dir, p, &c.chunks, &all, note, &mut stream, out)?;
    }
    Ok(())
}

/// Whether `dir` is an exploded directory: its `order.txt`, when it is one.
pub(crate) fn manifest_of(dir: &Path) -> io::Result<Option<String>> {
    match std::fs::read(dir.join(crate::emit::explode::MANIFEST)) {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            Ok(Manifest::recognise(&text).then_some(text))
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}
