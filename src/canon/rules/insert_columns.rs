//! Rule `insert-columns`: an `INSERT INTO t VALUES (...)` without a column list, inside a
//! rule or a function body written in SQL (`BEGIN ATOMIC`), is stored by the server as a
//! query on `t`'s first columns, and pg_dump prints it with them: `INSERT INTO t (id, a)
//! VALUES (...)`. Where the input defines `t` as a table, the list is filled in from its
//! columns (as the schema ends: a column dropped before the statement was made is not known
//! offline). An `INSERT` whose width cannot be read from the text (`SELECT *`) is left
//! alone.
//!
//! Unlike the other rules this one needs the folded tables, so it runs after folding, on
//! the objects kept as text (see `canon::build`).

use super::super::walk_mut::{self, VisitMut};
use pg_query::protobuf::{InsertStmt, Node, ResTarget};
use pg_query::NodeEnum;

/// How many values each row of an `INSERT`'s query has, when the text says.
fn width(insert: &InsertStmt) -> Option<usize> {
    let Some(NodeEnum::SelectStmt(s)) = insert.select_stmt.as_deref()?.node.as_ref() else {
        return None;
    };
    if let Some(first) = s.values_lists.first() {
        return match &first.node {
            Some(NodeEnum::List(l)) => Some(l.items.len()),
            _ => None,
        };
    }
    if s.op != pg_query::protobuf::SetOperation::SetopNone as i32 || s.target_list.is_empty() {
        return None;
    }
    let star = s.target_list.iter().any(|t| match &t.node {
        Some(NodeEnum::ResTarget(r)) => matches!(
            r.val.as_deref().and_then(|v| v.node.as_ref()),
            Some(NodeEnum::ColumnRef(c))
                if c.fields.iter().any(|f| matches!(f.node, Some(NodeEnum::AStar(_))))
        ),
        _ => true,
    });
    (!star).then_some(s.target_list.len())
}

/// Fills in the column list of every `INSERT` under `stmt` that has none, from
/// `columns(schema, table)` (the table's columns in order, when the input defines it).
/// Returns whether anything changed.
pub(crate) fn fill(stmt: &mut Node, columns: &dyn Fn(&str, &str) -> Option<Vec<String>>) -> bool {
    struct Fill<'f> {
        columns: &'f dyn Fn(&str, &str) -> Option<Vec<String>>,
        changed: bool,
    }
    impl VisitMut for Fill<'_> {
        fn node(&mut self, node: &mut NodeEnum) {
            let NodeEnum::InsertStmt(i) = node else {
                return;
            };
            if !i.cols.is_empty() {
                return;
            }
            let Some(r) = i.relation.as_ref() else { return };
            if r.schemaname.is_empty() {
                return;
            }
            let (Some(n), Some(cols)) = (width(i), (self.columns)(&r.schemaname, &r.relname))
            else {
                return;
            };
            if n == 0 || n > cols.len() {
                return;
            }
            i.cols = cols[..n]
                .iter()
                .map(|c| Node {
                    node: Some(NodeEnum::ResTarget(Box::new(ResTarget {
                        name: c.clone(),
                        location: -1,
                        ..ResTarget::default()
                    }))),
                })
                .collect();
            self.changed = true;
        }
    }
    let mut v = Fill {
        columns,
        changed: false,
    };
    walk_mut::walk_node(&mut v, stmt);
    v.changed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(sql: &str) -> String {
        let mut tree = crate::classify::parse(sql, 0).expect("parses");
        let cols = |s: &str, t: &str| {
            (s == "public" && t == "log")
                .then(|| vec!["id".to_owned(), "a".to_owned(), "b".to_owned()])
        };
        for s in &mut tree.stmts {
            if let Some(n) = s.stmt.as_deref_mut() {
                fill(n, &cols);
            }
        }
        pg_query::deparse(&tree, Default::default()).expect("deparses")
    }

    #[test]
    fn a_rule_insert_gets_the_first_columns() {
        assert_eq!(
            run("CREATE RULE r AS ON INSERT TO public.t DO INSERT INTO public.log VALUES (new.id, new.a)"),
            "CREATE RULE r AS ON INSERT TO public.t DO INSERT INTO public.log (id, a) VALUES (new.id, new.a)"
        );
    }

    #[test]
    fn a_select_insert_in_a_function_body_gets_them_too() {
        assert_eq!(
            run("CREATE FUNCTION f() RETURNS void LANGUAGE sql BEGIN ATOMIC INSERT INTO public.log SELECT 1, 'x', 2; END"),
            "CREATE FUNCTION f() RETURNS void LANGUAGE sql BEGIN ATOMIC INSERT INTO public.log (id, a, b) SELECT 1, 'x', 2; END"
        );
    }

    #[test]
    fn what_cannot_be_known_is_left_alone() {
        for sql in [
            // a column list already
            "CREATE RULE r AS ON INSERT TO public.t DO INSERT INTO public.log (b) VALUES (1)",
            // a table the input does not define, or an unqualified one
            "CREATE RULE r AS ON INSERT TO public.t DO INSERT INTO public.other VALUES (1)",
            "CREATE RULE r AS ON INSERT TO public.t DO INSERT INTO log VALUES (1)",
            // the width of SELECT * is not in the text
            "CREATE RULE r AS ON INSERT TO public.t DO INSERT INTO public.log SELECT * FROM public.t",
            // more values than columns: an error on the server, kept as written
            "CREATE RULE r AS ON INSERT TO public.t DO INSERT INTO public.log VALUES (1, 2, 3, 4)",
            "CREATE RULE r AS ON INSERT TO public.t DO INSERT INTO public.log DEFAULT VALUES",
        ] {
            let plain = {
                let tree = crate::classify::parse(sql, 0).unwrap();
                pg_query::deparse(&tree, Default::default()).unwrap()
            };
            assert_eq!(run(sql), plain, "{sql}");
        }
    }
}
