//! Where a command reads: a file or standard input, as users keep dumps.
//!
//! * Plain SQL is read as it is.
//! * A gzip-compressed dump (`.sql.gz`, recognised by its magic bytes, whatever its name) is
//!   decompressed as a stream (several gzip members one after the other are one stream, as
//!   `gunzip` reads them).
//! * A pg_dump archive (custom format `-Fc`, recognised by `PGDMP`; tar format `-Ft`; a
//!   directory archive `-Fd`, a directory holding `toc.dat`) is turned into SQL by
//!   `pg_restore -f -`, found on `PATH` (or named by `PGSPLIT_PG_RESTORE`).
//! * A directory `pgsplit explode` wrote (its `order.txt` says so) is read in the order
//!   `order.txt` gives (see `reassemble`); any other directory of `.sql` files, its files
//!   one after the other in natural order of their paths.
//!
//! Standard input, decompressed text and restored archives are spooled to an anonymous
//! temporary file when the command needs two passes (check, then write), so memory stays
//! bounded whatever the input size. Lines and columns in messages are those of the SQL text
//! (after decompression or restore).

use super::CliError;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// An input named on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// Standard input (`-` or nothing).
    Stdin,
    /// A file.
    Path(PathBuf),
}

impl Input {
    /// From a command-line argument: `-` is standard input.
    pub fn from_arg(arg: Option<&str>) -> Input {
        match arg {
            None | Some("-") => Input::Stdin,
            Some(p) => Input::Path(PathBuf::from(p)),
        }
    }

    /// How messages name it.
    pub fn label(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_owned(),
            Input::Path(p) => p.display().to_string(),
        }
    }
}

/// What the first bytes of an input say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    /// SQL text.
    Plain,
    /// gzip-compressed (magic bytes `1f 8b`).
    Gzip,
    /// A pg_dump archive that `pg_restore` reads: custom format (`PGDMP`) or tar (`ustar`
    /// at byte 257).
    Archive,
}

impl Format {
    /// The format of an input starting with `head` (at least the first 262 bytes, or all of
    /// a shorter input).
    pub(crate) fn of(head: &[u8]) -> Format {
        if head.starts_with(&[0x1f, 0x8b]) {
            Format::Gzip
        } else if head.starts_with(b"PGDMP") || head.get(257..262) == Some(b"ustar") {
            Format::Archive
        } else {
            Format::Plain
        }
    }
}

/// How many bytes [`Format::of`] looks at.
const HEAD: usize = 262;

/// An opened input that can be read more than once when it is seekable.
pub(crate) struct Source {
    label: String,
    file: Option<File>,
    /// `file` is gzip-compressed: [`Source::reader`] decompresses it (single pass only).
    gzip: bool,
    stdin_used: bool,
}

fn read_head(r: &mut impl Read) -> io::Result<Vec<u8>> {
    read_head_n(r, HEAD)
}

fn read_head_n(r: &mut impl Read, n: usize) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(n);
    r.take(n as u64).read_to_end(&mut head)?;
    Ok(head)
}

impl Source {
    /// Opens `input`. With `rereadable`, standard input is first copied to a temporary file
    /// (and compressed input decompressed into one).
    pub fn open(input: &Input, rereadable: bool) -> Result<Source, CliError> {
        let label = input.label();
        let cannot = |e| CliError::io(&label, "cannot read", e);
        let file = match input {
            Input::Path(p) => {
                let meta = std::fs::metadata(p).map_err(cannot)?;
                if meta.is_dir() {
                    if p.join("toc.dat").is_file() {
                        return Self::restored(&label, p, rereadable);
                    }
                    let file = match super::reassemble::manifest_of(p).map_err(cannot)? {
                        Some(manifest) => exploded(&label, p, &manifest)?,
                        None => concatenated(&label, p)?,
                    };
                    return Self::from_file(label, file, rereadable);
                }
                File::open(p).map_err(cannot)?
            }
            Input::Stdin if rereadable => {
                let mut tmp = spool_file(&label)?;
                io::copy(&mut io::stdin().lock(), &mut tmp).map_err(cannot)?;
                tmp
            }
            Input::Stdin => {
                return Ok(Source {
                    label,
                    file: None,
                    gzip: false,
                    stdin_used: false,
                })
            }
        };
        Self::from_file(label, file, rereadable)
    }

    /// A source reading `file` (from its start), decompressed or restored as its first
    /// bytes say.
    fn from_file(label: String, mut file: File, rereadable: bool) -> Result<Source, CliError> {
        let cannot = |e| CliError::io(&label, "cannot read", e);
        file.seek(SeekFrom::Start(0)).map_err(cannot)?;
        let head = read_head(&mut file).map_err(cannot)?;
        file.seek(SeekFrom::Start(0)).map_err(cannot)?;
        match Format::of(&head) {
            Format::Plain => Ok(Source {
                label,
                file: Some(file),
                gzip: false,
                stdin_used: false,
            }),
            Format::Gzip if !rereadable => Ok(Source {
                label,
                file: Some(file),
                gzip: true,
                stdin_used: false,
            }),
            Format::Gzip => {
                let mut tmp = spool_file(&label)?;
                io::copy(&mut flate2::read::MultiGzDecoder::new(file), &mut tmp)
                    .map_err(|e| gzip_error(&label, e))?;
                // a dump compressed twice, or an archive compressed: look again
                Self::from_file(label, tmp, rereadable)
            }
            Format::Archive => Self::restored_file(label, file, rereadable),
        }
    }

    /// An archive read from an open file: `pg_restore` reads it on its standard input.
    fn restored_file(label: String, file: File, rereadable: bool) -> Result<Source, CliError> {
        let out = restore(&label, Stdio::from(file), None)?;
        Self::from_file(label, out, rereadable)
    }

    /// A directory archive (or any archive named by its path) restored by `pg_restore`.
    fn restored(label: &str, path: &Path, rereadable: bool) -> Result<Source, CliError> {
        let out = restore(label, Stdio::null(), Some(path))?;
        Self::from_file(label.to_owned(), out, rereadable)
    }

    /// How many bytes reading gives, when known beforehand (an uncompressed file).
    pub fn size_hint(&self) -> Option<u64> {
        let file = self.file.as_ref().filter(|_| !self.gzip)?;
        file.metadata().ok().map(|m| m.len())
    }

    /// A reader from the start of the input.
    pub fn reader(&mut self) -> Result<Box<dyn Read + '_>, CliError> {
        if self.file.is_none() {
            if self.stdin_used {
                return Err(CliError {
                    subject: self.label.clone(),
                    message: "standard input cannot be read twice".into(),
                });
            }
            self.stdin_used = true;
            let cannot = |e| CliError::io(&self.label, "cannot read", e);
            let mut stdin = BufReader::with_capacity(1 << 16, io::stdin().lock());
            match Format::of(stdin.fill_buf().map_err(cannot)?) {
                Format::Plain => return Ok(Box::new(stdin)),
                Format::Gzip => {
                    return Ok(Box::new(GzipErrors {
                        inner: flate2::read::MultiGzDecoder::new(stdin),
                        label: self.label.clone(),
                    }))
                }
                Format::Archive => {
                    // pg_restore reads the archive from a spooled copy; its SQL is read next
                    let mut tmp = spool_file(&self.label)?;
                    io::copy(&mut stdin, &mut tmp).map_err(cannot)?;
                    tmp.seek(SeekFrom::Start(0)).map_err(cannot)?;
                    self.file = Some(restore(&self.label, Stdio::from(tmp), None)?);
                }
            }
        }
        let f = self.file.as_mut().expect("a file, or set above");
        f.seek(SeekFrom::Start(0))
            .map_err(|e| CliError::io(&self.label, "cannot read", e))?;
        if self.gzip {
            return Ok(Box::new(GzipErrors {
                inner: flate2::read::MultiGzDecoder::new(f),
                label: self.label.clone(),
            }));
        }
        Ok(Box::new(f))
    }

    /// The file to read again (not standard input, not a stream being decompressed).
    fn rereadable(&mut self) -> Result<&mut File, CliError> {
        let label = &self.label;
        self.file
            .as_mut()
            .filter(|_| !self.gzip)
            .ok_or_else(|| CliError {
                subject: label.clone(),
                message: "cannot be read twice (it is read as a stream)".into(),
            })
    }

    /// `len` bytes of the input from `offset` (the input must be re-readable).
    pub fn read_at(&mut self, offset: u64, len: usize) -> Result<Vec<u8>, CliError> {
        let label = self.label.clone();
        let f = self.rereadable()?;
        let mut buf = vec![0; len];
        f.seek(SeekFrom::Start(offset))
            .and_then(|_| f.read_exact(&mut buf))
            .map_err(|e| CliError::io(&label, "cannot read", e))?;
        Ok(buf)
    }

    /// Up to `n` bytes from the start (the input must be re-readable).
    pub fn head(&mut self, n: usize) -> Result<Vec<u8>, CliError> {
        let label = self.label.clone();
        let f = self.rereadable()?;
        let cannot = |e| CliError::io(&label, "cannot read", e);
        f.seek(SeekFrom::Start(0)).map_err(cannot)?;
        read_head_n(f, n).map_err(cannot)
    }

    /// The source line around `offset`, when the input can be read again.
    pub fn excerpt(&mut self, offset: u64) -> Option<(String, usize)> {
        if self.gzip {
            return None;
        }
        let f = self.file.as_mut()?;
        crate::report::excerpt_at(f, offset)
    }
}

/// `a` before `b` as people number files: runs of digits compare by value (`V2__x.sql`
/// before `V10__y.sql`), the rest byte by byte.
fn natural_order(a: &str, b: &str) -> std::cmp::Ordering {
    let (mut x, mut y) = (a.as_bytes(), b.as_bytes());
    loop {
        match (x.first(), y.first()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return std::cmp::Ordering::Less,
            (Some(_), None) => return std::cmp::Ordering::Greater,
            (Some(c), Some(d)) if c.is_ascii_digit() && d.is_ascii_digit() => {
                let n = x.iter().take_while(|c| c.is_ascii_digit()).count();
                let m = y.iter().take_while(|c| c.is_ascii_digit()).count();
                let (p, q) = (&x[..n], &y[..m]);
                let trim = |s: &[u8]| -> usize { s.iter().take_while(|c| **c == b'0').count() };
                let (p, q) = (&p[trim(p)..], &q[trim(q)..]);
                let o = p.len().cmp(&q.len()).then_with(|| p.cmp(q));
                if o != std::cmp::Ordering::Equal {
                    return o;
                }
                x = &x[n..];
                y = &y[m..];
            }
            (Some(c), Some(d)) => {
                if c != d {
                    return c.cmp(d);
                }
                x = &x[1..];
                y = &y[1..];
            }
        }
    }
}

/// The `.sql` files under `dir` (recursively), in natural order of their paths.
fn sql_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_owned()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d)? {
            let p = e?.path();
            if p.is_dir() {
                todo.push(p);
            } else if p.extension().is_some_and(|x| x == "sql") {
                out.push(p);
            }
        }
    }
    let rel = |p: &PathBuf| {
        p.strip_prefix(dir)
            .unwrap_or(p)
            .to_string_lossy()
            .into_owned()
    };
    out.sort_by(|a, b| natural_order(&rel(a), &rel(b)));
    Ok(out)
}

/// A directory of `.sql` files (migrations, say) as one input: the files one after the
/// other, in natural order of their paths, each after a `-- file: PATH` comment line.
fn concatenated(label: &str, dir: &Path) -> Result<File, CliError> {
    let files = sql_files(dir).map_err(|e| CliError::io(label, "cannot read", e))?;
    if files.is_empty() {
        return Err(CliError {
            subject: label.to_owned(),
            message: "is a directory with no .sql file (nor a pg_dump directory archive: it \
                      has no toc.dat)"
                .into(),
        });
    }
    let mut out = spool_file(label)?;
    for f in &files {
        let name = f.strip_prefix(dir).unwrap_or(f).display().to_string();
        let bytes = std::fs::read(f)
            .map_err(|e| CliError::io(&f.display().to_string(), "cannot read", e))?;
        let mut head = format!("-- file: {}\n", name.replace('\n', " "));
        if bytes.is_empty() {
            head.push('\n');
        }
        std::io::Write::write_all(&mut out, head.as_bytes())
            .and_then(|_| std::io::Write::write_all(&mut out, &bytes))
            .and_then(|_| {
                if bytes.ends_with(b"\n") {
                    Ok(())
                } else {
                    std::io::Write::write_all(&mut out, b"\n")
                }
            })
            .map_err(|e| CliError::io(label, "cannot write a temporary file", e))?;
    }
    Ok(out)
}

/// A directory `pgsplit explode` wrote: its statements in the order of its `order.txt`.
fn exploded(label: &str, dir: &Path, manifest: &str) -> Result<File, CliError> {
    let others: Vec<String> = sql_files(dir)
        .map_err(|e| CliError::io(label, "cannot read", e))?
        .iter()
        .map(|f| {
            f.strip_prefix(dir)
                .unwrap_or(f)
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/")
        })
        .collect();
    let mut out = io::BufWriter::new(spool_file(label)?);
    super::reassemble::reassemble(label, dir, manifest, &others, &mut out)?;
    out.into_inner()
        .map_err(|e| CliError::io(label, "cannot write a temporary file", e.into_error()))
}

fn spool_file(label: &str) -> Result<File, CliError> {
    tempfile::tempfile().map_err(|e| CliError::io(label, "cannot create a temporary file", e))
}

fn gzip_error(label: &str, e: io::Error) -> CliError {
    CliError {
        subject: label.to_owned(),
        message: format!(
            "is gzip-compressed but cannot be decompressed: {} (a truncated or damaged file?)",
            super::io_message(&e)
        ),
    }
}

/// Decompression errors of a streamed gzip input, named as such.
struct GzipErrors<R> {
    inner: R,
    label: String,
}

impl<R: Read> Read for GzipErrors<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf).map_err(|e| {
            let m = gzip_error(&self.label, e).message;
            io::Error::new(io::ErrorKind::InvalidData, m)
        })
    }
}

/// The `pg_restore` to run: `PGSPLIT_PG_RESTORE`, else the one on `PATH`.
fn pg_restore() -> std::ffi::OsString {
    std::env::var_os("PGSPLIT_PG_RESTORE").unwrap_or_else(|| "pg_restore".into())
}

/// Runs `pg_restore -f -` on `path` (or on `stdin` when there is no path) and returns its
/// SQL, spooled to a temporary file.
fn restore(label: &str, stdin: Stdio, path: Option<&Path>) -> Result<File, CliError> {
    let out = spool_file(label)?;
    let writer = out
        .try_clone()
        .map_err(|e| CliError::io(label, "cannot create a temporary file", e))?;
    let program = pg_restore();
    let mut cmd = Command::new(&program);
    cmd.args(["--file", "-"]);
    if let Some(p) = path {
        cmd.arg(p);
    }
    let result = cmd
        .stdin(stdin)
        .stdout(Stdio::from(writer))
        .stderr(Stdio::piped())
        .output();
    let what = if path.is_some_and(Path::is_dir) {
        "a pg_dump directory archive"
    } else {
        "a pg_dump archive (custom or tar format)"
    };
    let output = match result {
        Ok(o) => o,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(CliError {
                subject: label.to_owned(),
                message: format!(
                    "is {what}; pgsplit reads archives through pg_restore, which is not on \
                     PATH: install the PostgreSQL client tools (or set PGSPLIT_PG_RESTORE), \
                     or run `pg_restore -f dump.sql {}` and give pgsplit dump.sql",
                    if label == "<stdin>" { "ARCHIVE" } else { label }
                ),
            })
        }
        Err(e) => {
            return Err(CliError::io(
                label,
                &format!("cannot run {}", program.to_string_lossy()),
                e,
            ))
        }
    };
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let first: Vec<&str> = stderr.lines().take(3).collect();
        return Err(CliError {
            subject: label.to_owned(),
            message: format!(
                "is {what}, and pg_restore could not read it ({}): {}",
                output.status,
                first.join(" / ")
            ),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::Format;

    #[test]
    fn files_in_natural_order() {
        let mut v = vec![
            "V10__c.sql",
            "V2__b.sql",
            "V1__a.sql",
            "a/V01__x.sql",
            "V1__a2.sql",
        ];
        v.sort_by(|a, b| super::natural_order(a, b));
        assert_eq!(
            v,
            [
                "V1__a.sql",
                "V1__a2.sql",
                "V2__b.sql",
                "V10__c.sql",
                "a/V01__x.sql"
            ]
        );
    }

    #[test]
    fn formats_by_their_first_bytes() {
        assert_eq!(
            Format::of(b"--\n-- PostgreSQL database dump\n"),
            Format::Plain
        );
        assert_eq!(Format::of(b""), Format::Plain);
        assert_eq!(Format::of(&[0x1f, 0x8b, 8, 0]), Format::Gzip);
        assert_eq!(Format::of(b"PGDMP\x01\x10\x00"), Format::Archive);
        let mut tar = vec![0u8; 262];
        tar[257..262].copy_from_slice(b"ustar");
        assert_eq!(Format::of(&tar), Format::Archive);
        // text that merely starts like one of them
        assert_eq!(Format::of(b"PGDM"), Format::Plain);
        assert_eq!(Format::of(&[0x1f]), Format::Plain);
    }
}
