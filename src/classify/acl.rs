//! Statements about an existing object: `GRANT`/`REVOKE`, `COMMENT ON`, `ALTER ... OWNER TO`,
//! `SECURITY LABEL`, and `ALTER DEFAULT PRIVILEGES` (a definition of its own).

use super::names::{list, qualified, string};
use super::objects::{kind_of, named};
use super::refs::Collector;
use super::Context;
use crate::model::{Class, Classified, Namespace, ObjectId, ObjectKind, Strength, Target};
use pg_query::protobuf::{AlterDefaultPrivilegesStmt, AlterOwnerStmt, CommentStmt, GrantStmt};
use pg_query::protobuf::{GrantTargetType, Node, ObjectType, RoleSpec, SecLabelStmt};
use pg_query::NodeEnum;

/// [`super::attached`], and for an object that lives in a table (or domain) the table too.
fn attached(
    object: ObjectId,
    target: Target,
    action: &'static str,
    mut refs: Collector,
) -> Classified {
    if let (
        Some(parent),
        ObjectKind::Constraint | ObjectKind::Trigger | ObjectKind::Rule | ObjectKind::Policy,
    ) = (&object.parent, object.kind)
    {
        // (a constraint written inside CREATE TABLE without a name is only found this way)
        let ns = if object.kind == ObjectKind::Constraint
            && matches!(
                &target,
                Target::Object {
                    namespace: Namespace::Type,
                    ..
                }
            ) {
            Namespace::Type
        } else {
            Namespace::Relation
        };
        let written = match &target {
            Target::Object { schema, .. } => schema.clone(),
            _ => None,
        };
        refs.add_target(
            Target::object(ns, written.as_deref(), parent),
            Strength::Hard,
        );
    }
    super::attached(object, target, action, refs)
}

fn role(r: &RoleSpec, refs: &mut Collector) {
    if !r.rolename.is_empty() {
        refs.add(Namespace::Role, None, r.rolename.clone());
    }
}

/// One object of a GRANT's object list.
fn grant_object(objtype: ObjectType, n: &Node, ctx: &Context) -> Option<(ObjectId, Target)> {
    match &n.node {
        Some(NodeEnum::RangeVar(r)) => {
            let kind = kind_of(objtype).unwrap_or(ObjectKind::Table);
            let (schema, name) = super::relation_name(r, ctx);
            Some((
                ObjectId::new(kind, schema.as_deref(), &name),
                super::relation_target(r),
            ))
        }
        Some(NodeEnum::List(_))
            if matches!(objtype, ObjectType::ObjectType | ObjectType::ObjectDomain) =>
        {
            let (schema, name) = qualified(list(n))?;
            let kind = kind_of(objtype)?;
            Some((
                super::defined(kind, schema.clone(), &name, ctx),
                Target::object(Namespace::Type, schema.as_deref(), &name),
            ))
        }
        _ => named(objtype, n, ctx),
    }
}

/// `GRANT` / `REVOKE` on objects: attached to the (first) object; `REVOKE` sorts before
/// `GRANT` on the same object, as pg_dump writes them.
pub(crate) fn grant(s: &GrantStmt, ctx: &Context) -> Classified {
    let objtype = ObjectType::try_from(s.objtype).unwrap_or(ObjectType::Undefined);
    let mut refs = Collector::new(Strength::Hard);
    for g in &s.grantees {
        if let Some(NodeEnum::RoleSpec(r)) = &g.node {
            role(r, &mut refs);
        }
    }
    let action = if s.is_grant { "grant" } else { "revoke" };
    if GrantTargetType::try_from(s.targtype) != Ok(GrantTargetType::AclTargetObject) {
        // ALL TABLES IN SCHEMA s: needs the schema and, to mean anything, its tables.
        let Some(schema) = s.objects.first().and_then(string) else {
            return Classified::default();
        };
        let target = Target::object(Namespace::Schema, None, schema);
        let mut c = attached(
            ObjectId::new(ObjectKind::Schema, None, schema),
            target,
            action,
            refs,
        );
        c.class = Class::Other;
        c.attached_to = None;
        return c;
    }
    let mut first = None;
    for o in &s.objects {
        if let Some((id, target)) = grant_object(objtype, o, ctx) {
            refs.add_target(target.clone(), Strength::Hard);
            if first.is_none() {
                first = Some((id, target));
            }
        }
    }
    match first {
        Some((id, target)) => attached(id, target, action, refs),
        None => Classified {
            class: Class::Other,
            refs: refs.finish(),
            ..Classified::default()
        },
    }
}

/// `COMMENT ON`.
pub(crate) fn comment(s: &CommentStmt, ctx: &Context) -> Classified {
    let objtype = ObjectType::try_from(s.objtype).unwrap_or(ObjectType::Undefined);
    match s.object.as_deref().and_then(|o| named(objtype, o, ctx)) {
        Some((id, target)) => attached(id, target, "comment", Collector::new(Strength::Hard)),
        None => Classified::new(Class::Other),
    }
}

/// `SECURITY LABEL`.
pub(crate) fn security_label(s: &SecLabelStmt, ctx: &Context) -> Classified {
    let objtype = ObjectType::try_from(s.objtype).unwrap_or(ObjectType::Undefined);
    match s.object.as_deref().and_then(|o| named(objtype, o, ctx)) {
        Some((id, target)) => {
            attached(id, target, "security-label", Collector::new(Strength::Hard))
        }
        None => Classified::new(Class::Other),
    }
}

/// `ALTER ... OWNER TO` (for objects other than relations, which use `ALTER TABLE`).
pub(crate) fn owner(s: &AlterOwnerStmt, ctx: &Context) -> Classified {
    let objtype = ObjectType::try_from(s.object_type).unwrap_or(ObjectType::Undefined);
    let mut refs = Collector::new(Strength::Hard);
    if let Some(r) = &s.newowner {
        role(r, &mut refs);
    }
    match s.object.as_deref().and_then(|o| named(objtype, o, ctx)) {
        Some((id, target)) => attached(id, target, "owner", refs),
        None => Classified {
            class: Class::Other,
            refs: refs.finish(),
            ..Classified::default()
        },
    }
}

/// `ALTER DEFAULT PRIVILEGES`: a definition (`default-privileges:role.schema.kind`) placed
/// near the end, as pg_dump does, because it changes the privileges of objects created after
/// it.
pub(crate) fn default_privileges(s: &AlterDefaultPrivilegesStmt) -> Classified {
    let mut refs = Collector::new(Strength::Hard);
    let mut roles = Vec::new();
    let mut schemas = Vec::new();
    for o in &s.options {
        let Some(NodeEnum::DefElem(d)) = &o.node else {
            continue;
        };
        for item in d.arg.as_deref().map(list).unwrap_or(&[]) {
            match (d.defname.as_str(), &item.node) {
                ("schemas", Some(NodeEnum::String(x))) => {
                    refs.add(Namespace::Schema, None, x.sval.clone());
                    schemas.push(x.sval.clone());
                }
                ("roles", Some(NodeEnum::RoleSpec(r))) => {
                    role(r, &mut refs);
                    roles.push(r.rolename.clone());
                }
                _ => {}
            }
        }
    }
    let Some(action) = &s.action else {
        return Classified::default();
    };
    let mut grantees = Vec::new();
    for g in &action.grantees {
        if let Some(NodeEnum::RoleSpec(r)) = &g.node {
            role(r, &mut refs);
            grantees.push(if r.rolename.is_empty() {
                "PUBLIC".to_owned()
            } else {
                r.rolename.clone()
            });
        }
    }
    let kind = kind_of(ObjectType::try_from(action.objtype).unwrap_or(ObjectType::Undefined))
        .map_or("objects", |k| k.as_str());
    let mut name = String::new();
    for r in &roles {
        name.push_str("for role ");
        crate::model::push_ident(&mut name, r);
        name.push(' ');
    }
    for s in &schemas {
        name.push_str("in schema ");
        crate::model::push_ident(&mut name, s);
        name.push(' ');
    }
    name.push_str("on ");
    name.push_str(kind);
    // One statement per grantee and direction: `from` (REVOKE) sorts before `to` (GRANT), as
    // pg_dump writes them.
    name.push_str(if action.is_grant { " to " } else { " from " });
    name.push_str(&grantees.join(", "));
    let object = ObjectId {
        kind: ObjectKind::DefaultPrivileges,
        schema: None,
        parent: None,
        identity: format!("default-privileges:{name}"),
        name,
    };
    let mut c = super::definition(object, refs);
    c.action = Some(if action.is_grant { "grant" } else { "revoke" });
    c
}

/// Every privilege of an object kind, as the parser spells them (PostgreSQL 15).
pub(crate) fn all_privileges(objtype: i32) -> Option<&'static [&'static str]> {
    use ObjectType as T;
    Some(match T::try_from(objtype).ok()? {
        T::ObjectTable => &[
            "select",
            "insert",
            "update",
            "delete",
            "truncate",
            "references",
            "trigger",
        ],
        T::ObjectSequence => &["usage", "select", "update"],
        T::ObjectFunction | T::ObjectProcedure | T::ObjectRoutine => &["execute"],
        T::ObjectType
        | T::ObjectDomain
        | T::ObjectLanguage
        | T::ObjectFdw
        | T::ObjectForeignServer => &["usage"],
        T::ObjectSchema => &["usage", "create"],
        T::ObjectDatabase => &["create", "temporary", "connect"],
        T::ObjectLargeobject => &["select", "update"],
        T::ObjectTablespace => &["create"],
        T::ObjectParameterAcl => &["set", "alter system"],
        _ => return None,
    })
}

/// A privilege's name as the parser spells it (`temp` is `temporary`).
pub(crate) fn canonical_privilege(name: &str) -> String {
    match name.to_ascii_lowercase().as_str() {
        "temp" => "temporary".to_owned(),
        other => other.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use crate::classify::check;

    #[test]
    fn acl_statements_are_attached() {
        insta::assert_snapshot!(
            check("GRANT SELECT, INSERT ON TABLE app.t, app.u TO reader, \"Writer\""),
            @r#"attached table:app.t [grant] on relation app.t <- relation app.t, relation app.u, role "Writer", role reader"#
        );
        insta::assert_snapshot!(
            check("REVOKE ALL ON FUNCTION app.f(integer, text) FROM PUBLIC"),
            @"attached function:app.f(integer, text) [revoke] on function app.f(integer, text) <- function app.f(integer, text)"
        );
        insta::assert_snapshot!(
            check("GRANT USAGE ON TYPE app.mood TO reader"),
            @"attached type:app.mood [grant] on type app.mood <- type app.mood, role reader"
        );
        insta::assert_snapshot!(check("GRANT USAGE ON SCHEMA app TO reader"), @"attached schema:app [grant] on schema app <- schema app, role reader");
        insta::assert_snapshot!(
            check("GRANT SELECT ON ALL TABLES IN SCHEMA app TO reader"),
            @"other schema:app [grant] <- schema app, role reader"
        );
    }

    #[test]
    fn comments_and_owners() {
        insta::assert_snapshot!(check("COMMENT ON COLUMN app.t.c IS 'x'"), @"attached column:app.t.c [comment] on relation app.t <- relation app.t");
        insta::assert_snapshot!(
            check("COMMENT ON CONSTRAINT t_pkey ON app.t IS 'x'"),
            @r#"attached constraint:app.t.t_pkey [comment] on constraint app."t.t_pkey" <- relation app.t, constraint app."t.t_pkey""#
        );
        insta::assert_snapshot!(check("COMMENT ON EXTENSION pg_trgm IS 'x'"), @"attached extension:pg_trgm [comment] on extension pg_trgm <- extension pg_trgm");
        insta::assert_snapshot!(
            check("COMMENT ON TRIGGER audit ON app.t IS 'x'"),
            @r#"attached trigger:app.t.audit [comment] on trigger app."t.audit" <- relation app.t, trigger app."t.audit""#
        );
        insta::assert_snapshot!(check("ALTER SCHEMA app OWNER TO bob"), @"attached schema:app [owner] on schema app <- schema app, role bob");
        insta::assert_snapshot!(
            check("ALTER TYPE app.mood OWNER TO bob"),
            @"attached type:app.mood [owner] on type app.mood <- type app.mood, role bob"
        );
        insta::assert_snapshot!(
            check("COMMENT ON CAST (integer AS app.t) IS 'x'"),
            @r#"attached cast:(integer AS app.t) [comment] on cast "(integer AS app.t)" <- cast "(integer AS app.t)""#
        );
    }

    #[test]
    fn default_privileges_are_their_own_definition() {
        insta::assert_snapshot!(
            check("ALTER DEFAULT PRIVILEGES FOR ROLE admin IN SCHEMA app GRANT SELECT ON TABLES TO reader"),
            @"definition default-privileges:for role admin in schema app on table to reader [grant] <- schema app, role admin, role reader"
        );
    }
}
