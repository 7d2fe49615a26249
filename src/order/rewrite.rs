//! Moving foreign keys out of `CREATE TABLE` to break a cycle, as pg_dump always writes them:
//! the table without them, then one `ALTER TABLE ... ADD CONSTRAINT` per key. An unnamed key
//! stays unnamed, so the server gives it the name it would have had (`t_col_fkey`).

use pg_query::protobuf::{
    AlterTableCmd, AlterTableStmt, AlterTableType, ConstrType, Constraint, CreateStmt, Node,
    ObjectType, RangeVar,
};
use pg_query::NodeEnum;

fn points_at(c: &Constraint, targets: &[(Option<String>, String)]) -> bool {
    if ConstrType::try_from(c.contype) != Ok(ConstrType::ConstrForeign) {
        return false;
    }
    let Some(pk) = &c.pktable else { return false };
    targets.iter().any(|(schema, name)| {
        *name == pk.relname
            && (pk.schemaname.is_empty() || schema.as_deref() == Some(pk.schemaname.as_str()))
    })
}

/// `DEFERRABLE`, `INITIALLY DEFERRED`, `NOT ENFORCED` ... after a column constraint: in the
/// parse tree, nodes of their own after it, which the server folds into the constraint
/// before them (`transformConstraintAttrs`); a table constraint has them as its fields.
fn is_attribute(c: &Constraint) -> bool {
    matches!(
        ConstrType::try_from(c.contype),
        Ok(ConstrType::ConstrAttrDeferrable
            | ConstrType::ConstrAttrNotDeferrable
            | ConstrType::ConstrAttrDeferred
            | ConstrType::ConstrAttrImmediate
            | ConstrType::ConstrAttrEnforced
            | ConstrType::ConstrAttrNotEnforced)
    )
}

/// The attribute clauses folded into a column key so far.
#[derive(Default)]
struct Attributes {
    /// `DEFERRABLE` or `NOT DEFERRABLE` was written (else `INITIALLY DEFERRED` implies
    /// `DEFERRABLE`).
    deferrability: bool,
}

impl Attributes {
    /// Folds the clause `attr` into `key` as the server does. (What the server refuses, a
    /// clause given twice or `NOT DEFERRABLE INITIALLY DEFERRED`, it refuses in the `ALTER
    /// TABLE` too.)
    fn fold(&mut self, key: &mut Constraint, attr: &Constraint) {
        match ConstrType::try_from(attr.contype) {
            Ok(ConstrType::ConstrAttrDeferrable) => {
                key.deferrable = true;
                self.deferrability = true;
            }
            Ok(ConstrType::ConstrAttrNotDeferrable) => {
                key.deferrable = false;
                self.deferrability = true;
            }
            Ok(ConstrType::ConstrAttrDeferred) => {
                key.initdeferred = true;
                if !self.deferrability {
                    key.deferrable = true;
                }
            }
            Ok(ConstrType::ConstrAttrImmediate) => key.initdeferred = false,
            Ok(ConstrType::ConstrAttrEnforced) => key.is_enforced = true,
            Ok(ConstrType::ConstrAttrNotEnforced) => {
                // NOT ENFORCED implies NOT VALID
                key.is_enforced = false;
                key.skip_validation = true;
                key.initially_valid = false;
            }
            _ => {}
        }
    }
}

fn deparse(node: NodeEnum) -> Option<String> {
    node.deparse(Default::default()).ok().map(|s| s + ";")
}

fn alter(rel: &RangeVar, c: Constraint) -> NodeEnum {
    NodeEnum::AlterTableStmt(AlterTableStmt {
        relation: Some(rel.clone()),
        cmds: vec![Node {
            node: Some(NodeEnum::AlterTableCmd(Box::new(AlterTableCmd {
                subtype: AlterTableType::AtAddConstraint as i32,
                def: Some(Box::new(Node {
                    node: Some(NodeEnum::Constraint(Box::new(c))),
                })),
                ..AlterTableCmd::default()
            }))),
        }],
        objtype: ObjectType::ObjectTable as i32,
        missing_ok: false,
    })
}

/// Splits the foreign keys pointing at `targets` out of the `CREATE TABLE` in `sql`. Returns
/// the new `CREATE TABLE` and the `ALTER TABLE` statements, or `None` when `sql` is not a
/// `CREATE TABLE`.
pub(crate) fn split_foreign_keys(
    sql: &str,
    targets: &[(Option<String>, String)],
) -> Option<(String, Vec<String>)> {
    let parsed = pg_query::parse(sql, 0).ok()?;
    let stmt = parsed
        .protobuf
        .stmts
        .first()?
        .stmt
        .as_ref()?
        .node
        .as_ref()?;
    let NodeEnum::CreateStmt(create) = stmt else {
        return None;
    };
    let mut create: CreateStmt = create.clone();
    let rel = create.relation.clone()?;
    let mut moved = Vec::new();
    let mut kept = Vec::new();
    for elt in create.table_elts.drain(..) {
        match elt.node {
            Some(NodeEnum::Constraint(c)) if points_at(&c, targets) => moved.push(*c),
            Some(NodeEnum::ColumnDef(mut col)) => {
                let mut cons = Vec::new();
                // the key being moved: the attribute clauses after it go with it
                let mut taking: Option<Attributes> = None;
                for n in col.constraints.drain(..) {
                    match n.node {
                        Some(NodeEnum::Constraint(c)) if taking.is_some() && is_attribute(&c) => {
                            if let (Some(t), Some(key)) = (&mut taking, moved.last_mut()) {
                                t.fold(key, &c);
                            }
                        }
                        Some(NodeEnum::Constraint(mut c)) if points_at(&c, targets) => {
                            // a column key names its column
                            c.fk_attrs = vec![Node {
                                node: Some(NodeEnum::String(pg_query::protobuf::String {
                                    sval: col.colname.clone(),
                                })),
                            }];
                            moved.push(*c);
                            taking = Some(Attributes::default());
                        }
                        other => {
                            taking = None;
                            cons.push(Node { node: other });
                        }
                    }
                }
                col.constraints = cons;
                kept.push(Node {
                    node: Some(NodeEnum::ColumnDef(col)),
                });
            }
            other => kept.push(Node { node: other }),
        }
    }
    create.table_elts = kept;
    let table = deparse(NodeEnum::CreateStmt(create))?;
    let alters = moved
        .into_iter()
        .map(|c| deparse(alter(&rel, c)))
        .collect::<Option<Vec<String>>>()?;
    Some((table, alters))
}

#[cfg(test)]
mod tests {
    use super::split_foreign_keys;

    #[test]
    fn column_and_table_keys_are_moved_with_their_names() {
        let (t, a) = split_foreign_keys(
            "CREATE TABLE app.a (id int PRIMARY KEY, b_id int REFERENCES app.b (id) ON DELETE CASCADE, c int, CONSTRAINT a_c FOREIGN KEY (c) REFERENCES app.c, d int REFERENCES app.d);",
            &[(Some("app".into()), "b".into()), (Some("app".into()), "c".into())],
        )
        .unwrap();
        assert_eq!(
            t,
            "CREATE TABLE app.a (id int PRIMARY KEY, b_id int, c int, d int REFERENCES app.d);"
        );
        assert_eq!(
            a,
            [
                "ALTER TABLE app.a ADD FOREIGN KEY (b_id) REFERENCES app.b (id) ON DELETE CASCADE;",
                "ALTER TABLE app.a ADD CONSTRAINT a_c FOREIGN KEY (c) REFERENCES app.c;",
            ]
        );
    }

    /// `REFERENCES b DEFERRABLE INITIALLY DEFERRED` is three nodes in a column's constraints:
    /// the clauses went to no key, left on the column (where the server refuses them,
    /// "misplaced DEFERRABLE clause"), and the key was added without them.
    #[test]
    fn a_column_key_takes_its_attribute_clauses_along() {
        let (t, a) = split_foreign_keys(
            "CREATE TABLE a (b_id int REFERENCES b DEFERRABLE INITIALLY DEFERRED NOT NULL UNIQUE DEFERRABLE, c int REFERENCES c INITIALLY DEFERRED, d int REFERENCES b NOT DEFERRABLE INITIALLY IMMEDIATE);",
            &[(None, "b".into()), (None, "c".into())],
        )
        .unwrap();
        assert_eq!(
            t,
            "CREATE TABLE a (b_id int NOT NULL UNIQUE DEFERRABLE, c int, d int);"
        );
        assert_eq!(
            a,
            [
                "ALTER TABLE a ADD FOREIGN KEY (b_id) REFERENCES b DEFERRABLE INITIALLY DEFERRED;",
                "ALTER TABLE a ADD FOREIGN KEY (c) REFERENCES c DEFERRABLE INITIALLY DEFERRED;",
                "ALTER TABLE a ADD FOREIGN KEY (d) REFERENCES b;",
            ]
        );
    }

    #[test]
    fn other_statements_are_left_alone() {
        assert!(split_foreign_keys("CREATE VIEW v AS SELECT 1", &[]).is_none());
    }
}
