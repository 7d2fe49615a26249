//! Running the `pgsplit` binary from tests.

use super::root;
use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `pgsplit ARGS` in the repository's root, standard input empty.
pub fn pgsplit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pgsplit"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// Runs `pgsplit ARGS` with `input` on its standard input.
pub fn with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pgsplit"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // (it may stop reading early, on an error)
    let _ = stdin.write_all(input);
    drop(stdin);
    child.wait_with_output().unwrap()
}

/// Bytes as text, for messages.
pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A file `input.sql` holding `content` in a new temporary directory (kept while the
/// directory lives), and its path.
pub fn tmp_file(content: &[u8]) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("input.sql");
    std::fs::write(&path, content).unwrap();
    let p = path.to_string_lossy().into_owned();
    (dir, p)
}
