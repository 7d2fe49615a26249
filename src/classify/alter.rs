//! `ALTER TABLE` (and `ALTER INDEX`, `ALTER VIEW`, `ALTER SEQUENCE`, `ALTER TYPE`, `ALTER
//! FOREIGN TABLE`, `ALTER MATERIALIZED VIEW` where they share its parse node).
//!
//! What pg_dump writes after a table (constraints, defaults, owners, identities, attached
//! partitions, replica identity, row security ...) is attached to it. Subcommands that change
//! what exists (dropping or retyping a column, dropping a constraint) make the statement
//! "other": it stays in place.

use super::refs::Collector;
use super::table::object_name;
use super::{relation_name, relation_target, Context};
use crate::model::{Class, Classified, Namespace, ObjectId, ObjectKind, Strength, Target};
use pg_query::protobuf::{AlterTableCmd, AlterTableStmt, AlterTableType, ConstrType, ObjectType};
use pg_query::NodeEnum;

/// `ALTER TABLE` and friends.
pub(crate) fn alter_table(s: &AlterTableStmt, ctx: &Context) -> Classified {
    let Some(rel) = &s.relation else {
        return Classified::default();
    };
    let objtype = ObjectType::try_from(s.objtype).unwrap_or(ObjectType::ObjectTable);
    let (schema, table) = relation_name(rel, ctx);
    let target = match objtype {
        ObjectType::ObjectIndex => Target::object(
            Namespace::Relation,
            (!rel.schemaname.is_empty()).then_some(rel.schemaname.as_str()),
            &rel.relname,
        ),
        ObjectType::ObjectType => Target::object(
            Namespace::Type,
            (!rel.schemaname.is_empty()).then_some(rel.schemaname.as_str()),
            &rel.relname,
        ),
        _ => relation_target(rel),
    };
    let kind = super::objects::kind_of(objtype).unwrap_or(ObjectKind::Table);
    let mut refs = Collector::new(Strength::Hard);
    refs.add_target(target.clone(), Strength::Hard);
    let mut action: Option<&'static str> = None;
    let mut object = ObjectId::new(kind, schema.as_deref(), &table);
    let mut also = Vec::new();
    let mut changes = false;
    let cmds: Vec<&AlterTableCmd> = s
        .cmds
        .iter()
        .filter_map(|n| match &n.node {
            Some(NodeEnum::AlterTableCmd(c)) => Some(&**c),
            _ => None,
        })
        .collect();
    let several = cmds.len() > 1;
    for cmd in &cmds {
        if let Some(d) = &cmd.def {
            refs.walk(d);
        }
        if let Some(r) = &cmd.newowner {
            if !r.rolename.is_empty() {
                refs.add(Namespace::Role, None, r.rolename.clone());
            }
        }
        let t = AlterTableType::try_from(cmd.subtype).unwrap_or(AlterTableType::Undefined);
        use AlterTableType as A;
        let this: &'static str = match t {
            A::AtAddConstraint => {
                let Some(NodeEnum::Constraint(con)) =
                    cmd.def.as_ref().and_then(|d| d.node.as_ref())
                else {
                    continue;
                };
                let ct = ConstrType::try_from(con.contype).unwrap_or(ConstrType::Undefined);
                let label = super::table::label(con);
                let name = super::table::constraint_name(con, &table);
                if !several {
                    object = ObjectId::in_parent(
                        ObjectKind::Constraint,
                        schema.as_deref(),
                        &table,
                        &name,
                    );
                }
                if matches!(label, "pkey" | "key" | "excl") {
                    also.push(ObjectId::new(ObjectKind::Index, schema.as_deref(), &name));
                }
                if !con.indexname.is_empty() {
                    // ADD CONSTRAINT ... PRIMARY KEY USING INDEX i
                    refs.add(Namespace::Relation, rel_schema(rel), con.indexname.clone());
                }
                if ct == ConstrType::ConstrForeign {
                    if let Some(pk) = &con.pktable {
                        let pkt = relation_target(pk);
                        refs.add_target(Target::KeysOf(Box::new(pkt.clone())), Strength::Hard);
                        // Checked against the data: after both tables are loaded.
                        refs.add_target(Target::DataOf(Box::new(pkt)), Strength::Hard);
                        refs.add_target(Target::DataOf(Box::new(target.clone())), Strength::Hard);
                    }
                    "foreign-key"
                } else {
                    if ct != ConstrType::ConstrCheck || !con.skip_validation {
                        refs.add_target(Target::DataOf(Box::new(target.clone())), Strength::Soft);
                    }
                    "constraint"
                }
            }
            A::AtAddIndexConstraint => "constraint",
            A::AtColumnDefault | A::AtCookedColumnDefault => "default",
            A::AtChangeOwner => "owner",
            A::AtAddIdentity => {
                if let Some(NodeEnum::Constraint(con)) =
                    cmd.def.as_ref().and_then(|d| d.node.as_ref())
                {
                    let named = super::table::identity_sequence(con);
                    let (s, n) =
                        named.unwrap_or((None, object_name(&table, Some(&cmd.name), "seq")));
                    also.push(ObjectId::new(
                        ObjectKind::Sequence,
                        ctx.schema_of(s.as_deref().unwrap_or(schema.as_deref().unwrap_or("")))
                            .as_deref(),
                        &n,
                    ));
                }
                "identity"
            }
            A::AtSetIdentity => "identity",
            A::AtAttachPartition => {
                if let Some(NodeEnum::PartitionCmd(p)) =
                    cmd.def.as_ref().and_then(|d| d.node.as_ref())
                {
                    if let Some(child) = &p.name {
                        if objtype == ObjectType::ObjectIndex {
                            refs.add(
                                Namespace::Relation,
                                rel_schema(child),
                                child.relname.clone(),
                            );
                        }
                    }
                }
                "attach-partition"
            }
            A::AtReplicaIdentity => {
                if let Some(NodeEnum::ReplicaIdentityStmt(r)) =
                    cmd.def.as_ref().and_then(|d| d.node.as_ref())
                {
                    if !r.name.is_empty() {
                        refs.add(Namespace::Relation, rel_schema(rel), r.name.clone());
                    }
                }
                "replica-identity"
            }
            A::AtClusterOn => {
                refs.add(Namespace::Relation, rel_schema(rel), cmd.name.clone());
                "cluster"
            }
            A::AtEnableRowSecurity
            | A::AtForceRowSecurity
            | A::AtDisableRowSecurity
            | A::AtNoForceRowSecurity => "row-security",
            A::AtEnableTrig | A::AtEnableAlwaysTrig | A::AtEnableReplicaTrig | A::AtDisableTrig => {
                refs.add_target(
                    Target::Object {
                        namespace: Namespace::Trigger,
                        schema: schema.clone(),
                        name: format!("{table}.{}", cmd.name),
                        args: None,
                    },
                    Strength::Hard,
                );
                "trigger-state"
            }
            A::AtEnableRule | A::AtEnableAlwaysRule | A::AtEnableReplicaRule | A::AtDisableRule => {
                "rule-state"
            }
            A::AtAddColumn | A::AtAddColumnToView => "add-column",
            A::AtAddInherit => "inherit",
            A::AtAddOf => "of-type",
            A::AtSetNotNull
            | A::AtSetStatistics
            | A::AtSetOptions
            | A::AtResetOptions
            | A::AtSetStorage
            | A::AtSetCompression
            | A::AtSetRelOptions
            | A::AtResetRelOptions
            | A::AtReplaceRelOptions
            | A::AtSetLogged
            | A::AtSetUnLogged
            | A::AtSetAccessMethod
            | A::AtSetTableSpace
            | A::AtGenericOptions
            | A::AtAlterColumnGenericOptions
            | A::AtEnableTrigAll
            | A::AtDisableTrigAll
            | A::AtEnableTrigUser
            | A::AtDisableTrigUser
            | A::AtSetExpression => "alter",
            A::AtValidateConstraint | A::AtAlterConstraint => {
                let name = match cmd.def.as_ref().and_then(|d| d.node.as_ref()) {
                    Some(NodeEnum::AtalterConstraint(c)) => c.conname.clone(),
                    _ => cmd.name.clone(),
                };
                refs.add_target(
                    Target::Object {
                        namespace: Namespace::Constraint,
                        schema: rel_schema(rel),
                        name: format!("{table}.{name}"),
                        args: None,
                    },
                    Strength::Hard,
                );
                "alter"
            }
            _ => {
                changes = true;
                "change"
            }
        };
        action = Some(match action {
            None => this,
            Some(a) if a == this => a,
            Some(_) => "alter",
        });
    }
    // A statement that adds a column shapes the table, whatever else it does.
    let adds_column = cmds.iter().any(|c| {
        matches!(
            AlterTableType::try_from(c.subtype),
            Ok(AlterTableType::AtAddColumn | AlterTableType::AtAddColumnToView)
        )
    });
    if adds_column {
        action = Some("add-column");
    }
    let mut c = Classified {
        class: if changes {
            Class::Other
        } else {
            Class::Attached
        },
        object: Some(object),
        action,
        attached_to: (!changes).then_some(target),
        also_defines: also,
        refs: refs.finish(),
        changes_existing: changes,
        ..Classified::default()
    };
    if changes {
        c.action = None;
    }
    c
}

fn rel_schema(r: &pg_query::protobuf::RangeVar) -> Option<String> {
    (!r.schemaname.is_empty()).then(|| r.schemaname.clone())
}

#[cfg(test)]
mod tests {
    use crate::classify::check;

    #[test]
    fn constraints_are_attached_to_their_table() {
        insta::assert_snapshot!(
            check("ALTER TABLE ONLY app.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);"),
            @"attached constraint:app.t.t_pkey [constraint] on relation app.t +index:app.t_pkey <- relation app.t, soft data of relation app.t"
        );
        insta::assert_snapshot!(
            check("ALTER TABLE ONLY app.a ADD CONSTRAINT a_b_fkey FOREIGN KEY (b) REFERENCES app.b(id) ON DELETE CASCADE;"),
            @"attached constraint:app.a.a_b_fkey [foreign-key] on relation app.a <- relation app.a, relation app.b, data of relation app.a, data of relation app.b, keys of relation app.b"
        );
        insta::assert_snapshot!(
            check("ALTER TABLE app.t ADD CHECK (a > 0) NOT VALID"),
            @"attached constraint:app.t.t_check [constraint] on relation app.t <- relation app.t"
        );
    }

    #[test]
    fn defaults_owners_identities_and_partitions() {
        insta::assert_snapshot!(
            check("ALTER TABLE ONLY app.t ALTER COLUMN id SET DEFAULT nextval('app.t_id_seq'::regclass);"),
            @"attached table:app.t [default] on relation app.t <- function nextval, relation app.t, relation app.t_id_seq"
        );
        insta::assert_snapshot!(check("ALTER TABLE app.t OWNER TO bob;"), @"attached table:app.t [owner] on relation app.t <- relation app.t, role bob");
        insta::assert_snapshot!(
            check("ALTER TABLE app.t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME app.t_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1);"),
            @"attached table:app.t [identity] on relation app.t +sequence:app.t_id_seq <- relation app.t"
        );
        insta::assert_snapshot!(
            check("ALTER TABLE ONLY app.p ATTACH PARTITION app.p1 FOR VALUES IN (1);"),
            @"attached table:app.p [attach-partition] on relation app.p <- relation app.p, relation app.p1"
        );
        insta::assert_snapshot!(
            check("ALTER INDEX app.p_pkey ATTACH PARTITION app.p1_pkey;"),
            @"attached index:app.p_pkey [attach-partition] on relation app.p_pkey <- relation app.p1_pkey, relation app.p_pkey"
        );
        insta::assert_snapshot!(
            check("ALTER TABLE ONLY app.t REPLICA IDENTITY USING INDEX t_key;"),
            @"attached table:app.t [replica-identity] on relation app.t <- relation app.t, relation app.t_key"
        );
        insta::assert_snapshot!(check("ALTER TABLE app.t ENABLE ROW LEVEL SECURITY;"), @"attached table:app.t [row-security] on relation app.t <- relation app.t");
    }

    #[test]
    fn adding_a_column_among_other_changes_still_shapes_the_table() {
        insta::assert_snapshot!(
            check("ALTER TABLE app.t ADD COLUMN a int, ALTER COLUMN b SET DEFAULT 1"),
            @"attached table:app.t [add-column] on relation app.t <- relation app.t"
        );
    }

    #[test]
    fn changing_columns_stays_in_place() {
        insta::assert_snapshot!(check("ALTER TABLE app.t DROP COLUMN x"), @"other table:app.t <- relation app.t (changes existing)");
        insta::assert_snapshot!(check("ALTER TABLE app.t ALTER COLUMN x TYPE bigint"), @"other table:app.t <- relation app.t (changes existing)");
        insta::assert_snapshot!(
            check("ALTER TABLE app.t ADD COLUMN y app.mood"),
            @"attached table:app.t [add-column] on relation app.t <- type app.mood, relation app.t"
        );
    }
}
