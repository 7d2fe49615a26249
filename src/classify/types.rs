//! Enums, domains, composite and range types, and `ALTER TYPE ... ADD VALUE` / `ALTER
//! DOMAIN`.

use super::names::qualified;
use super::refs::{self, Collector};
use super::{definition, Context};
use crate::model::{Class, Classified, Namespace, ObjectId, ObjectKind, Strength, Target};
use pg_query::protobuf::{AlterDomainStmt, AlterEnumStmt, CompositeTypeStmt, CreateDomainStmt};
use pg_query::protobuf::{CreateEnumStmt, CreateRangeStmt, Node};

fn type_object(kind: ObjectKind, names: &[Node], ctx: &Context) -> Option<ObjectId> {
    let (schema, name) = qualified(names)?;
    Some(super::defined(kind, schema, &name, ctx))
}

/// `CREATE TYPE ... AS ENUM`.
pub(crate) fn enumeration(s: &CreateEnumStmt, ctx: &Context) -> Classified {
    match type_object(ObjectKind::Enum, &s.type_name, ctx) {
        Some(o) => definition(o, Collector::new(Strength::Hard)),
        None => Classified::default(),
    }
}

/// `CREATE DOMAIN`.
pub(crate) fn domain(s: &CreateDomainStmt, ctx: &Context) -> Classified {
    let Some(o) = type_object(ObjectKind::Domain, &s.domainname, ctx) else {
        return Classified::default();
    };
    let mut refs = super::walk_all(&s.constraints);
    if let Some(t) = &s.type_name {
        refs.type_ref(t);
    }
    if let Some(c) = &s.coll_clause {
        if let Some((schema, name)) = qualified(&c.collname) {
            refs.add(Namespace::Collation, schema, name);
        }
    }
    definition(o, refs)
}

/// `CREATE TYPE ... AS (...)`.
pub(crate) fn composite(s: &CompositeTypeStmt, ctx: &Context) -> Classified {
    let Some(rel) = &s.typevar else {
        return Classified::default();
    };
    let (schema, name) = super::relation_name(rel, ctx);
    definition(
        ObjectId::new(ObjectKind::Composite, schema.as_deref(), &name),
        super::walk_all(&s.coldeflist),
    )
}

/// `CREATE TYPE ... AS RANGE`.
pub(crate) fn range(s: &CreateRangeStmt, ctx: &Context) -> Classified {
    let Some(o) = type_object(ObjectKind::Range, &s.type_name, ctx) else {
        return Classified::default();
    };
    let mut refs = Collector::new(Strength::Hard);
    refs::definition_options(&s.params, &mut refs);
    let mut c = definition(o, refs);
    // A range type also makes its multirange type.
    if let Some(o) = &c.object {
        let multi = match o.name.strip_suffix("range") {
            Some(stem) => format!("{stem}multirange"),
            None => format!("{}_multirange", o.name),
        };
        c.also_defines.push(ObjectId::new(
            ObjectKind::Range,
            o.schema.as_deref(),
            &multi,
        ));
    }
    c
}

/// `ALTER TYPE ... ADD VALUE` / `RENAME VALUE`: the order of labels matters, so these stay in
/// place (class other) after their type.
pub(crate) fn alter_enum(s: &AlterEnumStmt, ctx: &Context) -> Classified {
    let Some((schema, name)) = qualified(&s.type_name) else {
        return Classified::default();
    };
    let object = super::defined(ObjectKind::Enum, schema.clone(), &name, ctx);
    Classified {
        class: Class::Other,
        object: Some(object),
        refs: vec![crate::model::Ref {
            target: Target::object(Namespace::Type, schema.as_deref(), &name),
            strength: Strength::Hard,
        }],
        changes_existing: !s.old_val.is_empty(),
        ..Classified::default()
    }
}

/// `ALTER DOMAIN`: adding a constraint or a default is attached; dropping is other.
pub(crate) fn alter_domain(s: &AlterDomainStmt, ctx: &Context) -> Classified {
    let Some((schema, name)) = qualified(&s.type_name) else {
        return Classified::default();
    };
    let target = Target::object(Namespace::Type, schema.as_deref(), &name);
    let mut refs = Collector::new(Strength::Hard);
    refs.add_target(target.clone(), Strength::Hard);
    if let Some(d) = &s.def {
        refs.walk(d);
    }
    let (class, action) = match s.subtype.as_str() {
        // T: default, C: add constraint, N/O: not null, V: validate
        "T" => (Class::Attached, "default"),
        "C" | "V" => (Class::Attached, "constraint"),
        "O" => (Class::Attached, "alter"),
        _ => (Class::Other, "change"),
    };
    Classified {
        class,
        object: Some(super::defined(ObjectKind::Domain, schema, &name, ctx)),
        action: (class == Class::Attached).then_some(action),
        attached_to: (class == Class::Attached).then_some(target),
        refs: refs.finish(),
        changes_existing: class == Class::Other,
        ..Classified::default()
    }
}

#[cfg(test)]
mod tests {
    use crate::classify::check;

    #[test]
    fn types() {
        insta::assert_snapshot!(check("CREATE TYPE app.mood AS ENUM ('sad', 'ok')"), @"definition enum:app.mood <- schema app");
        insta::assert_snapshot!(
            check("CREATE DOMAIN app.pos AS app.num CHECK (VALUE > app.zero()) COLLATE app.c"),
            @"definition domain:app.pos <- schema app, collation app.c, type app.num, function app.zero"
        );
        insta::assert_snapshot!(
            check("CREATE TYPE app.pair AS (a app.mood, b integer)"),
            @"definition composite:app.pair <- schema app, type app.mood"
        );
        insta::assert_snapshot!(
            check("CREATE TYPE app.floatrange AS RANGE (subtype = float8, subtype_diff = app.diff)"),
            @"definition range:app.floatrange +range:app.floatmultirange <- schema app, any float8, any app.diff"
        );
        insta::assert_snapshot!(
            check("ALTER TYPE app.mood ADD VALUE 'happy' AFTER 'ok'"),
            @"other enum:app.mood <- type app.mood"
        );
        insta::assert_snapshot!(
            check("ALTER DOMAIN app.pos ADD CONSTRAINT p CHECK (VALUE < 10)"),
            @"attached domain:app.pos [constraint] on type app.pos <- type app.pos"
        );
    }
}
