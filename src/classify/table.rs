//! `CREATE TABLE` (plain, partitions, typed, inheriting), `CREATE FOREIGN TABLE` and
//! `CREATE TABLE ... AS` / `CREATE MATERIALIZED VIEW`.

use super::names::{qualified, string};
use super::refs::Collector;
use super::{definition, relation_name, relation_target, Context};
use crate::model::{Classified, Namespace, ObjectId, ObjectKind, Strength, Target};
use pg_query::protobuf::{
    ConstrType, Constraint, CreateStmt, CreateTableAsStmt, IndexElem, ObjectType,
};
use pg_query::protobuf::{CreateForeignTableStmt, Node};
use pg_query::NodeEnum;

/// `CREATE TABLE`.
pub(crate) fn create(s: &CreateStmt, ctx: &Context) -> Classified {
    let Some(rel) = &s.relation else {
        return Classified::default();
    };
    let kind = if s.partbound.is_some() {
        ObjectKind::Partition
    } else {
        ObjectKind::Table
    };
    table(s, rel, kind, ctx)
}

fn table(
    s: &CreateStmt,
    rel: &pg_query::protobuf::RangeVar,
    kind: ObjectKind,
    ctx: &Context,
) -> Classified {
    let (schema, name) = relation_name(rel, ctx);
    let object = ObjectId::new(kind, schema.as_deref(), &name);
    let mut refs = Collector::new(Strength::Hard);
    for n in s
        .table_elts
        .iter()
        .chain(&s.inh_relations)
        .chain(&s.constraints)
    {
        refs.walk(n);
    }
    if let Some(b) = &s.partbound {
        for n in b
            .listdatums
            .iter()
            .chain(&b.lowerdatums)
            .chain(&b.upperdatums)
        {
            refs.walk(n);
        }
    }
    if let Some(p) = &s.partspec {
        for n in &p.part_params {
            refs.walk(n);
        }
    }
    if let Some(t) = &s.of_typename {
        refs.type_ref(t);
    }
    let mut also = Vec::new();
    let mut inline_fks = Vec::new();
    let self_target = relation_target(rel);
    for elt in &s.table_elts {
        match &elt.node {
            Some(NodeEnum::ColumnDef(c)) => {
                let serial = c
                    .type_name
                    .as_ref()
                    .and_then(|t| qualified(&t.names))
                    .is_some_and(|(schema, n)| schema.is_none() && is_serial_name(&n));
                if serial {
                    also.push(ObjectId::new(
                        ObjectKind::Sequence,
                        schema.as_deref(),
                        &object_name(&name, Some(&c.colname), "seq"),
                    ));
                }
                for con in c.constraints.iter().filter_map(constraint) {
                    column_constraint(con, &name, &c.colname, schema.as_deref(), &mut also);
                    foreign_key(con, &self_target, &mut refs, &mut inline_fks);
                }
            }
            Some(NodeEnum::Constraint(con)) => {
                table_constraint(con, &name, schema.as_deref(), &mut also);
                foreign_key(con, &self_target, &mut refs, &mut inline_fks);
            }
            _ => {}
        }
    }
    let mut c = definition(object, refs);
    c.also_defines = also;
    c.inline_foreign_keys = inline_fks;
    if s.partbound.is_some() {
        // a partition belongs to its parent
        c.attached_to = s.inh_relations.first().and_then(|n| match &n.node {
            Some(NodeEnum::RangeVar(r)) => Some(relation_target(r)),
            _ => None,
        });
    }
    c
}

fn constraint(n: &Node) -> Option<&Constraint> {
    match &n.node {
        Some(NodeEnum::Constraint(c)) => Some(c),
        _ => None,
    }
}

/// A foreign key written in `CREATE TABLE`: it needs the keys of the table it points at.
fn foreign_key(con: &Constraint, own: &Target, refs: &mut Collector, fks: &mut Vec<Target>) {
    if ConstrType::try_from(con.contype) != Ok(ConstrType::ConstrForeign) {
        return;
    }
    let Some(pk) = &con.pktable else { return };
    let target = relation_target(pk);
    if same_relation(&target, own) {
        return;
    }
    refs.add_target(Target::KeysOf(Box::new(target.clone())), Strength::Hard);
    fks.push(target);
}

fn same_relation(a: &Target, b: &Target) -> bool {
    match (a, b) {
        (
            Target::Object {
                schema: sa,
                name: na,
                ..
            },
            Target::Object {
                schema: sb,
                name: nb,
                ..
            },
        ) => na == nb && (sa == sb || sa.is_none() || sb.is_none()),
        _ => false,
    }
}

/// Objects a column constraint creates: the sequence of an identity column, the index of a
/// primary key or unique constraint.
fn column_constraint(
    con: &Constraint,
    table: &str,
    column: &str,
    schema: Option<&str>,
    also: &mut Vec<ObjectId>,
) {
    match ConstrType::try_from(con.contype) {
        Ok(ConstrType::ConstrIdentity) => {
            let named = identity_sequence(con);
            let (s, n) = match named {
                Some((s, n)) => (s, n),
                None => (None, object_name(table, Some(column), "seq")),
            };
            also.push(ObjectId::new(
                ObjectKind::Sequence,
                s.as_deref().or(schema),
                &n,
            ));
        }
        Ok(ConstrType::ConstrPrimary | ConstrType::ConstrUnique | ConstrType::ConstrExclusion) => {
            let label = label(con);
            let name = if con.conname.is_empty() {
                if label == "pkey" {
                    object_name(table, None, label)
                } else {
                    object_name(table, Some(column), label)
                }
            } else {
                con.conname.clone()
            };
            also.push(ObjectId::in_parent(
                ObjectKind::Constraint,
                schema,
                table,
                &name,
            ));
            also.push(ObjectId::new(ObjectKind::Index, schema, &name));
        }
        Ok(ConstrType::ConstrCheck | ConstrType::ConstrForeign) if !con.conname.is_empty() => {
            also.push(ObjectId::in_parent(
                ObjectKind::Constraint,
                schema,
                table,
                &con.conname,
            ));
        }
        _ => {}
    }
}

/// Whether `name` is one of the `serial` pseudo-types (`serial`, `bigserial`, ...).
pub(crate) fn is_serial_name(name: &str) -> bool {
    matches!(
        name,
        "serial" | "serial4" | "bigserial" | "serial8" | "smallserial" | "serial2"
    )
}

/// The sequence an identity column names with `SEQUENCE NAME`, as `(schema, name)`.
pub(crate) fn identity_sequence(con: &Constraint) -> Option<(Option<String>, String)> {
    con.options.iter().find_map(|o| match &o.node {
        Some(NodeEnum::DefElem(d)) if d.defname == "sequence_name" => d
            .arg
            .as_ref()
            .and_then(|a| qualified(super::names::list(a))),
        _ => None,
    })
}

/// The label PostgreSQL ends an implicit constraint name with (`pkey`, `key`, `excl`,
/// `fkey`, `check`), or empty for other constraint types.
pub(crate) fn label(con: &Constraint) -> &'static str {
    match ConstrType::try_from(con.contype) {
        Ok(ConstrType::ConstrPrimary) => "pkey",
        Ok(ConstrType::ConstrUnique) => "key",
        Ok(ConstrType::ConstrExclusion) => "excl",
        Ok(ConstrType::ConstrForeign) => "fkey",
        Ok(ConstrType::ConstrCheck) => "check",
        _ => "",
    }
}

/// The name of a table constraint: its own, or PostgreSQL's default (`table_cols_label`,
/// `table_pkey`). The columns of an index it makes are its keys and `INCLUDE` columns (or
/// the elements of an exclusion constraint), as [`index_column_names`] names them; a
/// foreign key's are its referencing columns.
pub(crate) fn constraint_name(con: &Constraint, table: &str) -> String {
    if !con.conname.is_empty() {
        return con.conname.clone();
    }
    implicit_constraint_name(con, table, 0)
}

/// [`constraint_name`] of an unnamed constraint, the `pass`th try: PostgreSQL adds 1, 2 ...
/// to the label while the name is taken (`t_a_check1`; the table and column parts are cut
/// to make room for it).
pub(crate) fn implicit_constraint_name(con: &Constraint, table: &str, pass: usize) -> String {
    let label = label(con);
    let label = numbered(label, pass);
    let cols: Vec<String> = match ConstrType::try_from(con.contype) {
        Ok(ConstrType::ConstrPrimary) => Vec::new(),
        Ok(ConstrType::ConstrForeign) => con
            .fk_attrs
            .iter()
            .filter_map(string)
            .map(str::to_owned)
            .collect(),
        Ok(ConstrType::ConstrExclusion) => {
            let elems = con.exclusions.iter().filter_map(|x| match &x.node {
                Some(NodeEnum::List(l)) => match l.items.first().and_then(|e| e.node.as_ref()) {
                    Some(NodeEnum::IndexElem(e)) => Some(index_elem_name(e)),
                    _ => None,
                },
                _ => None,
            });
            let included = con.including.iter().filter_map(string).map(str::to_owned);
            index_column_names(elems.chain(included).collect())
        }
        _ => {
            let cols = con.keys.iter().chain(&con.including).filter_map(string);
            index_column_names(cols.map(str::to_owned).collect())
        }
    };
    if cols.is_empty() {
        object_name(table, None, &label)
    } else {
        object_name(table, Some(&cols.join("_")), &label)
    }
}

/// `label` for the `pass`th try at a free name: `check`, `check1`, `check2` ...
pub(crate) fn numbered(label: &str, pass: usize) -> String {
    if pass == 0 {
        label.to_owned()
    } else {
        format!("{label}{pass}")
    }
}

/// The name an index column gets: the column's, or the one its expression gives itself
/// ([`column_name`](super::names::column_name): `lower(email)` is `lower`), or `expr`.
pub(crate) fn index_elem_name(e: &IndexElem) -> String {
    if !e.name.is_empty() {
        return e.name.clone();
    }
    if !e.indexcolname.is_empty() {
        return e.indexcolname.clone();
    }
    e.expr
        .as_deref()
        .and_then(super::names::column_name)
        .map_or_else(|| "expr".to_owned(), |(_, s)| s.to_owned())
}

/// The names of an index's columns as PostgreSQL chooses them for the index's name: a name
/// already used by an earlier column gets a number (`lower`, `lower1`), cut so that it fits
/// in 63 bytes.
pub(crate) fn index_column_names(names: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(names.len());
    for name in names {
        let mut current = name.clone();
        let mut i = 1;
        while out.contains(&current) {
            let suffix = i.to_string();
            current = clip(&name, 63 - suffix.len()).to_owned() + &suffix;
            i += 1;
        }
        out.push(current);
    }
    out
}

/// Objects a table constraint creates (named after PostgreSQL's rules when unnamed).
fn table_constraint(con: &Constraint, table: &str, schema: Option<&str>, also: &mut Vec<ObjectId>) {
    let label = label(con);
    // Unnamed checks and foreign keys get names from their expressions: nothing refers to
    // them by name in a script that does not know it.
    if label.is_empty() || (con.conname.is_empty() && matches!(label, "check" | "fkey")) {
        return;
    }
    let name = constraint_name(con, table);
    also.push(ObjectId::in_parent(
        ObjectKind::Constraint,
        schema,
        table,
        &name,
    ));
    if matches!(label, "pkey" | "key" | "excl") {
        also.push(ObjectId::new(ObjectKind::Index, schema, &name));
    }
}

/// The name PostgreSQL gives an implicit object: `table_column_label`, each part shortened
/// (the longer one first) until the whole fits in 63 bytes. When the name is taken,
/// PostgreSQL tries the label with a number (see [`numbered`]); the fold does that against
/// what the input has defined so far.
pub(crate) fn object_name(a: &str, b: Option<&str>, label: &str) -> String {
    const MAX: usize = 63;
    let overhead = if label.is_empty() { 0 } else { label.len() + 1 } + usize::from(b.is_some());
    let mut la = a.len();
    let mut lb = b.map_or(0, str::len);
    while la + lb > MAX.saturating_sub(overhead) {
        if la > lb {
            la -= 1;
        } else {
            lb -= 1;
        }
    }
    let mut out = clip(a, la).to_owned();
    if let Some(b) = b {
        out.push('_');
        out.push_str(clip(b, lb));
    }
    if !label.is_empty() {
        out.push('_');
        out.push_str(label);
    }
    out
}

/// The longest prefix of `s` of at most `n` bytes that ends on a character boundary.
fn clip(s: &str, mut n: usize) -> &str {
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    &s[..n]
}

/// `CREATE FOREIGN TABLE`.
pub(crate) fn foreign(s: &CreateForeignTableStmt, ctx: &Context) -> Classified {
    let Some(base) = &s.base_stmt else {
        return Classified::default();
    };
    let Some(rel) = &base.relation else {
        return Classified::default();
    };
    let kind = if base.partbound.is_some() {
        ObjectKind::Partition
    } else {
        ObjectKind::ForeignTable
    };
    let mut c = table(base, rel, kind, ctx);
    c.refs.push(crate::model::Ref {
        target: Target::object(Namespace::Server, None, &s.servername),
        strength: Strength::Hard,
    });
    c
}

/// `CREATE TABLE ... AS`, `SELECT ... INTO`, `CREATE MATERIALIZED VIEW`.
pub(crate) fn create_as(s: &CreateTableAsStmt, ctx: &Context) -> Classified {
    let Some(rel) = s.into.as_ref().and_then(|i| i.rel.as_ref()) else {
        return Classified::default();
    };
    let kind = if ObjectType::try_from(s.objtype) == Ok(ObjectType::ObjectMatview) {
        ObjectKind::MaterializedView
    } else {
        ObjectKind::Table
    };
    let (schema, name) = relation_name(rel, ctx);
    let mut refs = Collector::new(Strength::Hard);
    if let Some(q) = &s.query {
        refs.walk(q);
    }
    let with_data = !s.into.as_ref().is_some_and(|i| i.skip_data);
    if with_data {
        // Filled from the data of what it reads: after that data is loaded.
        let sources: Vec<Target> = refs
            .refs
            .iter()
            .filter(|r| {
                matches!(
                    &r.target,
                    Target::Object {
                        namespace: Namespace::Relation,
                        ..
                    }
                )
            })
            .map(|r| r.target.clone())
            .collect();
        for t in sources {
            refs.add_target(Target::DataOf(Box::new(t)), Strength::Soft);
        }
    }
    definition(ObjectId::new(kind, schema.as_deref(), &name), refs)
}

#[cfg(test)]
mod tests {
    use super::object_name;
    use crate::classify::check;

    #[test]
    fn tables_need_their_types_defaults_and_parents() {
        insta::assert_snapshot!(
            check("CREATE TABLE app.t (id integer DEFAULT nextval('app.t_id_seq'::regclass) NOT NULL, m app.mood, c text COLLATE app.nocase, CHECK (app.valid(m)))"),
            @"definition table:app.t <- schema app, collation app.nocase, type app.mood, function nextval, function app.valid, relation app.t_id_seq"
        );
        insta::assert_snapshot!(
            check("CREATE TABLE app.p1 PARTITION OF app.p FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')"),
            @"definition partition:app.p1 on relation app.p <- schema app, relation app.p"
        );
        insta::assert_snapshot!(
            check("CREATE TABLE app.c (x int) INHERITS (app.base)"),
            @"definition table:app.c <- schema app, relation app.base"
        );
        insta::assert_snapshot!(check("CREATE TABLE app.typed OF app.pair"), @"definition table:app.typed <- schema app, type app.pair");
    }

    #[test]
    fn implicit_sequences_and_indexes_are_defined_too() {
        insta::assert_snapshot!(
            check("CREATE TABLE t (id serial PRIMARY KEY, code text UNIQUE, n bigint GENERATED ALWAYS AS IDENTITY)"),
            @"definition table:public.t +sequence:public.t_id_seq +constraint:public.t.t_pkey +index:public.t_pkey +constraint:public.t.t_code_key +index:public.t_code_key +sequence:public.t_n_seq <- schema public"
        );
        insta::assert_snapshot!(
            check("CREATE TABLE t (a int, b int, CONSTRAINT ab UNIQUE (a, b), PRIMARY KEY (a))"),
            @"definition table:public.t +constraint:public.t.ab +index:public.ab +constraint:public.t.t_pkey +index:public.t_pkey <- schema public"
        );
    }

    #[test]
    fn inline_foreign_keys_need_the_keys_of_their_target() {
        insta::assert_snapshot!(
            check("CREATE TABLE app.a (id int PRIMARY KEY, b_id int REFERENCES app.b, parent int REFERENCES app.a)"),
            @"definition table:app.a +constraint:app.a.a_pkey +index:app.a_pkey <- schema app, relation app.b, keys of relation app.b (inline fk relation app.b)"
        );
    }

    #[test]
    fn materialized_views_wait_for_the_data_they_read() {
        insta::assert_snapshot!(
            check("CREATE MATERIALIZED VIEW app.mv AS SELECT count(*) FROM app.t WITH DATA"),
            @"definition materialized-view:app.mv <- schema app, function count, relation app.t, soft data of relation app.t"
        );
        insta::assert_snapshot!(
            check("CREATE MATERIALIZED VIEW app.mv AS SELECT 1 FROM app.t WITH NO DATA"),
            @"definition materialized-view:app.mv <- schema app, relation app.t"
        );
    }

    #[test]
    fn foreign_tables_need_their_server() {
        insta::assert_snapshot!(
            check("CREATE FOREIGN TABLE app.f (a int) SERVER films"),
            @"definition foreign-table:app.f <- schema app, server films"
        );
    }

    #[test]
    fn implicit_names_are_shortened_like_postgres() {
        assert_eq!(object_name("t", Some("id"), "seq"), "t_id_seq");
        let long = "a".repeat(60);
        // 63 bytes in all: the longer part gives way
        let n = object_name(&long, Some("id"), "seq");
        assert_eq!(n.len(), 63);
        assert!(n.ends_with("_id_seq"));
        // never cut inside a character
        let n = object_name("é".repeat(40).as_str(), None, "pkey");
        assert_eq!(n.len(), 63);
        assert!(n.ends_with("é_pkey"));
    }
}
