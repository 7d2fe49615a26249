//! Where a command reads: a file or standard input. Standard input is spooled to an anonymous
//! temporary file when the command needs two passes (check, then write), so memory stays
//! bounded whatever the input size.

use super::CliError;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::PathBuf;

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

/// An opened input that can be read more than once when it is seekable.
pub(crate) struct Source {
    label: String,
    file: Option<File>,
    stdin_used: bool,
}

impl Source {
    /// Opens `input`. With `rereadable`, standard input is first copied to a temporary file.
    pub fn open(input: &Input, rereadable: bool) -> Result<Source, CliError> {
        let label = input.label();
        match input {
            Input::Path(p) => {
                let meta =
                    std::fs::metadata(p).map_err(|e| CliError::io(&label, "cannot read", e))?;
                if meta.is_dir() {
                    return Err(CliError {
                        subject: label,
                        message: "is a directory, not a SQL file".into(),
                    });
                }
                let file = File::open(p).map_err(|e| CliError::io(&label, "cannot read", e))?;
                Ok(Source {
                    label,
                    file: Some(file),
                    stdin_used: false,
                })
            }
            Input::Stdin if rereadable => {
                let mut tmp = tempfile::tempfile()
                    .map_err(|e| CliError::io(&label, "cannot create a temporary file", e))?;
                io::copy(&mut io::stdin().lock(), &mut tmp)
                    .map_err(|e| CliError::io(&label, "cannot read", e))?;
                Ok(Source {
                    label,
                    file: Some(tmp),
                    stdin_used: false,
                })
            }
            Input::Stdin => Ok(Source {
                label,
                file: None,
                stdin_used: false,
            }),
        }
    }

    /// A reader from the start of the input.
    pub fn reader(&mut self) -> Result<Box<dyn Read + '_>, CliError> {
        match self.file.as_mut() {
            Some(f) => {
                f.seek(SeekFrom::Start(0))
                    .map_err(|e| CliError::io(&self.label, "cannot read", e))?;
                Ok(Box::new(f))
            }
            None => {
                if self.stdin_used {
                    return Err(CliError {
                        subject: self.label.clone(),
                        message: "standard input cannot be read twice".into(),
                    });
                }
                self.stdin_used = true;
                Ok(Box::new(io::stdin().lock()))
            }
        }
    }

    /// `len` bytes of the input from `offset` (the input must be re-readable).
    pub fn read_at(&mut self, offset: u64, len: usize) -> Result<Vec<u8>, CliError> {
        let label = self.label.clone();
        let f = self.file.as_mut().ok_or_else(|| CliError {
            subject: label.clone(),
            message: "standard input cannot be read twice".into(),
        })?;
        let mut buf = vec![0; len];
        f.seek(SeekFrom::Start(offset))
            .and_then(|_| f.read_exact(&mut buf))
            .map_err(|e| CliError::io(&label, "cannot read", e))?;
        Ok(buf)
    }

    /// The source line around `offset`, when the input can be read again.
    pub fn excerpt(&mut self, offset: u64) -> Option<(String, usize)> {
        let f = self.file.as_mut()?;
        crate::report::excerpt_at(f, offset)
    }
}
