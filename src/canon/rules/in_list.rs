//! Rule `in-list`: `a IN (x, y)` is stored by the server as `a = ANY (ARRAY[x, y])` (and
//! `NOT IN` as `<> ALL`), which is how pg_dump prints it; the list form is rewritten to the
//! array form.

use pg_query::protobuf::{AArrayExpr, AExprKind, Node};
use pg_query::NodeEnum;

/// Applies the rule to one node.
pub(crate) fn node(n: &mut NodeEnum) {
    let NodeEnum::AExpr(e) = n else { return };
    if e.kind != AExprKind::AexprIn as i32 {
        return;
    }
    let op = e
        .name
        .first()
        .and_then(crate::classify::names::string)
        .unwrap_or("=");
    let kind = if op == "<>" {
        AExprKind::AexprOpAll
    } else {
        AExprKind::AexprOpAny
    };
    let Some(NodeEnum::List(list)) = e.rexpr.as_deref().and_then(|r| r.node.as_ref()) else {
        return;
    };
    let array = AArrayExpr {
        elements: list.items.clone(),
        list_start: -1,
        list_end: -1,
        location: -1,
    };
    e.kind = kind as i32;
    e.rexpr = Some(Box::new(Node {
        node: Some(NodeEnum::AArrayExpr(array)),
    }));
}

#[cfg(test)]
mod tests {
    use crate::canon::rules::testing::canon;

    #[test]
    fn in_list_is_the_array_form() {
        assert_eq!(
            canon("CREATE TABLE t (s text CHECK (s IN ('a', 'b')))"),
            canon("CREATE TABLE t (s text CHECK ((s = ANY (ARRAY['a'::text, 'b'::text]))))")
        );
        insta::assert_snapshot!(
            canon("SELECT 1 WHERE a IN (1, 2) AND b NOT IN (3)"),
            @"SELECT 1 WHERE a = ANY(ARRAY[1, 2]) AND b <> ALL(ARRAY[3])"
        );
    }

    #[test]
    fn other_lists_differ() {
        assert_ne!(
            canon("SELECT 1 WHERE a IN (1, 2)"),
            canon("SELECT 1 WHERE a IN (1, 3)")
        );
        // a subquery is not a list
        insta::assert_snapshot!(
            canon("SELECT 1 WHERE a IN (SELECT b FROM u)"),
            @"SELECT 1 WHERE a IN (SELECT b FROM public.u)"
        );
    }
}
