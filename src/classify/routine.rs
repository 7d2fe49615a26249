//! Functions, procedures, `ALTER FUNCTION`, and the `DefineStmt` family: aggregates,
//! operators, base and shell types, collations, text search objects.
//!
//! Function bodies: SQL-standard bodies (`BEGIN ATOMIC`, `RETURN`) are part of the parse tree
//! and checked by the server, so what they use is a hard dependency. `LANGUAGE sql` bodies in
//! strings are parsed; what they use is soft (pg_dump restores with
//! `check_function_bodies = false`). Other languages (PL/pgSQL ...) are read best-effort:
//! identifier chains outside strings and comments that name objects the input defines
//! become soft dependencies. Names built at run time (`EXECUTE format(...)`) are not seen.

use super::names::{list, parameters_signature, qualified, string};
use super::refs::{self, Collector};
use super::{definition, Context};
use crate::model::{Class, Classified, Namespace, ObjectId, ObjectKind, Strength, Target};
use pg_query::protobuf::{AlterFunctionStmt, CreateFunctionStmt, DefineStmt, ObjectType};
use pg_query::NodeEnum;

/// `CREATE FUNCTION` / `CREATE PROCEDURE`.
pub(crate) fn function(s: &CreateFunctionStmt, ctx: &Context) -> Classified {
    let Some((schema, name)) = qualified(&s.funcname) else {
        return Classified::default();
    };
    let kind = if s.is_procedure {
        ObjectKind::Procedure
    } else {
        ObjectKind::Function
    };
    let schema = ctx.schema_of(schema.as_deref().unwrap_or(""));
    let object = ObjectId::with_suffix(
        kind,
        schema.as_deref(),
        &name,
        &parameters_signature(&s.parameters),
    );
    let mut refs = Collector::new(Strength::Hard);
    for p in &s.parameters {
        refs.walk(p);
    }
    if let Some(t) = &s.return_type {
        refs.type_ref(t);
    }
    if let Some(body) = &s.sql_body {
        refs.walk(body);
    }
    let mut language = String::from("sql");
    let mut body: Option<&str> = None;
    for o in &s.options {
        let Some(NodeEnum::DefElem(d)) = &o.node else {
            continue;
        };
        match d.defname.as_str() {
            "language" => {
                if let Some(l) = d.arg.as_deref().and_then(string) {
                    language = l.to_owned();
                }
            }
            "as" => {
                // AS 'body' or AS 'obj_file', 'link_symbol'
                let items = d.arg.as_deref().map(list).unwrap_or(&[]);
                if items.len() == 1 {
                    body = string(&items[0]);
                }
            }
            "set" => {}
            _ => {
                if let Some(a) = &d.arg {
                    refs.walk(a);
                }
            }
        }
    }
    if !matches!(language.as_str(), "sql" | "plpgsql" | "c" | "internal") {
        refs.add(Namespace::Language, None, language.clone());
    } else if language == "plpgsql" {
        // plpgsql is built in, but a dump may create it (pre-9.0) or comment on it.
        refs.add_target(
            Target::object(Namespace::Language, None, "plpgsql"),
            Strength::Soft,
        );
    }
    let mut note = None;
    if let Some(body) = body {
        match language.as_str() {
            "sql" => {
                if !refs::sql_body(body, &mut refs) {
                    note = Some(
                        "LANGUAGE sql body does not parse; its dependencies are not known"
                            .to_owned(),
                    );
                }
            }
            "c" | "internal" => {}
            _ => {
                let mut soft = Collector::new(Strength::Soft);
                refs::procedural_body(body, &mut soft);
                refs.refs.extend(soft.refs);
            }
        }
    }
    let mut c = definition(object, refs);
    c.reason = note;
    c
}

/// `ALTER FUNCTION` / `ALTER PROCEDURE` / `ALTER ROUTINE`: attached to the routine.
pub(crate) fn alter(s: &AlterFunctionStmt, ctx: &Context) -> Classified {
    let Some(func) = &s.func else {
        return Classified::default();
    };
    let objtype = ObjectType::try_from(s.objtype).unwrap_or(ObjectType::ObjectFunction);
    let node = pg_query::protobuf::Node {
        node: Some(NodeEnum::ObjectWithArgs(func.clone())),
    };
    let Some((object, target)) = super::objects::named(objtype, &node, ctx) else {
        return Classified::default();
    };
    let mut refs = Collector::new(Strength::Hard);
    refs.add_target(target.clone(), Strength::Hard);
    for a in &s.actions {
        refs.walk(a);
    }
    Classified {
        class: Class::Attached,
        object: Some(object),
        action: Some("alter"),
        attached_to: Some(target),
        refs: refs.finish(),
        ..Classified::default()
    }
}

/// `CREATE AGGREGATE`, `CREATE OPERATOR`, `CREATE TYPE` (base and shell), `CREATE
/// COLLATION`, `CREATE TEXT SEARCH ...`.
pub(crate) fn define(s: &DefineStmt, ctx: &Context) -> Classified {
    let Some((schema, name)) = qualified(&s.defnames) else {
        return Classified::default();
    };
    let schema = ctx.schema_of(schema.as_deref().unwrap_or(""));
    let schema = schema.as_deref();
    let mut refs = Collector::new(Strength::Hard);
    refs::definition_options(&s.definition, &mut refs);
    let object = match ObjectType::try_from(s.kind).unwrap_or(ObjectType::Undefined) {
        ObjectType::ObjectAggregate => {
            // args: [list of FunctionParameter, number of direct args]
            let params = s.args.first().map(list).unwrap_or(&[]);
            for p in params {
                refs.walk(p);
            }
            ObjectId::with_suffix(
                ObjectKind::Aggregate,
                schema,
                &name,
                &aggregate_signature(params),
            )
        }
        ObjectType::ObjectOperator => {
            let mut left = "NONE".to_owned();
            let mut right = "NONE".to_owned();
            for o in &s.definition {
                let Some(NodeEnum::DefElem(d)) = &o.node else {
                    continue;
                };
                let t = d.arg.as_deref().and_then(super::names::type_name);
                match (d.defname.as_str(), t) {
                    ("leftarg", Some(t)) => left = super::names::type_display(t),
                    ("rightarg", Some(t)) => right = super::names::type_display(t),
                    _ => {}
                }
            }
            ObjectId::with_suffix(
                ObjectKind::Operator,
                schema,
                &name,
                &format!("({left}, {right})"),
            )
        }
        ObjectType::ObjectType => {
            if s.definition.is_empty() {
                ObjectId::new(ObjectKind::ShellType, schema, &name)
            } else {
                // (the graph orders it after its shell type, when there is one)
                ObjectId::new(ObjectKind::Type, schema, &name)
            }
        }
        ObjectType::ObjectCollation => {
            if let Some((s, n)) = s.definition.iter().find_map(|o| match &o.node {
                Some(NodeEnum::DefElem(d)) if d.defname == "from" => {
                    d.arg.as_deref().and_then(|a| qualified(list(a)))
                }
                _ => None,
            }) {
                refs.add(Namespace::Collation, s, n);
            }
            ObjectId::new(ObjectKind::Collation, schema, &name)
        }
        ObjectType::ObjectTsparser => ObjectId::new(ObjectKind::TextSearchParser, schema, &name),
        ObjectType::ObjectTstemplate => {
            ObjectId::new(ObjectKind::TextSearchTemplate, schema, &name)
        }
        ObjectType::ObjectTsdictionary => {
            ObjectId::new(ObjectKind::TextSearchDictionary, schema, &name)
        }
        ObjectType::ObjectTsconfiguration => {
            ObjectId::new(ObjectKind::TextSearchConfiguration, schema, &name)
        }
        _ => return super::other(&NodeEnum::DefineStmt(s.clone()), false),
    };
    definition(object, refs)
}

fn aggregate_signature(params: &[pg_query::protobuf::Node]) -> String {
    if params.is_empty() {
        return "(*)".to_owned();
    }
    parameters_signature(params)
}

#[cfg(test)]
mod tests {
    use crate::classify::check;

    #[test]
    fn functions_are_identified_by_their_input_types() {
        insta::assert_snapshot!(
            check("CREATE FUNCTION app.f(a integer, b app.mood DEFAULT 'x', OUT c text) RETURNS SETOF app.t LANGUAGE c AS 'lib', 'sym'"),
            @"definition function:app.f(integer, app.mood) <- schema app, type app.mood, type app.t"
        );
        insta::assert_snapshot!(
            check("CREATE PROCEDURE app.p() LANGUAGE plpgsql AS $$BEGIN INSERT INTO app.log VALUES (1); END$$"),
            @"definition procedure:app.p() <- schema app, soft language plpgsql, soft any app, soft any app.log"
        );
    }

    #[test]
    fn sql_standard_bodies_are_hard_dependencies_string_bodies_soft() {
        insta::assert_snapshot!(
            check("CREATE FUNCTION app.n() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM app.t; END"),
            @"definition function:app.n() <- schema app, function count, relation app.t"
        );
        insta::assert_snapshot!(
            check("CREATE FUNCTION app.n() RETURNS bigint LANGUAGE sql AS $$SELECT count(*) FROM app.t$$"),
            @"definition function:app.n() <- schema app, soft function count, soft relation app.t"
        );
    }

    #[test]
    fn define_statements() {
        insta::assert_snapshot!(
            check("CREATE AGGREGATE app.total(integer) (SFUNC = app.add, STYPE = integer)"),
            @"definition aggregate:app.total(integer) <- schema app, any app.add"
        );
        insta::assert_snapshot!(
            check("CREATE OPERATOR app.=== (LEFTARG = app.t, RIGHTARG = app.t, PROCEDURE = app.eq)"),
            @r#"definition operator:app."==="(app.t, app.t) <- schema app, any app.eq, any app.t"#
        );
        insta::assert_snapshot!(check("CREATE TYPE app.b"), @"definition shell-type:app.b <- schema app");
        insta::assert_snapshot!(
            check("CREATE TYPE app.b (INPUT = app.b_in, OUTPUT = app.b_out)"),
            @"definition type:app.b <- schema app, any app.b_in, any app.b_out"
        );
        insta::assert_snapshot!(
            check("CREATE TEXT SEARCH CONFIGURATION app.c (COPY = pg_catalog.english)"),
            @"definition text-search-configuration:app.c <- schema app"
        );
    }

    #[test]
    fn alter_function_is_attached() {
        insta::assert_snapshot!(
            check("ALTER FUNCTION app.f(integer) SECURITY DEFINER"),
            @"attached function:app.f(integer) [alter] on function app.f(integer) <- function app.f(integer)"
        );
    }
}
