//! `pgsplit explode`: a dump as one file per object (the layout is
//! [`emit::explode`](crate::emit::explode)'s), and where each statement goes.

use super::analyze::{self, Trees};
use super::input::Source;
use super::{print_report, CliError, Input, Report, SplitOptions};
use crate::emit::explode::{directory, ExplodeWriter, Layout, DATA, OTHER, SESSION};
use crate::model::{Class, ObjectId, ObjectKind};
use crate::order::{graph, Item};
use crate::{Encoding, ScanOptions};
use std::io::Write;
use std::path::PathBuf;

/// Options of `pgsplit explode`.
#[derive(Clone, Debug)]
pub struct ExplodeOptions {
    /// The dump.
    pub input: Input,
    /// Where the files go.
    pub out_dir: PathBuf,
    /// Replace an earlier explode's files in a directory that is not empty.
    pub force: bool,
    /// Client encoding at the start of the input.
    pub encoding: Encoding,
    /// standard_conforming_strings at the start of the input.
    pub standard_conforming_strings: bool,
    /// Warnings are errors.
    pub strict: bool,
    /// No notes on standard error.
    pub quiet: bool,
}

impl ExplodeOptions {
    /// Options for `input` into `out_dir`, everything else as the command line's defaults.
    pub fn new(input: Input, out_dir: PathBuf) -> ExplodeOptions {
        ExplodeOptions {
            input,
            out_dir,
            force: false,
            encoding: Encoding::UTF8,
            standard_conforming_strings: true,
            strict: false,
            quiet: false,
        }
    }
}

/// Kinds whose definitions live in their table's file.
fn folded_into_table(kind: ObjectKind) -> bool {
    matches!(
        kind,
        ObjectKind::Index
            | ObjectKind::Trigger
            | ObjectKind::Rule
            | ObjectKind::Policy
            | ObjectKind::Constraint
            | ObjectKind::Column
            | ObjectKind::Statistics
    )
}

fn is_table(kind: ObjectKind) -> bool {
    matches!(
        kind,
        ObjectKind::Table | ObjectKind::Partition | ObjectKind::ForeignTable
    )
}

/// The object's name as its file is named: its identity without the kind, and without the
/// double quotes of quoted names (`app."Users"` is `app.Users`).
fn name_of(o: &ObjectId) -> String {
    let id = o
        .identity
        .split_once(':')
        .map_or(o.identity.as_str(), |(_, n)| n);
    let mut out = String::with_capacity(id.len());
    let mut chars = id.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                out.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            c => out.push(c),
        }
    }
    out
}

/// The file each statement goes to (relative, `/`-separated): settings and meta-commands
/// to `session.sql`; a definition to its object's file, except indexes, triggers, rules,
/// policies, constraints and statistics, which go to their table's file, as do sequences
/// owned by a table column; an attached statement to the file of what it is attached to;
/// data (COPY, INSERT, setval, REFRESH) to `data/` under the name of that file; anything
/// else to the file of the object it names, or `other.sql`.
pub(crate) fn places(items: &[Item]) -> Vec<String> {
    let owners = graph::owners(items);
    let index = graph::index(items);
    let kind_of = |j: usize| items[j].class.object.as_ref().map(|o| o.kind);
    let mut parent: Vec<Option<usize>> = items
        .iter()
        .enumerate()
        .map(|(i, it)| match it.class.class {
            Class::Attached => owners[i],
            Class::Definition if kind_of(i).is_some_and(folded_into_table) => owners[i],
            _ => None,
        })
        .collect();
    // a sequence owned by a column goes with its table
    for (i, it) in items.iter().enumerate() {
        if it.class.action != Some("owned-by") {
            continue;
        }
        let Some(s) = owners[i] else { continue };
        if kind_of(s) != Some(ObjectKind::Sequence) || parent[s].is_some() {
            continue;
        }
        parent[s] = it
            .class
            .refs
            .iter()
            .flat_map(|r| index.lookup(&r.target, &it.search_path))
            .find(|&j| {
                j != s
                    && items[j].class.class == Class::Definition
                    && kind_of(j).is_some_and(is_table)
            });
    }
    let root = |i: usize| {
        let mut k = i;
        // (bounded: owners never form long chains, and a cycle must not hang)
        for _ in 0..16 {
            match parent[k] {
                Some(p) if p != k => k = p,
                _ => break,
            }
        }
        k
    };
    let mut layout = Layout::default();
    items
        .iter()
        .enumerate()
        .map(|(i, it)| {
            let c = &it.class;
            if c.class == Class::Setting || it.text.starts_with('\\') {
                return SESSION.to_owned();
            }
            let data = c.class == Class::Attached
                && matches!(
                    c.action,
                    Some("data" | "setval" | "refresh" | "refresh-concurrently")
                );
            let home = root(i);
            let object = match (&items[home].class.object, &c.object) {
                (Some(o), _) if home != i || c.class == Class::Definition => o,
                (_, Some(o)) => o,
                _ => return OTHER.to_owned(),
            };
            let (dir, key, name) = match (&object.parent, &object.schema) {
                // in a table the input does not define
                (Some(table), schema) if folded_into_table(object.kind) => {
                    let name = match schema {
                        Some(s) => format!("{s}.{table}"),
                        None => table.clone(),
                    };
                    ("tables", format!("table:{name}"), name)
                }
                _ => (
                    directory(object.kind),
                    object.identity.clone(),
                    name_of(object),
                ),
            };
            if data {
                layout.path(DATA, &key, &name)
            } else {
                layout.path(dir, &key, &name)
            }
        })
        .collect()
}

/// Where each statement of `sql` goes in the exploded layout (see [`explode`]): the file,
/// relative to the output directory.
///
/// ```
/// use pgsplit::cli::explode_places;
/// let sql = "SET search_path = '';\n\
///            CREATE TABLE app.t (id int);\n\
///            CREATE INDEX t_i ON app.t (id);\n\
///            COMMENT ON INDEX app.t_i IS 'x';\n\
///            CREATE VIEW app.v AS SELECT 1;\n\
///            SELECT 1;";
/// assert_eq!(
///     explode_places(sql).unwrap(),
///     ["session.sql", "tables/app.t.sql", "tables/app.t.sql", "tables/app.t.sql",
///      "views/app.v.sql", "other.sql"]
/// );
/// ```
pub fn explode_places(sql: &str) -> Result<Vec<String>, crate::ScanError> {
    let mut items: Vec<Item> = crate::split_statements(sql)?
        .into_iter()
        .map(|text| Item {
            class: crate::model::Classified::default(),
            text,
            search_path: Vec::new(),
            pin: crate::order::Pin::Free,
        })
        .collect();
    crate::classify::classify_each(
        &mut items,
        &crate::classify::Context::default(),
        |it| Some(it.text.as_str()),
        |it| &mut it.class,
        |it, path| it.search_path = path.to_vec(),
    );
    Ok(places(&items))
}

/// Runs `pgsplit explode`: 0 when the files are written, 2 on an error (nothing written).
///
/// ```
/// use pgsplit::cli::{explode, ExplodeOptions, Input};
/// let dir = tempfile::tempdir().unwrap();
/// let dump = dir.path().join("dump.sql");
/// std::fs::write(&dump, "CREATE TABLE t (id int);\nCOPY t (id) FROM stdin;\n1\n\\.\n").unwrap();
/// let out = dir.path().join("schema");
/// let (mut o, mut e) = (Vec::new(), Vec::new());
/// assert_eq!(explode(&ExplodeOptions::new(Input::Path(dump), out.clone()), &mut o, &mut e), 0);
/// // (unqualified names are in the first schema of the search path: public)
/// assert_eq!(std::fs::read_to_string(out.join("data/public.t.sql")).unwrap(), "COPY t (id) FROM stdin;\n1\n\\.\n");
/// assert!(std::fs::read_to_string(out.join("order.txt")).unwrap().ends_with("tables/public.t.sql\ndata/public.t.sql\n"));
/// ```
pub fn explode(opts: &ExplodeOptions, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    super::exit_code(run(opts, out, err), err)
}

fn run(opts: &ExplodeOptions, _out: &mut dyn Write, err: &mut dyn Write) -> Result<i32, CliError> {
    let label = opts.input.label();
    let mut source = Source::open(&opts.input, true)?;
    let scan = ScanOptions {
        encoding: opts.encoding,
        standard_conforming_strings: opts.standard_conforming_strings,
        trivia: false,
        positions: true,
        ..ScanOptions::default()
    };
    let mut report = Report::default();
    let analysis = analyze::collect(
        &mut source,
        &scan,
        &mut report,
        false,
        false,
        &label,
        Trees::Drop,
    )?;
    let split_opts = SplitOptions {
        strict: opts.strict,
        quiet: opts.quiet,
        ..SplitOptions::default()
    };
    print_report(&report, &split_opts, &label, &mut source, err)?;
    if report.failed(opts.strict) {
        return Ok(2);
    }
    let paths = places(&analysis.items);
    let dir = opts.out_dir.display().to_string();
    let mut w = ExplodeWriter::create(&opts.out_dir, opts.force)
        .map_err(|e| CliError::io(&dir, "cannot write", e))?;
    analyze::write_exploded(&analysis, &paths, &mut source, &mut w, &dir)?;
    let files = w
        .finish()
        .map_err(|e| CliError::io(&dir, "cannot write", e))?;
    if !opts.quiet {
        let _ = writeln!(
            err,
            "{label}: {} statements in {files} files under {dir}, load order in {dir}/{}",
            analysis.items.len(),
            crate::emit::explode::MANIFEST,
        );
    }
    Ok(0)
}
