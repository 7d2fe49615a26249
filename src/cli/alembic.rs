//! `pgsplit alembic`: a dump (or any psql script) as one ready Alembic migration.
//!
//! The statements are classified and put in dependency order as `pgsplit order` does;
//! then, in that order:
//! * psql meta-commands and transaction control are left out (Alembic runs the migration in
//!   its own transaction);
//! * settings that change how later statements are read (`search_path`,
//!   `check_function_bodies`, `standard_conforming_strings`, ...) become transaction-local
//!   (`SET LOCAL`, `set_config(..., true)`), and the search path is put back at the end, so
//!   that Alembic's own `alembic_version` update finds its table; other settings (timeouts,
//!   `client_encoding`, `client_min_messages`) are left out;
//! * owners and privileges are left out unless asked for (`--owners`, `--privileges`);
//! * data (`COPY`, `INSERT`, `setval`, large objects) follows `--data`: `COPY ... FROM stdin`
//!   in text format becomes `INSERT` statements, or is left out, or is an error;
//! * statements that cannot run in a transaction block run in an autocommit block.
//!
//! `downgrade()` drops every object the migration defines, in reverse order (see
//! [`crate::order::drop_statement`]).

use super::analyze::{self, Trees};
use super::input::Source;
use super::{print_report, CliError, Input, Report, SplitOptions};
use crate::emit::alembic::{self, Migration, Statement, Statements};
use crate::model::{Class, Classified, ObjectId, ObjectKind, Target};
use crate::order::push_sql_ident as push_ident;
use crate::order::{self, Step};
use crate::segment::{Diagnostic, Severity};
use crate::{Encoding, ScanOptions};
use pg_query::NodeEnum;
use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::path::PathBuf;

/// What to do with data (`COPY`, `INSERT`, `setval`, large objects).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataPolicy {
    /// `COPY ... FROM stdin` becomes `INSERT` statements; other data statements stay.
    Insert,
    /// Left out (counted in the docstring).
    Skip,
    /// An error naming the first data statement.
    Error,
}

/// Options of `pgsplit alembic`.
#[derive(Clone, Debug)]
pub struct AlembicOptions {
    /// The dump.
    pub input: Input,
    /// `revision`.
    pub revision: String,
    /// `down_revision`.
    pub down_revision: Option<String>,
    /// The docstring's first line.
    pub message: String,
    /// Where the migration goes (standard output when `None`).
    pub output: Option<PathBuf>,
    /// Statements in a NUL-separated file next to the migration (`-o` needed).
    pub sql_file: bool,
    /// What to do with data.
    pub data: DataPolicy,
    /// Keep `OWNER TO` statements (pg_dump's `--no-owner` is the default).
    pub owners: bool,
    /// Keep `GRANT`, `REVOKE` and `ALTER DEFAULT PRIVILEGES` (`--no-privileges` is the
    /// default).
    pub privileges: bool,
    /// Only objects in these schemas (pg_dump's `--schema`).
    pub schemas: Vec<String>,
    /// Not objects in these schemas (pg_dump's `--exclude-schema`).
    pub exclude_schemas: Vec<String>,
    /// Client encoding at the start of the input.
    pub encoding: Encoding,
    /// standard_conforming_strings at the start of the input.
    pub standard_conforming_strings: bool,
    /// Warnings are errors.
    pub strict: bool,
    /// No notes on standard error.
    pub quiet: bool,
}

impl Default for AlembicOptions {
    fn default() -> Self {
        AlembicOptions {
            input: Input::Stdin,
            revision: "001_initial_schema".to_owned(),
            down_revision: None,
            message: "initial schema".to_owned(),
            output: None,
            sql_file: false,
            data: DataPolicy::Error,
            owners: false,
            privileges: false,
            schemas: Vec::new(),
            exclude_schemas: Vec::new(),
            encoding: Encoding::UTF8,
            standard_conforming_strings: true,
            strict: false,
            quiet: false,
        }
    }
}

/// Settings kept (transaction-local): they change how the statements after them are read.
const KEPT_SETTINGS: &[&str] = &[
    "search_path",
    "check_function_bodies",
    "standard_conforming_strings",
    "xmloption",
    "default_table_access_method",
    "default_tablespace",
    "row_security",
];

/// A setting statement as the migration runs it, or `None` when it is left out.
fn local_setting(sql: &str) -> Option<String> {
    match statement(sql).ok()?? {
        NodeEnum::VariableSetStmt(mut v) if KEPT_SETTINGS.contains(&v.name.as_str()) => {
            v.is_local = true;
            let text = crate::canon::deparse_one(&NodeEnum::VariableSetStmt(v))?;
            Some(format!("{text};"))
        }
        NodeEnum::SelectStmt(_) => {
            // pg_dump's `SELECT pg_catalog.set_config('search_path', '', false);`
            let t = sql.trim_end().trim_end_matches(';').trim_end();
            let head = "SELECT pg_catalog.set_config('search_path', ";
            let body = t.strip_prefix(head)?.strip_suffix(", false)")?;
            Some(format!("{head}{body}, true);"))
        }
        _ => None,
    }
}

/// The first statement of `sql`, parsed (`None`: no statement); the error is the parser's.
fn statement(sql: &str) -> Result<Option<NodeEnum>, String> {
    let tree = crate::classify::parse(sql, 0)?;
    Ok(tree
        .stmts
        .into_iter()
        .next()
        .and_then(|s| s.stmt)
        .and_then(|s| s.node))
}

/// Whether `sql` has one of `words` (upper case) in it, in any case: a cheap test before
/// parsing a statement again.
fn mentions(sql: &str, words: &[&str]) -> bool {
    let upper = sql.to_ascii_uppercase();
    words.iter().any(|w| upper.contains(w))
}

/// Whether a statement cannot run inside a transaction block.
fn needs_autocommit(sql: &str) -> bool {
    let hint = [
        "CONCURRENTLY",
        "VACUUM",
        "ADD VALUE",
        "DATABASE",
        "ALTER SYSTEM",
        "TABLESPACE",
        "SUBSCRIPTION",
    ];
    if !mentions(sql, &hint) {
        return false;
    }
    let Ok(Some(stmt)) = statement(sql) else {
        return false;
    };
    let concurrently = |params: &[pg_query::protobuf::Node]| {
        params
            .iter()
            .any(|p| matches!(&p.node, Some(NodeEnum::DefElem(d)) if d.defname == "concurrently"))
    };
    match &stmt {
        NodeEnum::IndexStmt(s) => s.concurrent,
        NodeEnum::DropStmt(s) => s.concurrent,
        NodeEnum::ReindexStmt(s) => concurrently(&s.params),
        // ADD VALUE cannot run in a transaction before PostgreSQL 12, and a value added in
        // one cannot be used before it commits
        NodeEnum::AlterEnumStmt(s) => s.old_val.is_empty(),
        NodeEnum::VacuumStmt(_)
        | NodeEnum::CreatedbStmt(_)
        | NodeEnum::DropdbStmt(_)
        | NodeEnum::AlterSystemStmt(_)
        | NodeEnum::CreateTableSpaceStmt(_)
        | NodeEnum::DropTableSpaceStmt(_)
        | NodeEnum::CreateSubscriptionStmt(_)
        | NodeEnum::DropSubscriptionStmt(_) => true,
        _ => false,
    }
}

/// The schema a statement's object lives in (a schema's own name for `CREATE SCHEMA`).
fn schema_of(c: &Classified) -> Option<&str> {
    fn target(t: &Target) -> Option<&str> {
        match t {
            Target::Object { schema, .. } => schema.as_deref(),
            Target::DataOf(t) | Target::KeysOf(t) => target(t),
        }
    }
    if let Some(o) = &c.object {
        if o.kind == ObjectKind::Schema {
            return Some(&o.name);
        }
        if o.schema.is_some() {
            return o.schema.as_deref();
        }
    }
    c.attached_to.as_ref().and_then(target)
}

/// Whether a statement makes or changes Alembic's own version table (a dump of a database
/// Alembic manages has it, with its key and its one row).
fn on_alembic_version(c: &Classified) -> bool {
    fn target(t: &Target) -> bool {
        match t {
            Target::Object { name, .. } => name == "alembic_version",
            Target::DataOf(t) | Target::KeysOf(t) => target(t),
        }
    }
    let table = |o: &ObjectId| {
        o.kind == ObjectKind::Table && o.name == "alembic_version"
            || o.parent.as_deref() == Some("alembic_version")
    };
    c.object.as_ref().is_some_and(table) || c.attached_to.as_ref().is_some_and(target)
}

/// A COPY text-format field, decoded (`\N` and the other escapes of `COPY ... FROM`).
fn copy_field(raw: &str) -> Result<Vec<u8>, String> {
    let b = raw.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' || i + 1 == b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        i += 1;
        let c = b[i];
        i += 1;
        match c {
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xff) as u8);
            }
            b'x' if b.get(i).is_some_and(u8::is_ascii_hexdigit) => {
                let mut v = 0u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(d) if d.is_ascii_hexdigit() => {
                            v = v * 16 + (*d as char).to_digit(16).unwrap_or(0);
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(v as u8);
            }
            other => out.push(other),
        }
    }
    if out.contains(&0) {
        return Err("a NUL byte in a value".to_owned());
    }
    Ok(out)
}

/// `s` as a SQL string literal (`E'...'` when it holds a backslash, so that it reads the
/// same whatever `standard_conforming_strings` is).
fn sql_literal(s: &str) -> String {
    if s.contains('\\') {
        format!("E'{}'", s.replace('\\', "\\\\").replace('\'', "''"))
    } else {
        format!("'{}'", s.replace('\'', "''"))
    }
}

/// Rows per generated `INSERT`.
const ROWS_PER_INSERT: usize = 100;

/// `COPY t (cols) FROM stdin` with its text-format `data` as `INSERT` statements; the
/// number of rows.
fn copy_to_inserts(copy: &str, data: &[u8]) -> Result<(Vec<String>, usize), String> {
    let Some(NodeEnum::CopyStmt(c)) = statement(copy)? else {
        return Err("not a COPY statement".to_owned());
    };
    let rel = c.relation.as_ref().ok_or("COPY of a query")?;
    let (mut delimiter, mut null) = ('\t', "\\N".to_owned());
    for o in &c.options {
        let Some(NodeEnum::DefElem(d)) = &o.node else {
            continue;
        };
        let value = d.arg.as_deref().and_then(|a| match &a.node {
            Some(NodeEnum::String(s)) => Some(s.sval.clone()),
            _ => None,
        });
        match (d.defname.as_str(), value.as_deref()) {
            ("format", Some("text")) => {}
            ("format", Some(f)) => {
                return Err(format!(
                    "COPY in {f} format cannot be turned into INSERT statements"
                ))
            }
            ("delimiter", Some(v)) if v.chars().count() == 1 => {
                delimiter = v.chars().next().unwrap_or('\t')
            }
            ("null", Some(v)) => null = v.to_owned(),
            ("encoding" | "freeze", _) => {}
            (name, _) => return Err(format!("COPY option {name} is not supported here")),
        }
    }
    let mut table = String::new();
    if !rel.schemaname.is_empty() {
        push_ident(&mut table, &rel.schemaname);
        table.push('.');
    }
    push_ident(&mut table, &rel.relname);
    let columns: Vec<String> = c
        .attlist
        .iter()
        .filter_map(|n| match &n.node {
            Some(NodeEnum::String(s)) => {
                let mut q = String::new();
                push_ident(&mut q, &s.sval);
                Some(q)
            }
            _ => None,
        })
        .collect();
    // as COPY does, values go into identity columns too (PostgreSQL 10 and later accept
    // the clause on any table)
    let head = if columns.is_empty() {
        format!("INSERT INTO {table} OVERRIDING SYSTEM VALUE VALUES")
    } else {
        format!(
            "INSERT INTO {table} ({}) OVERRIDING SYSTEM VALUE VALUES",
            columns.join(", ")
        )
    };
    let text = std::str::from_utf8(data).map_err(|_| "COPY data that is not UTF-8".to_owned())?;
    let mut rows = Vec::new();
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() && columns.len() != 1 {
            continue;
        }
        // fields end at delimiters that no backslash escapes
        let mut fields = Vec::new();
        let mut start = 0;
        let mut escaped = false;
        for (k, ch) in line.char_indices() {
            if escaped {
                escaped = false;
            } else if ch == '\\' {
                escaped = true;
            } else if ch == delimiter {
                fields.push(&line[start..k]);
                start = k + ch.len_utf8();
            }
        }
        fields.push(&line[start..]);
        if !columns.is_empty() && fields.len() != columns.len() {
            return Err(format!(
                "a row of {} values for {} columns: {line:?}",
                fields.len(),
                columns.len()
            ));
        }
        let mut values = Vec::new();
        for f in fields {
            if f == null {
                values.push("NULL".to_owned());
            } else {
                let bytes = copy_field(f)?;
                let s = String::from_utf8(bytes)
                    .map_err(|_| "an escaped value that is not UTF-8".to_owned())?;
                values.push(sql_literal(&s));
            }
        }
        rows.push(format!("({})", values.join(", ")));
    }
    let n = rows.len();
    let statements = rows
        .chunks(ROWS_PER_INSERT)
        .map(|chunk| format!("{head}\n    {};", chunk.join(",\n    ")))
        .collect();
    Ok((statements, n))
}

/// What undoes one statement of `upgrade()`.
enum Undo<'a> {
    /// Dropping an object (and the table an index is on).
    Drop(&'a ObjectId, Option<(Option<&'a str>, &'a str)>),
    /// Taking a constraint or a default off a table: the table (schema, name), whether it
    /// is a foreign key or a default (what makes a table need another object), and the
    /// statement.
    Off((Option<String>, String), bool, String),
    /// A statement.
    Sql(String),
}

/// What undoes the parts of an `ALTER TABLE` that make an object depend on another:
/// constraints added (a foreign key needs its table, a check its functions) and defaults
/// set (`nextval` needs its sequence).
fn inverse_of(sql: &str) -> Vec<Undo<'static>> {
    use pg_query::protobuf::AlterTableType as T;
    // what this undoes is written `ADD CONSTRAINT name` or `SET DEFAULT`: the other
    // attached statements (owners, comments, ...) are not parsed again
    if !mentions(sql, &["CONSTRAINT", "DEFAULT"]) {
        return Vec::new();
    }
    let Ok(Some(NodeEnum::AlterTableStmt(a))) = statement(sql) else {
        return Vec::new();
    };
    let Some(rel) = &a.relation else {
        return Vec::new();
    };
    let mut table = String::new();
    if !rel.schemaname.is_empty() {
        push_ident(&mut table, &rel.schemaname);
        table.push('.');
    }
    push_ident(&mut table, &rel.relname);
    let key = (
        Some(rel.schemaname.clone()).filter(|s| !s.is_empty()),
        rel.relname.clone(),
    );
    let mut out = Vec::new();
    for cmd in &a.cmds {
        let Some(NodeEnum::AlterTableCmd(c)) = &cmd.node else {
            continue;
        };
        let subtype = T::try_from(c.subtype).unwrap_or(T::Undefined);
        match subtype {
            T::AtAddConstraint => {
                if let Some(NodeEnum::Constraint(k)) = c.def.as_ref().and_then(|d| d.node.as_ref())
                {
                    if !k.conname.is_empty() {
                        let mut n = String::new();
                        push_ident(&mut n, &k.conname);
                        let foreign =
                            k.contype == pg_query::protobuf::ConstrType::ConstrForeign as i32;
                        out.push(Undo::Off(
                            key.clone(),
                            foreign,
                            format!("ALTER TABLE IF EXISTS {table} DROP CONSTRAINT IF EXISTS {n};"),
                        ));
                    }
                }
            }
            T::AtColumnDefault if c.def.is_some() => {
                let mut n = String::new();
                push_ident(&mut n, &c.name);
                out.push(Undo::Off(
                    key.clone(),
                    true,
                    format!("ALTER TABLE IF EXISTS {table} ALTER COLUMN {n} DROP DEFAULT;"),
                ));
            }
            _ => {}
        }
    }
    out
}

/// How the docstring names a kind, plural.
fn kind_label(k: ObjectKind) -> &'static str {
    use ObjectKind as K;
    match k {
        K::Schema => "schemas",
        K::Extension => "extensions",
        K::Table | K::Partition => "tables",
        K::ForeignTable => "foreign tables",
        K::Sequence => "sequences",
        K::Index => "indexes",
        K::View => "views",
        K::MaterializedView => "materialized views",
        K::Function | K::Procedure | K::Aggregate => "functions",
        K::Trigger => "triggers",
        K::Type | K::Enum | K::Composite | K::Range | K::ShellType => "types",
        K::Domain => "domains",
        K::Policy => "policies",
        K::Rule => "rules",
        _ => "other objects",
    }
}

/// The pg_dump and server versions a dump's header names.
fn dump_versions(head: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(head);
    let mut out = Vec::new();
    for (prefix, what) in [
        ("-- Dumped from database version ", "database"),
        ("-- Dumped by pg_dump version ", "pg_dump"),
    ] {
        if let Some(l) = text.lines().find(|l| l.starts_with(prefix)) {
            out.push(format!("{what} {}", l[prefix.len()..].trim()));
        }
    }
    out
}

/// Writes `bytes` to `path` through a temporary file in the same directory (no partial file
/// is ever left).
fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> Result<(), CliError> {
    let label = path.display().to_string();
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .map_err(|e| CliError::io(&label, "cannot write", e))?;
    tmp.write_all(bytes)
        .and_then(|_| tmp.flush())
        .map_err(|e| CliError::io(&label, "cannot write", e))?;
    tmp.persist(path)
        .map_err(|e| CliError::io(&label, "cannot write", e.error))?;
    Ok(())
}

/// Runs `pgsplit alembic`: 0 on success, 2 on an error.
///
/// ```
/// use pgsplit::cli::{alembic, AlembicOptions, Input};
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("schema.sql");
/// std::fs::write(&path, "CREATE TABLE public.t (id integer);\nALTER TABLE public.t OWNER TO app;\n").unwrap();
/// let opts = AlembicOptions { input: Input::Path(path), ..AlembicOptions::default() };
/// let (mut out, mut err) = (Vec::new(), Vec::new());
/// assert_eq!(alembic(&opts, &mut out, &mut err), 0);
/// let py = String::from_utf8(out).unwrap();
/// assert!(py.contains(r#"op.execute(_sql("CREATE TABLE public.t (id integer);"))"#));
/// assert!(py.contains(r#"op.execute(_sql("DROP TABLE IF EXISTS public.t;"))"#));
/// assert!(!py.contains("OWNER TO"));
/// ```
pub fn alembic(opts: &AlembicOptions, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    super::exit_code(run(opts, out, err), err)
}

fn run(opts: &AlembicOptions, out: &mut dyn Write, err: &mut dyn Write) -> Result<i32, CliError> {
    if opts.sql_file && opts.output.is_none() {
        return Err(CliError {
            subject: "pgsplit".to_owned(),
            message: "--sql-file needs -o FILE: the statements go in a file next to the migration"
                .to_owned(),
        });
    }
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
    let mut analysis = analyze::collect(
        &mut source,
        &scan,
        &mut report,
        true,
        true,
        &label,
        Trees::Drop,
    )?;
    let versions = dump_versions(&source.head(16 * 1024)?);
    let split_opts = SplitOptions {
        strict: opts.strict,
        quiet: opts.quiet,
        ..SplitOptions::default()
    };
    let plan = match order::order(std::mem::take(&mut analysis.items)) {
        Ok(p) => p,
        Err(e) => {
            let at = e
                .statements
                .first()
                .map_or(Default::default(), |&i| analysis.position(i));
            report.add(Diagnostic {
                severity: Severity::Error,
                code: "dependency-cycle",
                message: e.to_string(),
                at,
            });
            print_report(&report, &split_opts, &label, &mut source, err)?;
            return Ok(2);
        }
    };
    let mut statements: Vec<Statement> = Vec::new();
    let mut settings: Vec<String> = Vec::new();
    // what undoes each statement of upgrade(), in its order
    let mut undo: Vec<Undo<'_>> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut created: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut left_out: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut rows = 0usize;
    for step in &plan.steps {
        let (index, copy_of, text) = match step {
            Step::Statement(i) => (*i, Some(*i), plan.items[*i].text.as_str()),
            Step::Rewritten { index, text } => (*index, None, text.as_str()),
            Step::Added { item, text, .. } => (*item, None, text.as_str()),
        };
        let c = &plan.items[index].class;
        if text.starts_with('\\') {
            continue; // psql meta-commands: counted as left out by the report
        }
        if c.class == Class::Setting {
            match local_setting(text) {
                Some(s) => settings.push(s),
                None => *left_out.entry("settings").or_default() += 1,
            }
            continue;
        }
        if c.action == Some("transaction") {
            *left_out.entry("transaction statements").or_default() += 1;
            continue;
        }
        if on_alembic_version(c) {
            *left_out
                .entry("statements on alembic_version (Alembic makes its own)")
                .or_default() += 1;
            continue;
        }
        let schema = schema_of(c);
        let wanted = match schema {
            Some(s) => {
                (opts.schemas.is_empty() || opts.schemas.iter().any(|x| x == s))
                    && !opts.exclude_schemas.iter().any(|x| x == s)
            }
            None => opts.schemas.is_empty(),
        };
        if !wanted {
            *left_out.entry("statements in other schemas").or_default() += 1;
            continue;
        }
        if !opts.owners && c.action == Some("owner") {
            *left_out
                .entry("owner changes (--owners keeps them)")
                .or_default() += 1;
            continue;
        }
        let privilege = matches!(c.action, Some("grant" | "revoke"))
            || c.object
                .as_ref()
                .is_some_and(|o| o.kind == ObjectKind::DefaultPrivileges);
        if !opts.privileges && privilege {
            *left_out
                .entry("privilege statements (--privileges keeps them)")
                .or_default() += 1;
            continue;
        }
        let data = matches!(c.action, Some("data" | "setval"))
            || c.object
                .as_ref()
                .is_some_and(|o| o.kind == ObjectKind::LargeObject);
        if data {
            match opts.data {
                DataPolicy::Skip => {
                    *left_out.entry("data statements (--data skip)").or_default() += 1;
                    continue;
                }
                DataPolicy::Error => {
                    report.add(Diagnostic {
                        severity: Severity::Error,
                        code: "data",
                        message: "data in a migration: `--data insert` turns COPY data into INSERT statements, `--data skip` leaves data out".to_owned(),
                        at: copy_of.map_or(Default::default(), |i| analysis.position(i)),
                    });
                    print_report(&report, &split_opts, &label, &mut source, err)?;
                    return Ok(2);
                }
                DataPolicy::Insert => {
                    if let Some(i) = copy_of {
                        if let Some((bytes, terminated)) = analysis.copy_data(&mut source, i)? {
                            let fail = |message: String| CliError {
                                subject: {
                                    let p = analysis.position(i);
                                    format!("{label}:{}:{}", p.line, p.column)
                                },
                                message,
                            };
                            if !terminated {
                                return Err(fail(
                                    "COPY data without its closing `\\.` line".to_owned(),
                                ));
                            }
                            let (inserts, n) = copy_to_inserts(text, &bytes).map_err(fail)?;
                            rows += n;
                            statements.extend(inserts.into_iter().map(|sql| Statement {
                                sql,
                                autocommit: false,
                            }));
                            continue;
                        }
                    }
                }
            }
        }
        statements.push(Statement {
            sql: text.to_owned(),
            autocommit: needs_autocommit(text),
        });
        if c.class == Class::Definition {
            if let Some(o) = &c.object {
                if o.kind == ObjectKind::LargeObject {
                    // data, kept with --data insert: unlinked again by the downgrade
                    if o.name.bytes().all(|b| b.is_ascii_digit()) && !o.name.is_empty() {
                        undo.push(Undo::Sql(format!(
                            "SELECT pg_catalog.lo_unlink(l.oid) FROM pg_catalog.pg_largeobject_metadata l WHERE l.oid = {};",
                            o.name
                        )));
                    }
                } else if seen.insert(o.identity.as_str()) {
                    *created.entry(kind_label(o.kind)).or_default() += 1;
                    let on = match &c.attached_to {
                        Some(Target::Object { schema, name, .. })
                            if o.kind == ObjectKind::Index =>
                        {
                            Some((schema.as_deref().or(o.schema.as_deref()), name.as_str()))
                        }
                        _ => None,
                    };
                    undo.push(Undo::Drop(o, on));
                }
            }
        } else {
            if matches!(c.action, Some("constraint" | "foreign-key")) {
                *created
                    .entry("constraints added by ALTER TABLE")
                    .or_default() += 1;
            }
            undo.extend(inverse_of(text));
        }
    }
    print_report(&report, &split_opts, &label, &mut source, err)?;
    if report.failed(opts.strict) {
        return Ok(2);
    }
    // settings first (transaction-local), again after every autocommit block (which ends the
    // transaction), and the search path put back at the end for Alembic's own update
    let sets_path = settings.iter().any(|s| s.contains("search_path"));
    let mut preamble = Vec::new();
    if sets_path {
        preamble.push(Statement {
            sql: "SELECT pg_catalog.set_config('pgsplit.search_path', pg_catalog.current_setting('search_path'), true);".to_owned(),
            autocommit: false,
        });
    }
    preamble.extend(settings.iter().map(|s| Statement {
        sql: s.clone(),
        autocommit: false,
    }));
    let mut upgrade = preamble.clone();
    for (k, st) in statements.iter().enumerate() {
        let again = st.autocommit && statements.get(k + 1).is_some_and(|n| !n.autocommit);
        upgrade.push(st.clone());
        if again {
            upgrade.extend(preamble.iter().cloned());
        }
    }
    if sets_path && upgrade.last().is_some_and(|s| !s.autocommit) {
        upgrade.push(Statement {
            sql: "SELECT pg_catalog.set_config('search_path', pg_catalog.current_setting('pgsplit.search_path'), true);".to_owned(),
            autocommit: false,
        });
    }
    // In reverse order, as pg_dump --clean does: foreign keys and defaults are taken off
    // their tables before what they need is dropped (other constraints, and the indexes, of
    // a table the migration makes go with the table: a partition's cannot even be dropped
    // on their own); the public schema exists in every new database.
    let tables: HashSet<(Option<&str>, &str)> = undo
        .iter()
        .filter_map(|u| match u {
            Undo::Drop(o, _) if o.kind.namespace() == crate::model::Namespace::Relation => {
                Some((o.schema.as_deref(), o.name.as_str()))
            }
            _ => None,
        })
        .collect();
    let mut downgrade: Vec<String> = Vec::new();
    for u in undo.iter().rev() {
        match u {
            Undo::Drop(o, _) if o.kind == ObjectKind::Schema && o.name == "public" => {}
            Undo::Drop(_, Some(t)) if tables.contains(t) => {}
            Undo::Drop(o, _) => downgrade.extend(order::drop_statement(o)),
            Undo::Sql(sql) => downgrade.push(sql.clone()),
            Undo::Off((schema, table), needs, sql) => {
                if *needs || !tables.contains(&(schema.as_deref(), table.as_str())) {
                    downgrade.push(sql.clone());
                }
            }
        }
    }
    let mut about = vec![String::new()];
    about.push(format!(
        "Generated by pgsplit {} from {label}{}.",
        env!("CARGO_PKG_VERSION"),
        if versions.is_empty() {
            String::new()
        } else {
            format!(" ({})", versions.join(", "))
        }
    ));
    if !created.is_empty() {
        let list: Vec<String> = created.iter().map(|(k, n)| format!("{k}: {n}")).collect();
        about.push(format!("Creates: {}.", list.join(", ")));
    }
    if rows > 0 {
        about.push(format!("Data: {rows} rows, as INSERT statements."));
    }
    if !left_out.is_empty() {
        let list: Vec<String> = left_out.iter().map(|(k, n)| format!("{k}: {n}")).collect();
        about.push(format!("Left out: {}.", list.join(", ")));
    }
    about.push("downgrade() drops what upgrade() creates, in reverse order.".to_owned());
    let upgrade = if opts.sql_file {
        let path = opts
            .output
            .as_ref()
            .expect("checked above")
            .with_extension("sql");
        let mut bytes = Vec::new();
        for st in &upgrade {
            bytes.extend_from_slice(st.sql.as_bytes());
            bytes.push(0);
        }
        write_atomically(&path, &bytes)?;
        Statements::File {
            name: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            count: upgrade.len(),
            autocommit: upgrade
                .iter()
                .enumerate()
                .filter(|(_, s)| s.autocommit)
                .map(|(k, _)| k)
                .collect(),
        }
    } else {
        Statements::Inline(upgrade)
    };
    let text = alembic::render(&Migration {
        revision: opts.revision.clone(),
        down_revision: opts.down_revision.clone(),
        message: opts.message.clone(),
        about,
        upgrade,
        downgrade,
    });
    match &opts.output {
        Some(p) => write_atomically(p, text.as_bytes())?,
        None => super::write_stdout(out, text.as_bytes())?,
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_docstring_counts_keys_and_foreign_keys() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.sql");
        std::fs::write(
            &path,
            "CREATE TABLE public.a (id integer);\nCREATE TABLE public.b (a integer);\n\
             ALTER TABLE ONLY public.a ADD CONSTRAINT a_pkey PRIMARY KEY (id);\n\
             ALTER TABLE ONLY public.b ADD CONSTRAINT b_a_fkey FOREIGN KEY (a) REFERENCES public.a(id);\n",
        )
        .unwrap();
        let opts = AlembicOptions {
            input: Input::Path(path),
            ..AlembicOptions::default()
        };
        let (mut out, mut err) = (Vec::new(), Vec::new());
        assert_eq!(alembic(&opts, &mut out, &mut err), 0);
        let py = String::from_utf8(out).unwrap();
        assert!(
            py.contains("Creates: constraints added by ALTER TABLE: 2, tables: 2."),
            "{py}"
        );
    }

    #[test]
    fn copy_rows_become_inserts() {
        let (sql, n) = copy_to_inserts(
            "COPY public.t (id, name, \"Note\") FROM stdin;",
            b"1\ta;b\t\\N\n2\tit's \\\\ back\\tslash\t\\x41\\101\n",
        )
        .unwrap();
        assert_eq!(n, 2);
        assert_eq!(
            sql,
            [concat!(
                "INSERT INTO public.t (id, name, \"Note\") OVERRIDING SYSTEM VALUE VALUES\n",
                "    ('1', 'a;b', NULL),\n",
                "    ('2', E'it''s \\\\ back\\tslash', 'AA');"
            )
            .replace("\\t", "\t")]
        );
        assert!(copy_to_inserts("COPY t FROM stdin WITH (FORMAT csv);", b"1\n").is_err());
        assert!(copy_to_inserts("COPY t (a, b) FROM stdin;", b"1\n").is_err());
    }

    #[test]
    fn settings_become_transaction_local() {
        assert_eq!(
            local_setting("SELECT pg_catalog.set_config('search_path', '', false);").unwrap(),
            "SELECT pg_catalog.set_config('search_path', '', true);"
        );
        assert_eq!(
            local_setting("SET check_function_bodies = false;").unwrap(),
            "SET LOCAL check_function_bodies TO FALSE;"
        );
        assert_eq!(local_setting("SET statement_timeout = 0;"), None);
        assert_eq!(local_setting("SET client_encoding = 'UTF8';"), None);
    }

    #[test]
    fn statements_that_need_autocommit() {
        for sql in [
            "CREATE INDEX CONCURRENTLY i ON t (a);",
            "ALTER TYPE mood ADD VALUE 'sad';",
            "VACUUM t;",
            "REINDEX (CONCURRENTLY) INDEX i;",
            "DROP INDEX CONCURRENTLY i;",
        ] {
            assert!(needs_autocommit(sql), "{sql}");
        }
        for sql in [
            "CREATE INDEX i ON t (a);",
            "ALTER TYPE mood RENAME VALUE 'a' TO 'b';",
            "COMMENT ON TABLE t IS 'VACUUM CONCURRENTLY';",
        ] {
            assert!(!needs_autocommit(sql), "{sql}");
        }
    }
}
