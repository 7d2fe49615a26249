//! Triggers, event triggers and row-level security policies.

use super::names::qualified;
use super::refs::Collector;
use super::{definition, relation_name, relation_target, Context};
use crate::model::{Class, Classified, Namespace, ObjectId, ObjectKind, Strength, Target};
use pg_query::protobuf::{
    AlterEventTrigStmt, CreateEventTrigStmt, CreatePolicyStmt, CreateTrigStmt,
};

/// `CREATE TRIGGER`: in its table, after the table's data (so that it does not fire on it).
pub(crate) fn trigger(s: &CreateTrigStmt, ctx: &Context) -> Classified {
    let Some(rel) = &s.relation else {
        return Classified::default();
    };
    let (schema, table) = relation_name(rel, ctx);
    let mut refs = super::walk_all(s.when_clause.as_deref());
    let target = relation_target(rel);
    refs.add_target(target.clone(), Strength::Hard);
    refs.add_target(Target::DataOf(Box::new(target.clone())), Strength::Hard);
    if let Some(r) = &s.constrrel {
        refs.add_target(relation_target(r), Strength::Hard);
    }
    if let Some((fschema, fname)) = qualified(&s.funcname) {
        refs.add_target(
            Target::Object {
                namespace: Namespace::Function,
                schema: fschema,
                name: fname,
                args: Some("()".to_owned()),
            },
            Strength::Hard,
        );
    }
    let mut c = definition(
        ObjectId::in_parent(ObjectKind::Trigger, schema.as_deref(), &table, &s.trigname),
        refs,
    );
    c.attached_to = Some(target);
    c
}

/// `CREATE EVENT TRIGGER`.
pub(crate) fn event_trigger(s: &CreateEventTrigStmt) -> Classified {
    let mut refs = Collector::new(Strength::Hard);
    if let Some((schema, name)) = qualified(&s.funcname) {
        refs.add_target(
            Target::Object {
                namespace: Namespace::Function,
                schema,
                name,
                args: Some("()".to_owned()),
            },
            Strength::Hard,
        );
    }
    definition(
        ObjectId::new(ObjectKind::EventTrigger, None, &s.trigname),
        refs,
    )
}

/// `ALTER EVENT TRIGGER ... ENABLE/DISABLE`.
pub(crate) fn alter_event_trigger(s: &AlterEventTrigStmt) -> Classified {
    let target = Target::object(Namespace::EventTrigger, None, &s.trigname);
    Classified {
        class: Class::Attached,
        object: Some(ObjectId::new(ObjectKind::EventTrigger, None, &s.trigname)),
        action: Some("alter"),
        attached_to: Some(target.clone()),
        refs: vec![crate::model::Ref {
            target,
            strength: Strength::Hard,
        }],
        ..Classified::default()
    }
}

/// `CREATE POLICY`.
pub(crate) fn policy(s: &CreatePolicyStmt, ctx: &Context) -> Classified {
    let Some(rel) = &s.table else {
        return Classified::default();
    };
    let (schema, table) = relation_name(rel, ctx);
    let mut refs = super::walk_all(s.qual.as_deref().into_iter().chain(s.with_check.as_deref()));
    let target = relation_target(rel);
    refs.add_target(target.clone(), Strength::Hard);
    for r in &s.roles {
        if let Some(pg_query::NodeEnum::RoleSpec(r)) = &r.node {
            if !r.rolename.is_empty() {
                refs.add(Namespace::Role, None, r.rolename.clone());
            }
        }
    }
    let mut c = definition(
        ObjectId::in_parent(
            ObjectKind::Policy,
            schema.as_deref(),
            &table,
            &s.policy_name,
        ),
        refs,
    );
    c.attached_to = Some(target);
    c
}

#[cfg(test)]
mod tests {
    use crate::classify::check;

    #[test]
    fn triggers_need_their_function_and_the_tables_data() {
        insta::assert_snapshot!(
            check("CREATE TRIGGER audit AFTER UPDATE ON app.t FOR EACH ROW WHEN (old.x IS DISTINCT FROM new.x) EXECUTE FUNCTION app.audit()"),
            @"definition trigger:app.t.audit on relation app.t <- schema app, function app.audit(), relation app.t, data of relation app.t"
        );
        insta::assert_snapshot!(
            check("CREATE EVENT TRIGGER ddl ON ddl_command_end EXECUTE FUNCTION app.log_ddl()"),
            @"definition event-trigger:ddl <- function app.log_ddl()"
        );
    }

    #[test]
    fn policies_live_in_their_table() {
        insta::assert_snapshot!(
            check("CREATE POLICY own ON app.t TO app_user USING (owner = app.me())"),
            @"definition policy:app.t.own on relation app.t <- schema app, function app.me, relation app.t, role app_user"
        );
    }
}
