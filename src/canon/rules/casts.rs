//! Rule `literal-casts`: casts of literals that change nothing.
//!
//! * In any expression, a string literal cast to `text`, `varchar` or `bpchar` without a
//!   length is the literal: the server resolves an untyped literal next to a text value to
//!   text (pg_dump prints `'a'::text` where the script said `'a'`).
//! * In a column default, a literal cast to the column's own type is the literal, and
//!   `DEFAULT NULL` (cast or not) is no default ([`column_default`]).
//!
//! [`loose`] goes further for the "probably equal" verdict: it drops every cast and the
//! table qualification of column references, which only the server's analysis can prove
//! harmless.

use super::super::walk_mut::{self, VisitMut};
use pg_query::protobuf::{Node, TypeName};
use pg_query::NodeEnum;

fn base_name(t: &TypeName) -> Option<&str> {
    t.names.last().and_then(crate::classify::names::string)
}

fn is_string_literal(n: Option<&Node>) -> bool {
    matches!(
        n.and_then(|n| n.node.as_ref()),
        Some(NodeEnum::AConst(c)) if matches!(c.val, Some(pg_query::protobuf::a_const::Val::Sval(_)))
    )
}

/// Applies the expression part of the rule to one node.
///
/// A cast of an `ARRAY[...]` constructor to a one-dimensional array type is first written
/// as a cast of each element (`(ARRAY['a', 'b'])::text[]` = `ARRAY['a'::text, 'b'::text]`,
/// which is also how the deparser prints it), so that the element casts go by the rule.
pub(crate) fn node(n: &mut NodeEnum) {
    let NodeEnum::TypeCast(c) = n else { return };
    // a cast of a cast: the inner one first (`'x'::varchar::text`)
    if let Some(inner) = c.arg.as_deref_mut().and_then(|a| a.node.as_mut()) {
        if matches!(inner, NodeEnum::TypeCast(_)) {
            node(inner);
        }
    }
    let Some(t) = &c.type_name else { return };
    if t.array_bounds.len() == 1 {
        if let Some(NodeEnum::AArrayExpr(a)) = c.arg.as_deref().and_then(|a| a.node.as_ref()) {
            let mut element = t.clone();
            element.array_bounds.clear();
            let mut a = a.clone();
            for e in &mut a.elements {
                let inner = std::mem::take(e);
                *e = Node {
                    node: Some(NodeEnum::TypeCast(Box::new(pg_query::protobuf::TypeCast {
                        arg: Some(Box::new(inner)),
                        type_name: Some(element.clone()),
                        location: -1,
                    }))),
                };
                if let Some(inner) = e.node.as_mut() {
                    node(inner);
                }
            }
            *n = NodeEnum::AArrayExpr(a);
            return;
        }
    }
    let plain_text = t.typmods.is_empty()
        && t.array_bounds.is_empty()
        && matches!(base_name(t), Some("text" | "varchar" | "bpchar"));
    if plain_text && is_string_literal(c.arg.as_deref()) {
        if let Some(inner) = c.arg.take().and_then(|a| a.node) {
            *n = inner;
        }
    }
}

fn is_null(n: &Node) -> bool {
    match &n.node {
        Some(NodeEnum::AConst(c)) => c.isnull,
        Some(NodeEnum::TypeCast(c)) => c.arg.as_deref().is_some_and(is_null),
        _ => false,
    }
}

/// A column default made canonical for a column of type `column`: `None` when it is
/// `NULL`, the bare literal when it is a literal cast to the column's type.
pub(crate) fn column_default(expr: Node, column: Option<&TypeName>) -> Option<Node> {
    if is_null(&expr) {
        return None;
    }
    if let (Some(NodeEnum::TypeCast(c)), Some(col)) = (&expr.node, column) {
        let literal = matches!(
            c.arg.as_deref().and_then(|a| a.node.as_ref()),
            Some(NodeEnum::AConst(_))
        );
        let same = c.type_name.as_ref().is_some_and(|t| {
            t.names == col.names && t.array_bounds.len() == col.array_bounds.len()
        });
        if literal && same {
            return c.arg.as_deref().cloned();
        }
    }
    Some(expr)
}

/// Drops every cast and the qualification of column references in `n`: the key of the
/// "probably equal" verdict.
pub(crate) fn loose(n: &mut Node) {
    struct Loose;
    impl VisitMut for Loose {
        fn node(&mut self, n: &mut NodeEnum) {
            loop {
                match n {
                    NodeEnum::TypeCast(c) => match c.arg.take().and_then(|a| a.node) {
                        Some(inner) => *n = inner,
                        None => break,
                    },
                    NodeEnum::ColumnRef(r) if r.fields.len() > 1 => {
                        let last = r.fields.pop();
                        r.fields = last.into_iter().collect();
                        break;
                    }
                    _ => break,
                }
            }
        }
    }
    walk_mut::walk_node(&mut Loose, n);
}

#[cfg(test)]
mod tests {
    use crate::canon::rules::testing::canon;

    #[test]
    fn text_casts_of_literals_go() {
        assert_eq!(
            canon("SELECT 1 WHERE s = 'a'::text AND v = 'b'::character varying"),
            canon("SELECT 1 WHERE s = 'a' AND v = 'b'")
        );
    }

    #[test]
    fn array_casts_go_to_the_elements() {
        // pg_dump's form of `a IN ('x', 'y')` on a varchar column
        let dumped = canon("SELECT 1 WHERE a::text = ANY ((ARRAY['x'::character varying, 'y'::character varying])::text[])");
        insta::assert_snapshot!(dumped, @"SELECT 1 WHERE a::text = ANY(ARRAY['x', 'y'])");
        // and printing it again changes nothing
        assert_eq!(canon(&dumped), dumped);
        insta::assert_snapshot!(canon("SELECT ARRAY[1, 2]::bigint[]"), @"SELECT ARRAY[1::bigint, 2::bigint]");
    }

    #[test]
    fn other_casts_stay() {
        insta::assert_snapshot!(
            canon("SELECT '1'::int, 'x'::varchar(3), '{}'::text[], 'a'::mytype, s::text"),
            @"SELECT '1'::int, 'x'::varchar(3), '{}'::text[], 'a'::public.mytype, s::text"
        );
    }

    #[test]
    fn defaults() {
        use super::column_default;
        let parse = |sql: &str| {
            let tree = crate::classify::parse(&format!("SELECT {sql}"), 0).unwrap();
            let Some(NodeEnum::SelectStmt(s)) =
                tree.stmts[0].stmt.as_ref().and_then(|n| n.node.clone())
            else {
                panic!()
            };
            let Some(NodeEnum::ResTarget(r)) = s.target_list[0].node.clone() else {
                panic!()
            };
            *r.val.unwrap()
        };
        let ty = |sql: &str| {
            let Some(NodeEnum::TypeCast(c)) = parse(&format!("NULL::{sql}")).node else {
                panic!()
            };
            c.type_name.unwrap()
        };
        use pg_query::NodeEnum;
        assert_eq!(column_default(parse("NULL::uuid"), Some(&ty("uuid"))), None);
        assert_eq!(column_default(parse("NULL"), Some(&ty("int"))), None);
        assert_eq!(
            column_default(parse("'{}'::text[]"), Some(&ty("text[]"))),
            Some(parse("'{}'"))
        );
        assert_eq!(
            column_default(parse("'x'::varchar"), Some(&ty("varchar(20)"))),
            Some(parse("'x'"))
        );
        // a cast to another type is kept
        assert_eq!(
            column_default(parse("'1'::int8"), Some(&ty("int"))),
            Some(parse("'1'::int8"))
        );
        assert_eq!(
            column_default(parse("now()"), Some(&ty("timestamptz"))),
            Some(parse("now()"))
        );
    }
}
