//! The dependency walk: every relation, type, function, operator, collation and operator
//! class a parse tree mentions, found by visiting every node (see [`walk`](super::walk)).
//!
//! What it finds beyond the crate's own helpers: foreign-key targets, sequences named in
//! `nextval('app.s'::regclass)` and other `reg*` literals, `%TYPE` references, operator
//! classes (mapped to the extension that provides them), and the statements inside
//! `LANGUAGE sql` bodies.

use super::extensions;
use super::names::{list, parse_name_literal, qualified, string, type_name};
use super::walk::{walk_node, Visit};
use crate::model::{Namespace, Ref, Strength, Target};
use pg_query::protobuf::{AConst, Node, TypeName};
use pg_query::{NodeEnum, NodeRef};
use std::collections::BTreeSet;

/// Collects references while walking.
pub(crate) struct Collector {
    pub refs: BTreeSet<Ref>,
    strength: Strength,
    /// Names of CTEs seen: an unqualified `FROM x` naming one is not a relation.
    ctes: BTreeSet<String>,
}

impl Collector {
    pub fn new(strength: Strength) -> Collector {
        Collector {
            refs: BTreeSet::new(),
            strength,
            ctes: BTreeSet::new(),
        }
    }

    /// Adds a reference to a named object.
    pub fn add(&mut self, namespace: Namespace, schema: Option<String>, name: String) {
        if schema.as_deref() == Some("pg_catalog")
            || schema.as_deref() == Some("information_schema")
        {
            return;
        }
        self.refs.insert(Ref {
            target: Target::Object {
                namespace,
                schema,
                name,
                args: None,
            },
            strength: self.strength,
        });
    }

    /// Adds any target.
    pub fn add_target(&mut self, target: Target, strength: Strength) {
        self.refs.insert(Ref { target, strength });
    }

    /// Walks a node.
    pub fn walk(&mut self, node: &Node) {
        walk_node(self, node);
    }

    /// Walks a type name.
    pub fn type_ref(&mut self, t: &TypeName) {
        self.enter(NodeRef::TypeName(t));
    }

    /// The references, in a stable order. A reference both hard and soft is kept hard.
    pub fn finish(self) -> Vec<Ref> {
        let mut out: Vec<Ref> = Vec::with_capacity(self.refs.len());
        for r in self.refs {
            if r.strength == Strength::Soft
                && out
                    .iter()
                    .any(|o| o.target == r.target && o.strength == Strength::Hard)
            {
                continue;
            }
            out.push(r);
        }
        out
    }

    fn with(&mut self, w: Option<&pg_query::protobuf::WithClause>) {
        for c in w.map_or(&[][..], |w| &w.ctes[..]) {
            if let Some(NodeEnum::CommonTableExpr(c)) = &c.node {
                self.ctes.insert(c.ctename.clone());
            }
        }
    }

    fn literal_ref(&mut self, cast: &str, value: &str) {
        let namespace = match cast {
            "regclass" => Namespace::Relation,
            "regtype" => Namespace::Type,
            "regproc" | "regprocedure" => Namespace::Function,
            "regoper" | "regoperator" => Namespace::Operator,
            "regnamespace" => Namespace::Schema,
            "regcollation" => Namespace::Collation,
            "regconfig" | "regdictionary" => Namespace::TextSearch,
            "regrole" => Namespace::Role,
            _ => return,
        };
        if namespace == Namespace::Schema || namespace == Namespace::Role {
            if let Some((None, name)) = parse_name_literal(value) {
                self.add(namespace, None, name);
            }
            return;
        }
        if let Some((schema, name)) = parse_name_literal(value) {
            self.add(namespace, schema, name);
        }
    }
}

fn string_const(node: &Node) -> Option<&str> {
    match &node.node {
        Some(NodeEnum::AConst(AConst {
            val: Some(pg_query::protobuf::a_const::Val::Sval(s)),
            ..
        })) => Some(&s.sval),
        _ => None,
    }
}

impl Visit for Collector {
    fn enter(&mut self, node: NodeRef<'_>) -> bool {
        match node {
            NodeRef::RangeVar(r) => {
                if r.schemaname.is_empty() && self.ctes.contains(&r.relname) {
                    return true;
                }
                let schema = (!r.schemaname.is_empty()).then(|| r.schemaname.clone());
                self.add(Namespace::Relation, schema, r.relname.clone());
            }
            // CTE names are known before the FROM clauses that use them are walked.
            NodeRef::SelectStmt(s) => self.with(s.with_clause.as_ref()),
            NodeRef::InsertStmt(s) => self.with(s.with_clause.as_ref()),
            NodeRef::UpdateStmt(s) => self.with(s.with_clause.as_ref()),
            NodeRef::DeleteStmt(s) => self.with(s.with_clause.as_ref()),
            NodeRef::MergeStmt(s) => self.with(s.with_clause.as_ref()),
            NodeRef::TypeName(t) => {
                let Some((schema, name)) = qualified(&t.names) else {
                    return true;
                };
                if t.pct_type {
                    // `app.t.col%TYPE`: the relation is the name before the column.
                    let parts: Vec<&str> = t.names.iter().filter_map(string).collect();
                    if let [.., rel, _col] = parts.as_slice() {
                        let schema = (parts.len() >= 3).then(|| parts[parts.len() - 3].to_owned());
                        self.add(Namespace::Relation, schema, (*rel).to_owned());
                    }
                    return true;
                }
                if schema.is_none() {
                    if is_builtin_type(&name) {
                        return true;
                    }
                    if let Some(ext) = extensions::for_type(&name) {
                        self.add(Namespace::Extension, None, ext.to_owned());
                    }
                }
                self.add(Namespace::Type, schema, name);
            }
            NodeRef::FuncCall(f) => {
                if let Some((schema, name)) = qualified(&f.funcname) {
                    let catalog = schema.as_deref() == Some("pg_catalog");
                    // nextval('app.s') without the ::regclass still names a sequence.
                    if matches!(name.as_str(), "nextval" | "currval" | "setval")
                        && (catalog || schema.is_none())
                    {
                        if let Some(s) = f.args.first().and_then(string_const) {
                            self.literal_ref("regclass", s);
                        }
                    }
                    if (catalog || schema.is_none())
                        && matches!(
                            name.as_str(),
                            "lo_open" | "lo_put" | "lo_get" | "lo_unlink" | "lo_export"
                        )
                    {
                        if let Some(oid) = f.args.first().and_then(super::data::oid_arg) {
                            self.add(Namespace::LargeObject, None, oid);
                        }
                    }
                    if schema.is_none() || !catalog {
                        if let Some(ext) = extensions::for_function(&name) {
                            self.add(Namespace::Extension, None, ext.to_owned());
                        }
                    }
                    self.add(Namespace::Function, schema, name);
                }
            }
            NodeRef::TypeCast(c) => {
                if let (Some(arg), Some(t)) = (&c.arg, &c.type_name) {
                    if let (Some(value), Some((schema, name))) =
                        (string_const(arg), qualified(&t.names))
                    {
                        if schema.is_none() || schema.as_deref() == Some("pg_catalog") {
                            self.literal_ref(&name, value);
                        }
                    }
                }
            }
            NodeRef::AExpr(e) => {
                if let Some((schema, name)) = qualified(&e.name) {
                    if schema.is_some() {
                        self.add(Namespace::Operator, schema, name);
                    }
                }
            }
            NodeRef::CollateClause(c) => {
                if let Some((schema, name)) = qualified(&c.collname) {
                    self.add(Namespace::Collation, schema, name);
                }
            }
            NodeRef::IndexElem(e) => {
                if let Some((schema, name)) = qualified(&e.opclass) {
                    if let Some(ext) = extensions::for_opclass(&name) {
                        self.add(Namespace::Extension, None, ext.to_owned());
                    }
                    self.add(Namespace::OperatorClass, schema, name);
                }
                if let Some((schema, name)) = qualified(&e.collation) {
                    self.add(Namespace::Collation, schema, name);
                }
            }
            _ => {}
        }
        true
    }
}

/// Collects the references of a `LANGUAGE sql` body given as a string (soft: the server does
/// not check bodies under `check_function_bodies = false`). Returns false when the body does
/// not parse.
pub(crate) fn sql_body(body: &str, into: &mut Collector) -> bool {
    let Ok(parsed) = super::parse(body, 0) else {
        return false;
    };
    let mut c = Collector::new(Strength::Soft);
    for s in &parsed.stmts {
        if let Some(n) = &s.stmt {
            c.walk(n);
        }
    }
    into.refs.extend(c.refs);
    true
}

/// Best-effort references of a procedural body (PL/pgSQL and the like): every identifier
/// chain outside strings and comments becomes a soft reference of [`Namespace::Any`]. Most
/// match nothing the input defines and are dropped when the graph is built.
pub(crate) fn procedural_body(body: &str, into: &mut Collector) {
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\'' {
            i += 1;
            while i < b.len() {
                if b[i] == b'\'' {
                    if b.get(i + 1) == Some(&b'\'') {
                        i += 2;
                        continue;
                    }
                    break;
                }
                i += 1;
            }
            i += 1;
        } else if c == b'-' && b.get(i + 1) == Some(&b'-') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if c == b'/' && b.get(i + 1) == Some(&b'*') {
            i += 2;
            while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                i += 1;
            }
            i += 2;
        } else if c == b'"' || c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            let mut parts = Vec::new();
            loop {
                let (part, next) = identifier(b, i);
                let Some(part) = part else { break };
                parts.push(part);
                i = next;
                if b.get(i) == Some(&b'.')
                    && b.get(i + 1).is_some_and(|&n| {
                        n == b'"' || n.is_ascii_alphabetic() || n == b'_' || n >= 0x80
                    })
                {
                    i += 1;
                    continue;
                }
                break;
            }
            match parts.len() {
                0 => i += 1,
                1 => {
                    let word = parts.pop().unwrap_or_default();
                    if !is_keyword(&word) {
                        into.add(Namespace::Any, None, word);
                    }
                }
                _ => {
                    // schema.name, or table.column / record.field: both tried
                    let name = parts.pop().unwrap_or_default();
                    let schema = parts.pop().unwrap_or_default();
                    into.add(Namespace::Any, None, schema.clone());
                    into.add(Namespace::Any, Some(schema), name);
                }
            }
        } else if c.is_ascii_digit() || c == b'$' {
            // numbers and $1 parameters; skip identifier characters that follow
            i += 1;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'$') {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
}

/// Words of PL/pgSQL and SQL that are never worth looking up (sorted).
const KEYWORDS: &[&str] = &[
    "alias",
    "all",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "begin",
    "between",
    "bigint",
    "boolean",
    "by",
    "call",
    "case",
    "cast",
    "close",
    "coalesce",
    "commit",
    "constant",
    "continue",
    "count",
    "current_date",
    "current_timestamp",
    "current_user",
    "cursor",
    "date",
    "declare",
    "default",
    "delete",
    "desc",
    "diagnostics",
    "distinct",
    "do",
    "else",
    "elsif",
    "end",
    "exception",
    "execute",
    "exists",
    "exit",
    "false",
    "fetch",
    "for",
    "foreach",
    "format",
    "found",
    "from",
    "get",
    "group",
    "having",
    "if",
    "ilike",
    "in",
    "info",
    "inner",
    "insert",
    "integer",
    "interval",
    "into",
    "is",
    "join",
    "jsonb",
    "left",
    "like",
    "limit",
    "log",
    "loop",
    "new",
    "next",
    "not",
    "notice",
    "now",
    "null",
    "numeric",
    "of",
    "offset",
    "old",
    "on",
    "open",
    "or",
    "order",
    "out",
    "perform",
    "query",
    "raise",
    "record",
    "return",
    "returning",
    "reverse",
    "right",
    "row",
    "rowtype",
    "select",
    "set",
    "setof",
    "sqlstate",
    "strict",
    "text",
    "tg_argv",
    "tg_op",
    "tg_table_name",
    "then",
    "to",
    "true",
    "type",
    "union",
    "update",
    "using",
    "values",
    "varchar",
    "warning",
    "when",
    "where",
    "while",
    "with",
];

/// Built-in types written without `pg_catalog.` that the grammar does not qualify itself
/// (it does for SQL-standard names like `integer`). Never worth looking up (sorted).
const BUILTIN_TYPES: &[&str] = &[
    "anyarray",
    "anyelement",
    "anyenum",
    "anynonarray",
    "anyrange",
    "bigserial",
    "bit",
    "bool",
    "box",
    "bpchar",
    "bytea",
    "char",
    "cidr",
    "circle",
    "cstring",
    "date",
    "daterange",
    "event_trigger",
    "float4",
    "float8",
    "inet",
    "int2",
    "int4",
    "int4range",
    "int8",
    "int8range",
    "internal",
    "interval",
    "json",
    "jsonb",
    "jsonpath",
    "language_handler",
    "line",
    "lseg",
    "macaddr",
    "macaddr8",
    "money",
    "name",
    "numrange",
    "oid",
    "path",
    "point",
    "polygon",
    "record",
    "refcursor",
    "regclass",
    "regconfig",
    "regdictionary",
    "regnamespace",
    "regoper",
    "regoperator",
    "regproc",
    "regprocedure",
    "regrole",
    "regtype",
    "serial",
    "serial2",
    "serial4",
    "serial8",
    "smallserial",
    "text",
    "tid",
    "timestamptz",
    "timetz",
    "trigger",
    "tsquery",
    "tsrange",
    "tstzrange",
    "tsvector",
    "txid_snapshot",
    "uuid",
    "varbit",
    "varchar",
    "void",
    "xid",
    "xml",
];

fn is_builtin_type(name: &str) -> bool {
    BUILTIN_TYPES.binary_search(&name).is_ok()
}

fn is_keyword(word: &str) -> bool {
    KEYWORDS.binary_search(&word).is_ok()
}

fn identifier(b: &[u8], start: usize) -> (Option<String>, usize) {
    let mut i = start;
    if b.get(i) == Some(&b'"') {
        let mut s = Vec::new();
        i += 1;
        while i < b.len() {
            if b[i] == b'"' {
                if b.get(i + 1) == Some(&b'"') {
                    s.push(b'"');
                    i += 2;
                    continue;
                }
                return (Some(String::from_utf8_lossy(&s).into_owned()), i + 1);
            }
            s.push(b[i]);
            i += 1;
        }
        return (None, i);
    }
    while i < b.len()
        && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'$' || b[i] >= 0x80)
    {
        i += 1;
    }
    if i == start {
        return (None, i);
    }
    (
        Some(String::from_utf8_lossy(&b[start..i]).to_ascii_lowercase()),
        i,
    )
}

/// References for the names in a `DefineStmt`-style option list (`SFUNC = app.f`,
/// `SUBTYPE = app.t`): the kind is not said, so they are [`Namespace::Any`].
pub(crate) fn definition_options(options: &[Node], into: &mut Collector) {
    for o in options {
        let Some(NodeEnum::DefElem(d)) = &o.node else {
            continue;
        };
        let Some(arg) = &d.arg else { continue };
        match &arg.node {
            Some(NodeEnum::TypeName(t)) => {
                if let Some((schema, name)) = qualified(&t.names) {
                    into.add(Namespace::Any, schema, name);
                }
            }
            Some(NodeEnum::List(_)) => {
                if let Some((schema, name)) = qualified(list(arg)) {
                    into.add(Namespace::Any, schema, name);
                }
            }
            _ => into.walk(arg),
        }
    }
}

/// The type named by a node that should be a `TypeName`.
pub(crate) fn type_of(node: &Node, into: &mut Collector) {
    if let Some(t) = type_name(node) {
        into.type_ref(t);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn keywords_are_sorted_for_binary_search() {
        assert!(super::KEYWORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::BUILTIN_TYPES.windows(2).all(|w| w[0] < w[1]));
    }
}
