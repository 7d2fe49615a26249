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
scripts and pg_dump output into the statements psql would send, offline.\n\n\
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Split(a) => {
            let Some(encoding) = Encoding::from_name(&a.encoding) else {
                eprintln!("pgsplit: error: unknown encoding \"{}\"", a.encoding);
                return ExitCode::from(2);
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
            };
            cli::split(
                &opts,
                &mut std::io::stdout().lock(),
                &mut std::io::stderr().lock(),
            )
        }
    };
    ExitCode::from(code as u8)
}
