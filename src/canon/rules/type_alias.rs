//! Rule `type-aliases`: one spelling per built-in type.
//!
//! The grammar turns SQL-standard spellings (`integer`, `character varying`, `timestamp with
//! time zone`, `double precision`, `boolean`) into `pg_catalog.int4` ..., but leaves the
//! internal names written by hand (`int4`, `varchar`, `timestamptz`, `float8`, `bool`)
//! unqualified; both name one type. Here the internal names of those types get their
//! `pg_catalog` qualification (the deparser then prints the standard spelling), any other
//! built-in type written as `pg_catalog.x` loses it (pg_dump writes `text`, not
//! `pg_catalog.text`), and the `_x` array spelling becomes `x[]`. A type that is not
//! PostgreSQL's own keeps `pg_catalog.` (unqualified, it would be looked up elsewhere).

use crate::classify::names::string;
use pg_query::protobuf::{Node, String as PgString, TypeName};
use pg_query::NodeEnum;

/// The types the grammar qualifies with `pg_catalog` (its keyword spellings).
const KEYWORD_TYPES: &[&str] = &[
    "bit",
    "bool",
    "bpchar",
    "float4",
    "float8",
    "int2",
    "int4",
    "int8",
    "interval",
    "numeric",
    "time",
    "timestamp",
    "timestamptz",
    "timetz",
    "varbit",
    "varchar",
];

/// Other built-in types whose array type is commonly written `_name`.
const ARRAY_BASES: &[&str] = &[
    "bytea", "char", "date", "inet", "json", "jsonb", "name", "oid", "text", "uuid",
];

fn name(s: &str) -> Node {
    Node {
        node: Some(NodeEnum::String(PgString { sval: s.to_owned() })),
    }
}

/// Rewrites one type name in place.
pub(crate) fn type_name(t: &mut TypeName) {
    let parts: Vec<&str> = t.names.iter().filter_map(string).collect();
    if parts.len() != t.names.len() {
        return;
    }
    let (catalog, base) = match parts.as_slice() {
        [one] => (false, *one),
        ["pg_catalog", one] => (true, *one),
        _ => return,
    };
    let (base, array) = match base.strip_prefix('_') {
        Some(b) if KEYWORD_TYPES.contains(&b) || ARRAY_BASES.contains(&b) => (b, true),
        _ => (base, false),
    };
    let base = base.to_owned();
    if base == "bpchar" && t.typmods.is_empty() {
        // `bpchar` with no length has no limit, but the deparser prints `pg_catalog.bpchar`
        // as `char`, which is `char(1)`: unqualified, it prints as `bpchar` (pg_dump's
        // spelling)
        t.names = vec![name(&base)];
    } else if KEYWORD_TYPES.contains(&base.as_str()) {
        t.names = vec![name("pg_catalog"), name(&base)];
    } else if (catalog
        // `pg_catalog.serial` is no type (only the bare name is serial): it stays as it is
        && !crate::classify::table::is_serial_name(&base)
        && (super::qualify::builtin_type(&base) || t.type_oid == super::qualify::NOT_A_TYPE))
        || (!catalog && array)
    {
        t.names = vec![name(&base)];
    } else {
        return;
    }
    if array && t.array_bounds.is_empty() {
        t.array_bounds.push(Node {
            node: Some(NodeEnum::Integer(pg_query::protobuf::Integer { ival: -1 })),
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::canon::rules::testing::canon;

    #[test]
    fn internal_names_print_as_the_standard_spelling() {
        insta::assert_snapshot!(
            canon("CREATE TABLE t (a int4, b int8, c bool, d float8, e varchar(3), f timestamptz, g timetz, h int2, i float4, j bpchar(2), k numeric(3,1))"),
            @"CREATE TABLE public.t (a int, b bigint, c boolean, d double precision, e varchar(3), f timestamp with time zone, g time with time zone, h smallint, i real, j char(2), k numeric(3, 1))"
        );
    }

    #[test]
    fn both_spellings_print_the_same() {
        let a = canon("CREATE TABLE t (a integer, b character varying(20), c timestamp with time zone, d double precision, e boolean, f bigint)");
        let b = canon(
            "create table t (a INT4, b varchar(20), c timestamptz, d float8, e bool, f int8)",
        );
        assert_eq!(a, b);
    }

    #[test]
    fn catalog_qualification_and_underscore_arrays() {
        insta::assert_snapshot!(
            canon("CREATE TABLE t (a pg_catalog.text, b _int4, c _text, d pg_catalog.int4, e \"char\", f public.int4, g mytype, h pg_catalog.mytype)"),
            @r#"CREATE TABLE public.t (a text, b int[], c text[], d int, e "char", f public.int4, g public.mytype, h pg_catalog.mytype)"#
        );
    }

    #[test]
    fn bpchar_without_a_length_is_not_char() {
        // `char` is `char(1)`; `bpchar` has no limit (pg_dump writes `bpchar`, and
        // `character(1)` for `char`): the deparser printed both `char`
        insta::assert_snapshot!(
            canon("CREATE TABLE t (a bpchar, b pg_catalog.bpchar, c char, d character, e _bpchar, f bpchar(1))"),
            @"CREATE TABLE public.t (a bpchar, b bpchar, c char(1), d char(1), e bpchar[], f char(1))"
        );
        assert_eq!(
            canon("CREATE TABLE t (a bpchar)"),
            canon(&canon("CREATE TABLE t (a bpchar)"))
        );
    }

    #[test]
    fn casts_are_type_names_too() {
        assert_eq!(
            canon("SELECT 1::int4, 'x'::varchar, '{}'::_text"),
            canon("SELECT 1::integer, 'x'::character varying, '{}'::text[]")
        );
    }

    #[test]
    fn a_different_type_stays_different() {
        assert_ne!(
            canon("CREATE TABLE t (a int4)"),
            canon("CREATE TABLE t (a int8)")
        );
        assert_ne!(
            canon("CREATE TABLE t (a varchar(10))"),
            canon("CREATE TABLE t (a varchar(20))")
        );
    }
}
