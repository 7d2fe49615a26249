//! Printing trees back to SQL with libpg_query's deparser: the plain form is the comparison
//! key, the pretty form is for people.
//!
//! `NodeEnum::deparse` in the `pg_query` crate clones the whole tree to wrap it in a
//! `ParseResult` before encoding it; here the wrapper is encoded around the borrowed tree
//! (the same bytes), and handed to the same C function the crate calls,
//! `pg_query_deparse_protobuf_opts`. While a [`Memo`] is alive, results are kept by their
//! encoded tree: the two sides of a `diff` print mostly the same trees, and a lookup costs a
//! fraction of a deparse.

use crate::classify::parse::{PgQueryError, PgQueryProtobuf};
use pg_query::protobuf::{Node, ObjectWithArgs, ParseResult};
use pg_query::NodeEnum;
use prost::Message;
use std::collections::HashMap;
use std::ffi::{c_char, c_int, CStr};
use std::hash::{BuildHasher, RandomState};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};

#[repr(C)]
struct PostgresDeparseOpts {
    comments: *mut *mut std::ffi::c_void,
    comment_count: usize,
    pretty_print: bool,
    indent_size: c_int,
    max_line_length: c_int,
    trailing_newline: bool,
    commas_start_of_line: bool,
}

#[repr(C)]
struct PgQueryDeparseResult {
    query: *mut c_char,
    error: *mut PgQueryError,
}

extern "C" {
    fn pg_query_deparse_protobuf_opts(
        parse_tree: PgQueryProtobuf,
        opts: PostgresDeparseOpts,
    ) -> PgQueryDeparseResult;
    fn pg_query_free_deparse_result(result: PgQueryDeparseResult);
}

/// The version number the parser writes in its trees (read from one once).
fn version() -> i32 {
    static VERSION: OnceLock<i32> = OnceLock::new();
    *VERSION.get_or_init(|| {
        crate::classify::parse("SELECT", 0)
            .map(|t| t.version)
            .unwrap_or_default()
    })
}

/// `ParseResult { version, stmts: [RawStmt { stmt: Node { node: stmt } }] }`, encoded.
fn encode(stmt: &NodeEnum) -> Vec<u8> {
    use prost::encoding::{encode_key, encode_varint, encoded_len_varint, WireType};
    let node = stmt.encoded_len() as u64; // Node: its one field
    let raw = 1 + encoded_len_varint(node) as u64 + node; // RawStmt: field 1
    let mut buf = Vec::with_capacity(16 + raw as usize);
    encode_key(1, WireType::Varint, &mut buf);
    encode_varint(version() as u64, &mut buf);
    encode_key(2, WireType::LengthDelimited, &mut buf);
    encode_varint(raw, &mut buf);
    encode_key(1, WireType::LengthDelimited, &mut buf);
    encode_varint(node, &mut buf);
    stmt.encode(&mut buf);
    buf
}

/// Deparses an encoded `ParseResult` with libpg_query.
fn deparse_bytes(bytes: &[u8], pretty: bool) -> Result<String, String> {
    let tree = PgQueryProtobuf {
        len: bytes.len(),
        data: bytes.as_ptr() as *mut c_char,
    };
    let opts = PostgresDeparseOpts {
        comments: std::ptr::null_mut(),
        comment_count: 0,
        pretty_print: pretty,
        indent_size: 0,
        max_line_length: 0,
        trailing_newline: false,
        commas_start_of_line: false,
    };
    // SAFETY: the C function only reads `bytes` (alive for the call) and the options; the
    // result is read while alive and freed once with the library's own function.
    unsafe {
        let result = pg_query_deparse_protobuf_opts(tree, opts);
        let out = if !result.error.is_null() {
            Err(CStr::from_ptr((*result.error).message)
                .to_string_lossy()
                .into_owned())
        } else if result.query.is_null() {
            Err("the deparser returned nothing".to_owned())
        } else {
            Ok(CStr::from_ptr(result.query).to_string_lossy().into_owned())
        };
        pg_query_free_deparse_result(result);
        out
    }
}

const SHARDS: usize = 16;

type Shard = HashMap<(Vec<u8>, bool), Result<String, String>>;

/// How many [`Memo`]s are alive: read without a lock on every deparse (all cores deparse at
/// once), changed under [`lifecycle`].
static USERS: AtomicUsize = AtomicUsize::new(0);

/// Serialises making and dropping memos (the first one fills the shards, the last one
/// empties them).
fn lifecycle() -> &'static Mutex<()> {
    static LIFECYCLE: Mutex<()> = Mutex::new(());
    &LIFECYCLE
}

fn hasher() -> &'static RandomState {
    static HASHER: OnceLock<RandomState> = OnceLock::new();
    HASHER.get_or_init(RandomState::new)
}

fn shards() -> &'static [Mutex<Option<Shard>>; SHARDS] {
    static SHARDS_: OnceLock<[Mutex<Option<Shard>>; SHARDS]> = OnceLock::new();
    SHARDS_.get_or_init(|| std::array::from_fn(|_| Mutex::new(None)))
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // a panic elsewhere cannot leave a memo entry half written: insert is one call
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// While alive, deparse results are remembered (by encoded tree) for every thread; the last
/// one dropped forgets them. Deparsing is a pure function of the tree, so sharing results
/// between unrelated callers changes nothing but speed.
pub(crate) struct Memo(());

impl Memo {
    pub(crate) fn new() -> Memo {
        let _l = lock(lifecycle());
        if USERS.fetch_add(1, Ordering::AcqRel) == 0 {
            for shard in shards() {
                *lock(shard) = Some(HashMap::new());
            }
        }
        Memo(())
    }
}

impl Drop for Memo {
    fn drop(&mut self) {
        let _l = lock(lifecycle());
        if USERS.fetch_sub(1, Ordering::AcqRel) == 1 {
            for shard in shards() {
                *lock(shard) = None;
            }
        }
    }
}

/// One statement printed, plain (`pretty` false) or indented.
pub(crate) fn deparse(stmt: &NodeEnum, pretty: bool) -> Result<String, String> {
    let bytes = encode(stmt);
    let print = |bytes: &[u8]| {
        deparse_bytes(bytes, pretty).map(|text| {
            let text = quoted_parameters(stmt, text, pretty);
            let text = exclusion_with_before_where(stmt, text, pretty);
            let text = conversion_from(stmt, text, pretty);
            cascade_after_granted_by(stmt, text, pretty)
        })
    };
    if USERS.load(Ordering::Acquire) == 0 {
        return print(&bytes);
    }
    // (a memo dropped meanwhile leaves its shard empty: the result is then not kept)
    let shard = &shards()[hasher().hash_one(&bytes) as usize % SHARDS];
    let key = (bytes, pretty);
    if let Some(Some(hit)) = lock(shard).as_ref().map(|m| m.get(&key)) {
        return hit.clone();
    }
    let out = print(&key.0);
    if let Some(m) = lock(shard).as_mut() {
        m.insert(key, out.clone());
    }
    out
}

/// libpg_query's deparser prints a routine's parameter names as they are: a name that needs
/// quotes (`"operationName"`, PostgREST's and Supabase's style) comes out bare, and reads
/// back in lower case, another name (callers in named notation break). Such names are
/// quoted in the printed text, in order from the parameter list's `(`, where they stand as
/// a whole word; the result must parse and print back to the deparser's own text, or the
/// deparser's text is kept.
fn quoted_parameters(stmt: &NodeEnum, text: String, pretty: bool) -> String {
    let names = parameter_names(stmt);
    if names.is_empty()
        || names.iter().all(|n| crate::model::is_plain_ident(n)) && !any_keyword(&names)
    {
        return text;
    }
    let Some(mut at) = text.find('(') else {
        return text;
    };
    let mut out = text.clone();
    for name in names {
        let mut from = at;
        let found = loop {
            let Some(k) = out[from..].find(name) else {
                break None;
            };
            let (start, end) = (from + k, from + k + name.len());
            let before = out[..start].chars().next_back();
            if matches!(before, Some('(' | ' ')) && out[end..].starts_with(' ') {
                break Some((start, end));
            }
            from = end;
        };
        let Some((start, end)) = found else {
            return text;
        };
        let mut quoted = String::new();
        crate::order::push_sql_ident(&mut quoted, name);
        out.replace_range(start..end, &quoted);
        at = start + quoted.len();
    }
    reads_back(out, text, pretty)
}

/// libpg_query's deparser prints `CREATE CONVERSION c FOR 'a' TO 'b'FROM f`, with no space
/// before `FROM` (it reads back, but it is not how anyone writes it): the space is put in
/// after the quoted target encoding (an encoding name holds no quote); kept only if it reads
/// back the same.
fn conversion_from(stmt: &NodeEnum, text: String, pretty: bool) -> String {
    let NodeEnum::CreateConversionStmt(c) = stmt else {
        return text;
    };
    let glued = format!("TO '{}'FROM ", c.to_encoding_name);
    match text.find(&glued) {
        Some(at) => {
            let mut out = text.clone();
            out.insert(at + glued.len() - "FROM ".len(), ' ');
            reads_back(out, text, pretty)
        }
        None => text,
    }
}

/// libpg_query's deparser prints a `REVOKE ... GRANTED BY g CASCADE` of roles with no space
/// before `CASCADE` (`GRANTED BY gCASCADE`, which reads back as another grantor), and one of
/// privileges with `CASCADE` before `GRANTED BY` (a syntax error). The statement is printed
/// without `CASCADE` and it is put at the end, where the grammar has it; kept only if it
/// parses and prints back to the deparser's own text.
fn cascade_after_granted_by(stmt: &NodeEnum, text: String, pretty: bool) -> String {
    use pg_query::protobuf::DropBehavior;
    let cascade = DropBehavior::DropCascade as i32;
    let without = match stmt {
        NodeEnum::GrantRoleStmt(g) if g.grantor.is_some() && g.behavior == cascade => {
            let mut g = g.clone();
            g.behavior = DropBehavior::DropRestrict as i32;
            NodeEnum::GrantRoleStmt(g)
        }
        NodeEnum::GrantStmt(g) if g.grantor.is_some() && g.behavior == cascade => {
            let mut g = g.clone();
            g.behavior = DropBehavior::DropRestrict as i32;
            NodeEnum::GrantStmt(g)
        }
        _ => return text,
    };
    match deparse_bytes(&encode(&without), pretty) {
        Ok(t) => reads_back(format!("{t} CASCADE"), text, pretty),
        Err(_) => text,
    }
}

/// libpg_query's deparser prints an exclusion constraint's `WHERE (...)` before its `WITH
/// (...)`, which its parser (and the server) rejects: the grammar wants `WITH` first. For
/// the `ALTER TABLE ... ADD CONSTRAINT` the table model prints, the two clauses are found
/// by printing the statement without each, and swapped; the result must parse and print
/// back to the deparser's own text, or that text is kept.
fn exclusion_with_before_where(stmt: &NodeEnum, text: String, pretty: bool) -> String {
    use pg_query::protobuf::ConstrType;
    let NodeEnum::AlterTableStmt(s) = stmt else {
        return text;
    };
    let constraint = |s: &pg_query::protobuf::AlterTableStmt| -> Option<Box<Node>> {
        match s.cmds.as_slice() {
            [one] => match &one.node {
                Some(NodeEnum::AlterTableCmd(c)) => c.def.clone(),
                _ => None,
            },
            _ => None,
        }
    };
    let Some(def) = constraint(s) else {
        return text;
    };
    let Some(NodeEnum::Constraint(c)) = &def.node else {
        return text;
    };
    if c.contype != ConstrType::ConstrExclusion as i32
        || c.options.is_empty()
        || c.where_clause.is_none()
    {
        return text;
    }
    // the statement printed with the constraint changed by `change`
    let variant = |change: &dyn Fn(&mut pg_query::protobuf::Constraint)| -> Option<String> {
        let mut s = s.clone();
        let Some(NodeEnum::AlterTableCmd(cmd)) = s.cmds[0].node.as_mut() else {
            return None;
        };
        let Some(NodeEnum::Constraint(c)) = cmd.def.as_mut().and_then(|d| d.node.as_mut()) else {
            return None;
        };
        change(c);
        deparse_bytes(&encode(&NodeEnum::AlterTableStmt(s)), pretty).ok()
    };
    let (Some(no_where), Some(neither)) = (
        variant(&|c| c.where_clause = None),
        variant(&|c| {
            c.where_clause = None;
            c.options.clear();
        }),
    ) else {
        return text;
    };
    // no_where = head + with + tail, neither = head + tail
    let head = no_where
        .bytes()
        .zip(neither.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let tail = no_where
        .bytes()
        .rev()
        .zip(neither.bytes().rev())
        .take_while(|(a, b)| a == b)
        .count()
        .min(neither.len() - head);
    if head + tail > no_where.len() || !no_where.is_char_boundary(head) {
        return text;
    }
    let with = &no_where[head..no_where.len() - tail];
    // text = head + where + with + tail
    let (start, end) = (head, text.len().saturating_sub(tail));
    if start > end
        || !text.is_char_boundary(start)
        || !text.is_char_boundary(end)
        || !text[start..end].ends_with(with)
    {
        return text;
    }
    let where_part = &text[start..end - with.len()];
    let out = format!("{}{with}{where_part}{}", &text[..start], &text[end..]);
    reads_back(out, text, pretty)
}

/// `mended`, a correction of the deparser's `text`, if it parses and prints back to `text`
/// (nothing but the slip changed); else `text`.
fn reads_back(mended: String, text: String, pretty: bool) -> String {
    let again = crate::classify::parse(&mended, 0)
        .ok()
        .and_then(|t| deparse_tree(&t, pretty).ok());
    if again.as_deref() == Some(text.as_str()) {
        mended
    } else {
        text
    }
}

/// The parameter names a statement prints, in order: a routine's definition, and the
/// routines statements name with their arguments (pg_dump's `COMMENT ON FUNCTION
/// f("operationName" text)`, `ALTER FUNCTION ... OWNER TO`, `GRANT ... ON FUNCTION`, ...).
fn parameter_names(stmt: &NodeEnum) -> Vec<&str> {
    fn of(params: &[Node]) -> impl Iterator<Item = &str> {
        params.iter().filter_map(|p| match &p.node {
            Some(NodeEnum::FunctionParameter(p)) if !p.name.is_empty() => Some(p.name.as_str()),
            _ => None,
        })
    }
    fn with_args(n: Option<&Node>) -> Option<&ObjectWithArgs> {
        match n.and_then(|n| n.node.as_ref()) {
            Some(NodeEnum::ObjectWithArgs(o)) => Some(o),
            _ => None,
        }
    }
    let objects: Vec<&ObjectWithArgs> = match stmt {
        NodeEnum::CreateFunctionStmt(f) => return of(&f.parameters).collect(),
        NodeEnum::AlterFunctionStmt(s) => s.func.iter().collect(),
        NodeEnum::CommentStmt(s) => with_args(s.object.as_deref()).into_iter().collect(),
        NodeEnum::SecLabelStmt(s) => with_args(s.object.as_deref()).into_iter().collect(),
        NodeEnum::AlterOwnerStmt(s) => with_args(s.object.as_deref()).into_iter().collect(),
        NodeEnum::RenameStmt(s) => with_args(s.object.as_deref()).into_iter().collect(),
        NodeEnum::AlterObjectSchemaStmt(s) => with_args(s.object.as_deref()).into_iter().collect(),
        NodeEnum::AlterExtensionContentsStmt(s) => {
            with_args(s.object.as_deref()).into_iter().collect()
        }
        NodeEnum::GrantStmt(s) => s
            .objects
            .iter()
            .filter_map(|o| with_args(Some(o)))
            .collect(),
        NodeEnum::DropStmt(s) => s
            .objects
            .iter()
            .filter_map(|o| with_args(Some(o)))
            .collect(),
        _ => Vec::new(),
    };
    objects
        .into_iter()
        .flat_map(|o| of(&o.objfuncargs))
        .collect()
}

/// Whether one of `names` (plain identifiers) is a keyword that must be quoted as a name
/// (`user`): one scan of them all.
fn any_keyword(names: &[&str]) -> bool {
    use pg_query::protobuf::KeywordKind as K;
    pg_query::scan(&names.join(" ")).map_or(true, |r| {
        r.tokens.iter().any(|t| {
            !matches!(
                K::try_from(t.keyword_kind),
                Ok(K::NoKeyword | K::UnreservedKeyword)
            )
        })
    })
}

/// A whole parse result printed.
pub(crate) fn deparse_tree(tree: &ParseResult, pretty: bool) -> Result<String, String> {
    deparse_bytes(&tree.encode_to_vec(), pretty)
}

/// SQL text printed again, pretty: for the canonical texts kept plain.
pub(crate) fn pretty(sql: &str) -> String {
    let Ok(tree) = crate::classify::parse(sql, 0) else {
        return sql.to_owned();
    };
    let printed = match tree.stmts.as_slice() {
        // (through `deparse`, which quotes parameter names)
        [one] => match one.stmt.as_ref().and_then(|n| n.node.as_ref()) {
            Some(n) => deparse(n, true),
            None => deparse_tree(&tree, true),
        },
        _ => deparse_tree(&tree, true),
    };
    printed.unwrap_or_else(|_| sql.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one statement of `sql`, parsed.
    fn one(sql: &str) -> NodeEnum {
        let tree = crate::classify::parse(sql, 0).unwrap();
        tree.stmts[0].stmt.as_ref().unwrap().node.clone().unwrap()
    }

    #[test]
    fn same_text_as_the_crate() {
        for sql in [
            "CREATE TABLE t (a int REFERENCES u, b text DEFAULT 'x''y' CHECK (b <> ''))",
            "SELECT 'é', $$x$$ FROM a JOIN b USING (c) WHERE d IN (1, 2)",
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END",
        ] {
            let stmt = &one(sql);
            for pretty in [false, true] {
                let theirs = stmt
                    .deparse(pg_query::DeparseOptions {
                        pretty_print: pretty,
                        ..Default::default()
                    })
                    .unwrap();
                assert_eq!(deparse(stmt, pretty).unwrap(), theirs);
                let _memo = Memo::new();
                assert_eq!(deparse(stmt, pretty).unwrap(), theirs, "first, remembered");
                assert_eq!(deparse(stmt, pretty).unwrap(), theirs, "from the memo");
            }
        }
    }

    #[test]
    fn parameter_names_that_need_quotes_are_quoted() {
        let sql = "CREATE FUNCTION f(\"operationName\" text, \"Q\" int = 1, plain int, \
                   OUT \"Res\" int, \"user\" text) RETURNS int LANGUAGE sql AS 'SELECT 1'";
        let stmt = &one(sql);
        for pretty in [false, true] {
            let text = deparse(stmt, pretty).unwrap();
            assert!(
                text.contains(
                    "(\"operationName\" text, \"Q\" int = 1, plain int, OUT \"Res\" int, \"user\" text)"
                ),
                "{text}"
            );
            // it reads back as the same tree
            assert_eq!(deparse(&one(&text), pretty).unwrap(), text);
        }
        // and where statements name the routine with its arguments, as pg_dump writes them
        for sql in [
            "COMMENT ON FUNCTION public.f(\"operationName\" text, \"user\" text) IS 'c'",
            "ALTER FUNCTION public.f(\"operationName\" text, \"user\" text) OWNER TO postgres",
            "GRANT ALL ON FUNCTION public.f(\"operationName\" text, \"user\" text) TO PUBLIC",
            "REVOKE ALL ON FUNCTION public.g(a int), public.f(\"operationName\" text, \"user\" text) FROM PUBLIC",
        ] {
            let stmt = &one(sql);
            let text = deparse(stmt, false).unwrap();
            assert!(
                text.contains("f(\"operationName\" text, \"user\" text)"),
                "{text}"
            );
        }
        // names that need none: the deparser's text as it is
        let p = &one("CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS 'SELECT 1'");
        assert_eq!(
            deparse(p, false).unwrap(),
            deparse_bytes(&encode(p), false).unwrap()
        );
    }

    #[test]
    fn exclusion_constraints_print_with_before_where() {
        let sql = "ALTER TABLE ONLY public.t ADD CONSTRAINT \"Exclusion\" EXCLUDE USING gist \
                   (c2 WITH <>) WITH (fillfactor=15) WHERE (c1 > 1) DEFERRABLE INITIALLY DEFERRED";
        let stmt = &one(sql);
        for pretty in [false, true] {
            let text = deparse(stmt, pretty).unwrap();
            assert!(
                text.contains("WITH (fillfactor=15) WHERE (c1 > 1) DEFERRABLE"),
                "{text}"
            );
            assert!(crate::classify::parse(&text, 0).is_ok(), "{text}");
        }
        // the plain text is the statement as written
        assert_eq!(deparse(stmt, false).unwrap(), sql);
    }

    #[test]
    fn cascade_goes_after_granted_by() {
        for sql in [
            "REVOKE r1 FROM r2 GRANTED BY bob CASCADE",
            "REVOKE ADMIN OPTION FOR r1 FROM r2 GRANTED BY CURRENT_ROLE CASCADE",
            "REVOKE SELECT ON public.t FROM r GRANTED BY CURRENT_USER CASCADE",
        ] {
            let stmt = &one(sql);
            for pretty in [false, true] {
                let text = deparse(stmt, pretty).unwrap();
                assert!(text.ends_with(" CASCADE"), "{text}");
                // and it reads back as the same statement
                assert_eq!(&one(&text), stmt);
            }
        }
    }

    #[test]
    fn errors_are_the_deparsers() {
        // a node the deparser cannot print as a statement
        let n = NodeEnum::Integer(pg_query::protobuf::Integer { ival: 1 });
        let theirs = n.deparse(pg_query::DeparseOptions::default());
        assert_eq!(deparse(&n, false).is_err(), theirs.is_err());
    }
}
