//! The `pgsplit` command line: parses arguments and calls the library.

use clap::{Parser, Subcommand, ValueEnum};
use pgsplit::cli::{self, Input, SplitOptions};
use pgsplit::emit::Format;
use pgsplit::Encoding;
use std::path::PathBuf;
use std::process::ExitCode;

/// Parsing and folding allocate and free many small tree nodes: mimalloc does it in about
/// half the time the system allocator takes (`pgsplit diff` of two 6 MB dumps: 1.4 s of
/// CPU instead of 2.5 s).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_arena_eager_commit` in mimalloc v3's `mimalloc.h` (the `mimalloc` crate's
/// default build); a test below checks it.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const MI_OPTION_ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;

/// `mi_option_purge_delay` in the same header; a test below checks it too.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Runs before anything is allocated: glibc's loader calls `.init_array` functions before
/// `main`, with the program's arguments. mimalloc commits its arenas eagerly, in huge pages,
/// unless told otherwise; that decision is taken when the first arena is made, so `main` is
/// too late to take it.
/// * `diff` and `normalize` hold whole schemas as parse trees (300 MB for two 6 MB dumps):
///   huge pages make them faster, and they keep mimalloc's default.
/// * The streaming commands (`split`, `order`, `graph`) commit memory as they use it: with
///   eager commit, `pgsplit order` of a 6 MB dump held 80 MB instead of 61 MB (the goal is
///   two times the input plus 50 MB, 62 MB).
/// * `diff` and `normalize` also never give freed memory back to the system. By default
///   mimalloc returns it a second after it is freed, and the fold frees and allocates
///   trees all the time: the same memory went back and forth, and the kernel zeroed it
///   again, in huge pages, each time it came back. `pgsplit diff` of two 6 MB dumps,
///   runs of both settings interleaved: 1.3-1.7 s instead of 1.5-2.2 s of wall time,
///   0.15 s of system time instead of 0.85 s, the same peak memory (the schemas it holds).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[used]
#[link_section = ".init_array"]
static CONFIGURE_ALLOCATOR: extern "C" fn(
    std::ffi::c_int,
    *const *const std::ffi::c_char,
    *const *const std::ffi::c_char,
) = configure_allocator;

#[cfg(all(target_os = "linux", target_env = "gnu"))]
extern "C" fn configure_allocator(
    argc: std::ffi::c_int,
    argv: *const *const std::ffi::c_char,
    _envp: *const *const std::ffi::c_char,
) {
    // SAFETY: glibc passes the `argc` and `argv` given to `main`: `argv` holds `argc`
    // valid NUL-terminated strings.
    let command = (argc > 1 && !argv.is_null())
        .then(|| unsafe { *argv.add(1) })
        .filter(|p| !p.is_null())
        .map(|p| unsafe { std::ffi::CStr::from_ptr(p) }.to_bytes());
    // SAFETY (both): options may be set at any time; the values are plain integers.
    if matches!(command, Some(b"diff" | b"normalize" | b"canon")) {
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    } else {
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0) };
    }
}

#[derive(Parser)]
#[command(
    name = "pgsplit",
    version,
    about = "Understands PostgreSQL SQL text the way psql and the server do",
    long_about = "Understands PostgreSQL SQL text the way psql and the server do: splits psql \
scripts and pg_dump output into the statements psql would send, orders them by \
dependency so that they load, prints the canonical form of a schema and compares two \
schemas object by object, offline.\n\n\
Exit codes: 0 success, 1 differences (diff), 2 error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Cut a psql script or pg_dump output into the statements psql would send
    #[command(after_long_help = SPLIT_EXAMPLES, after_help = SPLIT_EXAMPLES)]
    Split(SplitArgs),
    /// Put statements in dependency order (the same as split --order dependency)
    #[command(after_long_help = ORDER_EXAMPLES, after_help = ORDER_EXAMPLES)]
    Order(SplitArgs),
    /// Print the dependency graph of the statements (Graphviz DOT or JSON)
    Graph(GraphArgs),
    /// Print the canonical form of a schema: noise removed, attached statements folded
    /// into their objects, stable order, one spelling per construct
    #[command(visible_alias = "canon", after_long_help = NORMALIZE_EXAMPLES, after_help = NORMALIZE_EXAMPLES)]
    Normalize(NormalizeArgs),
    /// Compare two schemas object by object (exit 0 equal, 1 different, 2 error)
    #[command(after_long_help = DIFF_EXAMPLES, after_help = DIFF_EXAMPLES)]
    Diff(DiffArgs),
    /// Write an Alembic migration that builds the schema of a dump (and drops it again)
    #[command(after_long_help = ALEMBIC_EXAMPLES, after_help = ALEMBIC_EXAMPLES)]
    Alembic(AlembicArgs),
    /// Write one file per object (tables with their indexes, constraints, triggers and
    /// comments) and order.txt, the load order; every verb reads such a directory back
    #[command(after_long_help = EXPLODE_EXAMPLES, after_help = EXPLODE_EXAMPLES)]
    Explode(ExplodeArgs),
    /// Load a file into a scratch database, dump its schema and diff it against a reference
    /// (exit 0 equal, 1 different, 2 error)
    #[command(after_long_help = VERIFY_EXAMPLES, after_help = VERIFY_EXAMPLES)]
    Verify(VerifyArgs),
}

const VERIFY_EXAMPLES: &str = "\
The file runs through psql -v ON_ERROR_STOP=1 in a new database (unique name, dropped
afterwards, also on an error or Ctrl-C); its schema is read back with pg_dump -s and
compared with --against (a dump, or a postgres:// URL) or, without it, with the file itself.

Examples:
  pgsplit verify --db postgres://postgres@localhost/postgres squashed.sql --against prod.sql
  DATABASE_URL=postgres://localhost/postgres pgsplit verify schema.sql";

#[derive(clap::Args)]
struct VerifyArgs {
    /// The file to load (SQL, gzip-compressed SQL or a pg_dump archive)
    file: String,

    /// Compare with this dump or database (postgres:// URL); the file itself by default
    #[arg(long, value_name = "REFERENCE")]
    against: Option<String>,

    /// The server: a postgres:// URL of a database to connect to (default: DATABASE_URL)
    #[arg(long, value_name = "URL")]
    db: Option<String>,

    /// The pg_dump to run (default: pg_dump on PATH)
    #[arg(long, value_name = "PATH")]
    pg_dump: Option<PathBuf>,

    /// The psql to run (default: psql on PATH)
    #[arg(long, value_name = "PATH")]
    psql: Option<PathBuf>,

    #[command(flatten)]
    report: ReportArgs,
}

const EXPLODE_EXAMPLES: &str = "\
Layout: session.sql (settings, meta-commands), extensions/, schemas/, types/, sequences/,
tables/SCHEMA.NAME.sql (with its constraints, indexes, triggers, policies, comments, grants
and owned sequences), data/ (COPY data, setval), views/, materialized_views/, functions/
... and other.sql. order.txt lists the statements in input order (FILE:N), so the
directory loads as the dump did; split, normalize and diff read it in that order. File
names are the objects' names with unsafe bytes percent-encoded.

Examples:
  pgsplit explode schema.sql --out-dir schema/
  pgsplit diff schema/ production.sql
  pgsplit split schema/ | psql -v ON_ERROR_STOP=1 newdb";

#[derive(clap::Args)]
struct ExplodeArgs {
    /// The dump: SQL, gzip-compressed SQL or a pg_dump archive; `-` or nothing reads
    /// standard input
    file: Option<String>,

    /// The directory to write (created if missing; refused if not empty, unless --force)
    #[arg(long, short = 'o', value_name = "DIR")]
    out_dir: PathBuf,

    /// Write into a directory that is not empty, replacing the files an earlier explode
    /// listed in its order.txt
    #[arg(long)]
    force: bool,

    /// Client encoding at the start of input
    #[arg(long, value_name = "NAME", default_value = "UTF8")]
    encoding: String,

    /// Treat warnings as errors
    #[arg(long)]
    strict: bool,

    /// Do not print notes
    #[arg(long, short)]
    quiet: bool,
}

const ALEMBIC_EXAMPLES: &str = "\
Statements run in dependency order, one op.execute each; owners and privileges are left
out unless --owners / --privileges; COPY data needs --data insert (INSERT statements) or
--data skip. downgrade() drops every object upgrade() creates, in reverse order.

Examples:
  pg_dump -s -O -x mydb > schema.sql
  pgsplit alembic schema.sql -o migrations/versions/001_initial_schema.py
  pgsplit alembic --revision 002_squash --down-revision 001_base --sql-file \\
      -o migrations/versions/002_squash.py backup.dump";

#[derive(Clone, Copy, ValueEnum)]
enum DataArg {
    /// COPY data becomes INSERT statements
    Insert,
    /// Data is left out
    Skip,
    /// Data is an error (the default)
    Error,
}

#[derive(clap::Args)]
struct AlembicArgs {
    /// The dump: SQL, gzip-compressed SQL or a pg_dump archive; `-` or nothing reads
    /// standard input
    file: Option<String>,

    /// The migration's revision
    #[arg(long, value_name = "ID", default_value = "001_initial_schema")]
    revision: String,

    /// The revision it follows (none: the first migration)
    #[arg(long, value_name = "ID")]
    down_revision: Option<String>,

    /// The docstring's first line
    #[arg(long, short, default_value = "initial schema")]
    message: String,

    /// Write the migration here instead of standard output
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Put the statements in FILE.sql next to the migration (NUL-separated), read at
    /// upgrade time; needs -o
    #[arg(long)]
    sql_file: bool,

    /// What to do with data (COPY, INSERT, setval)
    #[arg(long, value_enum, default_value = "error")]
    data: DataArg,

    /// Keep ALTER ... OWNER TO statements (left out by default, as with pg_dump --no-owner)
    #[arg(long)]
    owners: bool,

    /// Keep GRANT, REVOKE and ALTER DEFAULT PRIVILEGES (left out by default, as with
    /// pg_dump --no-privileges)
    #[arg(long)]
    privileges: bool,

    /// Leave out ALTER ... OWNER TO (the default; pg_dump's option, accepted as such)
    #[arg(long = "no-owner", short = 'O', conflicts_with = "owners")]
    no_owner: bool,

    /// Leave out GRANT, REVOKE and ALTER DEFAULT PRIVILEGES (the default; pg_dump's
    /// option, accepted as such)
    #[arg(
        long = "no-privileges",
        visible_alias = "no-acl",
        short = 'x',
        conflicts_with = "privileges"
    )]
    no_privileges: bool,

    /// Only objects in this schema (repeatable)
    #[arg(long, short = 'n', value_name = "SCHEMA")]
    schema: Vec<String>,

    /// Not objects in this schema (repeatable)
    #[arg(long, short = 'N', value_name = "SCHEMA")]
    exclude_schema: Vec<String>,

    /// Client encoding at the start of input
    #[arg(long, value_name = "NAME", default_value = "UTF8")]
    encoding: String,

    /// Treat warnings as errors
    #[arg(long)]
    strict: bool,

    /// Do not print notes
    #[arg(long, short)]
    quiet: bool,
}

const NORMALIZE_EXAMPLES: &str = "\
Equal schemas print equal text, whatever their statement order, formatting, type
spellings, inline or separate constraints and pg_dump version noise; the rules are listed
in the README. Normalizing twice changes nothing.

Examples:
  pgsplit normalize schema.sql > schema.canon.sql
  pg_dump -s mydb | pgsplit normalize - | less
  pgsplit normalize --ignore owners,grants structure.sql";

const DIFF_EXAMPLES: &str = "\
Both sides are normalized first. Owners and grants are ignored unless --compare names
them; column order is compared (it changes SELECT *) and reported as its own detail.
Objects that differ only where the server's analysis would decide (casts, qualified
column references in views and checks) are reported as \"probably equal\" and do not
change the exit code.

Examples:
  pgsplit diff squashed.sql production.sql
  pgsplit diff --ignore column-order old.sql new.sql
  pg_dump -s prod | pgsplit diff --format json schema.sql - | jq '.changes[].identity'
  pgsplit diff --compare owners,grants a.sql b.sql";

#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    /// Per object + added, - removed, ~ changed, with details and a unified diff
    Human,
    /// {"version": 1, "equal", "summary", "changes": [...]} (see the README)
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorArg {
    /// Colour when standard output is a terminal and NO_COLOR is not set
    Auto,
    /// Always colour
    Always,
    /// Never colour
    Never,
}

#[derive(clap::Args)]
struct CompareArgs {
    /// Leave out these aspects: owners, grants, column-order, comments, tablespaces,
    /// extension-versions (comma-separated)
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    ignore: Vec<String>,

    /// Compare aspects ignored by default: owners, grants (comma-separated)
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    compare: Vec<String>,

    /// Client encoding at the start of input (SET client_encoding in the input still
    /// applies)
    #[arg(long, value_name = "NAME", default_value = "UTF8")]
    encoding: String,

    /// Treat warnings (unsupported statements, migration steps not applied) as errors
    #[arg(long)]
    strict: bool,

    /// The role the scripts run as: what CURRENT_USER names, and whose ALTER DEFAULT
    /// PRIVILEGES without FOR ROLE are (pg_dump output names its roles)
    #[arg(long, value_name = "NAME")]
    role: Option<String>,

    /// Do not print notes
    #[arg(long, short)]
    quiet: bool,
}

#[derive(clap::Args)]
struct NormalizeArgs {
    /// Input file; `-` or nothing reads standard input
    file: Option<String>,

    #[command(flatten)]
    common: CompareArgs,
}

/// How `diff` and `verify` compare and report.
#[derive(clap::Args)]
struct ReportArgs {
    /// Report format
    #[arg(long, short, value_enum, default_value = "human")]
    format: DiffFormat,

    /// Colour in the human report
    #[arg(long, value_enum, value_name = "WHEN", default_value = "auto")]
    color: ColorArg,

    /// Only the changed attributes, no unified diff of each object
    #[arg(long)]
    brief: bool,

    #[command(flatten)]
    common: CompareArgs,
}

#[derive(clap::Args)]
struct DiffArgs {
    /// The first schema (a file, or `-` for standard input)
    a: String,

    /// The second schema (a file, or `-` for standard input)
    b: String,

    #[command(flatten)]
    report: ReportArgs,
}

const ORDER_EXAMPLES: &str = "\
Every statement comes after what it needs: session settings first, then schemas and
extensions, types, functions, tables, views, data, indexes, constraints, triggers, foreign
keys, policies; materialized views and REFRESH last. Owners, comments, grants and
constraints follow right after their object. DML, DO blocks and transaction control keep
their order among themselves. The same statements in any order give the same output.

Examples:
  pgsplit order shuffled.sql > loadable.sql
  cat migrations/*.sql | pgsplit order - | psql -v ON_ERROR_STOP=1 newdb
  pgsplit order --format json schema.sql | jq '.[] | {class, object, depends_on}'";

#[derive(Clone, Copy, ValueEnum)]
enum OrderArg {
    /// Input order (the default)
    Input,
    /// Dependency order (as `pgsplit order`)
    Dependency,
}

#[derive(Clone, Copy, ValueEnum)]
enum GraphFormat {
    /// Graphviz DOT: an edge goes from what is needed to what needs it
    Dot,
    /// {"nodes": [...], "edges": [{"from", "to", "strength"}]}
    Json,
}

#[derive(clap::Args)]
struct GraphArgs {
    /// Input file; `-` or nothing reads standard input
    file: Option<String>,

    /// Output format
    #[arg(long, short, value_enum, default_value = "dot")]
    format: GraphFormat,

    /// Client encoding at the start of input
    #[arg(long, value_name = "NAME", default_value = "UTF8")]
    encoding: String,

    /// Treat warnings as errors
    #[arg(long)]
    strict: bool,

    /// Do not print notes
    #[arg(long, short)]
    quiet: bool,
}

const SPLIT_EXAMPLES: &str = "\
Examples:
  pgsplit split dump.sql                      statements as SQL, one blank line apart
  pgsplit split --format json dump.sql | jq '.[] | .sql'
  pg_dump -s mydb | pgsplit split --format nul | xargs -0 -n1 echo
  pgsplit split --out-dir stmts/ migration.sql   stmts/0001.sql, stmts/0002.sql ...
  pgsplit split --encoding LATIN1 old-dump.sql   input that does not say its encoding

Meta-commands (\\connect, \\i, \\copy, \\if ...) are left out of sql and nul output and
reported on standard error; --keep-meta keeps them. JSON always lists them.";

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    /// Each statement as in the input, followed by a blank line
    Sql,
    /// One JSON array of statement and meta-command objects
    Json,
    /// One JSON object per line, written as they are found
    Jsonl,
    /// Statements separated by NUL bytes
    Nul,
}

#[derive(Clone, Copy, ValueEnum)]
enum OnOff {
    On,
    Off,
}

#[derive(clap::Args)]
struct SplitArgs {
    /// Input file; `-` or nothing reads standard input
    file: Option<String>,

    /// Output format
    #[arg(long, short, value_enum, default_value = "sql")]
    format: FormatArg,

    /// Write one file per statement (0001.sql, 0002.sql ...) into DIR
    #[arg(long, short = 'o', value_name = "DIR")]
    out_dir: Option<PathBuf>,

    /// Keep psql meta-commands in sql, nul and --out-dir output
    #[arg(long)]
    keep_meta: bool,

    /// Client encoding at the start of input, as psql's PGCLIENTENCODING (UTF8, LATIN1,
    /// WIN1252, SJIS ...); SET client_encoding and \encoding in the input still apply
    #[arg(long, value_name = "NAME", default_value = "UTF8")]
    encoding: String,

    /// standard_conforming_strings at the start of input (SET lines in the input still apply)
    #[arg(long, value_enum, value_name = "on|off", default_value = "on")]
    standard_conforming_strings: OnOff,

    /// Treat warnings (psql/server divergences, psql variables, ...) as errors
    #[arg(long)]
    strict: bool,

    /// Write into a non-empty --out-dir (replaces its numbered .sql files)
    #[arg(long)]
    force: bool,

    /// Write output while reading, in one pass; an error found late can leave partial output
    #[arg(long)]
    stream: bool,

    /// Do not print notes (warnings and errors are still printed)
    #[arg(long, short)]
    quiet: bool,

    /// Statement order: as in the input, or by dependency (see `pgsplit order --help`)
    #[arg(long, value_enum, value_name = "ORDER", default_value = "input")]
    order: OrderArg,
}

/// A panic is a bug: one line saying so and what to report, instead of Rust's message
/// (`thread 'main' panicked at src/x.rs:1:2:` on a line of its own, the message on the next,
/// then a note on `RUST_BACKTRACE`): `pgsplit: internal error: MESSAGE (at FILE:LINE:COL);
/// this is a bug; please report it with the input that caused it`, the message's own lines
/// joined. The exit code is 2, as for any error. Only the first panic is reported (a worker
/// thread's panic is then seen again by the thread that joins it). Written to file
/// descriptor 2 directly: a worker thread may panic while the main thread holds the lock of
/// `std::io::stderr()`.
fn report_panics() {
    static REPORTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    std::panic::set_hook(Box::new(|info| {
        if REPORTED.swap(true, std::sync::atomic::Ordering::SeqCst) {
            return;
        }
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("a panic without a message");
        let message: Vec<&str> = message
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let at = info
            .location()
            .map(|l| format!(" (at {}:{}:{})", l.file(), l.line(), l.column()))
            .unwrap_or_default();
        let text = format!(
            "pgsplit: internal error: {}{at}; this is a bug; please report it with the input that caused it\n",
            message.join(" ")
        );
        #[cfg(unix)]
        {
            use std::io::Write;
            use std::os::fd::FromRawFd;
            // SAFETY: descriptor 2 stays open for the life of the process; ManuallyDrop keeps
            // this File from closing it.
            let mut fd2 = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(2) });
            let _ = fd2.write_all(text.as_bytes());
        }
        #[cfg(not(unix))]
        eprint!("{text}");
    }));
}

fn main() -> ExitCode {
    report_panics();
    let cli = Cli::parse();
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(cli))) {
        Ok(code) => code,
        Err(_) => ExitCode::from(2),
    }
}

fn run(cli: Cli) -> ExitCode {
    if let Some(how) = std::env::var_os("PGSPLIT_TEST_PANIC") {
        // (how tests/bad_input.rs checks what a bug looks like: in this thread, or in a
        // worker thread with a message of two lines, which this thread then joins)
        if how == "thread" {
            let worker = std::thread::spawn(|| panic!("PGSPLIT_TEST_PANIC is set\nin a worker"));
            worker.join().expect("a worker panicked");
        }
        panic!("PGSPLIT_TEST_PANIC is set");
    }
    let code = match cli.command {
        Command::Split(a) => split(a, false),
        Command::Normalize(a) => normalize(a),
        Command::Diff(a) => diff(a),
        Command::Alembic(a) => alembic(a),
        Command::Explode(a) => explode(a),
        Command::Verify(a) => verify(a),
        Command::Order(a) => split(a, true),
        Command::Graph(a) => {
            let Some(encoding) = Encoding::from_name(&a.encoding) else {
                eprintln!("pgsplit: error: unknown encoding \"{}\"", a.encoding);
                return ExitCode::from(2);
            };
            let opts = SplitOptions {
                input: Input::from_arg(a.file.as_deref()),
                encoding,
                strict: a.strict,
                quiet: a.quiet,
                ..SplitOptions::default()
            };
            cli::graph(
                &opts,
                matches!(a.format, GraphFormat::Dot),
                &mut std::io::stdout().lock(),
                &mut std::io::stderr().lock(),
            )
        }
    };
    ExitCode::from(code as u8)
}

/// The options shared by normalize and diff; `everything` starts from no aspect ignored
/// (normalize) instead of owners and grants (diff).
fn compare_options(c: &CompareArgs, everything: bool) -> Result<cli::CompareOptions, String> {
    use pgsplit::canon::{Aspect, Policy};
    let encoding = Encoding::from_name(&c.encoding)
        .ok_or_else(|| format!("unknown encoding \"{}\"", c.encoding))?;
    let mut policy = if everything {
        Policy::everything()
    } else {
        Policy::default()
    };
    let aspect = |name: &str| {
        Aspect::from_name(name.trim()).ok_or_else(|| {
            format!(
                "unknown aspect \"{name}\" (owners, grants, column-order, comments, tablespaces, extension-versions)"
            )
        })
    };
    for name in c.compare.iter().filter(|n| !n.is_empty()) {
        let a = aspect(name)?;
        policy.ignore.retain(|x| *x != a);
    }
    for name in c.ignore.iter().filter(|n| !n.is_empty()) {
        let a = aspect(name)?;
        if !policy.ignore.contains(&a) {
            policy.ignore.push(a);
        }
    }
    Ok(cli::CompareOptions {
        encoding,
        strict: c.strict,
        quiet: c.quiet,
        policy,
        role: c.role.clone(),
        ..cli::CompareOptions::default()
    })
}

fn normalize(a: NormalizeArgs) -> i32 {
    let opts = match compare_options(&a.common, true) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("pgsplit: error: {e}");
            return 2;
        }
    };
    cli::normalize(
        &Input::from_arg(a.file.as_deref()),
        &opts,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    )
}

fn verify(a: VerifyArgs) -> i32 {
    let Some(compare) = report_options(&a.report) else {
        return 2;
    };
    let opts = cli::VerifyOptions {
        input: Input::from_arg(Some(&a.file)),
        against: a.against,
        db: a.db,
        pg_dump: a.pg_dump,
        psql: a.psql,
        compare,
    };
    cli::verify(
        &opts,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    )
}

fn explode(a: ExplodeArgs) -> i32 {
    let Some(encoding) = Encoding::from_name(&a.encoding) else {
        eprintln!("pgsplit: error: unknown encoding \"{}\"", a.encoding);
        return 2;
    };
    let opts = cli::ExplodeOptions {
        force: a.force,
        encoding,
        strict: a.strict,
        quiet: a.quiet,
        ..cli::ExplodeOptions::new(Input::from_arg(a.file.as_deref()), a.out_dir)
    };
    cli::explode(
        &opts,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    )
}

fn alembic(a: AlembicArgs) -> i32 {
    let Some(encoding) = Encoding::from_name(&a.encoding) else {
        eprintln!("pgsplit: error: unknown encoding \"{}\"", a.encoding);
        return 2;
    };
    let opts = cli::AlembicOptions {
        input: Input::from_arg(a.file.as_deref()),
        revision: a.revision,
        down_revision: a.down_revision,
        message: a.message,
        output: a.output,
        sql_file: a.sql_file,
        data: match a.data {
            DataArg::Insert => cli::DataPolicy::Insert,
            DataArg::Skip => cli::DataPolicy::Skip,
            DataArg::Error => cli::DataPolicy::Error,
        },
        // (--no-owner and --no-privileges are the defaults; clap refuses them with
        // --owners / --privileges)
        owners: a.owners && !a.no_owner,
        privileges: a.privileges && !a.no_privileges,
        schemas: a.schema,
        exclude_schemas: a.exclude_schema,
        encoding,
        standard_conforming_strings: true,
        strict: a.strict,
        quiet: a.quiet,
    };
    cli::alembic(
        &opts,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    )
}

/// The options of a comparison reported on standard output (`diff`, `verify`); `None` after
/// printing the error when they are wrong.
fn report_options(r: &ReportArgs) -> Option<cli::CompareOptions> {
    let mut opts = match compare_options(&r.common, false) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("pgsplit: error: {e}");
            return None;
        }
    };
    opts.color = colour(r.color);
    opts.json = matches!(r.format, DiffFormat::Json);
    opts.brief = r.brief;
    Some(opts)
}

/// Colours for a report on standard output.
fn colour(c: ColorArg) -> pgsplit::diff::Color {
    use std::io::IsTerminal;
    let on = match c {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    if on {
        pgsplit::diff::Color::Always
    } else {
        pgsplit::diff::Color::Never
    }
}

fn diff(a: DiffArgs) -> i32 {
    let Some(opts) = report_options(&a.report) else {
        return 2;
    };
    cli::diff(
        &Input::from_arg(Some(&a.a)),
        &Input::from_arg(Some(&a.b)),
        &opts,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    )
}

fn split(a: SplitArgs, order: bool) -> i32 {
    let Some(encoding) = Encoding::from_name(&a.encoding) else {
        eprintln!("pgsplit: error: unknown encoding \"{}\"", a.encoding);
        return 2;
    };
    let opts = SplitOptions {
        input: Input::from_arg(a.file.as_deref()),
        format: match a.format {
            FormatArg::Sql => Format::Sql,
            FormatArg::Json => Format::Json,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Nul => Format::Nul,
        },
        out_dir: a.out_dir,
        keep_meta: a.keep_meta,
        encoding,
        standard_conforming_strings: matches!(a.standard_conforming_strings, OnOff::On),
        strict: a.strict,
        force: a.force,
        stream: a.stream,
        quiet: a.quiet,
        order: order || matches!(a.order, OrderArg::Dependency),
    };
    cli::split(
        &opts,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    )
}

#[cfg(all(test, target_os = "linux", target_env = "gnu"))]
mod tests {
    #[test]
    fn eager_commit_is_off_before_main_for_streaming_commands() {
        // a test binary's first argument is not a pgsplit command: the streaming setting.
        // mimalloc's default for the option is 2 ("on where the system overcommits"): 0
        // shows both that the constant names that option and that the setting ran
        // SAFETY: reading an option is allowed at any time.
        let v = unsafe { libmimalloc_sys::mi_option_get(super::MI_OPTION_ARENA_EAGER_COMMIT) };
        assert_eq!(v, 0);
    }

    #[test]
    fn the_purge_delay_constant_names_that_option() {
        // not set for the test binary: mimalloc v3's default for it, 1000 (ms; its
        // header says 10, its options.c has 1000); no option near it has that default
        // SAFETY: reading an option is allowed at any time.
        let v = unsafe { libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY) };
        assert_eq!(v, 1000);
    }
}
