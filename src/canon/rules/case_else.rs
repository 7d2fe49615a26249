//! Rule `case-else-null`: a `CASE` with no `ELSE` gives `NULL` when no branch matches, so
//! `CASE ... ELSE NULL END` = `CASE ... END`. The server prints the `ELSE` such a `CASE`
//! gets cast to its type (`pg_get_viewdef`, `pg_get_indexdef`: `ELSE NULL::integer`); the
//! cast decides the `CASE`'s type only when no branch gives one, which only the server
//! knows, so that form is equal only in the "probably equal" key ([`loose`]).

use pg_query::protobuf::Node;
use pg_query::NodeEnum;

fn is_null(n: &Node, casts: bool) -> bool {
    match &n.node {
        Some(NodeEnum::AConst(c)) => c.isnull,
        Some(NodeEnum::TypeCast(c)) if casts => c.arg.as_deref().is_some_and(|a| is_null(a, casts)),
        _ => false,
    }
}

/// Applies the rule to one node: `ELSE NULL` goes.
pub(crate) fn node(n: &mut NodeEnum) {
    if let NodeEnum::CaseExpr(c) = n {
        if c.defresult.as_deref().is_some_and(|d| is_null(d, false)) {
            c.defresult = None;
        }
    }
}

/// The loose part of the rule: `ELSE NULL` cast to any type goes too.
pub(crate) fn loose(n: &mut NodeEnum) {
    if let NodeEnum::CaseExpr(c) = n {
        if c.defresult.as_deref().is_some_and(|d| is_null(d, true)) {
            c.defresult = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::canon::rules::testing::canon;

    #[test]
    fn else_null_is_no_else() {
        assert_eq!(
            canon("SELECT CASE WHEN a > 0 THEN b ELSE NULL END FROM t"),
            canon("SELECT CASE WHEN a > 0 THEN b END FROM t")
        );
        // cast, it is only probably equal: the strict form keeps it
        assert_ne!(
            canon("SELECT CASE WHEN a > 0 THEN b ELSE NULL::int END FROM t"),
            canon("SELECT CASE WHEN a > 0 THEN b END FROM t")
        );
        assert_ne!(
            canon("SELECT CASE WHEN a > 0 THEN b ELSE 0 END FROM t"),
            canon("SELECT CASE WHEN a > 0 THEN b END FROM t")
        );
    }
}
