//! `pgsplit verify`: load a file into a scratch database on a real server, read the schema
//! back with `pg_dump -s`, and diff it against a reference.
//!
//! The file is run by `psql -v ON_ERROR_STOP=1` (the client pgsplit's splitting follows), so
//! it is applied statement by statement exactly as it would be in production; the first
//! error stops it, and psql's `FILE:LINE` is reported with the server's message. The scratch
//! database has a unique name and is dropped when the command ends, also after an error and
//! on Ctrl-C.

use super::compare::{self, CompareOptions};
use super::input::Source;
use super::{CliError, Input};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};

/// Options of `pgsplit verify`.
#[derive(Clone, Debug)]
pub struct VerifyOptions {
    /// The file to load.
    pub input: Input,
    /// What to compare with: a dump file (`None`: the input itself), or a database URL
    /// (`postgres://...`, dumped with `pg_dump -s`).
    pub against: Option<String>,
    /// The server (a `postgres://` URL of a database to connect to while the scratch
    /// database is made and dropped); `DATABASE_URL` when `None`.
    pub db: Option<String>,
    /// The `pg_dump` to run (`pg_dump` on `PATH` when `None`).
    pub pg_dump: Option<PathBuf>,
    /// The `psql` to run (`psql` on `PATH` when `None`).
    pub psql: Option<PathBuf>,
    /// How the schemas are compared and reported.
    pub compare: CompareOptions,
}

/// `url` with its database name replaced by `db`.
fn with_database(url: &str, db: &str) -> Result<String, String> {
    let rest = url
        .strip_prefix("postgres://")
        .or_else(|| url.strip_prefix("postgresql://"))
        .ok_or_else(|| format!("{url}: not a postgres:// URL"))?;
    let scheme = &url[..url.len() - rest.len()];
    let (head, query) = match rest.split_once('?') {
        Some((h, q)) => (h, format!("?{q}")),
        None => (rest, String::new()),
    };
    let authority = head.split_once('/').map_or(head, |(a, _)| a);
    Ok(format!("{scheme}{authority}/{db}{query}"))
}

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// The scratch database: dropped when this goes out of scope.
struct Scratch {
    psql: PathBuf,
    admin: String,
    name: String,
}

impl Scratch {
    fn create(psql: &Path, admin: &str) -> Result<Scratch, CliError> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let name = format!("pgsplit_verify_{}_{nanos}", std::process::id());
        run_psql(
            psql,
            admin,
            &["-c", &format!("CREATE DATABASE {name} TEMPLATE template0")],
        )
        .map_err(|message| CliError {
            subject: "pgsplit verify".to_owned(),
            message: format!("cannot create the scratch database: {message}"),
        })?;
        Ok(Scratch {
            psql: psql.to_owned(),
            admin: admin.to_owned(),
            name,
        })
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = run_psql(
            &self.psql,
            &self.admin,
            &[
                "-c",
                &format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name),
            ],
        );
    }
}

/// Runs psql quietly on `url`; its error output when it fails.
fn run_psql(psql: &Path, url: &str, args: &[&str]) -> Result<(), String> {
    let o = Command::new(psql)
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url])
        .args(args)
        .env_remove("PGCLIENTENCODING")
        .output()
        .map_err(|e| format!("cannot run {}: {e}", psql.display()))?;
    if o.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&o.stderr).trim().to_owned())
    }
}

/// The `-- file: PATH` line (of a directory put together into one text) last before line
/// `line` of `sql`: PATH and what follows it.
fn file_of_line(sql: &Path, line: usize) -> Option<String> {
    use std::io::BufRead;
    let f = std::io::BufReader::new(std::fs::File::open(sql).ok()?);
    let mut last = None;
    for l in f.split(b'\n').take(line) {
        if let Some(rest) = l.ok()?.strip_prefix(b"-- file: ") {
            last = Some(String::from_utf8_lossy(rest).into_owned());
        }
    }
    last
}

/// `pg_dump -s` of `url` into `to`.
fn dump(pg_dump: &Path, url: &str, to: &Path) -> Result<(), CliError> {
    let o = Command::new(pg_dump)
        .args(["-s", "-d", url, "-f"])
        .arg(to)
        .output()
        .map_err(|e| CliError {
            subject: "pgsplit verify".to_owned(),
            message: format!("cannot run {}: {e}", pg_dump.display()),
        })?;
    if !o.status.success() {
        return Err(CliError {
            subject: "pgsplit verify".to_owned(),
            message: format!(
                "{} failed: {}",
                pg_dump.display(),
                String::from_utf8_lossy(&o.stderr).trim()
            ),
        });
    }
    Ok(())
}

/// Runs `pgsplit verify`: 0 when the loaded schema equals the reference, 1 when it differs,
/// 2 on an error (the file does not load, no server, ...).
pub fn verify(opts: &VerifyOptions, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    super::exit_code(run(opts, out, err), err)
}

fn run(opts: &VerifyOptions, out: &mut dyn Write, err: &mut dyn Write) -> Result<i32, CliError> {
    let fail = |message: String| CliError {
        subject: "pgsplit verify".to_owned(),
        message,
    };
    let admin = opts
        .db
        .clone()
        .or_else(|| std::env::var("DATABASE_URL").ok())
        .ok_or_else(|| fail("no server: give --db URL or set DATABASE_URL".to_owned()))?;
    let psql = opts.psql.clone().unwrap_or_else(|| "psql".into());
    let pg_dump = opts.pg_dump.clone().unwrap_or_else(|| "pg_dump".into());
    let label = opts.input.label();
    // the SQL text psql runs: decompressed or restored as pgsplit reads it
    let tmp = tempfile::tempdir()
        .map_err(|e| CliError::io(&label, "cannot create a temporary directory", e))?;
    let sql = tmp.path().join("input.sql");
    {
        let mut source = Source::open(&opts.input, true)?;
        let mut f = std::fs::File::create(&sql)
            .map_err(|e| CliError::io(&label, "cannot write a temporary file", e))?;
        std::io::copy(&mut source.reader()?, &mut f)
            .map_err(|e| CliError::io(&label, "cannot read", e))?;
    }
    let _ = ctrlc_once();
    let scratch = Scratch::create(&psql, &admin)?;
    let url = with_database(&admin, &scratch.name).map_err(fail)?;
    // psql names the file and line of the statement that failed
    let sql_name = sql.display().to_string();
    if let Err(message) = run_psql(&psql, &url, &["-f", &sql_name]) {
        let prefix = format!("psql:{sql_name}:");
        // a directory is put together into one text: say which of its files the statement
        // came from
        let from = message
            .split_once(&prefix)
            .and_then(|(_, rest)| rest.split(':').next()?.parse::<usize>().ok())
            .and_then(|line| file_of_line(&sql, line));
        let mut message = message.replace(&prefix, &format!("{label}:"));
        if let Some(f) = from {
            message.push_str(&format!(
                "\n(the statement comes from {})",
                Path::new(&label).join(f).display()
            ));
        }
        if INTERRUPTED.load(Ordering::SeqCst) {
            return Err(fail("interrupted".to_owned()));
        }
        return Err(CliError {
            subject: label,
            message: format!("does not load: {message}"),
        });
    }
    let built = tmp.path().join("built.sql");
    dump(&pg_dump, &url, &built)?;
    drop(scratch);
    let reference = match &opts.against {
        Some(r) if r.starts_with("postgres://") || r.starts_with("postgresql://") => {
            let p = tmp.path().join("reference.sql");
            dump(&pg_dump, r, &p)?;
            Input::Path(p)
        }
        Some(r) => Input::from_arg(Some(r)),
        // the file's own canonical form (read again, unless it was standard input)
        None => match &opts.input {
            Input::Stdin => Input::Path(sql.clone()),
            i => i.clone(),
        },
    };
    Ok(compare::diff(
        &reference,
        &Input::Path(built),
        &opts.compare,
        out,
        err,
    ))
}

/// Ctrl-C (SIGINT) while a scratch database exists: psql, which gets it too, stops, and the
/// database is dropped on the way out instead of the process dying at once.
fn ctrlc_once() -> Result<(), ctrlc::Error> {
    static SET: std::sync::Once = std::sync::Once::new();
    let mut result = Ok(());
    SET.call_once(|| {
        result = ctrlc::set_handler(|| INTERRUPTED.store(true, Ordering::SeqCst));
    });
    result
}

#[cfg(test)]
mod tests {
    use super::with_database;

    #[test]
    fn urls_get_the_scratch_database() {
        assert_eq!(
            with_database("postgres://u@h:5432/postgres", "x").unwrap(),
            "postgres://u@h:5432/x"
        );
        assert_eq!(
            with_database("postgresql://h/app?sslmode=disable", "x").unwrap(),
            "postgresql://h/x?sslmode=disable"
        );
        assert_eq!(
            with_database("postgres://h", "x").unwrap(),
            "postgres://h/x"
        );
        assert!(with_database("host=h dbname=a", "x").is_err());
    }
}
