//! The bad-input catalogue (README, "Reliability"): what pgsplit does with every kind of input
//! a migration pipeline can feed it by mistake. Each case runs the binary and checks the exit
//! code, the one message (`FILE:LINE:COL: error: ...`, the offending line, a caret under the
//! column, a hint), and that nothing is written to standard output that could be executed.

mod common;

use common::cmd::{pgsplit, text, tmp_file, with_stdin};
use std::io::Read;
use std::process::{Command, Output, Stdio};

/// The verbs that read one SQL input and write SQL (or a report) to standard output.
const VERBS: [&[&str]; 5] = [
    &["split"],
    &["split", "--format", "json"],
    &["order"],
    &["normalize"],
    &["alembic"],
];

/// Exit 2, nothing on standard output, no panic, and exactly one error on standard error: its
/// first line `{file}:{line}:{col}: error: ` mentioning `what`, then the source line `line`
/// with a caret under column `col` (short ASCII lines only), then a `= help:` line when
/// `hint` is set.
fn assert_one_error(out: &Output, file: &str, line: u64, col: u64, what: &str, hint: bool) {
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(out.stdout.is_empty(), "output despite the error: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(err.matches(": error: ").count(), 1, "{err}");
    let lines: Vec<&str> = err.lines().collect();
    let head = format!("{file}:{line}:{col}: error: ");
    assert!(
        lines[0].starts_with(&head),
        "{err:?} should start with {head:?}"
    );
    assert!(lines[0].contains(what), "{err}");
    let source = lines
        .iter()
        .position(|l| l.trim_start().starts_with(&format!("{line} | ")))
        .unwrap_or_else(|| panic!("no excerpt of line {line}: {err}"));
    let bar = lines[source].find(" | ").unwrap() + 3;
    let caret = lines[source + 1]
        .find('^')
        .unwrap_or_else(|| panic!("no caret: {err}"));
    assert_eq!(
        caret - bar,
        col as usize - 1,
        "caret not under column {col}: {err}"
    );
    assert_eq!(
        err.contains("= help: "),
        hint,
        "hint expected: {hint}: {err}"
    );
}

/// Exit 0 and standard error exactly `stderr`.
fn assert_ok(out: &Output, stderr: &str) {
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), stderr);
}

fn no_statements(file: &str) -> String {
    format!("{file}: note: no SQL statements in the input (psql would send nothing)\n")
}

#[test]
fn an_empty_file_comments_only_or_a_bom_only_is_no_statements_and_a_note() {
    for content in [&b""[..], b"-- nothing\n/* here */\n\n", b"\xEF\xBB\xBF"] {
        let (_d, f) = tmp_file(content);
        for verb in [&["split"][..], &["order"], &["normalize"]] {
            let out = pgsplit(&[verb, &[f.as_str()]].concat());
            assert_ok(&out, &no_statements(&f));
            assert!(out.stdout.is_empty(), "{verb:?} {content:?}");
            let out = pgsplit(&[verb, &["-q", f.as_str()]].concat());
            assert_ok(&out, "");
        }
        let out = pgsplit(&["split", "--format", "json", "-q", &f]);
        assert_eq!(text(&out.stdout).trim(), "[]");
        let out = pgsplit(&["diff", "-q", &f, "/dev/null"]);
        assert_ok(&out, "");
    }
}

#[test]
fn invalid_utf8_without_a_client_encoding_is_an_error_with_a_hint() {
    let (_d, f) = tmp_file(b"SELECT 1;\nINSERT INTO t VALUES ('caf\xe9');\n");
    for verb in VERBS {
        let out = pgsplit(&[verb, &[f.as_str()]].concat());
        assert_one_error(
            &out,
            &f,
            2,
            27,
            "invalid byte sequence for encoding UTF8: 0xe9",
            true,
        );
        assert!(text(&out.stderr).contains("--encoding LATIN1"));
    }
}

#[test]
fn a_latin1_dump_that_says_so_works() {
    let (_d, f) = tmp_file(
        b"SET client_encoding = 'LATIN1';\nCREATE TABLE caf\xe9 (na\xefve text DEFAULT '\xe9t\xe9');\n",
    );
    let out = pgsplit(&["split", "--format", "json", &f]);
    assert_ok(&out, "");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[1]["sql"], "CREATE TABLE café (naïve text DEFAULT 'été');");
    let out = pgsplit(&["normalize", &f]);
    assert_ok(&out, "");
    assert!(
        text(&out.stdout)
            .contains("CREATE TABLE public.\"café\" (\n    \"naïve\" text DEFAULT 'été'"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn nul_bytes_are_an_error_at_the_byte() {
    let (_d, f) = tmp_file(b"SELECT 1;\nSELECT 'a\0b';\n");
    for verb in VERBS {
        let out = pgsplit(&[verb, &[f.as_str()]].concat());
        assert_one_error(&out, &f, 2, 10, "NUL byte", true);
    }
    let (_d, f) = tmp_file(b"COPY t FROM stdin;\n1\tx\n2\ty\0z\n\\.\n");
    let out = pgsplit(&["split", &f]);
    assert_one_error(&out, &f, 3, 4, "NUL byte in COPY data", true);
}

#[test]
fn unterminated_text_at_the_end_is_an_error_where_it_opens() {
    for (input, line, col, what) in [
        (
            &b"SELECT 1;\nSELECT 'abc;\n"[..],
            2,
            8,
            "unterminated quoted string",
        ),
        (
            b"SELECT 1;\n  SELECT \"x;\n",
            2,
            10,
            "unterminated quoted identifier",
        ),
        (
            b"SELECT 1; /* open /* nested */\n",
            1,
            11,
            "unterminated /* comment",
        ),
        (
            b"SELECT 1;\nDO $body$ BEGIN\n",
            2,
            4,
            "unterminated dollar-quoted string $body$",
        ),
        // at the BEGIN that opens the body, not at the statement's start (a CASE ... END
        // inside is closed)
        (
            b"SELECT 1;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql\n  BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END;\n",
            3,
            3,
            "BEGIN ATOMIC body",
        ),
        (
            b"CREATE PROCEDURE q() LANGUAGE sql BEGIN ATOMIC SELECT 1; END; CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC SELECT 1;\n",
            1,
            97,
            "BEGIN ATOMIC body",
        ),
    ] {
        let (_d, f) = tmp_file(input);
        for verb in VERBS {
            let out = pgsplit(&[verb, &[f.as_str()]].concat());
            assert_one_error(&out, &f, line, col, what, true);
        }
        // in a pipe too, and also when streaming (what came before may be out already)
        let out = with_stdin(&["split"], input);
        assert_one_error(&out, "<stdin>", line, col, what, true);
    }
}

#[test]
fn copy_data_without_its_end_line_is_loaded_as_psql_does_with_a_warning() {
    // psql ends COPY data at the end of the file: a warning (exit 0), an error with --strict
    let (_d, f) = tmp_file(b"SELECT 1;\nCOPY t (a) FROM stdin;\n1\n2\n");
    let out = pgsplit(&["split", &f]);
    assert_eq!(out.status.code(), Some(0));
    let err = text(&out.stderr);
    assert!(
        err.starts_with(&format!(
            "{f}:3:1: warning: COPY data from here runs to the end of input without a \\. line"
        )),
        "{err}"
    );
    assert!(err.contains("= help: "), "{err}");
    // the output ends the data, so that nothing pasted after it becomes data
    assert_eq!(
        text(&out.stdout),
        "SELECT 1;\n\nCOPY t (a) FROM stdin;\n1\n2\n\\.\n\n"
    );
    let out = pgsplit(&["split", "--strict", &f]);
    assert_one_error(&out, &f, 3, 1, "COPY data from here runs to the end", true);
}

#[test]
fn a_100_mb_statement_passes_whole() {
    let body = "x".repeat(100 << 20);
    let sql = format!(
        "SELECT 1;\nCREATE FUNCTION f() RETURNS text LANGUAGE sql AS $b$ SELECT '{body}' $b$;\nSELECT 2;\n"
    );
    let (_d, f) = tmp_file(sql.as_bytes());
    let out = pgsplit(&["split", "--format", "nul", &f]);
    assert_ok(&out, "");
    let parts: Vec<&[u8]> = out.stdout.split(|&b| b == 0).collect();
    assert_eq!(parts.len(), 4, "three statements and the end");
    assert_eq!(parts[1].len(), sql.len() - "SELECT 1;\n\nSELECT 2;\n".len());
    // ordered: the function first (a definition), then the two others in their order
    let function = &sql["SELECT 1;\n".len()..sql.len() - "\nSELECT 2;\n".len()];
    let out = pgsplit(&["order", "--format", "nul", &f]);
    assert_ok(&out, "");
    let parts: Vec<&[u8]> = out.stdout.split(|&b| b == 0).collect();
    assert_eq!(parts.len(), 4, "three statements and the end");
    assert!(
        parts[0] == function.as_bytes(),
        "the function, whole and first"
    );
    assert_eq!(&parts[1..], [&b"SELECT 1;"[..], b"SELECT 2;", b""]);
    let out = pgsplit(&["normalize", "-q", &f]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stdout.windows(body.len()).any(|w| w == body.as_bytes()));
}

#[test]
fn a_million_nested_parentheses_pass_through_with_the_parsers_complaint() {
    let n = 1_000_000;
    let deep = format!("SELECT {}1{};", "(".repeat(n), ")".repeat(n));
    let sql = format!("CREATE TABLE t (a int);\n{deep}\n");
    let (_d, f) = tmp_file(sql.as_bytes());
    let out = pgsplit(&["split", "--format", "nul", &f]);
    assert_ok(&out, "");
    assert_eq!(
        text(&out.stdout),
        format!("CREATE TABLE t (a int);\0{deep}\0")
    );
    for verb in [&["order"][..], &["normalize"]] {
        let out = pgsplit(&[verb, &[f.as_str()]].concat());
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let err = text(&out.stderr);
        // the parser gives up (as the server does), the statement is kept as written
        assert!(
            err.starts_with(&format!("{f}:2:")) && err.contains("memory exhausted"),
            "{err}"
        );
        assert!(
            err.lines().nth(2).unwrap().len() < 300,
            "excerpt not cut: {err}"
        );
        assert!(
            text(&out.stdout).contains(&deep),
            "{verb:?} lost the statement"
        );
        let out = pgsplit(&[verb, &["--strict", f.as_str()]].concat());
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn a_million_line_copy_block_streams() {
    let mut sql = b"COPY t (a, b) FROM stdin;\n".to_vec();
    for i in 0..1_000_000 {
        sql.extend_from_slice(format!("{i}\tline {i}\n").as_bytes());
    }
    sql.extend_from_slice(b"\\.\nSELECT 1;\n");
    let (_d, f) = tmp_file(&sql);
    let out = pgsplit(&["split", &f]);
    assert_ok(&out, "");
    let copy_end = sql.len() - b"SELECT 1;\n".len();
    assert_eq!(&out.stdout[..copy_end], &sql[..copy_end]);
    assert_eq!(&out.stdout[copy_end..], b"\nSELECT 1;\n\n");
    let out = pgsplit(&["split", "--format", "json", &f]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
}

#[test]
fn a_missing_file() {
    for verb in VERBS {
        let out = pgsplit(&[verb, &["no/such/file.sql"]].concat());
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            text(&out.stderr),
            "no/such/file.sql: error: cannot read: No such file or directory\n"
        );
        assert!(out.stdout.is_empty());
    }
    let out = pgsplit(&["diff", "Cargo.toml", "no/such/file.sql"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no/such/file.sql: error: cannot read"));
}

#[test]
fn a_directory_where_a_file_is_expected() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    // an input directory must hold SQL files (or be a pg_dump or explode directory)
    for verb in VERBS {
        let out = pgsplit(&[verb, &[d]].concat());
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            text(&out.stderr),
            format!("{d}: error: is a directory with no .sql file (nor a pg_dump directory archive: it has no toc.dat)\n")
        );
        assert!(out.stdout.is_empty());
    }
    // an output file that is a directory
    let (_f, f) = tmp_file(b"CREATE TABLE t (a int);");
    let out = pgsplit(&["alembic", "-o", d, &f]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        format!("{d}: error: cannot write: Is a directory\n")
    );
    // an output directory that is a file
    let out = pgsplit(&["split", "--out-dir", &f, &f]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with(&format!("{f}: error: cannot write")));
}

#[test]
fn an_unreadable_file() {
    // what a read error looks like: /proc/self/mem cannot be read at offset 0, even by root
    if std::path::Path::new("/proc/self/mem").exists() {
        let out = pgsplit(&["split", "/proc/self/mem"]);
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            text(&out.stderr),
            "/proc/self/mem: error: cannot read: Input/output error\n"
        );
        assert!(out.stdout.is_empty());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let (_d, f) = tmp_file(b"SELECT 1;");
        std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o000)).unwrap();
        if std::fs::read(&f).is_err() {
            // (root reads anything: only checked when the permission bites)
            let out = pgsplit(&["split", &f]);
            assert_eq!(out.status.code(), Some(2));
            assert_eq!(
                text(&out.stderr),
                format!("{f}: error: cannot read: Permission denied\n")
            );
        }
    }
}

#[test]
fn a_truncated_gzip_file_is_an_error_and_nothing_is_written() {
    let mut sql = Vec::new();
    for i in 0..100_000 {
        sql.extend_from_slice(format!("SELECT {i};\n").as_bytes());
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut gz, &sql).unwrap();
    let gz = gz.finish().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("dump.sql.gz");
    std::fs::write(&f, &gz[..gz.len() / 2]).unwrap();
    let f = f.to_str().unwrap();
    for verb in VERBS {
        let out = pgsplit(&[verb, &[f]].concat());
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty(), "{verb:?}");
        assert_eq!(
            text(&out.stderr),
            format!("{f}: error: is gzip-compressed but cannot be decompressed: incomplete deflate stream (a truncated or damaged file?)\n")
        );
    }
}

#[test]
fn utf16_and_binary_files_are_refused() {
    // Windows PowerShell's `pg_dump > dump.sql` writes UTF-16
    let utf16: Vec<u8> = "\u{feff}SELECT 1;\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let (_d, f) = tmp_file(&utf16);
    let out = pgsplit(&["split", &f]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        format!("{f}: error: input is UTF-16 text, not SQL (convert it to UTF-8 first, e.g. `iconv -f UTF-16 -t UTF-8 FILE | pgsplit split`)\n")
    );
    // random bytes: errors, nothing written, no panic
    let mut state = 0x2545F4914F6CDD1Du64;
    let junk: Vec<u8> = (0..1 << 20)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    let (_d, f) = tmp_file(&junk);
    for verb in VERBS {
        let out = pgsplit(&[verb, &[f.as_str()]].concat());
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        let err = text(&out.stderr);
        assert!(
            err.contains(": error: ") && !err.contains("panicked"),
            "{err}"
        );
    }
}

#[test]
fn standard_input_closed() {
    // a closed descriptor 0 reads as empty (the Rust runtime opens /dev/null in its place)
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_pgsplit"));
        cmd.args(["split", "-"]);
        // SAFETY: close(2) is async-signal-safe; nothing else runs between fork and exec
        unsafe {
            cmd.pre_exec(|| {
                libc::close(0);
                Ok(())
            });
        }
        let out = cmd.output().unwrap();
        assert_ok(&out, &no_statements("<stdin>"));
        assert!(out.stdout.is_empty());
    }
    let out = with_stdin(&["split"], b"");
    assert_ok(&out, &no_statements("<stdin>"));
    let out = with_stdin(&["diff", "-", "-"], b"SELECT 1;");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "pgsplit: error: only one side can be standard input (-)\n"
    );
}

/// Reads the first bytes of a command's output and closes the pipe.
fn close_early(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pgsplit"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 10];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

#[test]
fn standard_output_closed_early_ends_quietly() {
    let mut sql = Vec::new();
    for i in 0..30_000 {
        sql.extend_from_slice(format!("CREATE TABLE t{i} (a int);\nSELECT {i};\n").as_bytes());
    }
    let (_d, f) = tmp_file(&sql);
    let (_e, g) = tmp_file(b"SELECT 1;");
    for args in [
        &["split", f.as_str()][..],
        &["split", "--stream", &f],
        &["split", "--format", "json", &f],
        &["order", &f],
        &["normalize", "-q", &f],
        &["alembic", "-q", &f],
        &["diff", "-q", &g, &f],
    ] {
        let out = close_early(args);
        // `| head -1`: exit 0 (diff: 1, the files differ) and nothing on standard error
        let code = if args[0] == "diff" { 1 } else { 0 };
        assert_eq!(
            out.status.code(),
            Some(code),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert_eq!(text(&out.stderr), "", "{args:?}");
    }
}

#[test]
fn an_output_directory_that_is_not_empty_is_refused_unless_forced() {
    let (_d, f) = tmp_file(b"CREATE TABLE t (a int);\nSELECT 1;\n");
    let out_dir = tempfile::tempdir().unwrap();
    let o = out_dir.path().to_str().unwrap();
    std::fs::write(out_dir.path().join("notes.txt"), "mine").unwrap();
    for (args, force_replaces) in [
        (
            vec!["split", "--out-dir", o, f.as_str()],
            "numbered .sql files",
        ),
        (
            vec!["explode", "-o", o, f.as_str()],
            "an earlier explode's files",
        ),
    ] {
        let out = pgsplit(&args);
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            text(&out.stderr),
            format!("{o}: error: cannot write: output directory {o} is not empty (it holds notes.txt); use --force to replace {force_replaces} in it\n")
        );
        let names: Vec<_> = std::fs::read_dir(o)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["notes.txt"], "nothing written");
        let out = pgsplit(&[&args[..1], &["--force"], &args[1..]].concat());
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert_eq!(
            std::fs::read_to_string(out_dir.path().join("notes.txt")).unwrap(),
            "mine"
        );
        for e in std::fs::read_dir(o).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                std::fs::remove_dir_all(p).unwrap();
            } else if !p.ends_with("notes.txt") {
                std::fs::remove_file(p).unwrap();
            }
        }
    }
}

#[test]
fn an_error_leaves_no_output_directory_or_file_behind() {
    let (_d, f) = tmp_file(b"CREATE TABLE t (a int);\nSELECT 'open;\n");
    let dir = tempfile::tempdir().unwrap();
    for (i, args) in [
        vec!["split", "--out-dir"],
        vec!["explode", "-o"],
        vec!["alembic", "-o"],
    ]
    .into_iter()
    .enumerate()
    {
        let target = dir.path().join(format!("out{i}"));
        let t = target.to_str().unwrap();
        let out = pgsplit(&[&args[..], &[t, f.as_str()]].concat());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!target.exists(), "{args:?} left {t}");
    }
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}

#[test]
fn the_same_file_on_both_sides_of_diff() {
    let (d, f) = tmp_file(b"CREATE TABLE t (a int);\n");
    let link = d.path().join("link.sql");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&f, &link).unwrap();
    #[cfg(not(unix))]
    std::fs::copy(&f, &link).unwrap();
    let l = link.to_str().unwrap();
    for (a, b) in [(f.as_str(), f.as_str()), (f.as_str(), l)] {
        let out = pgsplit(&["diff", "--brief", a, b]);
        assert_eq!(out.status.code(), Some(0));
        let err = text(&out.stderr);
        assert!(
            err.starts_with(&format!(
                "pgsplit: warning: {a} and {b} are the same file: it is compared with itself\n"
            )),
            "{err}"
        );
    }
    // an error in it is reported once
    let (_e, g) = tmp_file(b"SELECT 'open;\n");
    let out = pgsplit(&["diff", &g, &g]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr).matches(": error: ").count(), 1);
}

#[test]
fn a_bug_is_one_line_and_exit_2_not_a_rust_panic() {
    // in the main thread, and in a worker thread (a message of two lines) that the main
    // thread joins (and panics again): one line either way, the first panic's
    for (how, message) in [
        ("1", "PGSPLIT_TEST_PANIC is set"),
        ("thread", "PGSPLIT_TEST_PANIC is set in a worker"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_pgsplit"))
            .args(["split", "-"])
            .env("PGSPLIT_TEST_PANIC", how)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        let err = text(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
        let head = format!("pgsplit: internal error: {message} (at src/main.rs:");
        assert!(err.starts_with(&head), "{err:?} should start with {head:?}");
        assert!(
            err.ends_with("); this is a bug; please report it with the input that caused it\n"),
            "{err}"
        );
        // not Rust's own message
        for rust in ["panicked", "thread '", "RUST_BACKTRACE", "note:"] {
            assert!(!err.contains(rust), "{rust}: {err}");
        }
    }
}
