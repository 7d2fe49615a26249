//! `CREATE INDEX` and `CREATE STATISTICS`.

use super::names::qualified;
use super::refs::Collector;
use super::{definition, relation_target, Context};
use crate::model::{Classified, ObjectId, ObjectKind, Strength, Target};
use pg_query::protobuf::{CreateStatsStmt, IndexStmt};
use pg_query::NodeEnum;

/// `CREATE INDEX`: in the table's schema; unnamed indexes get PostgreSQL's default name.
pub(crate) fn index(s: &IndexStmt, ctx: &Context) -> Classified {
    let Some(rel) = &s.relation else {
        return Classified::default();
    };
    let (schema, table) = super::relation_name(rel, ctx);
    let name = if s.idxname.is_empty() {
        implicit_index_name(s, &table, 0)
    } else {
        s.idxname.clone()
    };
    let mut refs = Collector::new(Strength::Hard);
    let target = relation_target(rel);
    refs.add_target(target.clone(), Strength::Hard);
    for n in s
        .index_params
        .iter()
        .chain(&s.index_including_params)
        .chain(s.where_clause.as_deref())
    {
        refs.walk(n);
    }
    // Built after the table's data is loaded, as pg_dump does.
    refs.add_target(Target::DataOf(Box::new(target.clone())), Strength::Soft);
    let mut c = definition(
        ObjectId::new(ObjectKind::Index, schema.as_deref(), &name),
        refs,
    );
    c.attached_to = Some(target);
    c
}

/// The name PostgreSQL gives an unnamed index of `table`, the `pass`th try (`t_a_idx`,
/// then `t_a_idx1` ... while the name is taken): named after its columns and `INCLUDE`
/// columns ([`index_column_names`](super::table::index_column_names)).
pub(crate) fn implicit_index_name(s: &IndexStmt, table: &str, pass: usize) -> String {
    let cols: Vec<String> = s
        .index_params
        .iter()
        .chain(&s.index_including_params)
        .map(|p| match &p.node {
            Some(NodeEnum::IndexElem(e)) => super::table::index_elem_name(e),
            _ => "expr".to_owned(),
        })
        .collect();
    let cols = super::table::index_column_names(cols);
    let label = super::table::numbered("idx", pass);
    super::table::object_name(table, Some(&cols.join("_")), &label)
}

/// `CREATE STATISTICS`.
pub(crate) fn statistics(s: &CreateStatsStmt, ctx: &Context) -> Classified {
    let Some((schema, name)) = qualified(&s.defnames) else {
        return Classified::default();
    };
    let refs = super::walk_all(s.relations.iter().chain(&s.exprs));
    definition(
        super::defined(ObjectKind::Statistics, schema, &name, ctx),
        refs,
    )
}

#[cfg(test)]
mod tests {
    use crate::classify::check;

    #[test]
    fn indexes_live_in_their_tables_schema() {
        insta::assert_snapshot!(
            check("CREATE INDEX t_name_trgm ON app.t USING gin (name gin_trgm_ops) WHERE app.active(t)"),
            @"definition index:app.t_name_trgm on relation app.t <- schema app, extension pg_trgm, function app.active, operator-class gin_trgm_ops, relation app.t, soft data of relation app.t"
        );
        insta::assert_snapshot!(
            check("CREATE UNIQUE INDEX ON app.t (lower(name), id)"),
            @"definition index:app.t_lower_id_idx on relation app.t <- schema app, function lower, relation app.t, soft data of relation app.t"
        );
        insta::assert_snapshot!(
            check("CREATE STATISTICS app.s (dependencies) ON a, b FROM app.t"),
            @"definition statistics:app.s <- schema app, relation app.t"
        );
    }
}
