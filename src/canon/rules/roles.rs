//! Rule `current-role`: with `--role NAME` (the role the scripts run as), `CURRENT_USER`,
//! `CURRENT_ROLE`, `SESSION_USER` and `USER` name that role, and `ALTER DEFAULT
//! PRIVILEGES` without `FOR ROLE` is for it, as the server records them (pg_dump then names
//! the role: `FOR ROLE app`, `CREATE USER MAPPING FOR app`). Without `--role` they stay as
//! written: who runs a script is not in the script.

use pg_query::protobuf::{DefElem, List, Node, RoleSpec, RoleSpecType};
use pg_query::NodeEnum;

/// Names `r` when it says the current role.
fn role_spec(r: &mut RoleSpec, role: &str) {
    let current = [
        RoleSpecType::RolespecCurrentRole as i32,
        RoleSpecType::RolespecCurrentUser as i32,
        RoleSpecType::RolespecSessionUser as i32,
    ];
    if current.contains(&r.roletype) {
        r.roletype = RoleSpecType::RolespecCstring as i32;
        role.clone_into(&mut r.rolename);
    }
}

fn named(role: &str) -> Node {
    Node {
        node: Some(NodeEnum::RoleSpec(RoleSpec {
            roletype: RoleSpecType::RolespecCstring as i32,
            rolename: role.to_owned(),
            location: -1,
        })),
    }
}

/// Applies the rule to one node (`role`: the role the statements run as).
pub(crate) fn node(n: &mut NodeEnum, role: Option<&str>) {
    let Some(role) = role else { return };
    match n {
        NodeEnum::RoleSpec(r) => role_spec(r, role),
        NodeEnum::CreateUserMappingStmt(s) => s.user.iter_mut().for_each(|r| role_spec(r, role)),
        NodeEnum::AlterUserMappingStmt(s) => s.user.iter_mut().for_each(|r| role_spec(r, role)),
        NodeEnum::DropUserMappingStmt(s) => s.user.iter_mut().for_each(|r| role_spec(r, role)),
        NodeEnum::AlterOwnerStmt(s) => s.newowner.iter_mut().for_each(|r| role_spec(r, role)),
        NodeEnum::AlterTableCmd(c) => c.newowner.iter_mut().for_each(|r| role_spec(r, role)),
        NodeEnum::CreateSchemaStmt(s) => s.authrole.iter_mut().for_each(|r| role_spec(r, role)),
        NodeEnum::AlterDefaultPrivilegesStmt(s) => {
            let has_role = s
                .options
                .iter()
                .any(|o| matches!(&o.node, Some(NodeEnum::DefElem(d)) if d.defname == "roles"));
            if !has_role {
                s.options.push(Node {
                    node: Some(NodeEnum::DefElem(Box::new(DefElem {
                        defname: "roles".to_owned(),
                        arg: Some(Box::new(Node {
                            node: Some(NodeEnum::List(List {
                                items: vec![named(role)],
                            })),
                        })),
                        location: -1,
                        ..DefElem::default()
                    }))),
                });
                // `FOR ROLE` first, as the grammar has it
                s.options.sort_by_key(
                    |o| !matches!(&o.node, Some(NodeEnum::DefElem(d)) if d.defname == "roles"),
                );
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::canon::{Policy, Schema};

    fn canon_as(sql: &str, role: Option<&str>) -> String {
        Schema::from_sql_as(sql, role)
            .unwrap()
            .render(&Policy::everything())
    }

    #[test]
    fn the_current_role_is_the_one_named() {
        let written = "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO PUBLIC;
                       CREATE SERVER s FOREIGN DATA WRAPPER w;
                       CREATE USER MAPPING FOR CURRENT_USER SERVER s;";
        let dumped = "ALTER DEFAULT PRIVILEGES FOR ROLE app IN SCHEMA public GRANT SELECT ON TABLES TO PUBLIC;
                      CREATE SERVER s FOREIGN DATA WRAPPER w;
                      CREATE USER MAPPING FOR app SERVER s;";
        assert_eq!(
            canon_as(written, Some("app")),
            canon_as(dumped, Some("app"))
        );
        // not told, it is not known
        assert_ne!(canon_as(written, None), canon_as(dumped, None));
        assert_ne!(
            canon_as(written, Some("bob")),
            canon_as(dumped, Some("bob"))
        );
    }
}
