//! The commands behind the `pgsplit` binary, callable from Rust (the binary only parses
//! arguments). Each returns the process exit code: 0 success, 1 differences (later verbs),
//! 2 error.
//!
//! ```
//! use pgsplit::cli::{split, Input, SplitOptions};
//! use pgsplit::emit::Format;
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("a.sql");
//! std::fs::write(&path, "SELECT 1;\nSELECT 2;\n").unwrap();
//! let opts = SplitOptions { input: Input::Path(path), format: Format::Nul, ..SplitOptions::default() };
//! let (mut out, mut err) = (Vec::new(), Vec::new());
//! assert_eq!(split(&opts, &mut out, &mut err), 0);
//! assert_eq!(out, b"SELECT 1;\0SELECT 2;\0");
//! ```

mod alembic;
mod analyze;
mod compare;
mod explode;
mod input;
mod reassemble;
mod verify;

pub use alembic::{alembic, AlembicOptions, DataPolicy};
pub use compare::{diff, normalize, CompareOptions};
pub use explode::{explode, explode_places, ExplodeOptions};
pub use input::Input;
pub use verify::{verify, VerifyOptions};

use crate::emit::dir::DirWriter;
use crate::emit::{Emitter, Format};
use crate::report;
use crate::segment::{Detail, Diagnostic, MetaEffect, Segment, SegmentKind, Severity};
use crate::{Encoding, ScanOptions, Scanner};
use input::Source;
use std::collections::BTreeMap;
use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;

/// Options of `pgsplit split`.
#[derive(Clone, Debug)]
pub struct SplitOptions {
    /// Where to read.
    pub input: Input,
    /// Output format (ignored with `out_dir`).
    pub format: Format,
    /// Write one file per statement here instead of standard output.
    pub out_dir: Option<PathBuf>,
    /// Keep psql meta-commands in `sql`, `nul` and `out_dir` output.
    pub keep_meta: bool,
    /// Client encoding at the start of input.
    pub encoding: Encoding,
    /// standard_conforming_strings at the start of input.
    pub standard_conforming_strings: bool,
    /// Warnings are errors.
    pub strict: bool,
    /// Allow a non-empty `out_dir`.
    pub force: bool,
    /// Write output while reading, in one pass (a late error can leave partial output).
    pub stream: bool,
    /// No notes on standard error.
    pub quiet: bool,
    /// Put statements in dependency order (`--order dependency`, `pgsplit order`).
    pub order: bool,
}

impl Default for SplitOptions {
    fn default() -> Self {
        SplitOptions {
            input: Input::Stdin,
            format: Format::Sql,
            out_dir: None,
            keep_meta: false,
            encoding: Encoding::UTF8,
            standard_conforming_strings: true,
            strict: false,
            force: false,
            stream: false,
            quiet: false,
            order: false,
        }
    }
}

/// A problem that stops a command before or outside the SQL (unreadable input, unwritable
/// output ...).
#[derive(Debug)]
pub struct CliError {
    /// What it concerns (a file name, or `pgsplit`).
    pub subject: String,
    /// The message.
    pub message: String,
}

impl CliError {
    fn io(subject: &str, what: &str, e: io::Error) -> CliError {
        CliError {
            subject: subject.to_owned(),
            message: format!("{what}: {}", io_message(&e)),
        }
    }
}

/// The exit code of a command's run: its own, or 2 after printing the error that stopped it
/// (`FILE: error: ...`).
fn exit_code(r: Result<i32, CliError>, err: &mut dyn Write) -> i32 {
    match r {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(err, "{}: error: {}", e.subject, e.message);
            2
        }
    }
}

/// Writes all of `text` to standard output; a reader that stopped early (`| head -1`) is not
/// an error.
fn write_stdout(out: &mut dyn Write, text: &[u8]) -> Result<(), CliError> {
    match out.write_all(text).and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        r => r.map_err(|e| CliError::io("<stdout>", "cannot write", e)),
    }
}

fn io_message(e: &io::Error) -> String {
    let s = e.to_string();
    // "No such file or directory (os error 2)" -> without the errno
    match s.find(" (os error") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

/// Runs `pgsplit split`. Diagnostics go to `err`; the exit code is returned.
pub fn split(opts: &SplitOptions, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    exit_code(split_inner(opts, out, err), err)
}

/// Runs `pgsplit graph`: the dependency graph of the input as Graphviz DOT (`dot`) or JSON.
/// Uses `input`, `encoding`, `standard_conforming_strings`, `strict` and `quiet` of `opts`.
///
/// ```
/// use pgsplit::cli::{graph, Input, SplitOptions};
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("a.sql");
/// std::fs::write(&path, "CREATE TABLE t (a int);\nCREATE VIEW v AS SELECT a FROM t;\n").unwrap();
/// let opts = SplitOptions { input: Input::Path(path), ..SplitOptions::default() };
/// let (mut out, mut err) = (Vec::new(), Vec::new());
/// assert_eq!(graph(&opts, true, &mut out, &mut err), 0);
/// assert!(String::from_utf8(out).unwrap().contains("n0 -> n1;"));
/// ```
pub fn graph(opts: &SplitOptions, dot: bool, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut run = || -> Result<i32, CliError> {
        let label = opts.input.label();
        let mut source = Source::open(&opts.input, true)?;
        let scan = ScanOptions {
            encoding: opts.encoding,
            standard_conforming_strings: opts.standard_conforming_strings,
            trivia: false,
            ..ScanOptions::default()
        };
        analyze::graph_command(&mut source, &scan, dot, out, err, opts, &label)
    };
    exit_code(run(), err)
}

/// What one pass over the input found.
#[derive(Default)]
struct Report {
    diagnostics: Vec<Diagnostic>,
    errors: usize,
    warnings: usize,
    left_out: BTreeMap<String, usize>,
    statements: u64,
}

impl Report {
    fn add(&mut self, d: Diagnostic) {
        match d.severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Note => {}
        }
        self.diagnostics.push(d);
    }

    fn failed(&self, strict: bool) -> bool {
        self.errors > 0 || (strict && self.warnings > 0)
    }
}

fn split_inner(
    opts: &SplitOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, CliError> {
    let label = opts.input.label();
    let mut source = Source::open(&opts.input, !opts.stream || opts.order)?;
    let scan = ScanOptions {
        encoding: opts.encoding,
        standard_conforming_strings: opts.standard_conforming_strings,
        trivia: false,
        ..ScanOptions::default()
    };
    let meta_left_out = !opts.keep_meta
        && (opts.out_dir.is_some() || matches!(opts.format, Format::Sql | Format::Nul));
    let needs_utf8 = opts.out_dir.is_none() && matches!(opts.format, Format::Json | Format::Jsonl);

    // Line and column numbers are only computed where they are printed: JSON output, and
    // diagnostics (in one pass with --stream).
    let positions = |on: bool| ScanOptions {
        positions: on,
        ..scan.clone()
    };
    let write_positions = opts.stream || (opts.out_dir.is_none() && needs_utf8);
    if opts.order || (needs_utf8 && !opts.stream) {
        // JSON describes each statement; ordering needs them all first.
        return analyze::split(opts, &mut source, out, err, &label, &scan);
    }
    if !opts.stream {
        // Pass 1: read everything and check it; nothing is written unless it is all fine.
        // Without positions first; only if there is something to report, again with them.
        let mut check = |on: bool| -> Result<Report, CliError> {
            let mut report = Report::default();
            run_pass(
                source.reader()?,
                &positions(on),
                None,
                &mut report,
                meta_left_out,
                needs_utf8,
                &label,
            )?;
            Ok(report)
        };
        let mut report = check(false)?;
        if !report.diagnostics.is_empty() {
            report = check(true)?;
        }
        print_report(&report, opts, &label, &mut source, err)?;
        if report.failed(opts.strict) {
            return Ok(2);
        }
    }
    let mut report = Report::default();
    let result = match &opts.out_dir {
        Some(dir) => {
            let mut w = DirWriter::create(dir, opts.force, opts.keep_meta)
                .map_err(|e| CliError::io(&dir.display().to_string(), "cannot write", e))?;
            run_pass(
                source.reader()?,
                &positions(write_positions),
                Some(Sink::Dir(&mut w)),
                &mut report,
                meta_left_out,
                needs_utf8,
                &label,
            )?;
            if opts.stream && report.failed(opts.strict) {
                drop(w);
                Ok(())
            } else {
                w.finish()
                    .map(|_| ())
                    .map_err(|e| CliError::io(&dir.display().to_string(), "cannot write", e))
            }
        }
        None => {
            let mut emitter = Emitter::new(
                BufWriter::with_capacity(1 << 16, out),
                opts.format,
                opts.keep_meta,
            );
            run_pass(
                source.reader()?,
                &positions(write_positions),
                Some(Sink::Stdout(&mut emitter)),
                &mut report,
                meta_left_out,
                needs_utf8,
                &label,
            )
            .and_then(|()| {
                emitter
                    .finish()
                    .map(|_| ())
                    .map_err(|e| CliError::io("<stdout>", "cannot write", e))
            })
        }
    };
    match result {
        Ok(()) => {}
        Err(e) if e.message.ends_with("Broken pipe") => return Ok(0),
        Err(e) => return Err(e),
    }
    if opts.stream {
        print_report(&report, opts, &label, &mut source, err)?;
        if report.failed(opts.strict) {
            return Ok(2);
        }
    }
    Ok(0)
}

enum Sink<'a, 'w> {
    Stdout(&'a mut Emitter<BufWriter<&'w mut dyn Write>>),
    Dir(&'a mut DirWriter),
}

/// Reads the whole input once: collects diagnostics (the scanner's, plus text that is not
/// valid in its encoding) and, with a sink, writes the output.
fn run_pass(
    reader: Box<dyn Read + '_>,
    scan: &ScanOptions,
    mut sink: Option<Sink<'_, '_>>,
    report: &mut Report,
    meta_left_out: bool,
    needs_utf8: bool,
    label: &str,
) -> Result<(), CliError> {
    let mut scanner = Scanner::with_options(reader, scan.clone());
    while let Some(seg) = scanner.next_segment() {
        let seg = seg.map_err(|e| CliError {
            subject: label.to_owned(),
            message: e.to_string(),
        })?;
        note_segment(&seg, report, meta_left_out, needs_utf8);
        let written = match sink.as_mut() {
            Some(Sink::Stdout(e)) => e.segment(&seg),
            Some(Sink::Dir(w)) => w.segment(&seg),
            None => Ok(()),
        };
        written.map_err(|e| CliError::io("<stdout>", "cannot write", e))?;
    }
    Ok(())
}

/// Adds what a segment tells the report: its diagnostics, invalid text, counts.
fn note_segment(seg: &Segment<'_>, report: &mut Report, meta_left_out: bool, needs_utf8: bool) {
    for d in &seg.diagnostics {
        if d.code == "meta-command" && !meta_left_out {
            continue;
        }
        report.add(d.clone());
    }
    if seg.kind() != SegmentKind::Trivia {
        if let Some(d) = check_encoding(seg, needs_utf8) {
            report.add(d);
        }
    }
    match &seg.detail {
        Detail::Statement(_) => report.statements += 1,
        Detail::Meta(m)
            if meta_left_out && !m.effect.changes_meaning() && m.effect != MetaEffect::Restrict =>
        {
            *report.left_out.entry(m.name.clone()).or_default() += 1;
        }
        _ => {}
    }
}

/// Text that is not valid in its encoding: the server would reject it.
fn check_encoding(seg: &Segment<'_>, needs_utf8: bool) -> Option<Diagnostic> {
    let text = match seg.copy_data() {
        Some(c) => &seg.text[..c.data_len],
        None => &seg.text[..],
    };
    let bad = match seg.encoding.validate(text) {
        Err(bad) => bad,
        Ok(()) => {
            if needs_utf8 && seg.encoding.decode(text).is_err() {
                return Some(Diagnostic {
                    severity: Severity::Error,
                    code: "encoding-unsupported",
                    message: format!(
                        "JSON output needs UTF-8, and pgsplit cannot convert from {}; use --format sql or nul",
                        seg.encoding
                    ),
                    at: seg.start,
                });
            }
            return None;
        }
    };
    let at = seg.start.advance(&text[..bad.offset], seg.encoding);
    let bytes: Vec<String> = bad.bytes.iter().map(|b| format!("0x{b:02x}")).collect();
    Some(Diagnostic {
        severity: Severity::Error,
        code: "invalid-encoding",
        message: format!(
            "invalid byte sequence for encoding {}: {}",
            seg.encoding,
            bytes.join(" ")
        ),
        at,
    })
}

/// Most diagnostics printed per code; the rest are counted.
const PER_CODE: usize = 20;

fn print_report(
    report: &Report,
    opts: &SplitOptions,
    label: &str,
    source: &mut Source,
    err: &mut dyn Write,
) -> Result<(), CliError> {
    let mut shown: BTreeMap<&str, usize> = BTreeMap::new();
    let e = |e| CliError::io("<stderr>", "cannot write", e);
    for d in &report.diagnostics {
        let strict_error = opts.strict && d.severity == Severity::Warning;
        if d.severity == Severity::Note && opts.quiet {
            continue;
        }
        let n = shown.entry(d.code).or_default();
        *n += 1;
        if *n > PER_CODE {
            continue;
        }
        let mut d = d.clone();
        if strict_error {
            d.severity = Severity::Error;
        }
        let excerpt = if d.severity == Severity::Note {
            None
        } else {
            source.excerpt(d.at.offset)
        };
        let text = report::render(label, &d, excerpt.as_ref().map(|(l, c)| (l.as_str(), *c)));
        err.write_all(text.as_bytes()).map_err(e)?;
    }
    for (code, n) in shown {
        if n > PER_CODE {
            writeln!(err, "{label}: ... and {} more [{code}]", n - PER_CODE).map_err(e)?;
        }
    }
    if report.statements == 0 && report.errors == 0 && !opts.quiet {
        // an empty file, only comments, a pipe whose writer failed: say so, it is rarely meant
        writeln!(
            err,
            "{label}: note: no SQL statements in the input (psql would send nothing)"
        )
        .map_err(e)?;
    }
    if !report.left_out.is_empty() && !opts.quiet {
        let list: Vec<String> = report
            .left_out
            .iter()
            .map(|(name, n)| {
                if *n == 1 {
                    format!("\\{name}")
                } else {
                    format!("\\{name} x{n}")
                }
            })
            .collect();
        writeln!(
            err,
            "{label}: note: left out {} psql meta-command{} ({}); --keep-meta keeps them",
            report.left_out.values().sum::<usize>(),
            if report.left_out.values().sum::<usize>() == 1 {
                ""
            } else {
                "s"
            },
            list.join(", ")
        )
        .map_err(e)?;
    }
    Ok(())
}
