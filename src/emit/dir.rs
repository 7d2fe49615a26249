//! One file per statement: `0001.sql`, `0002.sql` ... in input order.
//!
//! Files are written into a temporary directory inside the target and renamed into place only
//! when the whole input was written, so a failed run leaves nothing behind. Numbers have at
//! least four digits, more when there are more than 9999 statements (all names then have the
//! same width, so they sort in order).
//!
//! ```
//! use pgsplit::emit::dir::DirWriter;
//! use pgsplit::Scanner;
//! let out = tempfile::tempdir().unwrap();
//! let mut w = DirWriter::create(out.path(), false, false).unwrap();
//! let mut scanner = Scanner::new(&b"SELECT 1;\nSELECT 2;\n"[..]);
//! while let Some(segment) = scanner.next_segment() {
//!     w.segment(&segment.unwrap()).unwrap();
//! }
//! assert_eq!(w.finish().unwrap(), 2);
//! assert_eq!(std::fs::read_to_string(out.path().join("0002.sql")).unwrap(), "SELECT 2;\n");
//! ```

use crate::segment::{Detail, Segment};
use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Writes each statement (and, with `keep_meta`, each meta-command) to its own file.
pub struct DirWriter {
    keep_meta: bool,
    force: bool,
    count: u64,
    current: Option<BufWriter<File>>,
    // after `current`: the open file is closed before the staging directory goes
    out: Staging,
}

/// An output directory being written: files are made in a temporary directory inside it and
/// moved into place by the writer at the end; if the run stops before
/// [`done`](Staging::done), the temporary directory is removed (dropping it).
pub(crate) struct Staging {
    /// The target directory.
    pub(crate) dir: PathBuf,
    /// The temporary directory inside it.
    pub(crate) tmp: PathBuf,
    done: bool,
}

impl Staging {
    /// Prepares `dir` (created if missing). A directory that holds anything refuses the run
    /// unless `force` is given; the message says what `--force` replaces (`replaces`).
    pub(crate) fn prepare(dir: &Path, force: bool, replaces: &str) -> io::Result<Staging> {
        match fs::read_dir(dir) {
            Ok(entries) => {
                let mut names: Vec<String> = Vec::new();
                for e in entries {
                    names.push(e?.file_name().to_string_lossy().into_owned());
                }
                if !names.is_empty() && !force {
                    names.sort();
                    return Err(io::Error::new(
                        io::ErrorKind::AlreadyExists,
                        format!(
                            "output directory {} is not empty (it holds {}{}); use --force to replace {replaces} in it",
                            dir.display(),
                            names[0],
                            if names.len() > 1 { " and more" } else { "" }
                        ),
                    ));
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => fs::create_dir_all(dir)?,
            Err(e) => return Err(e),
        }
        let tmp = dir.join(format!(".pgsplit-tmp-{}", std::process::id()));
        fs::create_dir_all(&tmp)?;
        Ok(Staging {
            dir: dir.to_path_buf(),
            tmp,
            done: false,
        })
    }

    /// Everything was moved into place: the (empty) temporary directory goes.
    pub(crate) fn done(&mut self) -> io::Result<()> {
        fs::remove_dir_all(&self.tmp)?;
        self.done = true;
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.done {
            let _ = fs::remove_dir_all(&self.tmp);
        }
    }
}

/// True for the names pgsplit writes (`0001.sql` ...).
fn is_numbered(name: &str) -> bool {
    name.strip_suffix(".sql")
        .is_some_and(|n| n.len() >= 4 && n.bytes().all(|b| b.is_ascii_digit()))
}

impl DirWriter {
    /// Prepares `dir` (created if missing). A directory that holds anything refuses the run
    /// unless `force` is given; with `force`, earlier numbered files are replaced and other
    /// files are left alone.
    pub fn create(dir: &Path, force: bool, keep_meta: bool) -> io::Result<DirWriter> {
        Ok(DirWriter {
            keep_meta,
            force,
            count: 0,
            current: None,
            out: Staging::prepare(dir, force, "numbered .sql files")?,
        })
    }

    fn start_file(&mut self) -> io::Result<&mut BufWriter<File>> {
        self.close_file()?;
        self.count += 1;
        let f = File::create(self.out.tmp.join(format!("{}.sql", self.count)))?;
        Ok(self.current.insert(BufWriter::with_capacity(64 * 1024, f)))
    }

    fn close_file(&mut self) -> io::Result<()> {
        if let Some(mut f) = self.current.take() {
            f.flush()?;
        }
        Ok(())
    }

    /// Writes one segment: statements start a file, COPY data goes into its COPY's file.
    pub fn segment(&mut self, seg: &Segment<'_>) -> io::Result<()> {
        match &seg.detail {
            Detail::Statement(_) => {
                let f = self.start_file()?;
                f.write_all(&seg.text)?;
                f.write_all(b"\n")?;
            }
            Detail::Meta(_) if self.keep_meta => {
                let f = self.start_file()?;
                f.write_all(&seg.text)?;
                f.write_all(b"\n")?;
            }
            Detail::Meta(_) => self.close_file()?,
            Detail::CopyData(c) => {
                if let Some(f) = self.current.as_mut() {
                    super::write_copy_data(f, &seg.text, c)?;
                }
            }
            Detail::Trivia(_) => {}
        }
        Ok(())
    }

    /// Moves the files into place; returns how many were written.
    pub fn finish(mut self) -> io::Result<u64> {
        self.close_file()?;
        let width = self.count.to_string().len().max(4);
        if self.force {
            for e in fs::read_dir(&self.out.dir)? {
                let e = e?;
                if is_numbered(&e.file_name().to_string_lossy()) {
                    fs::remove_file(e.path())?;
                }
            }
        }
        for n in 1..=self.count {
            fs::rename(
                self.out.tmp.join(format!("{n}.sql")),
                self.out.dir.join(format!("{n:0width$}.sql")),
            )?;
        }
        self.out.done()?;
        Ok(self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_names() {
        assert!(is_numbered("0001.sql"));
        assert!(is_numbered("12345.sql"));
        assert!(!is_numbered("001.sql"));
        assert!(!is_numbered("notes.sql"));
        assert!(!is_numbered("0001.txt"));
    }
}
