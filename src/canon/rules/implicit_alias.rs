//! Rule `implicit-aliases`: a column of a `SELECT` list gets a name from its expression when
//! it has no `AS` (a column reference its column's name, a function call the function's
//! name, a cast the name of what it casts). The server keeps the name and `pg_get_viewdef`
//! prints it (`upper(t.b) AS upper`); an `AS` that says the name the expression would get
//! anyway changes nothing and is dropped.

use pg_query::protobuf::Node;
use pg_query::NodeEnum;

/// The name PostgreSQL gives a `SELECT` column with no `AS`, for the expressions whose name
/// does not depend on the catalog; `None` for the others (they keep their `AS`).
fn implicit_name(expr: &Node) -> Option<&str> {
    match expr.node.as_ref()? {
        NodeEnum::ColumnRef(c) => match c.fields.last()?.node.as_ref()? {
            NodeEnum::String(s) => Some(&s.sval),
            _ => None,
        },
        NodeEnum::FuncCall(f) => crate::classify::names::string(f.funcname.last()?),
        // the name of what is cast, when that has one of the names above
        NodeEnum::TypeCast(c) => implicit_name(c.arg.as_deref()?),
        NodeEnum::CoalesceExpr(_) => Some("coalesce"),
        _ => None,
    }
}

/// Applies the rule to one node.
pub(crate) fn node(n: &mut NodeEnum) {
    let NodeEnum::SelectStmt(s) = n else { return };
    for t in &mut s.target_list {
        let Some(NodeEnum::ResTarget(r)) = t.node.as_mut() else {
            continue;
        };
        if r.name.is_empty() {
            continue;
        }
        if r.val.as_deref().and_then(implicit_name) == Some(r.name.as_str()) {
            r.name.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::canon::rules::testing::canon;

    #[test]
    fn an_alias_that_says_the_implicit_name_goes() {
        assert_eq!(
            canon("SELECT t.a AS a, upper(t.b) AS upper, t.c::text AS c, coalesce(d, 0) AS coalesce FROM t"),
            canon("SELECT t.a, upper(t.b), t.c::text, coalesce(d, 0) FROM t")
        );
    }

    #[test]
    fn other_aliases_stay() {
        for sql in [
            "SELECT t.a AS b FROM t",
            "SELECT upper(t.b) AS name FROM t",
            // a literal's name comes from its type, which the rules may respell: kept
            "SELECT 'x'::text AS text",
            "SELECT 1 + 2 AS \"?column?\"",
        ] {
            assert!(canon(sql).contains(" AS "), "{sql}: {}", canon(sql));
        }
    }
}
