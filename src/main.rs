//! The `pgsplit` command line: parses arguments and calls the library.

use clap::{Parser, Subcommand, ValueEnum};
use pgsplit::cli::{self, Input, SplitOptions};
use pgsplit::emit::Format;
use pgsplit::Encoding;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "pgsplit",
    version,
    about = "Understands PostgreSQL SQL text the way psql and the server do",
    long_about = "Understands PostgreSQL SQL text the way psql and the server do: splits psql \
scripts and pg_dump output into the statements psql would send, and orders them by \
dependency so that they load, offline.\n\n\
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Split(a) => split(a, false),
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
