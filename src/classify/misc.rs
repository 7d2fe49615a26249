//! Every other statement: schemas, extensions, sequences, languages, casts, operator classes
//! and families, foreign-data wrappers, servers, user mappings, publications, subscriptions,
//! conversions, access methods, transforms, text search configuration mappings, roles; and
//! the statements kept in place (DML, `DO`, `CALL`, transaction control, `DROP`, renames).

use super::names::{list, qualified, string, type_display};
use super::refs::{self, Collector};
use super::{definition, other, Context};
use crate::model::{Class, Classified, Namespace, ObjectId, ObjectKind, Strength, Target};
use pg_query::protobuf::{Node, ObjectWithArgs};
use pg_query::NodeEnum;

use super::attached;

fn function_ref(o: &ObjectWithArgs, refs: &mut Collector) {
    if let Some((schema, name)) = qualified(&o.objname) {
        refs.add_target(
            Target::Object {
                namespace: Namespace::Function,
                schema,
                name,
                args: super::names::object_args_signature(o),
            },
            Strength::Hard,
        );
    }
}

fn function_name(names: &[Node], refs: &mut Collector) {
    if let Some((schema, name)) = qualified(names) {
        refs.add(Namespace::Function, schema, name);
    }
}

/// Classifies the statements no other module handles.
pub(crate) fn classify(node: &NodeEnum, ctx: &Context) -> Classified {
    use NodeEnum as N;
    match node {
        N::CreateSchemaStmt(s) => {
            let mut refs = super::walk_all(&s.schema_elts);
            if let Some(r) = &s.authrole {
                if !r.rolename.is_empty() {
                    refs.add(Namespace::Role, None, r.rolename.clone());
                }
            }
            let name = if s.schemaname.is_empty() {
                s.authrole.as_ref().map_or("", |r| r.rolename.as_str())
            } else {
                &s.schemaname
            };
            definition(ObjectId::new(ObjectKind::Schema, None, name), refs)
        }
        N::CreateExtensionStmt(s) => {
            let mut refs = Collector::new(Strength::Hard);
            for o in &s.options {
                if let Some(NodeEnum::DefElem(d)) = &o.node {
                    if d.defname == "schema" {
                        if let Some(x) = d.arg.as_deref().and_then(string) {
                            refs.add(Namespace::Schema, None, x.to_owned());
                        }
                    }
                }
            }
            definition(ObjectId::new(ObjectKind::Extension, None, &s.extname), refs)
        }
        N::AlterExtensionStmt(s) => alter_global(
            ObjectKind::Extension,
            &s.extname,
            Collector::new(Strength::Hard),
        ),
        N::CreateSeqStmt(s) => {
            let Some(rel) = &s.sequence else {
                return Classified::default();
            };
            let (schema, name) = super::relation_name(rel, ctx);
            let mut refs = Collector::new(Strength::Hard);
            sequence_options(&s.options, &mut refs);
            definition(
                ObjectId::new(ObjectKind::Sequence, schema.as_deref(), &name),
                refs,
            )
        }
        N::AlterSeqStmt(s) => {
            let Some(rel) = &s.sequence else {
                return Classified::default();
            };
            let (schema, name) = super::relation_name(rel, ctx);
            let mut refs = Collector::new(Strength::Hard);
            let owned = sequence_options(&s.options, &mut refs);
            attached(
                ObjectId::new(ObjectKind::Sequence, schema.as_deref(), &name),
                super::relation_target(rel),
                if owned { "owned-by" } else { "alter" },
                refs,
            )
        }
        N::CreatePlangStmt(s) => {
            let mut refs = Collector::new(Strength::Hard);
            for names in [&s.plhandler, &s.plinline, &s.plvalidator] {
                function_name(names, &mut refs);
            }
            definition(ObjectId::new(ObjectKind::Language, None, &s.plname), refs)
        }
        N::CreateCastStmt(s) => {
            let (Some(a), Some(b)) = (&s.sourcetype, &s.targettype) else {
                return Classified::default();
            };
            let mut refs = Collector::new(Strength::Hard);
            refs.type_ref(a);
            refs.type_ref(b);
            if let Some(f) = &s.func {
                function_ref(f, &mut refs);
            }
            definition(
                super::objects::cast_id(&type_display(a), &type_display(b)),
                refs,
            )
        }
        N::CreateOpClassStmt(s) => {
            let Some((schema, name)) = qualified(&s.opclassname) else {
                return Classified::default();
            };
            let mut refs = super::walk_all(&s.items);
            if let Some(t) = &s.datatype {
                refs.type_ref(t);
            }
            if let Some((fs, f)) = qualified(&s.opfamilyname) {
                refs.add(Namespace::OperatorFamily, fs, f);
            }
            opclass_items(&s.items, &mut refs);
            let schema = ctx.schema_of(schema.as_deref().unwrap_or(""));
            let id = ObjectId::with_suffix(
                ObjectKind::OperatorClass,
                schema.as_deref(),
                &name,
                &format!(" USING {}", s.amname),
            );
            let mut c = definition(id, refs);
            // with no FAMILY, the server makes the family of its name
            if s.opfamilyname.is_empty() {
                c.also_defines.push(ObjectId::with_suffix(
                    ObjectKind::OperatorFamily,
                    schema.as_deref(),
                    &name,
                    &format!(" USING {}", s.amname),
                ));
            }
            c
        }
        N::CreateOpFamilyStmt(s) => {
            let Some((schema, name)) = qualified(&s.opfamilyname) else {
                return Classified::default();
            };
            let schema = ctx.schema_of(schema.as_deref().unwrap_or(""));
            let id = ObjectId::with_suffix(
                ObjectKind::OperatorFamily,
                schema.as_deref(),
                &name,
                &format!(" USING {}", s.amname),
            );
            definition(id, Collector::new(Strength::Hard))
        }
        N::AlterOpFamilyStmt(s) => {
            let Some((schema, name)) = qualified(&s.opfamilyname) else {
                return Classified::default();
            };
            let mut refs = super::walk_all(&s.items);
            opclass_items(&s.items, &mut refs);
            let target = Target::object(Namespace::OperatorFamily, schema.as_deref(), &name);
            let schema = ctx.schema_of(schema.as_deref().unwrap_or(""));
            let id = ObjectId::with_suffix(
                ObjectKind::OperatorFamily,
                schema.as_deref(),
                &name,
                &format!(" USING {}", s.amname),
            );
            if s.is_drop {
                let mut c = attached(id, target, "alter", refs);
                c.class = Class::Other;
                c.attached_to = None;
                c.changes_existing = true;
                return c;
            }
            attached(id, target, "alter", refs)
        }
        N::CreateFdwStmt(s) => {
            let mut refs = Collector::new(Strength::Hard);
            handler_functions(&s.func_options, &mut refs);
            definition(
                ObjectId::new(ObjectKind::ForeignDataWrapper, None, &s.fdwname),
                refs,
            )
        }
        N::CreateForeignServerStmt(s) => {
            let mut refs = Collector::new(Strength::Hard);
            refs.add(Namespace::ForeignDataWrapper, None, s.fdwname.clone());
            definition(ObjectId::new(ObjectKind::Server, None, &s.servername), refs)
        }
        N::CreateUserMappingStmt(s) => {
            let mut refs = Collector::new(Strength::Hard);
            refs.add(Namespace::Server, None, s.servername.clone());
            let user = s.user.as_ref().map_or("public".to_owned(), |r| {
                if r.rolename.is_empty() {
                    role_keyword(r).to_owned()
                } else {
                    refs.add(Namespace::Role, None, r.rolename.clone());
                    r.rolename.clone()
                }
            });
            let id = ObjectId::with_suffix(
                ObjectKind::UserMapping,
                None,
                &user,
                &format!(" SERVER {}", s.servername),
            );
            definition(id, refs)
        }
        N::CreatePublicationStmt(s) => {
            let refs = super::walk_all(&s.pubobjects);
            definition(
                ObjectId::new(ObjectKind::Publication, None, &s.pubname),
                refs,
            )
        }
        N::AlterPublicationStmt(s) => {
            let target = Target::object(Namespace::Publication, None, &s.pubname);
            let refs = super::walk_all(&s.pubobjects);
            attached(
                ObjectId::new(ObjectKind::Publication, None, &s.pubname),
                target,
                "alter",
                refs,
            )
        }
        N::CreateSubscriptionStmt(s) => definition(
            ObjectId::new(ObjectKind::Subscription, None, &s.subname),
            Collector::new(Strength::Hard),
        ),
        N::CreateConversionStmt(s) => {
            let Some((schema, name)) = qualified(&s.conversion_name) else {
                return Classified::default();
            };
            let mut refs = Collector::new(Strength::Hard);
            function_name(&s.func_name, &mut refs);
            definition(
                super::defined(ObjectKind::Conversion, schema, &name, ctx),
                refs,
            )
        }
        N::CreateAmStmt(s) => {
            let mut refs = Collector::new(Strength::Hard);
            function_name(&s.handler_name, &mut refs);
            definition(
                ObjectId::new(ObjectKind::AccessMethod, None, &s.amname),
                refs,
            )
        }
        N::CreateTransformStmt(s) => {
            let Some(t) = &s.type_name else {
                return Classified::default();
            };
            let mut refs = Collector::new(Strength::Hard);
            refs.type_ref(t);
            refs.add(Namespace::Language, None, s.lang.clone());
            for f in [&s.fromsql, &s.tosql].into_iter().flatten() {
                function_ref(f, &mut refs);
            }
            let id = ObjectId::with_suffix(
                ObjectKind::Transform,
                None,
                &type_display(t),
                &format!(" LANGUAGE {}", s.lang),
            );
            definition(id, refs)
        }
        N::AlterTsconfigurationStmt(s) => {
            let Some((schema, name)) = qualified(&s.cfgname) else {
                return Classified::default();
            };
            let mut refs = Collector::new(Strength::Hard);
            for d in &s.dicts {
                if let Some((ds, dn)) = qualified(list(d)) {
                    refs.add(Namespace::TextSearch, ds, dn);
                }
            }
            let target = Target::object(Namespace::TextSearch, schema.as_deref(), &name);
            let id = super::defined(ObjectKind::TextSearchConfiguration, schema, &name, ctx);
            attached(id, target, "mapping", refs)
        }
        N::CreateRoleStmt(s) => definition(
            ObjectId::new(ObjectKind::Role, None, &s.role),
            Collector::new(Strength::Hard),
        ),
        N::AlterRoleStmt(s) => match &s.role {
            Some(r) if !r.rolename.is_empty() => alter_global(
                ObjectKind::Role,
                &r.rolename,
                Collector::new(Strength::Hard),
            ),
            _ => other(node, false),
        },
        N::AlterSubscriptionStmt(s) => alter_global(
            ObjectKind::Subscription,
            &s.subname,
            Collector::new(Strength::Hard),
        ),
        N::AlterStatsStmt(s) => alter_named(
            ObjectKind::Statistics,
            Namespace::Statistics,
            &s.defnames,
            ctx,
            Collector::new(Strength::Hard),
        ),
        N::AlterTypeStmt(s) => alter_named(
            ObjectKind::Type,
            Namespace::Type,
            &s.type_name,
            ctx,
            super::walk_all(&s.options),
        ),
        N::AlterTsdictionaryStmt(s) => alter_named(
            ObjectKind::TextSearchDictionary,
            Namespace::TextSearch,
            &s.dictname,
            ctx,
            Collector::new(Strength::Hard),
        ),
        N::AlterCollationStmt(s) => alter_named(
            ObjectKind::Collation,
            Namespace::Collation,
            &s.collname,
            ctx,
            Collector::new(Strength::Hard),
        ),
        N::AlterOperatorStmt(s) => match &s.opername {
            Some(o) => {
                let node_ref = node;
                let node = Node {
                    node: Some(NodeEnum::ObjectWithArgs(o.clone())),
                };
                match super::objects::named(
                    pg_query::protobuf::ObjectType::ObjectOperator,
                    &node,
                    ctx,
                ) {
                    Some((id, target)) => {
                        attached(id, target, "alter", super::walk_all(&s.options))
                    }
                    None => other(node_ref, false),
                }
            }
            None => other(node, false),
        },
        N::AlterFdwStmt(s) => {
            let mut refs = Collector::new(Strength::Hard);
            handler_functions(&s.func_options, &mut refs);
            alter_global(ObjectKind::ForeignDataWrapper, &s.fdwname, refs)
        }
        N::AlterForeignServerStmt(s) => alter_global(
            ObjectKind::Server,
            &s.servername,
            Collector::new(Strength::Hard),
        ),
        N::AlterUserMappingStmt(s) => {
            let user = s.user.as_ref().map_or("public".to_owned(), |r| {
                if r.rolename.is_empty() {
                    role_keyword(r).to_owned()
                } else {
                    r.rolename.clone()
                }
            });
            let suffix = format!(" SERVER {}", s.servername);
            // it belongs to the mapping (made after its server), not to the server: ordered
            // by the server alone, it went before the CREATE USER MAPPING it changes
            let target = Target::Object {
                namespace: Namespace::UserMapping,
                schema: None,
                name: user.clone(),
                args: Some(suffix.clone()),
            };
            let id = ObjectId::with_suffix(ObjectKind::UserMapping, None, &user, &suffix);
            let mut refs = Collector::new(Strength::Hard);
            refs.add(Namespace::Server, None, s.servername.clone());
            attached(id, target, "alter", refs)
        }
        N::AlterPolicyStmt(s) => match &s.table {
            Some(rel) => {
                let (schema, table) = super::relation_name(rel, ctx);
                let target = Target::object(
                    Namespace::Policy,
                    (!rel.schemaname.is_empty()).then_some(rel.schemaname.as_str()),
                    &format!("{}.{}", rel.relname, s.policy_name),
                );
                let refs =
                    super::walk_all(s.qual.as_deref().into_iter().chain(s.with_check.as_deref()));
                attached(
                    ObjectId::in_parent(
                        ObjectKind::Policy,
                        schema.as_deref(),
                        &table,
                        &s.policy_name,
                    ),
                    target,
                    "alter",
                    refs,
                )
            }
            None => other(node, false),
        },
        N::DoStmt(s) => {
            let mut c = Collector::new(Strength::Soft);
            for a in &s.args {
                if let Some(NodeEnum::DefElem(d)) = &a.node {
                    if d.defname == "as" {
                        if let Some(body) = d.arg.as_deref().and_then(string) {
                            refs::procedural_body(body, &mut c);
                        }
                    }
                }
            }
            Classified {
                class: Class::Other,
                refs: c.finish(),
                ..Classified::default()
            }
        }
        N::TransactionStmt(_) => {
            let mut c = other(node, false);
            c.action = Some("transaction");
            c
        }
        N::DropStmt(d) => {
            let mut c = other(node, true);
            let remove = pg_query::protobuf::ObjectType::try_from(d.remove_type)
                .unwrap_or(pg_query::protobuf::ObjectType::Undefined);
            for o in &d.objects {
                if let Some((_, target)) = super::objects::named(remove, o, ctx) {
                    c.refs.push(crate::model::Ref {
                        target,
                        strength: Strength::Hard,
                    });
                }
            }
            c
        }
        N::RenameStmt(r) => {
            let mut c = other(node, true);
            let rename = pg_query::protobuf::ObjectType::try_from(r.rename_type)
                .unwrap_or(pg_query::protobuf::ObjectType::Undefined);
            // the new name is defined here
            let kind = super::objects::kind_of(rename);
            match (&r.relation, &r.object, kind) {
                (Some(rel), _, Some(kind))
                    if kind.namespace() == Namespace::Relation && !r.newname.is_empty() =>
                {
                    let (schema, _) = super::relation_name(rel, ctx);
                    c.also_defines
                        .push(ObjectId::new(kind, schema.as_deref(), &r.newname));
                }
                (_, Some(object), Some(_)) if !r.newname.is_empty() => {
                    if let Some((old, target)) = super::objects::named(rename, object, ctx) {
                        c.refs.push(crate::model::Ref {
                            target,
                            strength: Strength::Hard,
                        });
                        let new = match &old.parent {
                            Some(p) => {
                                ObjectId::in_parent(old.kind, old.schema.as_deref(), p, &r.newname)
                            }
                            None => ObjectId::new(old.kind, old.schema.as_deref(), &r.newname),
                        };
                        c.also_defines.push(new);
                    }
                }
                _ => {}
            }
            c
        }
        N::AlterObjectSchemaStmt(_)
        | N::DropOwnedStmt(_)
        | N::ReassignOwnedStmt(_)
        | N::DropRoleStmt(_)
        | N::DropdbStmt(_)
        | N::TruncateStmt(_)
        | N::AlterExtensionContentsStmt(_) => other(node, true),
        _ => other(node, false),
    }
}

/// The handler and validator functions of a foreign-data wrapper.
fn handler_functions(func_options: &[Node], refs: &mut Collector) {
    for o in func_options {
        if let Some(NodeEnum::DefElem(d)) = &o.node {
            if let Some(a) = &d.arg {
                function_name(list(a), refs);
            }
        }
    }
}

/// `ALTER <kind> name ...` on an object without a schema (extension, role, server ...):
/// attached to it.
fn alter_global(kind: ObjectKind, name: &str, refs: Collector) -> Classified {
    let target = Target::object(kind.namespace(), None, name);
    attached(ObjectId::new(kind, None, name), target, "alter", refs)
}

/// `ALTER <kind> name ...` on a schema object named by a list of names: attached to it.
fn alter_named(
    kind: ObjectKind,
    ns: Namespace,
    names: &[Node],
    ctx: &Context,
    refs: Collector,
) -> Classified {
    let Some((schema, name)) = qualified(names) else {
        return Classified::default();
    };
    let target = Target::object(ns, schema.as_deref(), &name);
    attached(
        super::defined(kind, schema, &name, ctx),
        target,
        "alter",
        refs,
    )
}

/// References in sequence options (`AS type`, `OWNED BY t.c`); true when `OWNED BY` names a
/// table.
fn sequence_options(options: &[Node], refs: &mut Collector) -> bool {
    let mut owned = false;
    for o in options {
        let Some(NodeEnum::DefElem(d)) = &o.node else {
            continue;
        };
        match d.defname.as_str() {
            "as" => {
                if let Some(a) = &d.arg {
                    refs::type_of(a, refs);
                }
            }
            "owned_by" => {
                let parts: Vec<&str> = d
                    .arg
                    .as_deref()
                    .map(list)
                    .unwrap_or(&[])
                    .iter()
                    .filter_map(string)
                    .collect();
                // [schema,] table, column; or NONE
                if parts.len() >= 2 {
                    let table = parts[parts.len() - 2].to_owned();
                    let schema = (parts.len() >= 3).then(|| parts[parts.len() - 3].to_owned());
                    refs.add(Namespace::Relation, schema, table);
                    owned = true;
                }
            }
            _ => {}
        }
    }
    owned
}

/// Functions and operators in `CREATE OPERATOR CLASS` / `ALTER OPERATOR FAMILY` items.
fn opclass_items(items: &[Node], refs: &mut Collector) {
    for i in items {
        let Some(NodeEnum::CreateOpClassItem(item)) = &i.node else {
            continue;
        };
        if let Some(name) = &item.name {
            let ns = if item.itemtype == 1 {
                Namespace::Operator
            } else {
                Namespace::Function
            };
            if let Some((schema, n)) = qualified(&name.objname) {
                if ns == Namespace::Function || schema.is_some() {
                    refs.add(ns, schema, n);
                }
            }
        }
    }
}

/// The keyword a role specification without a name stands for (`FOR PUBLIC`,
/// `FOR CURRENT_USER` ...), in lower case.
fn role_keyword(r: &pg_query::protobuf::RoleSpec) -> &'static str {
    use pg_query::protobuf::RoleSpecType as R;
    match R::try_from(r.roletype).unwrap_or(R::Undefined) {
        R::RolespecPublic => "public",
        R::RolespecSessionUser => "session_user",
        R::RolespecCurrentRole => "current_role",
        _ => "current_user",
    }
}

#[cfg(test)]
mod tests {
    use crate::classify::check;

    #[test]
    fn schema_level_objects() {
        insta::assert_snapshot!(check("CREATE SCHEMA app AUTHORIZATION bob"), @"definition schema:app <- role bob");
        insta::assert_snapshot!(
            check("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA ext"),
            @"definition extension:pg_trgm <- schema ext"
        );
        insta::assert_snapshot!(
            check("CREATE SEQUENCE app.s AS integer START WITH 1 OWNED BY app.t.id"),
            @"definition sequence:app.s <- schema app, relation app.t"
        );
        insta::assert_snapshot!(
            check("ALTER SEQUENCE app.s OWNED BY app.t.id;"),
            @"attached sequence:app.s [owned-by] on relation app.s <- relation app.s, relation app.t"
        );
        insta::assert_snapshot!(
            check("CREATE CAST (app.t AS text) WITH FUNCTION app.t_text(app.t)"),
            @"definition cast:(app.t AS text) <- type app.t, function app.t_text(app.t)"
        );
        insta::assert_snapshot!(
            check("CREATE OPERATOR CLASS app.c FOR TYPE app.t USING btree AS OPERATOR 1 app.<, FUNCTION 1 app.cmp(app.t, app.t)"),
            @r#"definition operator-class:app.c USING btree +operator-family:app.c USING btree <- schema app, type app.t, function app.cmp, operator app."<""#
        );
        insta::assert_snapshot!(check("CREATE SERVER films FOREIGN DATA WRAPPER postgres_fdw"), @"definition server:films <- foreign-data-wrapper postgres_fdw");
        insta::assert_snapshot!(
            check("CREATE USER MAPPING FOR bob SERVER films"),
            @"definition user-mapping:bob SERVER films <- server films, role bob"
        );
        insta::assert_snapshot!(
            check("CREATE PUBLICATION p FOR TABLE app.t, app.u"),
            @"definition publication:p <- relation app.t, relation app.u"
        );
        insta::assert_snapshot!(
            check("ALTER TEXT SEARCH CONFIGURATION app.c ADD MAPPING FOR word WITH app.d"),
            @"attached text-search-configuration:app.c [mapping] on text-search app.c <- text-search app.c, text-search app.d"
        );
        insta::assert_snapshot!(check("CREATE ROLE bob"), @"definition role:bob");
    }

    #[test]
    fn do_blocks_and_calls_stay_in_place() {
        insta::assert_snapshot!(
            check("DO $$BEGIN INSERT INTO app.t VALUES (1); END$$"),
            @"other <- soft any app, soft any app.t"
        );
        insta::assert_snapshot!(check("CALL app.p(1)"), @"other <- function app.p");
    }
}
