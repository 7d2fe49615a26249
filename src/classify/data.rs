//! Data: `COPY ... FROM`, `INSERT ... VALUES`, `SELECT setval(...)`, `REFRESH MATERIALIZED
//! VIEW`; and the `SELECT pg_catalog.set_config(...)` pg_dump writes in its preamble.

use super::names::{parse_name_literal, qualified};
use super::refs::Collector;
use super::{relation_name, relation_target, Context};
use crate::model::{Class, Classified, Namespace, ObjectId, ObjectKind, Strength, Target};
use pg_query::protobuf::{a_const, CopyStmt, InsertStmt, Node, RefreshMatViewStmt, SelectStmt};
use pg_query::NodeEnum;

/// `COPY t FROM ...` is the table's data; `COPY ... TO` is other.
pub(crate) fn copy(s: &CopyStmt, ctx: &Context) -> Classified {
    match &s.relation {
        Some(rel) if s.is_from => {
            let (schema, name) = relation_name(rel, ctx);
            let refs = super::walk_all(s.where_clause.as_deref());
            super::attached(
                ObjectId::new(ObjectKind::Table, schema.as_deref(), &name),
                relation_target(rel),
                "data",
                refs,
            )
        }
        _ => super::other(&NodeEnum::CopyStmt(Box::new(s.clone())), false),
    }
}

/// `INSERT INTO t VALUES (...)` (no `ON CONFLICT`, `RETURNING` or `WITH`) is the table's
/// data; other inserts are other.
pub(crate) fn insert(s: &InsertStmt, ctx: &Context) -> Classified {
    // pg_dump --on-conflict-do-nothing writes ON CONFLICT DO NOTHING without a target.
    let no_conflict_target = s.on_conflict_clause.as_ref().is_none_or(|c| {
        c.infer.is_none()
            && c.action == pg_query::protobuf::OnConflictAction::OnconflictNothing as i32
    });
    let plain_values = no_conflict_target
        && s.returning_clause
            .as_ref()
            .is_none_or(|r| r.exprs.is_empty())
        && s.with_clause.is_none()
        && matches!(
            s.select_stmt.as_deref().and_then(|n| n.node.as_ref()),
            Some(NodeEnum::SelectStmt(sel)) if !sel.values_lists.is_empty()
        );
    match &s.relation {
        Some(rel) if plain_values => {
            let (schema, name) = relation_name(rel, ctx);
            let refs = super::walk_all(s.select_stmt.as_deref());
            super::attached(
                ObjectId::new(ObjectKind::Table, schema.as_deref(), &name),
                relation_target(rel),
                "data",
                refs,
            )
        }
        _ => super::other(&NodeEnum::InsertStmt(Box::new(s.clone())), false),
    }
}

fn string_arg(n: &Node) -> Option<&str> {
    let n = match &n.node {
        Some(NodeEnum::TypeCast(c)) => c.arg.as_deref()?,
        _ => n,
    };
    match &n.node {
        Some(NodeEnum::AConst(c)) => match &c.val {
            Some(a_const::Val::Sval(s)) => Some(&s.sval),
            _ => None,
        },
        _ => None,
    }
}

/// A large object's number, written as a number or a string.
pub(crate) fn oid_arg(n: &Node) -> Option<String> {
    if let Some(s) = string_arg(n) {
        return Some(s.trim().to_owned());
    }
    match &n.node {
        Some(NodeEnum::AConst(c)) => match &c.val {
            Some(a_const::Val::Ival(i)) => Some(i.ival.to_string()),
            Some(a_const::Val::Fval(f)) => Some(f.fval.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `SELECT pg_catalog.setval('s', ...)` is the sequence's data; `SELECT
/// pg_catalog.set_config(...)` is a setting; other selects are other.
pub(crate) fn select(s: &SelectStmt, node: &NodeEnum, ctx: &Context) -> Classified {
    let only_call = (s.from_clause.is_empty() && s.target_list.len() == 1)
        .then(|| match &s.target_list[0].node {
            Some(NodeEnum::ResTarget(t)) => match t.val.as_deref().and_then(|v| v.node.as_ref()) {
                Some(NodeEnum::FuncCall(f)) => Some(f),
                _ => None,
            },
            _ => None,
        })
        .flatten();
    if let Some(f) = only_call {
        let name = qualified(&f.funcname);
        let builtin = |n: &str| {
            name.as_ref()
                .is_some_and(|(s, x)| x == n && (s.is_none() || s.as_deref() == Some("pg_catalog")))
        };
        if builtin("setval") {
            if let Some((schema, seq)) = f
                .args
                .first()
                .and_then(string_arg)
                .and_then(parse_name_literal)
            {
                let target = Target::object(Namespace::Relation, schema.as_deref(), &seq);
                let object = super::defined(ObjectKind::Sequence, schema, &seq, ctx);
                return super::attached(object, target, "setval", Collector::new(Strength::Hard));
            }
        }
        if builtin("lo_create") || builtin("lo_from_bytea") || builtin("lo_import") {
            if let Some(oid) = f.args.first().and_then(oid_arg) {
                let mut c = Classified::new(Class::Definition);
                c.object = Some(ObjectId::new(ObjectKind::LargeObject, None, &oid));
                return c;
            }
        }
        if builtin("set_config") {
            let setting = f.args.first().and_then(string_arg).unwrap_or("");
            let mut c = Classified::new(Class::Setting);
            c.action = Some("set_config");
            if setting == "search_path" {
                if let Some(v) = f.args.get(1).and_then(string_arg) {
                    c.search_path = Some(super::setting::parse_search_path(v));
                }
            }
            return c;
        }
    }
    super::other(node, false)
}

/// `REFRESH MATERIALIZED VIEW`: attached to the view, placed last.
pub(crate) fn refresh(s: &RefreshMatViewStmt, ctx: &Context) -> Classified {
    let Some(rel) = &s.relation else {
        return Classified::default();
    };
    let (schema, name) = relation_name(rel, ctx);
    let mut refs = Collector::new(Strength::Hard);
    if s.concurrent {
        // needs the view populated: after the plain REFRESH (registered as its data)
        refs.add_target(
            Target::DataOf(Box::new(relation_target(rel))),
            Strength::Hard,
        );
    }
    super::attached(
        ObjectId::new(ObjectKind::MaterializedView, schema.as_deref(), &name),
        relation_target(rel),
        if s.concurrent {
            "refresh-concurrently"
        } else {
            "refresh"
        },
        refs,
    )
}

#[cfg(test)]
mod tests {
    use crate::classify::check;

    #[test]
    fn data_statements_are_attached_to_their_table() {
        insta::assert_snapshot!(check("COPY app.t (a, b) FROM stdin;"), @"attached table:app.t [data] on relation app.t <- relation app.t");
        insta::assert_snapshot!(check("COPY app.t TO stdout"), @"other <- relation app.t");
        insta::assert_snapshot!(
            check("INSERT INTO app.t (a) VALUES (1), (app.f(2))"),
            @"attached table:app.t [data] on relation app.t <- function app.f, relation app.t"
        );
        insta::assert_snapshot!(check("INSERT INTO app.t SELECT * FROM app.u"), @"other <- relation app.t, relation app.u");
        insta::assert_snapshot!(
            check("INSERT INTO app.t VALUES (1) ON CONFLICT DO NOTHING"),
            @"attached table:app.t [data] on relation app.t <- relation app.t"
        );
        insta::assert_snapshot!(
            check("INSERT INTO app.t VALUES (1) ON CONFLICT (id) DO UPDATE SET n = 1"),
            @"other <- relation app.t"
        );
        insta::assert_snapshot!(
            check("SELECT pg_catalog.setval('app.\"T_id_seq\"', 42, true);"),
            @r#"attached sequence:app."T_id_seq" [setval] on relation app."T_id_seq" <- relation app."T_id_seq""#
        );
        insta::assert_snapshot!(
            check("REFRESH MATERIALIZED VIEW app.mv;"),
            @"attached materialized-view:app.mv [refresh] on relation app.mv <- relation app.mv"
        );
    }

    #[test]
    fn large_objects_are_defined_by_lo_create() {
        insta::assert_snapshot!(check("SELECT pg_catalog.lo_create('424242');"), @"definition large-object:\"424242\"");
        insta::assert_snapshot!(check("SELECT pg_catalog.lo_open('424242', 131072);"), @r#"other <- large-object "424242""#);
        insta::assert_snapshot!(
            check("ALTER LARGE OBJECT 424242 OWNER TO bob;"),
            @r#"attached large-object:"424242" [owner] on large-object "424242" <- role bob, large-object "424242""#
        );
    }

    #[test]
    fn set_config_is_a_setting() {
        insta::assert_snapshot!(check("SELECT pg_catalog.set_config('search_path', '', false);"), @"setting [set_config]");
        insta::assert_snapshot!(check("SELECT app.f()"), @"other <- function app.f");
    }
}
