//! Rule `publications`: a publication is its options and a set of members, each a table
//! (with its column list and row filter) or a schema (`TABLES IN SCHEMA`), however the input
//! lists them: `CREATE PUBLICATION p FOR TABLE t, u (a) WHERE (a > 0)` = `CREATE PUBLICATION
//! p` then one `ALTER PUBLICATION p ADD TABLE ONLY ...` per member (pg_dump's form, checked
//! against the server). `ALTER PUBLICATION ... ADD / DROP / SET` changes the set, `SET (...)`
//! the options. `ONLY` makes no difference here (pg_dump writes it for every table, it
//! lists inheritance children apart). Options that are the defaults go: `publish =
//! 'insert, update, delete, truncate'` (in any order and spacing), `publish_via_partition_root
//! = false`.

use pg_query::protobuf::{
    AlterPublicationAction, AlterPublicationStmt, DefElem, Node, PublicationObjSpec,
    PublicationObjSpecType, String as PgString,
};
use pg_query::NodeEnum;

const PUBLISH: [&str; 4] = ["insert", "update", "delete", "truncate"];

fn def(n: &Node) -> Option<&DefElem> {
    match &n.node {
        Some(NodeEnum::DefElem(d)) => Some(d),
        _ => None,
    }
}

fn value(d: &DefElem) -> Option<String> {
    match d.arg.as_deref().and_then(|a| a.node.as_ref()) {
        Some(NodeEnum::String(s)) => Some(s.sval.clone()),
        Some(NodeEnum::Boolean(b)) => Some(b.boolval.to_string()),
        Some(NodeEnum::Integer(i)) => Some(i.ival.to_string()),
        _ => None,
    }
}

fn string_arg(s: &str) -> Option<Box<Node>> {
    Some(Box::new(Node {
        node: Some(NodeEnum::String(PgString { sval: s.to_owned() })),
    }))
}

/// The options' values spelled one way (`publish` in the server's order, booleans as
/// `true`/`false`), sorted by name; the defaults dropped when `drop_defaults` (a definition;
/// not an `ALTER ... SET`, where a default resets).
pub(crate) fn options(options: &mut Vec<Node>, drop_defaults: bool) {
    for o in options.iter_mut() {
        let Some(NodeEnum::DefElem(d)) = o.node.as_mut() else {
            continue;
        };
        let Some(v) = value(d) else { continue };
        match d.defname.as_str() {
            "publish" => {
                let named: Vec<String> = v
                    .split(',')
                    .map(|s| s.trim().to_ascii_lowercase())
                    .filter(|s| !s.is_empty())
                    .collect();
                if named.iter().all(|n| PUBLISH.contains(&n.as_str())) {
                    let list: Vec<&str> = PUBLISH
                        .into_iter()
                        .filter(|p| named.iter().any(|n| n == p))
                        .collect();
                    d.arg = string_arg(&list.join(", "));
                }
            }
            "publish_via_partition_root" => {
                let b = match v.to_ascii_lowercase().as_str() {
                    "true" | "on" | "1" | "yes" => "true",
                    "false" | "off" | "0" | "no" => "false",
                    _ => continue,
                };
                d.arg = string_arg(b);
            }
            _ => {}
        }
    }
    if drop_defaults {
        options.retain(|o| {
            def(o).is_none_or(|d| {
                let v = value(d);
                !(d.defname == "publish"
                    && v.as_deref() == Some("insert, update, delete, truncate")
                    || d.defname == "publish_via_partition_root" && v.as_deref() == Some("false"))
            })
        });
    }
    options.sort_by(|a, b| def(a).map(|d| &d.defname).cmp(&def(b).map(|d| &d.defname)));
}

/// `change`'s options set on `options` (a definition's): those it names replaced, the
/// defaults dropped.
pub(crate) fn set_options(options: &mut Vec<Node>, change: &[Node]) {
    for c in change {
        let Some(d) = def(c) else { continue };
        options.retain(|o| def(o).is_none_or(|o| o.defname != d.defname));
        options.push(c.clone());
    }
    self::options(options, true);
}

/// The members `objects` name: `(key, statement)`, the key `table s.t` or `schema s`, the
/// statement `ALTER PUBLICATION p ADD ...` that adds the one member. `current_schema` is
/// what `TABLES IN SCHEMA CURRENT_SCHEMA` names.
pub(crate) fn members(
    publication: &str,
    objects: &[Node],
    current_schema: Option<&str>,
    print: impl Fn(&NodeEnum) -> String,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for o in objects {
        let Some(NodeEnum::PublicationObjSpec(spec)) = &o.node else {
            continue;
        };
        let kind = PublicationObjSpecType::try_from(spec.pubobjtype)
            .unwrap_or(PublicationObjSpecType::Undefined);
        let mut one: PublicationObjSpec = (**spec).clone();
        one.location = -1;
        let key = match kind {
            PublicationObjSpecType::PublicationobjTable => {
                let Some(r) = one.pubtable.as_mut().and_then(|t| t.relation.as_mut()) else {
                    continue;
                };
                r.inh = false;
                r.location = -1;
                let mut k = String::from("table ");
                if !r.schemaname.is_empty() {
                    crate::model::push_ident(&mut k, &r.schemaname);
                    k.push('.');
                }
                crate::model::push_ident(&mut k, &r.relname);
                k
            }
            PublicationObjSpecType::PublicationobjTablesInSchema
            | PublicationObjSpecType::PublicationobjTablesInCurSchema => {
                if kind == PublicationObjSpecType::PublicationobjTablesInCurSchema {
                    let Some(s) = current_schema else { continue };
                    one.pubobjtype = PublicationObjSpecType::PublicationobjTablesInSchema as i32;
                    s.clone_into(&mut one.name);
                }
                let mut k = String::from("schema ");
                crate::model::push_ident(&mut k, &one.name);
                k
            }
            _ => continue,
        };
        let stmt = AlterPublicationStmt {
            pubname: publication.to_owned(),
            options: Vec::new(),
            pubobjects: vec![Node {
                node: Some(NodeEnum::PublicationObjSpec(Box::new(one))),
            }],
            for_all_tables: false,
            action: AlterPublicationAction::ApAddObjects as i32,
        };
        out.push((key, print(&NodeEnum::AlterPublicationStmt(stmt))));
    }
    out
}

/// Whether a part key is a publication member's.
pub(crate) fn is_member(key: &str) -> bool {
    key.starts_with("table ") || key.starts_with("schema ")
}

#[cfg(test)]
mod tests {
    use crate::canon::{Policy, Schema};

    fn canon(sql: &str) -> String {
        Schema::from_sql(sql).unwrap().render(&Policy::everything())
    }

    #[test]
    fn members_and_options_however_written() {
        let written = canon(
            "CREATE TABLE t (id int); CREATE TABLE u (id int, name text);
             CREATE PUBLICATION p FOR TABLE t, u (id, name) WHERE (id > 0), TABLES IN SCHEMA public
                 WITH (publish = 'update,insert', publish_via_partition_root = false);
             CREATE PUBLICATION q;
             ALTER PUBLICATION q ADD TABLE t;
             ALTER PUBLICATION q SET (publish_via_partition_root = true);",
        );
        let dumped = canon(
            "CREATE TABLE public.t (id integer); CREATE TABLE public.u (id integer, name text);
             CREATE PUBLICATION p WITH (publish = 'insert, update');
             CREATE PUBLICATION q WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = true);
             ALTER PUBLICATION p ADD TABLE ONLY public.t;
             ALTER PUBLICATION p ADD TABLE ONLY public.u (id, name) WHERE ((id > 0));
             ALTER PUBLICATION p ADD TABLES IN SCHEMA public;
             ALTER PUBLICATION q ADD TABLE ONLY public.t;",
        );
        assert_eq!(written, dumped);
        assert_eq!(canon(&written), written);
        // SET replaces the members, DROP takes one away
        assert_eq!(
            canon(
                "CREATE TABLE t (id int); CREATE TABLE u (id int);
                 CREATE PUBLICATION p FOR TABLE t;
                 ALTER PUBLICATION p SET TABLE u, t;
                 ALTER PUBLICATION p DROP TABLE t;"
            ),
            canon("CREATE TABLE t (id int); CREATE TABLE u (id int); CREATE PUBLICATION p FOR TABLE u;")
        );
    }
}
