//! Names in parse trees: qualified names, type names as PostgreSQL prints them, routine
//! signatures.

use pg_query::protobuf::{
    FunctionParameter, FunctionParameterMode, Node, ObjectWithArgs, TypeName,
};
use pg_query::NodeEnum;

/// The string of a `String` node.
pub(crate) fn string(node: &Node) -> Option<&str> {
    match &node.node {
        Some(NodeEnum::String(s)) => Some(&s.sval),
        _ => None,
    }
}

/// A possibly qualified name from a list of `String` nodes: `(schema, name)`. Three-part
/// names (`db.schema.name`) drop the database.
pub(crate) fn qualified(names: &[Node]) -> Option<(Option<String>, String)> {
    let parts: Vec<&str> = names.iter().filter_map(string).collect();
    match parts.as_slice() {
        [] => None,
        [name] => Some((None, (*name).to_owned())),
        [.., schema, name] => Some((Some((*schema).to_owned()), (*name).to_owned())),
    }
}

/// The list items of a `List` node.
pub(crate) fn list(node: &Node) -> &[Node] {
    match &node.node {
        Some(NodeEnum::List(l)) => &l.items,
        _ => &[],
    }
}

/// PostgreSQL's internal names of built-in types, as `format_type` prints them.
fn sql_type_name(internal: &str) -> &str {
    match internal {
        "int2" => "smallint",
        "int4" => "integer",
        "int8" => "bigint",
        "float4" => "real",
        "float8" => "double precision",
        "bool" => "boolean",
        "varchar" => "character varying",
        "bpchar" => "character",
        "timestamp" => "timestamp without time zone",
        "timestamptz" => "timestamp with time zone",
        "time" => "time without time zone",
        "timetz" => "time with time zone",
        "varbit" => "bit varying",
        "decimal" => "numeric",
        "int" | "integer" => "integer",
        other => other,
    }
}

/// Is this (unqualified or `pg_catalog`) type name one of PostgreSQL's built-in types?
/// Only used to keep obviously built-in names out of signatures' schema lookups.
pub(crate) fn is_catalog(schema: Option<&str>) -> bool {
    schema == Some("pg_catalog")
}

/// A type name as a signature element: built-in types by their SQL name (`integer`, not
/// `int4`), others qualified as written, `[]` for arrays; type modifiers are left out, as
/// PostgreSQL ignores them in signatures.
pub(crate) fn type_display(t: &TypeName) -> String {
    let (schema, name) = qualified(&t.names).unwrap_or((None, String::new()));
    let mut s = String::new();
    match schema.as_deref() {
        Some("pg_catalog") | None => s.push_str(sql_type_name(&name)),
        Some(schema) => {
            crate::model::push_ident(&mut s, schema);
            s.push('.');
            crate::model::push_ident(&mut s, &name);
        }
    }
    if t.pct_type {
        s.push_str("%TYPE");
    }
    for _ in &t.array_bounds {
        s.push_str("[]");
    }
    s
}

/// `(type, type)` for the input arguments of a routine defined with `parameters`.
pub(crate) fn parameters_signature(parameters: &[Node]) -> String {
    let types: Vec<String> = parameters
        .iter()
        .filter_map(|p| match &p.node {
            Some(NodeEnum::FunctionParameter(p)) if is_input(p) => {
                p.arg_type.as_ref().map(type_display)
            }
            _ => None,
        })
        .collect();
    format!("({})", types.join(", "))
}

fn is_input(p: &FunctionParameter) -> bool {
    !matches!(
        FunctionParameterMode::try_from(p.mode),
        Ok(FunctionParameterMode::FuncParamOut | FunctionParameterMode::FuncParamTable)
    )
}

/// The signature of an `ObjectWithArgs` (`f(integer)` in `ALTER FUNCTION f(integer)`), or
/// `None` when the arguments were not given.
pub(crate) fn object_args_signature(o: &ObjectWithArgs) -> Option<String> {
    if o.args_unspecified {
        return None;
    }
    if !o.objfuncargs.is_empty() {
        return Some(parameters_signature(&o.objfuncargs));
    }
    let types: Vec<String> = o
        .objargs
        .iter()
        .map(|n| match &n.node {
            Some(NodeEnum::TypeName(t)) => type_display(t),
            // `NONE` in an operator's argument list
            _ => "NONE".to_owned(),
        })
        .collect();
    Some(format!("({})", types.join(", ")))
}

/// The type of a `TypeName` node.
pub(crate) fn type_name(node: &Node) -> Option<&TypeName> {
    match &node.node {
        Some(NodeEnum::TypeName(t)) => Some(t),
        _ => None,
    }
}

/// Parses a qualified name written in a string literal (`'app."Order_seq"'`), as
/// `regclass` input does: unquoted parts are folded to lower case.
pub(crate) fn parse_name_literal(s: &str) -> Option<(Option<String>, String)> {
    let mut parts = Vec::new();
    let mut chars = s.trim().chars().peekable();
    loop {
        let mut part = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        part.push('"');
                    }
                    Some('"') => break,
                    Some(c) => part.push(c),
                    None => return None,
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == '.' || c == '(' || c.is_whitespace() {
                    break;
                }
                part.extend(c.to_lowercase());
                chars.next();
            }
        }
        if part.is_empty() {
            return None;
        }
        parts.push(part);
        match chars.next() {
            Some('.') => continue,
            _ => break,
        }
    }
    match parts.len() {
        1 => Some((None, parts.pop()?)),
        _ => {
            let name = parts.pop()?;
            Some((parts.pop(), name))
        }
    }
}

/// The name the server gives a column computed by `expr` when nothing names it (a `SELECT`
/// column without `AS`, an index expression): the server's `FigureColname` on the raw parse
/// tree, with how strongly the expression names itself (2: a column reference, a function
/// call and the like; 1: only a fallback, such as the type a literal is cast to; `None`:
/// no name, the server's `?column?` or, in an index, `expr`).
///
/// Checked against the server: `SELECT a::text::int` is named `a`, `'x'::text` is `text`,
/// `CASE ... ELSE a END` is `a` and `CASE ... END` is `case`, `(c[1])` is `c`.
pub(crate) fn column_name(expr: &Node) -> Option<(u8, &str)> {
    match expr.node.as_ref()? {
        // the last field name, ignoring `*`
        NodeEnum::ColumnRef(c) => c.fields.iter().rev().find_map(string).map(|s| (2, s)),
        // the last field name, ignoring `*` and subscripts; else the name of the base
        NodeEnum::AIndirection(i) => match i.indirection.iter().rev().find_map(string) {
            Some(s) => Some((2, s)),
            None => column_name(i.arg.as_deref()?),
        },
        NodeEnum::FuncCall(f) => f.funcname.last().and_then(string).map(|s| (2, s)),
        NodeEnum::AExpr(e) if e.kind == pg_query::protobuf::AExprKind::AexprNullif as i32 => {
            Some((2, "nullif"))
        }
        NodeEnum::TypeCast(c) => {
            let inner = c.arg.as_deref().and_then(column_name);
            match inner {
                Some((2, s)) => Some((2, s)),
                _ => match c.type_name.as_ref().and_then(|t| t.names.last()) {
                    Some(n) => string(n).map(|s| (1, s)),
                    None => inner,
                },
            }
        }
        NodeEnum::CollateClause(c) => column_name(c.arg.as_deref()?),
        NodeEnum::GroupingFunc(_) => Some((2, "grouping")),
        NodeEnum::SubLink(s) => {
            use pg_query::protobuf::SubLinkType as K;
            match K::try_from(s.sub_link_type) {
                Ok(K::ExistsSublink) => Some((2, "exists")),
                Ok(K::ArraySublink) => Some((2, "array")),
                _ => None,
            }
        }
        NodeEnum::CaseExpr(c) => {
            let default = c.defresult.as_deref().and_then(column_name);
            match default {
                Some((2, s)) => Some((2, s)),
                _ => Some((1, "case")),
            }
        }
        NodeEnum::AArrayExpr(_) => Some((2, "array")),
        NodeEnum::RowExpr(_) => Some((2, "row")),
        NodeEnum::CoalesceExpr(_) => Some((2, "coalesce")),
        NodeEnum::MinMaxExpr(m) => {
            let greatest = m.op == pg_query::protobuf::MinMaxOp::IsGreatest as i32;
            Some((2, if greatest { "greatest" } else { "least" }))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_literals_fold_like_regclass() {
        assert_eq!(
            parse_name_literal("app.\"Order_seq\""),
            Some((Some("app".into()), "Order_seq".into()))
        );
        assert_eq!(parse_name_literal("Seq"), Some((None, "seq".into())));
        assert_eq!(
            parse_name_literal("db.s.t"),
            Some((Some("s".into()), "t".into()))
        );
        assert_eq!(
            parse_name_literal("\"a\"\"b\""),
            Some((None, "a\"b".into()))
        );
        assert_eq!(parse_name_literal("\"open"), None);
        assert_eq!(parse_name_literal(""), None);
    }

    #[test]
    fn signatures_use_sql_type_names() {
        let r = pg_query::parse(
            "CREATE FUNCTION f(a int4, OUT b text, c varchar(3)[], VARIADIC d app.t[]) RETURNS record LANGUAGE sql AS 'select 1'",
            0,
        )
        .unwrap();
        let Some(NodeEnum::CreateFunctionStmt(f)) =
            &r.protobuf.stmts[0].stmt.as_ref().unwrap().node
        else {
            panic!()
        };
        assert_eq!(
            parameters_signature(&f.parameters),
            "(integer, character varying[], app.t[])"
        );
    }
}
