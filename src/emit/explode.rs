//! The exploded layout of a dump: one file per object, in a directory per kind, and
//! `order.txt`, the load order statement by statement.
//!
//! ```text
//! order.txt                     the load order (see Manifest)
//! session.sql                   settings and psql meta-commands (SET, \connect, \restrict)
//! other.sql                     statements that belong to no object (DO, SELECT ...)
//! extensions/pgcrypto.sql
//! schemas/app.sql
//! types/app.mood.sql
//! tables/app.patient.sql        CREATE TABLE and what belongs to it: constraints, indexes,
//!                               triggers, policies, comments, grants, owned sequences
//! data/app.patient.sql          its COPY data (and the setval of its sequences)
//! views/app.active.sql
//! functions/app.age(date).sql
//! ```
//!
//! File names are the object's identity with every byte that is not safe in a file name on
//! any common system percent-encoded (`/` as `%2F`, so a name can never leave its
//! directory; the first letter of a name Windows reserves for a device, `CON`, `nul.x` ...,
//! too), cut to 200 bytes with a hash of the whole name when longer, and given a `~2`,
//! `~3` ... suffix when they differ from an earlier name only in letter case (so the layout
//! also works on case-insensitive file systems).
//!
//! A file cannot always be loaded on its own, whole: a table's foreign key may need a table
//! defined later. `order.txt` lists statements, not files: `tables/app.t.sql:2` is the
//! second statement of that file, `tables/app.t.sql:1-3` the first three, a path alone all
//! of them. Reading the directory back follows it (see `pgsplit split DIR`).
//!
//! ```
//! use pgsplit::emit::explode::{file_name, Manifest};
//! assert_eq!(file_name("app.patient"), "app.patient");
//! assert_eq!(file_name("../etc/passwd"), "%2E.%2Fetc%2Fpasswd");
//! let mut m = Manifest::default();
//! m.push("tables/a.sql");
//! m.push("tables/a.sql");
//! m.push("tables/b.sql");
//! m.push("tables/a.sql");
//! let text = m.to_text(&[("tables/a.sql", 3), ("tables/b.sql", 1)]);
//! assert!(text.ends_with("tables/a.sql:1-2\ntables/b.sql\ntables/a.sql:3\n"));
//! let read = Manifest::parse(&text).unwrap();
//! assert_eq!(read.entries.len(), 3);
//! assert_eq!((read.entries[1].first, read.entries[1].last), (1, None));
//! ```

use super::dir::Staging;
use crate::model::ObjectKind;
use crate::segment::{Detail, Segment, Terminator};
use std::collections::{HashMap, HashSet};
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Component, Path};

/// The name of the load order file.
pub const MANIFEST: &str = "order.txt";

/// The first line of a manifest (how a directory is recognised as exploded).
const HEAD: &str = "# pgsplit explode: load order";

/// The file of settings and meta-commands.
pub const SESSION: &str = "session.sql";

/// The file of statements that belong to no object.
pub const OTHER: &str = "other.sql";

/// The directory of data (COPY, INSERT, setval, REFRESH MATERIALIZED VIEW).
pub const DATA: &str = "data";

/// The directory objects of `kind` go to (when they are not folded into their table).
///
/// ```
/// use pgsplit::emit::explode::directory;
/// use pgsplit::model::ObjectKind;
/// assert_eq!(directory(ObjectKind::MaterializedView), "materialized_views");
/// assert_eq!(directory(ObjectKind::Domain), "types");
/// ```
pub fn directory(kind: ObjectKind) -> &'static str {
    use ObjectKind as K;
    match kind {
        K::Schema => "schemas",
        K::Extension => "extensions",
        K::Language => "languages",
        K::Collation => "collations",
        K::ShellType | K::Type | K::Enum | K::Domain | K::Composite | K::Range => "types",
        K::Cast => "casts",
        K::Transform => "transforms",
        K::Function => "functions",
        K::Procedure => "procedures",
        K::Aggregate => "aggregates",
        K::Operator | K::OperatorClass | K::OperatorFamily => "operators",
        K::AccessMethod => "access_methods",
        K::Conversion => "conversions",
        K::TextSearchParser
        | K::TextSearchTemplate
        | K::TextSearchDictionary
        | K::TextSearchConfiguration => "text_search",
        K::ForeignDataWrapper | K::Server | K::UserMapping => "foreign_servers",
        K::Sequence => "sequences",
        K::Table | K::Partition => "tables",
        K::ForeignTable => "foreign_tables",
        K::View => "views",
        K::MaterializedView => "materialized_views",
        K::Column => "columns",
        K::Index => "indexes",
        K::Constraint => "constraints",
        K::Trigger => "triggers",
        K::Rule => "rules",
        K::Policy => "policies",
        K::Statistics => "statistics",
        K::Publication => "publications",
        K::Subscription => "subscriptions",
        K::EventTrigger => "event_triggers",
        K::DefaultPrivileges => "default_privileges",
        K::Role => "roles",
        K::Database => "databases",
        K::Tablespace => "tablespaces",
        K::LargeObject => "large_objects",
    }
}

/// Longest file name written (bytes, without `.sql` and a case suffix): well under the
/// 255 bytes of common file systems.
const MAX_NAME: usize = 200;

/// A file name (without `.sql`) for an object name: ASCII letters, digits, spaces (not at
/// either end) and `_ - . ( ) , = + @ ~` are kept, every other byte is percent-encoded, a
/// leading dot too (no hidden files, never `.` or `..`), and the first letter of a name
/// Windows reserves for a device (`CON`, `PRN`, `AUX`, `NUL`, `COM0`-`COM9`, `LPT0`-`LPT9`,
/// in any case, alone or before a dot: `nul.x` is the device too); names longer than 200
/// bytes are cut and end with a hash of the whole name.
///
/// ```
/// use pgsplit::emit::explode::file_name;
/// assert_eq!(file_name("app.f(integer, text)"), "app.f(integer, text)");
/// assert_eq!(file_name(" x "), "%20x%20");
/// assert_eq!(file_name(".."), "%2E.");
/// assert_eq!(file_name("a/b\0c"), "a%2Fb%00c");
/// assert_eq!(file_name("Ünïcode"), "%C3%9Cn%C3%AFcode");
/// assert_eq!(file_name("aux.t"), "%61ux.t");
/// assert_eq!(file_name("Con"), "%43on");
/// assert_eq!(file_name("console.t"), "console.t");
/// assert!(file_name(&"x".repeat(1000)).len() <= 200);
/// ```
pub fn file_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let last = name.len().saturating_sub(1);
    for (i, &b) in name.as_bytes().iter().enumerate() {
        let keep = b.is_ascii_alphanumeric()
            || b"_-.(),=+@~".contains(&b)
            || (b == b' ' && i != 0 && i != last);
        if keep && !(i == 0 && b == b'.') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    if out.is_empty() {
        out.push('_');
    }
    if is_windows_device(&out) {
        // (a letter: ASCII, one byte)
        let first = out.as_bytes()[0];
        out.replace_range(..1, &format!("%{first:02X}"));
    }
    if out.len() > MAX_NAME {
        // (all ASCII: any byte is a character boundary)
        let hash = fnv1a(name.as_bytes());
        out.truncate(MAX_NAME - 18);
        // an escape cut in two ("%C" or "%") goes whole
        if let Some(k) = out[out.len() - 2..].find('%') {
            out.truncate(out.len() - 2 + k);
        }
        out.push_str(&format!("~{hash:016x}"));
    }
    out
}

/// Windows takes a file named `CON`, `PRN`, `AUX`, `NUL`, `COM0`-`COM9` or `LPT0`-`LPT9` for
/// the device, in any letter case, also with an extension (`nul.sql`, `CON.txt`: the part
/// before the first dot counts) and with spaces before it (`con .x`).
fn is_windows_device(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or("").trim_end_matches(' ');
    let upper = stem.to_ascii_uppercase();
    match upper.as_bytes() {
        [b'C', b'O', b'N'] | [b'P', b'R', b'N'] | [b'A', b'U', b'X'] | [b'N', b'U', b'L'] => true,
        [b'C', b'O', b'M', d] | [b'L', b'P', b'T', d] => d.is_ascii_digit(),
        _ => false,
    }
}

/// FNV-1a, 64 bits: a stable hash (the same on every machine and version).
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Hands out the paths of files: one per (directory, key), named after `name` (see
/// [`file_name`]), with a `~2`, `~3` ... suffix when another key has the name already, or
/// one that differs only in letter case.
///
/// ```
/// use pgsplit::emit::explode::Layout;
/// let mut l = Layout::default();
/// assert_eq!(l.path("tables", "table:app.\"Users\"", "app.Users"), "tables/app.Users.sql");
/// assert_eq!(l.path("tables", "table:app.users", "app.users"), "tables/app.users~2.sql");
/// assert_eq!(l.path("tables", "table:app.\"Users\"", "app.Users"), "tables/app.Users.sql");
/// ```
#[derive(Default, Debug)]
pub struct Layout {
    given: HashMap<(String, String), String>,
    taken: HashSet<String>,
}

impl Layout {
    /// The path (relative, `/`-separated) of the file for `key` in `dir`.
    pub fn path(&mut self, dir: &str, key: &str, name: &str) -> String {
        let key = (dir.to_owned(), key.to_owned());
        if let Some(p) = self.given.get(&key) {
            return p.clone();
        }
        let base = file_name(name);
        let mut n = 1;
        let path = loop {
            let p = if n == 1 {
                format!("{dir}/{base}.sql")
            } else {
                format!("{dir}/{base}~{n}.sql")
            };
            if self.taken.insert(p.to_lowercase()) {
                break p;
            }
            n += 1;
        };
        self.given.insert(key, path.clone());
        path
    }
}

/// A run of statements of one file in the load order: statements `first..=last`
/// (numbered from 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The file, relative to the directory, `/`-separated.
    pub path: String,
    /// The first statement of the run.
    pub first: usize,
    /// The last statement of the run (`None`: to the end of the file).
    pub last: Option<usize>,
}

/// The load order: runs of statements of the files.
#[derive(Clone, Debug, Default)]
pub struct Manifest {
    /// The runs, in load order.
    pub entries: Vec<Entry>,
    /// How many statements of each file are listed so far (writing).
    counts: HashMap<String, usize>,
}

impl Manifest {
    /// Records the next statement of `path` as the next one to load.
    pub fn push(&mut self, path: &str) {
        let n = self.counts.entry(path.to_owned()).or_insert(0);
        *n += 1;
        let n = *n;
        match self.entries.last_mut() {
            Some(e) if e.path == path && e.last == Some(n - 1) => e.last = Some(n),
            _ => self.entries.push(Entry {
                path: path.to_owned(),
                first: n,
                last: Some(n),
            }),
        }
    }

    /// The text of `order.txt`; a run that covers a whole file (`sizes`: statements per
    /// file) is written as the path alone.
    pub fn to_text(&self, sizes: &[(&str, usize)]) -> String {
        let sizes: HashMap<&str, usize> = sizes.iter().copied().collect();
        let mut out = format!(
            "{HEAD}, one run of statements per line.\n\
             # FILE:N is statement N of FILE (from 1), FILE:N-M statements N to M, FILE alone\n\
             # all of them. A statement added to a file loads after its last one listed here.\n"
        );
        for e in &self.entries {
            let whole = e.first == 1
                && e.last
                    .is_none_or(|l| sizes.get(e.path.as_str()) == Some(&l));
            out.push_str(&e.path);
            match e.last {
                _ if whole => {}
                Some(l) if l == e.first => out.push_str(&format!(":{l}")),
                Some(l) => out.push_str(&format!(":{}-{l}", e.first)),
                None => out.push_str(&format!(":{}-", e.first)),
            }
            out.push('\n');
        }
        out
    }

    /// Whether `text` is an `order.txt` written by `pgsplit explode`.
    pub fn recognise(text: &str) -> bool {
        text.starts_with(HEAD)
    }

    /// Reads `order.txt`: comments (`#`) and blank lines are skipped; the error names the
    /// line.
    pub fn parse(text: &str) -> Result<Manifest, String> {
        let mut m = Manifest::default();
        for (k, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |why: &str| format!("{MANIFEST}:{}: {why}: {line}", k + 1);
            let (path, first, last) = match line.rsplit_once(':') {
                Some((p, range))
                    if !range.is_empty()
                        && range.bytes().all(|b| b.is_ascii_digit() || b == b'-') =>
                {
                    let (a, b) = match range.split_once('-') {
                        Some((a, "")) => (a, None),
                        Some((a, b)) => (a, Some(b)),
                        None => (range, Some(range)),
                    };
                    let first: usize = a.parse().map_err(|_| bad("not a statement number"))?;
                    let last = match b {
                        Some(b) => Some(
                            b.parse::<usize>()
                                .map_err(|_| bad("not a statement number"))?,
                        ),
                        None => None,
                    };
                    if first == 0 || last.is_some_and(|l| l < first) {
                        return Err(bad("statements are numbered from 1, first to last"));
                    }
                    (p, first, last)
                }
                _ => (line, 1, None),
            };
            check_relative(path).map_err(|why| bad(&why))?;
            m.entries.push(Entry {
                path: path.to_owned(),
                first,
                last,
            });
        }
        Ok(m)
    }
}

/// A path in a manifest must stay in the directory: relative, no `..`, no empty part.
pub fn check_relative(path: &str) -> Result<(), String> {
    let p = Path::new(path);
    let ok = !path.is_empty()
        && !path.contains('\0')
        && !path.contains('\\')
        && p.components().all(|c| matches!(c, Component::Normal(_)));
    if ok {
        Ok(())
    } else {
        Err("not a path inside the directory".to_owned())
    }
}

/// Writes the exploded layout: statements go to the file chosen with
/// [`select`](ExplodeWriter::select); files are made in a temporary directory inside the
/// target and moved into place by [`finish`](ExplodeWriter::finish), so a failed run leaves
/// nothing behind.
///
/// ```
/// use pgsplit::emit::explode::ExplodeWriter;
/// use pgsplit::Scanner;
/// let out = tempfile::tempdir().unwrap();
/// let mut w = ExplodeWriter::create(out.path(), false).unwrap();
/// let mut scanner = Scanner::new(&b"CREATE TABLE t ();\nSELECT 1;\n"[..]);
/// for path in ["tables/public.t.sql", "other.sql"] {
///     w.select(path).unwrap();
///     w.segment(&scanner.next_segment().unwrap().unwrap()).unwrap();
///     scanner.next_segment(); // the newline
/// }
/// assert_eq!(w.finish().unwrap(), 2);
/// let t = std::fs::read_to_string(out.path().join("tables/public.t.sql")).unwrap();
/// assert_eq!(t, "CREATE TABLE t ();\n");
/// ```
pub struct ExplodeWriter {
    force: bool,
    selected: String,
    current: Option<(String, BufWriter<File>)>,
    /// Statements written per file, in order of first use.
    files: Vec<(String, usize)>,
    index: HashMap<String, usize>,
    manifest: Manifest,
    /// The last statement is sent by a meta-command that comes next (it joins it).
    sent_by_next: bool,
    // after `current`: the open file is closed before the staging directory goes
    out: Staging,
}

impl ExplodeWriter {
    /// Prepares `dir` (created if missing). A directory that holds anything refuses the run
    /// unless `force` is given; with `force`, the files an earlier `order.txt` lists and
    /// `order.txt` itself are replaced, other files are left alone.
    pub fn create(dir: &Path, force: bool) -> io::Result<ExplodeWriter> {
        Ok(ExplodeWriter {
            force,
            selected: String::new(),
            current: None,
            files: Vec::new(),
            index: HashMap::new(),
            manifest: Manifest::default(),
            sent_by_next: false,
            out: Staging::prepare(dir, force, "an earlier explode's files")?,
        })
    }

    /// The file (relative path, `/`-separated) the next statements go to.
    pub fn select(&mut self, path: &str) -> io::Result<()> {
        check_relative(path)
            .map_err(|why| io::Error::new(io::ErrorKind::InvalidInput, format!("{path}: {why}")))?;
        path.clone_into(&mut self.selected);
        Ok(())
    }

    fn open(&mut self) -> io::Result<&mut BufWriter<File>> {
        let path = self.selected.clone();
        if self.current.as_ref().is_none_or(|(p, _)| *p != path) {
            if let Some((_, mut f)) = self.current.take() {
                f.flush()?;
            }
            let full = self.out.tmp.join(&path);
            if let Some(parent) = full.parent() {
                fs::create_dir_all(parent)?;
            }
            let f = OpenOptions::new().create(true).append(true).open(full)?;
            self.current = Some((path, BufWriter::with_capacity(64 * 1024, f)));
        }
        Ok(&mut self.current.as_mut().expect("just opened").1)
    }

    /// Counts a new statement of the selected file; whether it is not the file's first.
    fn count(&mut self) -> bool {
        let path = self.selected.clone();
        let k = *self.index.entry(path.clone()).or_insert_with(|| {
            self.files.push((path.clone(), 0));
            self.files.len() - 1
        });
        self.files[k].1 += 1;
        self.manifest.push(&path);
        self.files[k].1 > 1
    }

    /// Writes one segment to the selected file: a statement or meta-command is the next
    /// statement of the file, after a blank line (as it was written: a statement that ended
    /// at the end of input without a `;` is the last of the input, and the directory read
    /// back ends with it too); COPY data and the meta-command that sends a
    /// statement go with their statement.
    pub fn segment(&mut self, seg: &Segment<'_>) -> io::Result<()> {
        match &seg.detail {
            Detail::Statement(s) => {
                let more = self.count();
                self.sent_by_next = matches!(s.terminator, Terminator::Meta(_));
                let f = self.open()?;
                if more {
                    f.write_all(b"\n")?;
                }
                f.write_all(&seg.text)?;
                f.write_all(b"\n")?;
            }
            Detail::Meta(_) => {
                let more = !std::mem::take(&mut self.sent_by_next) && self.count();
                let f = self.open()?;
                if more {
                    f.write_all(b"\n")?;
                }
                f.write_all(&seg.text)?;
                f.write_all(b"\n")?;
            }
            Detail::CopyData(c) => {
                super::write_copy_data(self.open()?, &seg.text, c)?;
            }
            Detail::Trivia(_) => {}
        }
        Ok(())
    }

    /// Writes `order.txt` and moves the files into place; returns how many files were
    /// written.
    pub fn finish(mut self) -> io::Result<usize> {
        if let Some((_, mut f)) = self.current.take() {
            f.flush()?;
        }
        let sizes: Vec<(&str, usize)> = self.files.iter().map(|(p, n)| (p.as_str(), *n)).collect();
        fs::write(self.out.tmp.join(MANIFEST), self.manifest.to_text(&sizes))?;
        if self.force {
            self.remove_earlier()?;
        }
        let mut moved: Vec<&str> = self.files.iter().map(|(p, _)| p.as_str()).collect();
        moved.push(MANIFEST);
        for p in &moved {
            let to = self.out.dir.join(p);
            if let Some(parent) = to.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::rename(self.out.tmp.join(p), to)?;
        }
        self.out.done()?;
        Ok(self.files.len())
    }

    /// `--force`: the files an earlier explode listed go (and directories left empty).
    fn remove_earlier(&self) -> io::Result<()> {
        let Ok(text) = fs::read_to_string(self.out.dir.join(MANIFEST)) else {
            return Ok(());
        };
        if !Manifest::recognise(&text) {
            return Ok(());
        }
        let Ok(old) = Manifest::parse(&text) else {
            return Ok(());
        };
        let mut dirs = HashSet::new();
        for e in &old.entries {
            match fs::remove_file(self.out.dir.join(&e.path)) {
                Ok(()) => {}
                Err(err) if err.kind() == io::ErrorKind::NotFound => {}
                Err(err) => return Err(err),
            }
            if let Some((d, _)) = e.path.rsplit_once('/') {
                dirs.insert(d.to_owned());
            }
        }
        for d in dirs {
            // only when empty
            let _ = fs::remove_dir(self.out.dir.join(d));
        }
        fs::remove_file(self.out.dir.join(MANIFEST))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_names_stay_in_their_directory() {
        for name in [
            "..",
            ".",
            "../../x",
            "/etc/passwd",
            "a\0b",
            "",
            "C:\\x",
            "a/../../b",
        ] {
            let f = file_name(name);
            assert!(
                !f.contains('/') && !f.contains('\\') && !f.contains('\0'),
                "{f}"
            );
            assert!(!f.starts_with('.'), "{f}");
            assert!(check_relative(&format!("tables/{f}.sql")).is_ok(), "{f}");
        }
    }

    #[test]
    fn windows_device_names_are_escaped() {
        for (name, file) in [
            ("CON", "%43ON"),
            ("con", "%63on"),
            ("nul.sql", "%6Eul.sql"),
            ("CON.txt", "%43ON.txt"),
            ("aux.t", "%61ux.t"),
            ("Prn.a.b", "%50rn.a.b"),
            ("com1", "%63om1"),
            ("LPT9.x", "%4CPT9.x"),
            ("com0", "%63om0"),
            ("con .x", "%63on .x"),
        ] {
            assert_eq!(file_name(name), file, "{name}");
            assert!(!is_windows_device(&file_name(name)), "{name}");
        }
        // not devices: longer or shorter names, a device name after the first dot, COM10
        for name in [
            "cons",
            "co",
            "com",
            "com10",
            "lpt",
            "public.con",
            "public.nul.x",
            "x.aux",
        ] {
            assert_eq!(file_name(name), name);
        }
        // escaped names stay apart from every other name (a `%` is escaped itself)
        assert_ne!(file_name("con"), file_name("%63on"));
    }

    #[test]
    fn long_names_are_cut_with_a_hash() {
        let a = file_name(&format!("{}a", "é".repeat(200)));
        let b = file_name(&format!("{}b", "é".repeat(200)));
        assert!(a.len() <= MAX_NAME && b.len() <= MAX_NAME);
        assert_ne!(a, b);
        assert!(!a[..a.len() - 17].ends_with('%'), "{a}");
    }

    #[test]
    fn manifest_paths_must_stay_inside() {
        for bad in ["../x.sql", "/x.sql", "a/../../x.sql", "", "a\\b.sql"] {
            let text = format!("{HEAD}\n{bad}:1\n");
            assert!(Manifest::parse(&text).is_err(), "{bad}");
        }
        let m = Manifest::parse(&format!("{HEAD}\na.sql:2-\nb.sql\n")).unwrap();
        assert_eq!(m.entries[0].last, None);
        assert_eq!(m.entries[1].first, 1);
        assert!(Manifest::parse(&format!("{HEAD}\na.sql:0\n")).is_err());
        assert!(Manifest::parse(&format!("{HEAD}\na.sql:3-2\n")).is_err());
    }
}
