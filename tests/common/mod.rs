//! Shared test helpers: the psql oracle comparison.
//!
//! psql's answers (recorded with `psql-oracle`) are the statements the server received, in
//! order. pgsplit's statements are turned into the same shape (a `\;` group becomes one query;
//! meta-commands that make psql send queries of its own are expanded) and both sides are
//! normalised the same way before comparing: comments removed and whitespace runs outside
//! quotes collapsed. Boundaries and the text of every token are compared exactly.
#![allow(dead_code)]

pub mod canon_check;
pub mod cmd;
pub mod order_check;
pub mod scan_check;

use pgsplit::{Detail, Encoding, MetaEffect, ScanOptions, Scanner, SegmentKind};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Root of the repository.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.sql` file under `dir`, sorted.
pub fn sql_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "sql") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The shared corpus directory (`../shared` next to the repository, or `$PGSPLIT_SHARED`)
/// when it holds `corpus/`; `None` (the test skips it) only outside CI.
pub fn shared() -> Option<PathBuf> {
    let dir = std::env::var_os("PGSPLIT_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared"));
    if dir.join("corpus").is_dir() {
        Some(dir)
    } else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but the shared corpus is missing at {}",
            dir.display()
        );
        None
    }
}

/// What psql sent for a file.
pub struct Oracle {
    pub statements: Vec<String>,
    pub complete: bool,
}

pub fn oracle(path: &Path) -> Oracle {
    let v: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    Oracle {
        statements: v["statements"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_owned())
            .collect(),
        complete: v["complete"].as_bool().unwrap(),
    }
}

/// Removes comments and collapses whitespace outside quoted text. Quoted text (strings,
/// quoted identifiers, dollar quotes) is kept byte for byte. Written independently of the
/// scanner on purpose: it only needs to find quotes and comments, not boundaries.
pub fn normalize(sql: &str) -> String {
    let b: Vec<char> = sql.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut space = false;
    let push_space = |out: &mut String, space: &mut bool| {
        if *space && !out.is_empty() {
            out.push(' ');
        }
        *space = false;
    };
    while i < b.len() {
        let c = b[i];
        if c == '-' && b.get(i + 1) == Some(&'-') {
            while i < b.len() && b[i] != '\n' && b[i] != '\r' {
                i += 1;
            }
            space = true;
        } else if c == '/' && b.get(i + 1) == Some(&'*') {
            let mut depth = 0;
            i += 2;
            while i < b.len() {
                if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                } else if b[i] == '/' && b.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else {
                    i += 1;
                }
            }
            space = true;
        } else if c.is_whitespace() {
            space = true;
            i += 1;
        } else if c == '\'' || c == '"' {
            push_space(&mut out, &mut space);
            let escapes = c == '\''
                && i > 0
                && (b[i - 1] == 'e' || b[i - 1] == 'E')
                && (i < 2 || !(b[i - 2].is_alphanumeric() || b[i - 2] == '_'));
            out.push(c);
            i += 1;
            while i < b.len() {
                out.push(b[i]);
                if escapes && b[i] == '\\' && i + 1 < b.len() {
                    out.push(b[i + 1]);
                    i += 2;
                    continue;
                }
                if b[i] == c {
                    if b.get(i + 1) == Some(&c) {
                        out.push(c);
                        i += 2;
                        continue;
                    }
                    i += 1;
                    break;
                }
                i += 1;
            }
        } else if c == '$'
            && (i == 0 || !(b[i - 1].is_alphanumeric() || b[i - 1] == '_' || b[i - 1] == '$'))
        {
            // dollar quote?
            let mut j = i + 1;
            while j < b.len()
                && (b[j].is_alphanumeric() || b[j] == '_')
                && !b[i + 1].is_ascii_digit()
            {
                j += 1;
            }
            if j < b.len() && b[j] == '$' {
                let tag: String = b[i..=j].iter().collect();
                push_space(&mut out, &mut space);
                let rest: String = b[j + 1..].iter().collect();
                match rest.find(&tag) {
                    Some(k) => {
                        let body: String = rest[..k].to_string();
                        out.push_str(&tag);
                        out.push_str(&body);
                        out.push_str(&tag);
                        i = j + 1 + body.chars().count() + tag.chars().count();
                    }
                    None => {
                        out.push_str(&tag);
                        out.push_str(&rest);
                        i = b.len();
                    }
                }
            } else {
                push_space(&mut out, &mut space);
                out.push(c);
                i += 1;
            }
        } else {
            push_space(&mut out, &mut space);
            out.push(c);
            i += 1;
        }
    }
    out
}

/// What pgsplit says psql sends, in psql's shape: one entry per query, `\;` groups joined,
/// psql's own queries for `\encoding` and `\copy` added, `\g` on an empty buffer repeating the
/// previous query. Text is converted to UTF-8 with the encoding in force.
pub fn sent_queries(input: &[u8], opts: ScanOptions) -> Vec<String> {
    let mut scanner = Scanner::with_options(input, opts);
    let mut out: Vec<String> = Vec::new();
    let mut group: Option<(u64, String)> = None;
    let mut last: Option<String> = None;
    while let Some(seg) = scanner.next_segment() {
        let seg = seg.expect("scan");
        let text = decode(seg.encoding, &seg.text);
        match &seg.detail {
            Detail::Statement(s) => {
                if let Some(b) = s.batch {
                    match &mut group {
                        Some((id, acc)) if *id == b => {
                            acc.push(' ');
                            acc.push_str(&text);
                        }
                        _ => {
                            if let Some((_, acc)) = group.take() {
                                out.push(acc);
                            }
                            group = Some((b, text.clone()));
                        }
                    }
                } else {
                    if let Some((_, acc)) = group.take() {
                        out.push(acc);
                    }
                    out.push(text.clone());
                    last = Some(text);
                }
            }
            Detail::Meta(m) => {
                if let Some((_, acc)) = group.take() {
                    out.push(acc.clone());
                    last = Some(acc);
                }
                match m.effect {
                    MetaEffect::Encoding => {
                        let enc = m.args.split_whitespace().next().unwrap_or("");
                        out.push(format!("set client_encoding to '{enc}'"));
                    }
                    MetaEffect::Copy => out.push(format!("\\copy {}", m.args)),
                    // describe commands send catalogue queries of psql's own
                    _ if m.name.starts_with('d') || m.name.starts_with('l') => {
                        out.push(DESCRIBE.to_owned())
                    }
                    MetaEffect::Send | MetaEffect::Gexec
                        if seg.diagnostics.iter().any(|d| d.code == "resend-previous") =>
                    {
                        if let Some(prev) = &last {
                            out.push(prev.clone());
                        }
                    }
                    _ => {}
                }
            }
            Detail::Trivia(pgsplit::TriviaKind::Empty) => {
                // psql sends empty statements; the comparison skips them on both sides.
            }
            _ => {}
        }
        let _ = SegmentKind::Trivia;
    }
    if let Some((_, acc)) = group.take() {
        out.push(acc);
    }
    out
}

fn decode(enc: Encoding, text: &[u8]) -> String {
    enc.decode(text)
        .map(|s| s.into_owned())
        .unwrap_or_else(|_| String::from_utf8_lossy(text).into_owned())
}

/// Stands for the catalogue query a describe command (`\\dt`, `\\l` ...) makes psql send.
const DESCRIBE: &str = "<psql describe query>";

/// True for an oracle entry that is only an empty statement (`;` or comments).
fn is_empty_query(s: &str) -> bool {
    let n = normalize(s);
    n.chars().all(|c| c == ';' || c.is_whitespace())
}

/// psql's spelling of the query it sends for `\copy ARGS`: compares loosely (both sides name
/// the same table and direction).
fn copy_matches(ours: &str, theirs: &str) -> bool {
    let Some(args) = ours.strip_prefix("\\copy ") else {
        return false;
    };
    let t = theirs.trim_start();
    if !t.starts_with("COPY") && !t.starts_with("copy") {
        return false;
    }
    let table = args
        .split(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    theirs.contains(table)
}

/// psql before 15.19 (the version the shared oracle was recorded with) runs the rows of a
/// COPY that fails as SQL: they end up glued to the front of the next statement. psql 15.19
/// and later skip them, as pgsplit does. This rewrites our queries into the old shape so the
/// old oracle can still check every boundary.
pub fn glue_failed_copy_rows(input: &[u8]) -> Vec<String> {
    let mut scanner = Scanner::new(input);
    let mut out: Vec<String> = Vec::new();
    let mut rows: Option<String> = None;
    let mut failing = false;
    while let Some(seg) = scanner.next_segment() {
        let seg = seg.unwrap();
        let text = String::from_utf8_lossy(&seg.text).into_owned();
        match &seg.detail {
            Detail::Statement(s) => {
                let mut t = text.clone();
                if let Some(r) = rows.take() {
                    t = format!("{r} {t}");
                }
                failing = s.copy.is_some();
                out.push(t);
            }
            Detail::CopyData(c) if failing => {
                let data = &text[..c.data_len.min(text.len())];
                rows.get_or_insert_with(String::new).push_str(data);
            }
            _ => {}
        }
    }
    out
}

/// Compares pgsplit's queries with psql's, returning a description of the first difference.
/// `complete == false` means psql stopped early: its list must be a prefix of ours.
pub fn compare(ours: &[String], oracle: &Oracle) -> Result<(), String> {
    let ours: Vec<&String> = ours.iter().filter(|s| !is_empty_query(s)).collect();
    let theirs: Vec<&String> = oracle
        .statements
        .iter()
        .filter(|s| !is_empty_query(s))
        .collect();
    let mut ours = ours;
    for (k, t) in theirs.iter().enumerate() {
        // psql sends nothing for a `\copy` whose file cannot be opened.
        while ours
            .get(k)
            .is_some_and(|o| o.starts_with("\\copy ") && !copy_matches(o, t))
        {
            ours.remove(k);
        }
        let Some(o) = ours.get(k) else {
            return Err(format!(
                "psql sent {} queries, pgsplit has {}; first missing #{k}: {t:?}",
                theirs.len(),
                ours.len()
            ));
        };
        if copy_matches(o, t) || (o.as_str() == DESCRIBE && t.contains("pg_catalog")) {
            continue;
        }
        let (no, nt) = (normalize(o), normalize(t));
        if no != nt {
            return Err(format!(
                "query #{k} differs\n pgsplit: {no:?}\n psql:    {nt:?}"
            ));
        }
    }
    if oracle.complete && ours.len() != theirs.len() {
        return Err(format!(
            "psql sent {} queries, pgsplit has {}; first extra: {:?}",
            theirs.len(),
            ours.len(),
            ours.get(theirs.len())
        ));
    }
    Ok(())
}

/// Reads the initial client encoding a test runs with.
pub fn options(encoding: &str) -> ScanOptions {
    ScanOptions {
        encoding: Encoding::from_name(encoding).unwrap(),
        ..ScanOptions::default()
    }
}

#[test]
fn normalize_keeps_quoted_text_and_drops_comments() {
    assert_eq!(
        normalize("SELECT  1 -- x\n ,'a  -- b' /* c /* d */ */;"),
        "SELECT 1 ,'a  -- b' ;"
    );
    assert_eq!(
        normalize("SELECT $q$ a ; $$ $q$;"),
        "SELECT $q$ a ; $$ $q$;"
    );
    assert_eq!(normalize("\n\n  SELECT\n\n1;  "), "SELECT 1;");
    assert_eq!(normalize("SELECT E'a\\'  b';"), "SELECT E'a\\'  b';");
}
