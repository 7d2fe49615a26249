//! Classification: what one SQL statement defines, acts on and needs.
//!
//! Each statement is parsed on its own with `pg_query` (libpg_query, the PostgreSQL 18
//! grammar) and put in exactly one [`Class`]. Definitions and attached statements get an
//! [`ObjectId`]; every statement gets the references found by a walk of its whole parse tree
//! (see [`refs`]). The parse tree is dropped before returning: only these facts are kept.
//!
//! One file per family of statements, each with its tests beside it: `table` (CREATE TABLE,
//! partitions, CREATE TABLE AS, foreign tables), `alter` (ALTER TABLE and ALTER INDEX),
//! `index` (indexes, extended statistics), `view` (views, materialized views, rules),
//! `routine` (functions, procedures, aggregates, operators and other `DefineStmt`s), `types`
//! (enums, domains, composite and range types), `trigger` (triggers, event triggers,
//! policies), `acl` (GRANT, REVOKE, COMMENT, OWNER, SECURITY LABEL, default privileges),
//! `data` (COPY, INSERT, setval, REFRESH), `setting` (SET, set_config) and `misc`
//! (everything else that defines an object).
//!
//! ```
//! use pgsplit::classify::{classify, Context};
//! use pgsplit::model::Class;
//! let ctx = Context::default();
//! let c = classify("ALTER TABLE ONLY app.a ADD CONSTRAINT a_b_fkey FOREIGN KEY (b) REFERENCES app.b(id);", &ctx);
//! assert_eq!(c.class, Class::Attached);
//! assert_eq!(c.action, Some("foreign-key"));
//! assert_eq!(c.object.unwrap().identity, "constraint:app.a.a_b_fkey");
//! let needs: Vec<String> = c.refs.iter().map(|r| r.target.to_string()).collect();
//! assert!(needs.contains(&"relation app.b".to_string()));
//! assert!(needs.contains(&"keys of relation app.b".to_string()));
//! ```

pub(crate) mod acl;
mod alter;
mod data;
pub mod extensions;
pub(crate) mod index;
mod misc;
pub(crate) mod names;
pub(crate) mod objects;
pub(crate) mod parse;
mod refs;
pub(crate) mod refused;
mod routine;
mod setting;
pub(crate) mod table;
mod trigger;
mod types;
mod view;
pub(crate) mod walk;

use crate::model::{Class, Classified, Namespace, ObjectId, ObjectKind, Ref, Strength, Target};
pub use parse::{parse, parse_error, ParseError};
use pg_query::protobuf::{Node, RangeVar};
use pg_query::NodeEnum;
use refs::Collector;

/// What a statement's meaning depends on that is set by earlier statements.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Context {
    /// Set when a definition took its schema from the search path.
    used_search_path: std::cell::Cell<bool>,
    /// The search path: the first schema receives unqualified definitions. pg_dump sets it to
    /// empty and qualifies everything.
    pub search_path: Vec<String>,
    /// `standard_conforming_strings` (backslashes in `'...'`).
    pub standard_conforming_strings: bool,
}

impl Default for Context {
    fn default() -> Self {
        Context {
            used_search_path: std::cell::Cell::new(false),
            search_path: vec!["public".to_owned()],
            standard_conforming_strings: true,
        }
    }
}

impl Context {
    /// The schema of a name: the one written, else the first of the search path.
    pub(crate) fn schema_of(&self, written: &str) -> Option<String> {
        if !written.is_empty() {
            return Some(written.to_owned());
        }
        self.used_search_path.set(true);
        Some(
            self.search_path
                .first()
                .cloned()
                .unwrap_or_else(|| "public".to_owned()),
        )
    }

    /// A context with another search path.
    pub fn with_search_path(&self, search_path: Vec<String>) -> Context {
        Context {
            search_path,
            ..self.clone()
        }
    }

    /// Applies what a classified statement changes (the search path).
    ///
    /// ```
    /// use pgsplit::classify::{classify, Context};
    /// let mut ctx = Context::default();
    /// ctx.apply(&classify("SELECT pg_catalog.set_config('search_path', '', false);", &ctx));
    /// assert!(ctx.search_path.is_empty());
    /// ```
    pub fn apply(&mut self, c: &Classified) {
        if let Some(path) = &c.search_path {
            self.search_path = path.clone();
        }
    }

    /// The `standard_conforming_strings` that `setting`, the text of a setting, changes
    /// (read as the scanner reads it: `SET`, `RESET`, `RESET ALL`; `DEFAULT` and `RESET` go
    /// back to `start`'s value).
    fn strings_set_by(&mut self, setting: &str, start: &Context) {
        use crate::scan::settings::{parse, Change, Parsed};
        match parse(setting.as_bytes()) {
            Parsed::Change(Change::StandardStrings(v)) => {
                self.standard_conforming_strings = v.unwrap_or(start.standard_conforming_strings)
            }
            Parsed::Change(Change::ResetAll) => {
                self.standard_conforming_strings = start.standard_conforming_strings
            }
            _ => {}
        }
    }

    /// Whether `text` may parse otherwise here than at `start` (see
    /// [`reads_with_strings_setting`]).
    fn strings_differ(&self, start: &Context, text: &str) -> bool {
        self.standard_conforming_strings != start.standard_conforming_strings
            && reads_with_strings_setting(text)
    }
}

/// Whether the meaning of `text` may depend on `standard_conforming_strings`: a backslash
/// in a string literal means something else under the other setting, and a Unicode-escape
/// string (`U&'...'`, which may use another escape character than the backslash) is
/// refused with the setting off.
pub(crate) fn reads_with_strings_setting(text: &str) -> bool {
    text.contains('\\')
        || text
            .as_bytes()
            .windows(3)
            .any(|w| w[0].eq_ignore_ascii_case(&b'u') && w[1] == b'&' && w[2] == b'\'')
}

/// Classifies one statement (its text as psql sends it, `;` included or not).
///
/// A statement the grammar rejects is [`Class::Unsupported`] with the parser's message in
/// `reason`; nothing here panics on any input.
pub fn classify(sql: &str, ctx: &Context) -> Classified {
    classify_keeping(sql, ctx, false).0
}

/// [`classify`], also returning the encoded parse tree when `keep` (see
/// [`parse_bytes`](parse::parse_bytes)) and the statement parses.
pub(crate) fn classify_keeping(
    sql: &str,
    ctx: &Context,
    keep: bool,
) -> (Classified, Option<Vec<u8>>) {
    ctx.used_search_path.set(false);
    let (mut c, tree) = classify_inner(sql, ctx, keep);
    c.uses_search_path = ctx.used_search_path.get();
    c.strings_off = c.class == Class::Unsupported && !ctx.standard_conforming_strings;
    // kept for the whole input: no spare capacity (refs are trimmed by `finish`)
    c.also_defines.shrink_to_fit();
    c.inline_foreign_keys.shrink_to_fit();
    (c, tree)
}

/// The parser options for `ctx`.
pub(crate) fn parser_options(ctx: &Context) -> i32 {
    let mut options = pg_query::ParserOptions::DEFAULT;
    if !ctx.standard_conforming_strings {
        options |= pg_query::ParserOptions::DISABLE_STANDARD_CONFORMING_STRINGS;
    }
    options.bits()
}

fn classify_inner(sql: &str, ctx: &Context, keep: bool) -> (Classified, Option<Vec<u8>>) {
    let parsed = if keep {
        parse::parse_bytes(sql, parser_options(ctx)).and_then(|b| {
            parse::decode(&b)
                .map(|t| (t, Some(b)))
                .map_err(|message| ParseError {
                    message,
                    offset: None,
                })
        })
    } else {
        parse::parse_at(sql, parser_options(ctx)).map(|t| (t, None))
    };
    let (parsed, bytes) = match parsed {
        Ok((p, b)) => (p, b),
        Err(ParseError {
            message: mut reason,
            offset,
        }) => {
            let mut c = Classified::new(Class::Unsupported);
            c.reason_at = offset;
            if let Some(var) = psql_variable(sql) {
                reason.push_str(&format!(
                    " (it uses the psql variable :{var}, which only psql fills in)"
                ));
            }
            c.reason = Some(reason);
            return (c, None);
        }
    };
    let stmts = &parsed.stmts;
    let nodes: Vec<&NodeEnum> = stmts
        .iter()
        .filter_map(|s| s.stmt.as_ref().and_then(|n| n.node.as_ref()))
        .collect();
    let c = match nodes.as_slice() {
        [] => Classified::new(Class::Other),
        [one] => match refused::refused(one, sql) {
            // it builds nothing: kept as written, with the server's reason
            Some(reason) => {
                let mut c = Classified::new(Class::Unsupported);
                c.reason = Some(reason);
                return (c, None);
            }
            None => classify_node(one, ctx),
        },
        _ => {
            // Several statements sent at once (`\;`): kept in place.
            let mut c = Classified::new(Class::Other);
            let mut refs = Collector::new(Strength::Hard);
            for s in stmts.iter().filter_map(|s| s.stmt.as_ref()) {
                refs.walk(s);
            }
            c.refs = refs.finish();
            c.reason = Some("several statements sent together".to_owned());
            c
        }
    };
    (c, bytes)
}

/// Classifies statements in input order, each with the context (search path,
/// `standard_conforming_strings`) the statements before it leave, on all cores: every
/// statement is parsed once in parallel with the starting context, then the few whose
/// meaning depends on a search path changed by an earlier statement, or with a backslash
/// under a changed `standard_conforming_strings`, are classified again. Returns each classification with the search path
/// in effect for it.
///
/// ```
/// use pgsplit::classify::{classify_all, Context};
/// let out = classify_all(&["SET search_path = app;", "CREATE TABLE t (a int);"], &Context::default());
/// assert_eq!(out[1].0.object.as_ref().unwrap().identity, "table:app.t");
/// assert_eq!(out[1].1, ["app"]);
/// ```
pub fn classify_all<S: AsRef<str> + Sync>(
    texts: &[S],
    start: &Context,
) -> Vec<(Classified, Vec<String>)> {
    let mut slots: Vec<(&str, Classified, Vec<String>)> = texts
        .iter()
        .map(|t| (t.as_ref(), Classified::default(), Vec::new()))
        .collect();
    classify_each(
        &mut slots,
        start,
        |s| Some(s.0),
        |s| &mut s.1,
        |s, path| s.2 = path.to_vec(),
    );
    slots.into_iter().map(|(_, c, p)| (c, p)).collect()
}

/// [`classify_all`] in place, for callers that keep statements in their own records (a
/// second vector of classifications would double the memory of a large dump): `text` gives
/// a record's statement (`None`: not a statement, left as it is), `class` where its
/// classification goes, and `path` receives the search path in effect for every record,
/// classified or not.
///
/// ```
/// use pgsplit::classify::{classify_each, Context};
/// use pgsplit::model::Classified;
/// struct Rec { sql: String, class: Classified, path: Vec<String> }
/// let mut recs: Vec<Rec> = ["SET search_path = app;", "CREATE TYPE t AS ENUM ();"]
///     .iter()
///     .map(|s| Rec { sql: s.to_string(), class: Classified::default(), path: vec![] })
///     .collect();
/// classify_each(&mut recs, &Context::default(), |r| Some(&r.sql), |r| &mut r.class,
///     |r, p| r.path = p.to_vec());
/// assert_eq!(recs[1].class.object.as_ref().unwrap().identity, "enum:app.t");
/// assert_eq!(recs[1].path, ["app"]);
/// ```
pub fn classify_each<T: Send>(
    records: &mut [T],
    start: &Context,
    text: impl Fn(&T) -> Option<&str> + Sync,
    class: impl Fn(&mut T) -> &mut Classified + Sync,
    mut path: impl FnMut(&mut T, &[String]),
) {
    classify_each_keeping(
        records,
        start,
        text,
        |_| false,
        class,
        |r, p, _| path(r, p),
        None::<fn(&mut T, Vec<u8>)>,
    );
}

/// [`classify_each`], handing each statement's encoded parse tree to `keep` (when given):
/// the canonical form rewrites the trees without parsing again. Records for which `known`
/// is true already hold what classifying their text in `start` gives (and its tree): they
/// are not parsed again, only followed by the search path pass. `path` gets each record's
/// search path, and whether the record was classified again (under a changed search path
/// or `standard_conforming_strings`: not what classifying its text in `start` gives).
pub(crate) fn classify_each_keeping<T: Send>(
    records: &mut [T],
    start: &Context,
    text: impl Fn(&T) -> Option<&str> + Sync,
    known: impl Fn(&T) -> bool + Sync,
    class: impl Fn(&mut T) -> &mut Classified + Sync,
    mut path: impl FnMut(&mut T, &[String], bool),
    keep: Option<impl Fn(&mut T, Vec<u8>) + Sync>,
) {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let one = |r: &mut T, ctx: &Context| {
        if let Some(t) = text(r) {
            let (c, tree) = classify_keeping(t, ctx, keep.is_some());
            *class(r) = c;
            if let (Some(k), Some(tree)) = (&keep, tree) {
                k(r, tree);
            }
        }
    };
    let first = |r: &mut T, ctx: &Context| {
        if !known(r) {
            one(r, ctx);
        }
    };
    if threads == 1 || records.len() < 256 {
        records.iter_mut().for_each(|r| first(r, start));
    } else {
        let chunk = records.len().div_ceil(threads);
        std::thread::scope(|scope| {
            for part in records.chunks_mut(chunk) {
                let ctx = start.clone();
                let first = &first;
                scope.spawn(move || part.iter_mut().for_each(|r| first(r, &ctx)));
            }
        });
    }
    // In input order: the statements whose unqualified names met a changed search path, or
    // whose strings met a changed standard_conforming_strings, are classified again, and
    // every record learns its search path.
    let mut ctx = start.clone();
    for r in records.iter_mut() {
        let Some(strings_differ) = text(r).map(|t| ctx.strings_differ(start, t)) else {
            path(r, &ctx.search_path, false);
            continue;
        };
        let again =
            strings_differ || class(r).uses_search_path && ctx.search_path != start.search_path;
        if again {
            one(r, &ctx);
        }
        path(r, &ctx.search_path, again);
        ctx.apply(class(r));
        if class(r).class == Class::Setting {
            if let Some(t) = text(r) {
                ctx.strings_set_by(t, start);
            }
        }
    }
}

/// The first psql variable reference (`:name`, `:'name'`, `:"name"`) outside quotes.
fn psql_variable(sql: &str) -> Option<String> {
    let b = sql.as_bytes();
    let mut i = 0;
    let mut quote: Option<u8> = None;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'\'' || c == b'"' => quote = Some(c),
            None if c == b':' && b.get(i + 1) == Some(&b':') => i += 1,
            None if c == b':' => {
                let rest = &sql[i + 1..];
                let rest = rest.trim_start_matches(['\'', '"']);
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if name
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphabetic() || c == '_')
                {
                    return Some(name);
                }
            }
            None => {}
        }
        i += 1;
    }
    None
}

pub(crate) fn classify_node(node: &NodeEnum, ctx: &Context) -> Classified {
    use NodeEnum as N;
    let mut c = match node {
        N::CreateStmt(s) => table::create(s, ctx),
        N::CreateForeignTableStmt(s) => table::foreign(s, ctx),
        N::CreateTableAsStmt(s) => table::create_as(s, ctx),
        N::AlterTableStmt(s) => alter::alter_table(s, ctx),
        N::IndexStmt(s) => index::index(s, ctx),
        N::CreateStatsStmt(s) => index::statistics(s, ctx),
        N::ViewStmt(s) => view::view(s, ctx),
        N::RuleStmt(s) => view::rule(s, ctx),
        N::CreateFunctionStmt(s) => routine::function(s, ctx),
        N::AlterFunctionStmt(s) => routine::alter(s, ctx),
        N::DefineStmt(s) => routine::define(s, ctx),
        N::CreateEnumStmt(s) => types::enumeration(s, ctx),
        N::CreateDomainStmt(s) => types::domain(s, ctx),
        N::CompositeTypeStmt(s) => types::composite(s, ctx),
        N::CreateRangeStmt(s) => types::range(s, ctx),
        N::AlterEnumStmt(s) => types::alter_enum(s, ctx),
        N::AlterDomainStmt(s) => types::alter_domain(s, ctx),
        N::CreateTrigStmt(s) => trigger::trigger(s, ctx),
        N::CreateEventTrigStmt(s) => trigger::event_trigger(s),
        N::AlterEventTrigStmt(s) => trigger::alter_event_trigger(s),
        N::CreatePolicyStmt(s) => trigger::policy(s, ctx),
        N::GrantStmt(s) => acl::grant(s, ctx),
        N::CommentStmt(s) => acl::comment(s, ctx),
        N::AlterOwnerStmt(s) => acl::owner(s, ctx),
        N::SecLabelStmt(s) => acl::security_label(s, ctx),
        N::AlterDefaultPrivilegesStmt(s) => acl::default_privileges(s),
        N::CopyStmt(s) => data::copy(s, ctx),
        N::InsertStmt(s) => data::insert(s, ctx),
        N::SelectStmt(s) => data::select(s, node, ctx),
        N::RefreshMatViewStmt(s) => data::refresh(s, ctx),
        N::VariableSetStmt(s) => setting::set(s),
        other => misc::classify(other, ctx),
    };
    if c.class == Class::Definition {
        if let Some(schema) = c.object.as_ref().and_then(|o| o.schema.clone()) {
            if !names::is_catalog(Some(&schema)) {
                c.refs.push(Ref {
                    target: Target::object(Namespace::Schema, None, &schema),
                    strength: Strength::Hard,
                });
            }
        }
    }
    finish(&mut c);
    c
}

/// Sorts and deduplicates the references, dropping those that name the statement's own
/// object, and keeps a reference hard when it is both hard and soft.
fn finish(c: &mut Classified) {
    let own: Vec<(Namespace, Option<&str>, &str)> = c
        .object
        .iter()
        .chain(c.also_defines.iter())
        .filter(|_| c.class == Class::Definition)
        .map(|o| (o.kind.namespace(), o.schema.as_deref(), o.name.as_str()))
        .collect();
    let mut refs: Vec<Ref> = std::mem::take(&mut c.refs)
        .into_iter()
        .filter(|r| match &r.target {
            Target::Object {
                namespace,
                schema,
                name,
                ..
            } => !own.iter().any(|(ns, s, n)| {
                (ns == namespace || (*ns == Namespace::Relation && *namespace == Namespace::Type))
                    && n == name
                    && (schema.is_none() || schema.as_deref() == *s)
            }),
            _ => true,
        })
        .collect();
    refs.sort();
    refs.dedup();
    refs.shrink_to_fit();
    let hard: Vec<Target> = refs
        .iter()
        .filter(|r| r.strength == Strength::Hard)
        .map(|r| r.target.clone())
        .collect();
    refs.retain(|r| r.strength == Strength::Hard || !hard.contains(&r.target));
    refs.shrink_to_fit();
    c.refs = refs;
}

/// The schema and name of a relation, the schema filled in from the search path.
pub(crate) fn relation_name(r: &RangeVar, ctx: &Context) -> (Option<String>, String) {
    (ctx.schema_of(&r.schemaname), r.relname.clone())
}

/// A reference to a relation as written (unqualified names are resolved later through the
/// search path).
pub(crate) fn relation_target(r: &RangeVar) -> Target {
    Target::object(
        Namespace::Relation,
        (!r.schemaname.is_empty()).then_some(r.schemaname.as_str()),
        &r.relname,
    )
}

/// An object defined in a schema, the schema filled in from the search path when not written.
pub(crate) fn defined(
    kind: ObjectKind,
    written: Option<String>,
    name: &str,
    ctx: &Context,
) -> ObjectId {
    let schema = ctx.schema_of(written.as_deref().unwrap_or(""));
    ObjectId::new(kind, schema.as_deref(), name)
}

/// A definition with the references found under `nodes`.
pub(crate) fn definition(object: ObjectId, refs: Collector) -> Classified {
    Classified {
        class: Class::Definition,
        object: Some(object),
        refs: refs.finish(),
        ..Classified::default()
    }
}

/// A statement attached to `target`, acting on `object`: needs the target, and what `refs`
/// holds.
pub(crate) fn attached(
    object: ObjectId,
    target: Target,
    action: &'static str,
    mut refs: Collector,
) -> Classified {
    refs.add_target(target.clone(), Strength::Hard);
    Classified {
        class: Class::Attached,
        object: Some(object),
        action: Some(action),
        attached_to: Some(target),
        refs: refs.finish(),
        ..Classified::default()
    }
}

/// The references under some nodes.
pub(crate) fn walk_all<'a>(nodes: impl IntoIterator<Item = &'a Node>) -> Collector {
    let mut c = Collector::new(Strength::Hard);
    for n in nodes {
        c.walk(n);
    }
    c
}

/// A statement kept in place (class other), with the references of its whole tree.
pub(crate) fn other(node: &NodeEnum, changes_existing: bool) -> Classified {
    let mut c = Collector::new(Strength::Hard);
    walk::walk_enum(&mut c, node);
    Classified {
        class: Class::Other,
        refs: c.finish(),
        changes_existing,
        ..Classified::default()
    }
}

/// A one-line summary of a classification, for tests and `--explain`-style output:
/// `class kind identity [action] <- refs`.
///
/// ```
/// use pgsplit::classify::{classify, summary, Context};
/// let c = classify("CREATE INDEX i ON app.t (a)", &Context::default());
/// assert_eq!(
///     summary(&c),
///     "definition index:app.i on relation app.t <- schema app, relation app.t, soft data of relation app.t"
/// );
/// ```
pub fn summary(c: &Classified) -> String {
    let mut s = c.class.as_str().to_owned();
    if let Some(o) = &c.object {
        s.push(' ');
        s.push_str(&o.identity);
    }
    if let Some(a) = c.action {
        s.push_str(" [");
        s.push_str(a);
        s.push(']');
    }
    if let Some(t) = &c.attached_to {
        s.push_str(" on ");
        s.push_str(&t.to_string());
    }
    for o in &c.also_defines {
        s.push_str(" +");
        s.push_str(&o.identity);
    }
    if !c.refs.is_empty() {
        s.push_str(" <- ");
        let refs: Vec<String> = c
            .refs
            .iter()
            .map(|r| match r.strength {
                Strength::Hard => r.target.to_string(),
                Strength::Soft => format!("soft {}", r.target),
            })
            .collect();
        s.push_str(&refs.join(", "));
    }
    for t in &c.inline_foreign_keys {
        s.push_str(&format!(" (inline fk {t})"));
    }
    if c.changes_existing {
        s.push_str(" (changes existing)");
    }
    if let Some(r) = &c.reason {
        s.push_str(&format!(" ({r})"));
    }
    s
}

#[cfg(test)]
pub(crate) fn check(sql: &str) -> String {
    summary(&classify(sql, &Context::default()))
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn unparseable_statements_are_unsupported_with_the_parser_message() {
        insta::assert_snapshot!(check("CREATE TABLE (;"), @r#"unsupported (syntax error at or near "(")"#);
        insta::assert_snapshot!(check("\\restrict"), @r#"unsupported (syntax error at or near "\")"#);
    }

    #[test]
    fn psql_variables_are_named_in_the_reason() {
        insta::assert_snapshot!(
            check("GRANT ALL ON SCHEMA public TO :DATABASE_OWNER;"),
            @r#"unsupported (syntax error at or near ":" (it uses the psql variable :DATABASE_OWNER, which only psql fills in))"#
        );
        assert_eq!(super::psql_variable("SELECT a::text, ':x' FROM t"), None);
        assert_eq!(super::psql_variable("SELECT :'v'"), Some("v".to_owned()));
    }

    #[test]
    fn several_statements_at_once_are_kept_in_place() {
        insta::assert_snapshot!(check("SELECT 1 FROM a; SELECT 2"), @"other <- relation a (several statements sent together)");
    }

    #[test]
    fn dml_and_drops_are_other() {
        insta::assert_snapshot!(check("UPDATE app.t SET a = app.f(1)"), @"other <- function app.f, relation app.t");
        insta::assert_snapshot!(check("DROP TABLE app.t"), @"other <- relation app.t (changes existing)");
        insta::assert_snapshot!(check("ALTER TABLE app.t RENAME TO u"), @"other +table:app.u <- relation app.t (changes existing)");
        insta::assert_snapshot!(check("BEGIN"), @"other [transaction]");
        insta::assert_snapshot!(check("DO $$ BEGIN PERFORM app.f(); END $$"), @"other <- soft any app, soft any app.f");
    }
}
