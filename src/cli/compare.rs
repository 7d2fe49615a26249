//! `pgsplit normalize` and `pgsplit diff`: inputs read into canonical schemas.

use super::analyze::{self, Analysis, Trees};
use super::input::Source;
use super::{print_report, write_stdout, CliError, Input, Report, SplitOptions};
use crate::canon::{Policy, Schema};
use crate::diff::Color;
use crate::segment::{Diagnostic, Severity};
use crate::{Encoding, ScanOptions};
use std::io::Write;

/// Options of `pgsplit normalize` and `pgsplit diff`.
#[derive(Clone, Debug)]
pub struct CompareOptions {
    /// Client encoding at the start of each input.
    pub encoding: Encoding,
    /// standard_conforming_strings at the start of each input.
    pub standard_conforming_strings: bool,
    /// Warnings (unsupported statements, migration steps not applied) are errors.
    pub strict: bool,
    /// No notes on standard error.
    pub quiet: bool,
    /// What is left out of the comparison (or of the normalized text).
    pub policy: Policy,
    /// `diff`: the JSON report instead of the human one.
    pub json: bool,
    /// `diff`: colours in the human report.
    pub color: Color,
    /// `diff`: no unified diff of changed objects, only their details.
    pub brief: bool,
    /// The role the scripts run as (`--role`: what `CURRENT_USER` names).
    pub role: Option<String>,
}

impl Default for CompareOptions {
    fn default() -> Self {
        CompareOptions {
            encoding: Encoding::UTF8,
            standard_conforming_strings: true,
            strict: false,
            quiet: false,
            policy: Policy::default(),
            json: false,
            color: Color::Never,
            brief: false,
            role: None,
        }
    }
}

/// One input read and classified, its diagnostics so far, and what is needed to print them.
struct Read {
    label: String,
    source: Source,
    report: Report,
    analysis: Analysis,
}

/// Reads and classifies `input`; with `earlier`, statements it classified are taken over
/// instead of parsed again.
fn analyze(input: &Input, opts: &CompareOptions, earlier: Option<&Read>) -> Result<Read, CliError> {
    let label = input.label();
    let mut source = Source::open(input, true)?;
    let scan = ScanOptions {
        encoding: opts.encoding,
        standard_conforming_strings: opts.standard_conforming_strings,
        trivia: false,
        positions: true,
        ..ScanOptions::default()
    };
    let mut report = Report::default();
    let trees = match earlier {
        Some(r) => Trees::Reuse(&r.analysis),
        None => Trees::Keep,
    };
    let analysis = analyze::collect(&mut source, &scan, &mut report, false, false, &label, trees)?;
    Ok(Read {
        label,
        source,
        report,
        analysis,
    })
}

/// Folds what `read` classified into its canonical schema, printing diagnostics; `None`
/// when they stop the command (errors, or warnings with `--strict`).
fn build(
    read: Read,
    opts: &CompareOptions,
    err: &mut dyn Write,
) -> Result<Option<Schema>, CliError> {
    report(fold(read, 1, opts.role.as_deref()), opts, err)
}

/// An input folded into its schema, its diagnostics not printed yet.
struct Folded {
    read: Read,
    schema: Schema,
}

/// The fold alone (no output), one of `folds` running at once: the two sides of a diff
/// fold together.
fn fold(mut read: Read, folds: usize, role: Option<&str>) -> Folded {
    let trees = std::mem::take(&mut read.analysis.trees);
    let schema = Schema::build_with_trees(&read.analysis.items, trees, folds, role);
    Folded { read, schema }
}

/// Prints the diagnostics of a folded input; its schema, or `None` when they stop the
/// command (errors, or warnings with `--strict`).
fn report(
    folded: Folded,
    opts: &CompareOptions,
    err: &mut dyn Write,
) -> Result<Option<Schema>, CliError> {
    let Folded { read, schema } = folded;
    let Read {
        label,
        mut source,
        mut report,
        analysis,
    } = read;
    for n in &schema.notes {
        if n.code == "unsupported-statement"
            && analysis.items[n.statement].class.class == crate::model::Class::Unsupported
        {
            continue; // reported while reading
        }
        report.add(Diagnostic {
            severity: if n.warning {
                Severity::Warning
            } else {
                Severity::Note
            },
            code: n.code,
            message: n.message.clone(),
            at: analysis.position(n.statement),
        });
    }
    let split_opts = SplitOptions {
        strict: opts.strict,
        quiet: opts.quiet,
        ..SplitOptions::default()
    };
    print_report(&report, &split_opts, &label, &mut source, err)?;
    if report.failed(opts.strict) {
        return Ok(None);
    }
    Ok(Some(schema))
}

/// Runs `pgsplit normalize`: the canonical text of `input` (what `opts.policy` ignores left
/// out; `CompareOptions::default()` leaves out owners and grants, `Policy::everything()`
/// nothing).
///
/// ```
/// use pgsplit::canon::Policy;
/// use pgsplit::cli::{normalize, CompareOptions, Input};
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("a.sql");
/// std::fs::write(&path, "create table t (id serial primary key);").unwrap();
/// let opts = CompareOptions { policy: Policy::everything(), ..CompareOptions::default() };
/// let (mut out, mut err) = (Vec::new(), Vec::new());
/// assert_eq!(normalize(&Input::Path(path), &opts, &mut out, &mut err), 0);
/// let text = String::from_utf8(out).unwrap();
/// assert!(text.contains("ADD CONSTRAINT t_pkey PRIMARY KEY (id)"));
/// assert!(text.contains("CREATE SEQUENCE public.t_id_seq AS int"));
/// ```
pub fn normalize(
    input: &Input,
    opts: &CompareOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let run = |out: &mut dyn Write, err: &mut dyn Write| -> Result<i32, CliError> {
        let Some(schema) = build(analyze(input, opts, None)?, opts, err)? else {
            return Ok(2);
        };
        write_stdout(out, schema.render(&opts.policy).as_bytes())?;
        Ok(0)
    };
    let r = run(out, err);
    super::exit_code(r, err)
}

/// Runs `pgsplit diff`: 0 when `a` and `b` build equal schemas, 1 when they differ, 2 on
/// an error.
///
/// ```
/// use pgsplit::cli::{diff, CompareOptions, Input};
/// let dir = tempfile::tempdir().unwrap();
/// let (a, b) = (dir.path().join("a.sql"), dir.path().join("b.sql"));
/// std::fs::write(&a, "CREATE TABLE public.t (id integer NOT NULL);\nALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);\n").unwrap();
/// std::fs::write(&b, "create table t (id int primary key);").unwrap();
/// let (mut out, mut err) = (Vec::new(), Vec::new());
/// assert_eq!(diff(&Input::Path(a), &Input::Path(b), &CompareOptions::default(), &mut out, &mut err), 0);
/// ```
pub fn diff(
    a: &Input,
    b: &Input,
    opts: &CompareOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let show = |sa: &Schema, sb: &Schema, out: &mut dyn Write| -> Result<i32, CliError> {
        let d = crate::diff::diff(sa, sb, &opts.policy);
        let text = if opts.json {
            crate::diff::json(&d)
        } else {
            crate::diff::human(&d, (&a.label(), &b.label()), opts.color, opts.brief)
        };
        write_stdout(out, text.as_bytes())?;
        Ok(if d.is_equal() { 0 } else { 1 })
    };
    let run = |out: &mut dyn Write, err: &mut dyn Write| -> Result<i32, CliError> {
        if matches!((a, b), (Input::Stdin, Input::Stdin)) {
            return Err(CliError {
                subject: "pgsplit".to_owned(),
                message: "only one side can be standard input (-)".to_owned(),
            });
        }
        let _memo = crate::canon::Memo::new();
        if let (Input::Path(pa), Input::Path(pb)) = (a, b) {
            if same_file(pa, pb) {
                // most likely a slip: say so, and read the file once (one report of its
                // findings, not two)
                if !opts.quiet {
                    writeln!(
                        err,
                        "pgsplit: warning: {} and {} are the same file: it is compared with itself",
                        a.label(),
                        b.label()
                    )
                    .map_err(|e| CliError::io("<stderr>", "cannot write", e))?;
                }
                let Some(s) = report(
                    fold(analyze(a, opts, None)?, 1, opts.role.as_deref()),
                    opts,
                    err,
                )?
                else {
                    return Ok(2);
                };
                return show(&s, &s, out);
            }
        }
        // B is mostly A's statements: what A classified is not parsed again
        let ra = analyze(a, opts, None)?;
        let rb = analyze(b, opts, Some(&ra))?;
        // each fold keeps its workers busy only while its main thread keeps up: two folds
        // at once, each on half the cores, fill them (and tables keep their columns
        // encoded, so the two schemas fit in less memory than one did with decoded columns)
        let (sa, sb) = std::thread::scope(|s| {
            let fa = s.spawn(|| fold(ra, 2, opts.role.as_deref()));
            let fb = fold(rb, 2, opts.role.as_deref());
            (fa.join().expect("a worker panicked"), fb)
        });
        let sa = report(sa, opts, err)?;
        let sb = report(sb, opts, err)?;
        let (Some(sa), Some(sb)) = (sa, sb) else {
            return Ok(2);
        };
        show(&sa, &sb, out)
    };
    let r = run(out, err);
    super::exit_code(r, err)
}

/// Whether two paths name the same file (or directory).
fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}
