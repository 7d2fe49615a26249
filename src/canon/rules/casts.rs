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

/// Drops every cast and the qualification of column references in `n`, and a `CASE`'s
/// `ELSE NULL` cast to any type (rule `case-else-null`): the key of the "probably equal"
/// verdict.
pub(crate) fn loose(n: &mut Node) {
    dropped_casts(n);
}

/// The casts [`loose`] drops from `n`, by position: for each node of the loose tree (in
/// walk order) that had casts around it, their types, the outermost first. `n` is left in
/// its loose form.
pub(crate) fn dropped_casts(n: &mut Node) -> Vec<(usize, Vec<String>)> {
    struct Dropped {
        at: usize,
        out: Vec<(usize, Vec<String>)>,
    }
    impl VisitMut for Dropped {
        fn node(&mut self, n: &mut NodeEnum) {
            let mut types = Vec::new();
            while let NodeEnum::TypeCast(c) = n {
                types.push(c.type_name.as_ref().map(type_key).unwrap_or_default());
                match c.arg.take().and_then(|a| a.node) {
                    Some(inner) => *n = inner,
                    None => break,
                }
            }
            super::case_else::loose(n);
            if let NodeEnum::ColumnRef(r) = n {
                if r.fields.len() > 1 {
                    let last = r.fields.pop();
                    r.fields = last.into_iter().collect();
                }
            }
            if !types.is_empty() {
                self.out.push((self.at, types));
            }
            self.at += 1;
        }
    }
    let mut v = Dropped {
        at: 0,
        out: Vec::new(),
    };
    walk_mut::walk_node(&mut v, n);
    v.out
}

/// A type as a cast names it: its name, modifiers and array bounds.
fn type_key(t: &TypeName) -> String {
    let mut key: Vec<&str> = t
        .names
        .iter()
        .filter_map(crate::classify::names::string)
        .collect();
    if key.first() == Some(&"pg_catalog") {
        key.remove(0);
    }
    let mut out = key.join(".");
    for m in &t.typmods {
        match &m.node {
            Some(NodeEnum::AConst(pg_query::protobuf::AConst {
                val: Some(pg_query::protobuf::a_const::Val::Ival(i)),
                ..
            })) => out.push_str(&format!("({})", i.ival)),
            _ => out.push_str("(?)"),
        }
    }
    for _ in &t.array_bounds {
        out.push_str("[]");
    }
    out
}

/// Whether the casts two loose-equal trees dropped ([`dropped_casts`]) can be the same
/// expression as the server prints it: where both have casts on the same node, those of
/// one are among those of the other, in order (the server adds casts around what it
/// resolves and drops casts that change nothing; it does not change a cast's type). Where
/// only one side has casts, they may be the server's.
pub(crate) fn casts_agree(a: &[(usize, Vec<String>)], b: &[(usize, Vec<String>)]) -> bool {
    let within = |short: &[String], long: &[String]| {
        let mut rest = long.iter();
        short.iter().all(|t| rest.any(|u| u == t))
    };
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let (x, y) = (&a[i].1, &b[j].1);
                if !within(x, y) && !within(y, x) {
                    return false;
                }
                i += 1;
                j += 1;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use crate::canon::rules::testing::canon;

    /// The casts the loose form of `SELECT sql` drops.
    fn dropped(sql: &str) -> Vec<(usize, Vec<String>)> {
        let mut tree = crate::classify::parse(&format!("SELECT {sql}"), 0).unwrap();
        super::dropped_casts(tree.stmts[0].stmt.as_deref_mut().unwrap())
    }

    #[test]
    fn casts_the_server_adds_or_drops_agree_other_types_do_not() {
        let agree = |a: &str, b: &str| super::casts_agree(&dropped(a), &dropped(b));
        // what pg_get_viewdef adds around a column, or drops as doing nothing
        assert!(agree("a = 'x'", "(a)::text = 'x'::text"));
        assert!(agree("a::varchar", "((a)::varchar)::text"));
        assert!(agree("f(a::int)", "f(a)"));
        // the same expression cast to another type is another expression
        assert!(!agree("a::date", "a::timestamp"));
        assert!(!agree("a::varchar(10)", "a::varchar(20)"));
        assert!(!agree("(a::text)::date", "(a)::timestamp"));
        // nested positions line up
        assert!(agree("g(a, b::int)", "g((a)::bigint, (b)::int)"));
        assert!(!agree("g(a, b::int)", "g((a)::bigint, (b)::bigint)"));
        // and a CASE's ELSE NULL, cast or not, is no ELSE
        assert!(agree(
            "CASE WHEN a THEN b::int END",
            "CASE WHEN a THEN (b)::int ELSE NULL::int END"
        ));
    }

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
