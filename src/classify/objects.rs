//! The object named by `COMMENT ON`, `ALTER ... OWNER TO`, `GRANT ... ON`, `SECURITY LABEL`:
//! an object type plus a name node whose shape depends on the type.

use super::names::{list, object_args_signature, qualified, string, type_display, type_name};
use super::Context;
use crate::model::{Namespace, ObjectId, ObjectKind, Target};
use pg_query::protobuf::{Node, ObjectType};
use pg_query::NodeEnum;

/// The kind of object an `ObjectType` names, when it names one pgsplit models.
pub(crate) fn kind_of(t: ObjectType) -> Option<ObjectKind> {
    use ObjectKind as K;
    use ObjectType as T;
    Some(match t {
        T::ObjectAccessMethod => K::AccessMethod,
        T::ObjectAggregate => K::Aggregate,
        T::ObjectCast => K::Cast,
        T::ObjectColumn => K::Column,
        T::ObjectCollation => K::Collation,
        T::ObjectConversion => K::Conversion,
        T::ObjectDatabase => K::Database,
        T::ObjectDomain => K::Domain,
        T::ObjectDomconstraint | T::ObjectTabconstraint => K::Constraint,
        T::ObjectEventTrigger => K::EventTrigger,
        T::ObjectExtension => K::Extension,
        T::ObjectFdw => K::ForeignDataWrapper,
        T::ObjectForeignServer => K::Server,
        T::ObjectForeignTable => K::ForeignTable,
        T::ObjectFunction | T::ObjectRoutine => K::Function,
        T::ObjectIndex => K::Index,
        T::ObjectLanguage => K::Language,
        T::ObjectLargeobject => K::LargeObject,
        T::ObjectMatview => K::MaterializedView,
        T::ObjectOpclass => K::OperatorClass,
        T::ObjectOperator => K::Operator,
        T::ObjectOpfamily => K::OperatorFamily,
        T::ObjectPolicy => K::Policy,
        T::ObjectProcedure => K::Procedure,
        T::ObjectPublication => K::Publication,
        T::ObjectRole => K::Role,
        T::ObjectRule => K::Rule,
        T::ObjectSchema => K::Schema,
        T::ObjectSequence => K::Sequence,
        T::ObjectSubscription => K::Subscription,
        T::ObjectStatisticExt => K::Statistics,
        T::ObjectTable => K::Table,
        T::ObjectTablespace => K::Tablespace,
        T::ObjectTransform => K::Transform,
        T::ObjectTrigger => K::Trigger,
        T::ObjectTsconfiguration => K::TextSearchConfiguration,
        T::ObjectTsdictionary => K::TextSearchDictionary,
        T::ObjectTsparser => K::TextSearchParser,
        T::ObjectTstemplate => K::TextSearchTemplate,
        T::ObjectType => K::Type,
        T::ObjectUserMapping => K::UserMapping,
        T::ObjectView => K::View,
        _ => return None,
    })
}

/// The object named by `object` (of type `t`) and the reference to what it depends on: the
/// object itself, or for a column, constraint, trigger, rule or policy, its table (or domain).
pub(crate) fn named(t: ObjectType, object: &Node, ctx: &Context) -> Option<(ObjectId, Target)> {
    let kind = kind_of(t)?;
    let ns = kind.namespace();
    match kind {
        // Objects named by a plain identifier.
        ObjectKind::Schema
        | ObjectKind::Extension
        | ObjectKind::Language
        | ObjectKind::ForeignDataWrapper
        | ObjectKind::Server
        | ObjectKind::EventTrigger
        | ObjectKind::Publication
        | ObjectKind::Subscription
        | ObjectKind::Role
        | ObjectKind::Database
        | ObjectKind::Tablespace
        | ObjectKind::AccessMethod => {
            let name = string(object)?;
            Some((
                ObjectId::new(kind, None, name),
                Target::object(ns, None, name),
            ))
        }
        ObjectKind::LargeObject => {
            let oid = match &object.node {
                Some(NodeEnum::Integer(i)) => i.ival.to_string(),
                Some(NodeEnum::Float(f)) => f.fval.clone(),
                _ => return None,
            };
            Some((
                ObjectId::new(kind, None, &oid),
                Target::object(ns, None, &oid),
            ))
        }
        ObjectKind::Type | ObjectKind::Domain => {
            // a TypeName (COMMENT ON TYPE) or a list of names (ALTER TYPE ... OWNER TO)
            let (schema, name) = match type_name(object) {
                Some(t) => qualified(&t.names)?,
                None => qualified(list(object))?,
            };
            Some((
                ObjectId::new(
                    kind,
                    ctx.schema_of(schema.as_deref().unwrap_or("")).as_deref(),
                    &name,
                ),
                Target::object(Namespace::Type, schema.as_deref(), &name),
            ))
        }
        ObjectKind::Function
        | ObjectKind::Procedure
        | ObjectKind::Aggregate
        | ObjectKind::Operator => {
            let Some(NodeEnum::ObjectWithArgs(o)) = &object.node else {
                return None;
            };
            let (schema, name) = qualified(&o.objname)?;
            let args = object_args_signature(o);
            let id = ObjectId::with_suffix(
                kind,
                ctx.schema_of(schema.as_deref().unwrap_or("")).as_deref(),
                &name,
                args.as_deref().unwrap_or(""),
            );
            Some((
                id,
                Target::Object {
                    namespace: ns,
                    schema,
                    name,
                    args,
                },
            ))
        }
        ObjectKind::Cast => {
            let items = list(object);
            let (Some(a), Some(b)) = (
                items.first().and_then(type_name),
                items.get(1).and_then(type_name),
            ) else {
                return None;
            };
            let id = cast_id(&type_display(a), &type_display(b));
            let target = Target::object(ns, None, &id.name);
            Some((id, target))
        }
        ObjectKind::Column
        | ObjectKind::Constraint
        | ObjectKind::Trigger
        | ObjectKind::Rule
        | ObjectKind::Policy => {
            // [schema,] table, name
            let parts: Vec<&str> = list(object).iter().filter_map(string).collect();
            let (schema, parent, name) = match parts.as_slice() {
                [.., s, p, n] => (Some((*s).to_owned()), *p, *n),
                [p, n] => (None, *p, *n),
                _ => {
                    // COMMENT ON CONSTRAINT c ON DOMAIN d: [TypeName, String]
                    let items = list(object);
                    let t = items.first().and_then(type_name)?;
                    let (schema, parent) = qualified(&t.names)?;
                    let name = items.get(1).and_then(string)?;
                    let s = ctx.schema_of(schema.as_deref().unwrap_or(""));
                    return Some((
                        ObjectId::in_parent(kind, s.as_deref(), &parent, name),
                        Target::object(Namespace::Type, schema.as_deref(), &parent),
                    ));
                }
            };
            let s = ctx.schema_of(schema.as_deref().unwrap_or(""));
            let target = match kind {
                // a column is made by its table
                ObjectKind::Column => {
                    Target::object(Namespace::Relation, schema.as_deref(), parent)
                }
                _ => Target::object(ns, schema.as_deref(), &format!("{parent}.{name}")),
            };
            Some((
                ObjectId::in_parent(kind, s.as_deref(), parent, name),
                target,
            ))
        }
        ObjectKind::OperatorClass | ObjectKind::OperatorFamily => {
            // [access method, schema?, name]
            let parts: Vec<&str> = list(object).iter().filter_map(string).collect();
            let (am, rest) = parts.split_first()?;
            let (schema, name) = match rest {
                [s, n] => (Some((*s).to_owned()), *n),
                [n] => (None, *n),
                _ => return None,
            };
            let s = ctx.schema_of(schema.as_deref().unwrap_or(""));
            Some((
                ObjectId::with_suffix(kind, s.as_deref(), name, &format!(" USING {am}")),
                Target::object(ns, schema.as_deref(), name),
            ))
        }
        ObjectKind::UserMapping => None,
        _ => {
            // Relations and other schema objects: a list of names.
            let (schema, name) = qualified(list(object))?;
            let s = ctx.schema_of(schema.as_deref().unwrap_or(""));
            Some((
                ObjectId::new(kind, s.as_deref(), &name),
                Target::object(ns, schema.as_deref(), &name),
            ))
        }
    }
}

/// The identity of a cast: `cast:(source AS target)`.
pub(crate) fn cast_id(source: &str, target: &str) -> ObjectId {
    let name = format!("({source} AS {target})");
    ObjectId {
        kind: ObjectKind::Cast,
        schema: None,
        parent: None,
        identity: format!("cast:{name}"),
        name,
    }
}
