//! Rule `schema-qualification`: an unqualified name means the object the search path in
//! effect finds first. pg_dump qualifies every name (it runs with an empty search path);
//! a hand-written migration rarely does. Names of relations, types and functions that the
//! input defines get the schema the search path finds them in; names the input does not
//! define (built-in objects, objects made elsewhere) are left as written, since which
//! schema holds them cannot be known offline.
//!
//! `nextval('seq')` gets the same treatment inside its string literal, and the `::regclass`
//! cast pg_dump prints.

use crate::classify::names::{parse_name_literal, string};
use pg_query::protobuf::{a_const, AConst, Node, RangeVar, String as PgString, TypeCast, TypeName};
use pg_query::NodeEnum;
use std::collections::HashSet;

/// What the input defines, by `(schema, name)`.
#[derive(Debug, Default)]
pub(crate) struct Defined {
    pub relations: HashSet<(String, String)>,
    pub types: HashSet<(String, String)>,
    pub functions: HashSet<(String, String)>,
    pub collations: HashSet<(String, String)>,
    pub ts_configurations: HashSet<(String, String)>,
    pub ts_dictionaries: HashSet<(String, String)>,
    /// Text search parsers and templates (named in the options of configurations and
    /// dictionaries).
    pub ts_parsers_templates: HashSet<(String, String)>,
    /// Operator classes (named in index columns).
    pub opclasses: HashSet<(String, String)>,
    /// The role the statements run as, when told (`--role`: rule `current-role`).
    pub role: Option<String>,
}

/// The names of PostgreSQL's own functions (`pg_catalog`, PostgreSQL 15; the server test
/// `the_builtin_function_list_matches_the_catalog` checks it). `pg_catalog` is searched
/// before any schema of the search path, so an unqualified call of one of these names is
/// left alone even when the input defines a function of that name elsewhere (an overload
/// of `lower` for citext must not turn every `lower(x)` into `public.lower(x)`).
pub(crate) const BUILTIN_FUNCTIONS: &str = include_str!("builtin_functions.txt");

/// Functions PostgreSQL 16 to 18 added (their release notes): the list above comes from a
/// PostgreSQL 15 catalog.
const NEWER_FUNCTIONS: &[&str] = &[
    "any_value",
    "array_reverse",
    "array_sample",
    "array_shuffle",
    "array_sort",
    "casefold",
    "crc32",
    "crc32c",
    "date_add",
    "date_subtract",
    "erf",
    "erfc",
    "gamma",
    "has_largeobject_privilege",
    "json_scalar",
    "json_serialize",
    "lgamma",
    "pg_input_error_info",
    "pg_input_is_valid",
    "random_normal",
    "system_user",
    "to_bin",
    "to_oct",
    "uuid_extract_timestamp",
    "uuid_extract_version",
    "uuidv4",
    "uuidv7",
];

fn builtin_function(name: &str) -> bool {
    static LIST: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| BUILTIN_FUNCTIONS.lines().collect())
        .binary_search(&name)
        .is_ok()
        || NEWER_FUNCTIONS.contains(&name)
}

/// The schema objects are created in: the first of the search path (`$user` is taken not
/// to exist).
fn creation_schema(path: &[String]) -> Option<&String> {
    path.iter().find(|s| !s.starts_with('$'))
}

/// Qualifies a one-part name list with the creation schema.
fn created(names: &mut Vec<Node>, ctx: &super::Ctx<'_>) {
    if names.len() == 1 {
        if let Some(s) = creation_schema(ctx.search_path) {
            names.insert(0, pg_string(s));
        }
    }
}

/// A marker in `TypeName::type_oid` (which the parser never sets): this name in a
/// definition's options is not a type.
pub(crate) const NOT_A_TYPE: u32 = u32::MAX;

/// The options of `CREATE AGGREGATE`, `OPERATOR`, `COLLATION`, `TEXT SEARCH ...`, `TYPE`
/// and `TYPE ... AS RANGE` hold names as type names; only some are types. The others
/// (functions, templates, providers, operator classes) are marked, so that an undefined
/// one is not given the first schema of the search path.
fn mark_options(options: &mut [Node]) {
    const TYPE_VALUED: &[&str] = &[
        "basetype", "element", "leftarg", "like", "mstype", "rightarg", "stype", "subtype",
    ];
    for o in options {
        if let Some(NodeEnum::DefElem(d)) = o.node.as_mut() {
            if TYPE_VALUED.contains(&d.defname.as_str()) {
                continue;
            }
            if let Some(NodeEnum::TypeName(t)) = d.arg.as_deref_mut().and_then(|a| a.node.as_mut())
            {
                t.type_oid = NOT_A_TYPE;
            }
        }
    }
}

/// Qualifies the function (or operator) of `o`.
pub(crate) fn object_with_args(o: &mut pg_query::protobuf::ObjectWithArgs, ctx: &super::Ctx<'_>) {
    function_name(&mut o.objname, ctx);
}

/// Qualifies a collation the input defines (built-in ones, and the many locale names of
/// `pg_catalog`, stay as written).
pub(crate) fn collate_clause(c: &mut pg_query::protobuf::CollateClause, ctx: &super::Ctx<'_>) {
    if let [one] = c.collname.as_slice() {
        if let Some(name) = string(one).map(str::to_owned) {
            if let Some(s) = Defined::find(&ctx.defined.collations, ctx.search_path, &name) {
                c.collname.insert(0, pg_string(s));
            }
        }
    }
}

/// Qualifies a one-part name that the input defines in `set` (text search configurations
/// and dictionaries; built-in ones such as `english_stem` stay as written, as pg_dump
/// prints them).
fn defined_name(names: &mut Vec<Node>, set: &HashSet<(String, String)>, ctx: &super::Ctx<'_>) {
    if let [one] = names.as_slice() {
        if let Some(name) = string(one).map(str::to_owned) {
            if let Some(s) = Defined::find(set, ctx.search_path, &name) {
                names.insert(0, pg_string(s));
            }
        }
    }
}

/// Qualifies a one-part function name that the input defines.
fn function_name(names: &mut Vec<Node>, ctx: &super::Ctx<'_>) {
    if let [one] = names.as_slice() {
        if let Some(name) = string(one).map(str::to_owned) {
            if builtin_function(&name) {
                return;
            }
            let found = Defined::find(&ctx.defined.functions, ctx.search_path, &name)
                .or_else(|| creation_schema(ctx.search_path));
            if let Some(s) = found {
                names.insert(0, pg_string(s));
            }
        }
    }
}

impl Defined {
    /// The first schema of `path` holding `name` in `set`.
    pub(crate) fn find<'p>(
        set: &HashSet<(String, String)>,
        path: &'p [String],
        name: &str,
    ) -> Option<&'p String> {
        path.iter()
            .find(|s| set.contains(&((*s).clone(), name.to_owned())))
    }
}

fn pg_string(s: &str) -> Node {
    Node {
        node: Some(NodeEnum::String(PgString { sval: s.to_owned() })),
    }
}

/// Qualifies a relation name.
pub(crate) fn range_var(r: &mut RangeVar, ctx: &super::Ctx<'_>) {
    if !r.schemaname.is_empty() || r.relpersistence == "t" || ctx.ctes.contains(&r.relname) {
        return;
    }
    if let Some(s) = Defined::find(&ctx.defined.relations, ctx.search_path, &r.relname) {
        r.schemaname = s.clone();
    } else if !r.relname.starts_with("pg_") {
        // not defined here: where the search path would put it first
        if let Some(s) = creation_schema(ctx.search_path) {
            r.schemaname = s.clone();
        }
    }
}

/// The names of PostgreSQL's own types (`pg_catalog`, PostgreSQL 15; checked by the
/// server test like the function list), and the `serial` pseudo-types.
pub(crate) const BUILTIN_TYPES: &str = include_str!("builtin_types.txt");

pub(crate) fn builtin_type(name: &str) -> bool {
    // collations and operator classes also end up as type names in the options of
    // `CREATE TYPE ... AS RANGE` and `CREATE AGGREGATE`: the built-in ones stay
    if matches!(name, "C" | "POSIX" | "default" | "ucs_basic" | "unicode") || name.ends_with("_ops")
    {
        return true;
    }
    static LIST: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| BUILTIN_TYPES.lines().collect())
        .binary_search(&name)
        .is_ok()
        || crate::classify::table::is_serial_name(name)
}

/// Qualifies a type name (a relation's row type counts).
pub(crate) fn type_name(t: &mut TypeName, ctx: &super::Ctx<'_>) {
    // not a type: a function, template, provider ... named in a definition's options
    let not_a_type = t.type_oid == NOT_A_TYPE;
    if not_a_type {
        t.type_oid = 0;
    }
    let [one] = t.names.as_slice() else { return };
    let Some(name) = string(one) else { return };
    let found = Defined::find(&ctx.defined.types, ctx.search_path, name)
        .or_else(|| Defined::find(&ctx.defined.relations, ctx.search_path, name))
        .or_else(|| {
            // a function named in a definition's options (`function = f`), or a text
            // search parser or template (`parser = p`, `template = t`)
            not_a_type
                .then(|| {
                    Defined::find(&ctx.defined.functions, ctx.search_path, name).or_else(|| {
                        Defined::find(&ctx.defined.ts_parsers_templates, ctx.search_path, name)
                    })
                })
                .flatten()
        })
        .or_else(|| {
            if not_a_type {
                return None;
            }
            // not defined here (an extension's type): where the search path puts it first
            (!builtin_type(name))
                .then(|| creation_schema(ctx.search_path))
                .flatten()
        });
    if let Some(s) = found {
        let name = name.to_owned();
        t.names = vec![pg_string(s), pg_string(&name)];
    }
}

/// Qualifies the name list of a relation (or of a column, `table.column`).
fn relation_names(names: &mut Vec<Node>, column: bool, ctx: &super::Ctx<'_>) {
    let unqualified = if column { 2 } else { 1 };
    if names.len() != unqualified {
        return;
    }
    let Some(rel) = names.first().and_then(string).map(str::to_owned) else {
        return;
    };
    if let Some(s) = Defined::find(&ctx.defined.relations, ctx.search_path, &rel) {
        names.insert(0, pg_string(s));
    }
}

/// Qualifies function calls, the sequence named in `nextval('...')`, and the names of
/// objects that `COMMENT`, `GRANT` and `ALTER ... OWNER` name as lists.
pub(crate) fn node(n: &mut NodeEnum, ctx: &super::Ctx<'_>) {
    use pg_query::protobuf::ObjectType as T;
    match n {
        NodeEnum::CreateEventTrigStmt(e) => {
            function_name(&mut e.funcname, ctx);
            return;
        }
        // an index column's operator class, when the input defines it
        NodeEnum::IndexElem(e) => defined_name(&mut e.opclass, &ctx.defined.opclasses, ctx),
        // a language's handler, inline handler and validator are functions
        NodeEnum::CreatePlangStmt(l) => {
            for f in [&mut l.plhandler, &mut l.plinline, &mut l.plvalidator] {
                function_name(f, ctx);
            }
            return;
        }
        // a conversion is made in the creation schema; its encodings have one name each
        // (`'latin1'`, `'ISO88591'` and `'LATIN1'` are one), as pg_dump prints them
        NodeEnum::CreateConversionStmt(c) => {
            created(&mut c.conversion_name, ctx);
            for e in [&mut c.for_encoding_name, &mut c.to_encoding_name] {
                if let Some(known) = crate::encoding::Encoding::from_name(e) {
                    *e = known.name().to_owned();
                }
            }
            function_name(&mut c.func_name, ctx);
            return;
        }
        // the names of what is created: in the creation schema
        NodeEnum::CreateFunctionStmt(f) => created(&mut f.funcname, ctx),
        NodeEnum::DefineStmt(d) => {
            created(&mut d.defnames, ctx);
            mark_options(&mut d.definition);
            // an operator's commutator and negator are made (as shells) where it is made
            for o in &mut d.definition {
                if let Some(NodeEnum::DefElem(e)) = o.node.as_mut() {
                    if matches!(e.defname.as_str(), "commutator" | "negator") {
                        if let Some(NodeEnum::List(l)) =
                            e.arg.as_deref_mut().and_then(|a| a.node.as_mut())
                        {
                            created(&mut l.items, ctx);
                        }
                    }
                }
            }
        }
        NodeEnum::CreateRangeStmt(r) => {
            created(&mut r.type_name, ctx);
            mark_options(&mut r.params);
        }
        NodeEnum::CreateEnumStmt(e) => created(&mut e.type_name, ctx),
        NodeEnum::CreateDomainStmt(d) => created(&mut d.domainname, ctx),
        NodeEnum::CreateStatsStmt(s) => created(&mut s.defnames, ctx),
        NodeEnum::CompositeTypeStmt(c) => {
            if let Some(r) = c.typevar.as_mut().filter(|r| r.schemaname.is_empty()) {
                if let Some(s) = creation_schema(ctx.search_path) {
                    r.schemaname = s.clone();
                }
            }
        }
        NodeEnum::AlterSeqStmt(_) | NodeEnum::CreateSeqStmt(_) => {
            let options = match n {
                NodeEnum::AlterSeqStmt(a) => &mut a.options,
                NodeEnum::CreateSeqStmt(c) => &mut c.options,
                _ => return,
            };
            for o in options {
                if let Some(NodeEnum::DefElem(d)) = o.node.as_mut() {
                    if d.defname == "owned_by" {
                        if let Some(NodeEnum::List(l)) =
                            d.arg.as_deref_mut().and_then(|a| a.node.as_mut())
                        {
                            relation_names(&mut l.items, true, ctx);
                        }
                    }
                }
            }
        }
        NodeEnum::CreateTrigStmt(t) => {
            function_name(&mut t.funcname, ctx);
            return;
        }
        NodeEnum::AlterTsconfigurationStmt(a) => {
            defined_name(&mut a.cfgname, &ctx.defined.ts_configurations, ctx);
            for d in &mut a.dicts {
                if let Some(NodeEnum::List(l)) = d.node.as_mut() {
                    defined_name(&mut l.items, &ctx.defined.ts_dictionaries, ctx);
                }
            }
            return;
        }
        NodeEnum::CommentStmt(c) => {
            let t = T::try_from(c.objtype).unwrap_or(T::Undefined);
            let column = t == T::ObjectColumn;
            let relation = matches!(
                t,
                T::ObjectTable
                    | T::ObjectView
                    | T::ObjectMatview
                    | T::ObjectSequence
                    | T::ObjectIndex
                    | T::ObjectForeignTable
            );
            if column || relation {
                if let Some(NodeEnum::List(l)) =
                    c.object.as_deref_mut().and_then(|o| o.node.as_mut())
                {
                    relation_names(&mut l.items, column, ctx);
                }
            }
            return;
        }
        _ => {}
    }
    let NodeEnum::FuncCall(f) = n else { return };
    let names: Vec<String> = f
        .funcname
        .iter()
        .filter_map(string)
        .map(str::to_owned)
        .collect();
    if names.len() == 1 {
        function_name(&mut f.funcname, ctx);
        if f.funcname.len() == 2 {
            return;
        }
    }
    let is_nextval = matches!(
        names
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice(),
        ["nextval"] | ["pg_catalog", "nextval"]
    );
    if !is_nextval || f.args.len() != 1 {
        return;
    }
    let literal = match &f.args[0].node {
        Some(NodeEnum::AConst(c)) => c,
        Some(NodeEnum::TypeCast(t)) => match t.arg.as_deref().and_then(|a| a.node.as_ref()) {
            Some(NodeEnum::AConst(c)) => c,
            _ => return,
        },
        _ => return,
    };
    let Some(a_const::Val::Sval(text)) = &literal.val else {
        return;
    };
    let Some((schema, name)) = parse_name_literal(&text.sval) else {
        return;
    };
    let schema = match schema {
        Some(s) => s,
        None => match Defined::find(&ctx.defined.relations, ctx.search_path, &name)
            .or_else(|| creation_schema(ctx.search_path))
        {
            Some(s) => s.clone(),
            None => return,
        },
    };
    f.args[0] = regclass(Some(&schema), &name);
}

/// `'schema.name'::regclass`, the name quoted where it needs to be (how pg_dump writes the
/// sequence of a default).
pub(crate) fn regclass(schema: Option<&str>, name: &str) -> Node {
    let mut qualified = String::new();
    if let Some(schema) = schema {
        crate::model::push_ident(&mut qualified, schema);
        qualified.push('.');
    }
    crate::model::push_ident(&mut qualified, name);
    let cast = TypeCast {
        arg: Some(Box::new(Node {
            node: Some(NodeEnum::AConst(AConst {
                isnull: false,
                location: -1,
                val: Some(a_const::Val::Sval(PgString { sval: qualified })),
            })),
        })),
        type_name: Some(TypeName {
            names: vec![pg_string("regclass")],
            typemod: -1,
            location: -1,
            ..TypeName::default()
        }),
        location: -1,
    };
    Node {
        node: Some(NodeEnum::TypeCast(Box::new(cast))),
    }
}

#[cfg(test)]
mod tests {
    use super::Defined;
    use crate::canon::rules::testing::canon_with;

    fn defined() -> Defined {
        let mut d = Defined::default();
        for r in ["t", "t_id_seq", "u"] {
            d.relations.insert(("public".into(), r.into()));
        }
        d.types.insert(("public".into(), "mood".into()));
        d.functions.insert(("public".into(), "f".into()));
        d.functions.insert(("public".into(), "lower".into()));
        d
    }

    #[test]
    fn defined_names_get_their_schema() {
        let d = defined();
        assert_eq!(
            canon_with("CREATE VIEW v AS SELECT f(a)::mood FROM t JOIN u USING (id)", &d),
            canon_with("CREATE VIEW v AS SELECT public.f(a)::public.mood FROM public.t JOIN public.u USING (id)", &d)
        );
        assert_eq!(
            canon_with("CREATE TABLE t (id int DEFAULT nextval('t_id_seq'), m mood)", &d),
            canon_with("CREATE TABLE public.t (id int DEFAULT nextval('public.t_id_seq'::regclass), m public.mood)", &d)
        );
    }

    #[test]
    fn created_names_get_the_creation_schema() {
        let d = defined();
        insta::assert_snapshot!(
            canon_with("CREATE FUNCTION g() RETURNS int LANGUAGE sql AS 'select 1'; CREATE TYPE e AS ENUM ('a'); CREATE DOMAIN d AS int; CREATE TYPE c AS (a int); CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()", &d),
            @"CREATE FUNCTION public.g() RETURNS int AS $$select 1$$ LANGUAGE sql; CREATE TYPE public.e AS ENUM ('a'); CREATE DOMAIN public.d AS int; CREATE TYPE public.c AS (a int); CREATE TRIGGER tr BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.f()"
        );
    }

    #[test]
    fn builtin_functions_and_cte_names_stay() {
        let d = defined();
        // the input defines public.lower (for citext, say), but pg_catalog comes first
        insta::assert_snapshot!(
            canon_with("WITH t AS (SELECT 1) SELECT lower(x), f() FROM t", &d),
            @"WITH t AS (SELECT 1) SELECT lower(x), public.f() FROM t"
        );
    }

    #[test]
    fn other_names_take_the_first_schema_of_the_search_path() {
        let d = defined();
        // as the server would look them up when the schema has them; built-in names (and
        // pg_ relations) are found in pg_catalog first
        insta::assert_snapshot!(
            canon_with("SELECT now(), x.y(), uuid_generate_v4(), 'a'::citext, 'b'::text FROM other, pg_class WHERE nextval('elsewhere') > 0", &d),
            @"SELECT now(), x.y(), public.uuid_generate_v4(), 'a'::public.citext, 'b' FROM public.other, pg_class WHERE nextval('public.elsewhere'::regclass) > 0"
        );
        // with pg_dump's empty search path an unqualified name can only be pg_catalog's:
        // said so, so that the text names the same objects under the default path
        let none: Vec<String> = Vec::new();
        let mut tree = crate::classify::parse("SELECT f(), 'x'::mytype FROM t", 0).unwrap();
        crate::canon::rules::apply(tree.stmts[0].stmt.as_deref_mut().unwrap(), &none, &d);
        assert_eq!(
            pg_query::deparse(&tree, Default::default()).unwrap(),
            "SELECT pg_catalog.f(), 'x'::pg_catalog.mytype FROM pg_catalog.t"
        );
    }

    #[test]
    fn temporary_tables_stay_unqualified() {
        let d = defined();
        insta::assert_snapshot!(canon_with("CREATE TEMP TABLE t (a int)", &d), @"CREATE TEMPORARY TABLE t (a int)");
    }
}
