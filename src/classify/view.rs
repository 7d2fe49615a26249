//! `CREATE VIEW` and `CREATE RULE`.

use super::refs::Collector;
use super::{definition, relation_name, relation_target, Context};
use crate::model::{Classified, ObjectId, ObjectKind, Strength, Target};
use pg_query::protobuf::{RuleStmt, ViewStmt};

/// `CREATE VIEW`.
pub(crate) fn view(s: &ViewStmt, ctx: &Context) -> Classified {
    let Some(rel) = &s.view else {
        return Classified::default();
    };
    let (schema, name) = relation_name(rel, ctx);
    let mut refs = Collector::new(Strength::Hard);
    if let Some(q) = &s.query {
        refs.walk(q);
    }
    definition(
        ObjectId::new(ObjectKind::View, schema.as_deref(), &name),
        refs,
    )
}

/// `CREATE RULE`: in its table; after the table's data, so that it does not act on it.
pub(crate) fn rule(s: &RuleStmt, ctx: &Context) -> Classified {
    let Some(rel) = &s.relation else {
        return Classified::default();
    };
    let (schema, table) = relation_name(rel, ctx);
    let mut refs = super::walk_all(s.actions.iter().chain(s.where_clause.as_deref()));
    let target = relation_target(rel);
    refs.add_target(target.clone(), Strength::Hard);
    refs.add_target(Target::DataOf(Box::new(target.clone())), Strength::Hard);
    let mut c = definition(
        ObjectId::in_parent(ObjectKind::Rule, schema.as_deref(), &table, &s.rulename),
        refs,
    );
    c.attached_to = Some(target);
    c
}

#[cfg(test)]
mod tests {
    use crate::classify::check;

    #[test]
    fn views_need_what_they_select_from() {
        insta::assert_snapshot!(
            check("CREATE VIEW app.v AS WITH w AS (SELECT * FROM app.t) SELECT w.*, app.f(x) FROM w JOIN app.u USING (id)"),
            @"definition view:app.v <- schema app, function app.f, relation app.t, relation app.u"
        );
    }

    #[test]
    fn rules_live_in_their_table() {
        insta::assert_snapshot!(
            check("CREATE RULE r AS ON INSERT TO app.t DO INSTEAD INSERT INTO app.log VALUES (new.id)"),
            @"definition rule:app.t.r on relation app.t <- schema app, relation app.log, relation app.t, data of relation app.t"
        );
    }
}
