//! Rule `acl-sets`: `GRANT` and `REVOKE` as sets of atoms, one per object, privilege and
//! grantee. `GRANT SELECT, INSERT ON t TO a, b` is four atoms; the order of statements and
//! of names in them does not matter; a `REVOKE` removes the atoms it names (`REVOKE ALL`
//! every atom of the grantee) and is kept itself only when it revokes what the input did not
//! grant (`REVOKE ALL ON FUNCTION f() FROM PUBLIC` takes away a built-in default).
//!
//! `ALL` is every privilege of the object's kind, and every privilege of the kind is `ALL`:
//! `GRANT EXECUTE ON FUNCTION f() TO a` = `GRANT ALL ON FUNCTION f() TO a`, how pg_dump
//! prints it (checked against the server). Atoms are one privilege each; the privileges of a
//! kind that are all there print as one `ALL` statement ([`printed`]). The kinds' privileges
//! are PostgreSQL 15's (tables have no `MAINTAIN`, which 17 added).

use super::deparse::deparse;
use crate::classify::acl::{all_privileges, canonical_privilege as canonical_name};
use pg_query::protobuf::{AccessPriv, GrantStmt, Node};
use pg_query::NodeEnum;

/// One privilege of one grantee on one object: its `GRANT` (or `REVOKE`) statement.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Atom {
    /// `grant` or `revoke`.
    pub grant: bool,
    /// The privilege (`SELECT`, `ALL` ...) with its columns, upper case.
    pub privilege: String,
    /// The grantee (`PUBLIC` for everyone).
    pub grantee: String,
    /// The statement.
    pub sql: String,
    /// The same statement for `ALL` privileges of the kind, when this privilege is one of
    /// them, and how many there are.
    pub all: Option<(String, usize)>,
    /// It comes from `ALL` (a `REVOKE ALL` also takes column privileges away).
    pub from_all: bool,
}

fn privilege_name(n: &Node) -> String {
    match &n.node {
        Some(NodeEnum::AccessPriv(p)) => {
            let mut s = canonical_name(&p.priv_name).to_ascii_uppercase();
            let cols: Vec<&str> = p
                .cols
                .iter()
                .filter_map(crate::classify::names::string)
                .collect();
            if !cols.is_empty() {
                s.push_str(&format!(" ({})", cols.join(", ")));
            }
            s
        }
        _ => String::new(),
    }
}

fn grantee_name(n: &Node) -> String {
    match &n.node {
        Some(NodeEnum::RoleSpec(r)) if r.rolename.is_empty() => "PUBLIC".to_owned(),
        Some(NodeEnum::RoleSpec(r)) => r.rolename.clone(),
        _ => String::new(),
    }
}

fn access_priv(name: &str) -> Node {
    Node {
        node: Some(NodeEnum::AccessPriv(AccessPriv {
            priv_name: name.to_owned(),
            cols: Vec::new(),
        })),
    }
}

/// The atoms of one `GRANT` / `REVOKE` (one object each; the caller splits by object
/// first, see [`per_object`]).
pub(crate) fn atoms(s: &GrantStmt) -> Vec<Atom> {
    let kind = all_privileges(s.objtype);
    // (privilege, from ALL)
    let privileges: Vec<(Option<Node>, bool)> = match (s.privileges.is_empty(), kind) {
        (true, Some(all)) => all.iter().map(|p| (Some(access_priv(p)), true)).collect(),
        (true, None) => vec![(None, true)],
        (false, _) => s
            .privileges
            .iter()
            .map(|p| {
                let mut p = p.clone();
                if let Some(NodeEnum::AccessPriv(a)) = p.node.as_mut() {
                    a.priv_name = canonical_name(&a.priv_name);
                }
                (Some(p), false)
            })
            .collect(),
    };
    let mut out = Vec::new();
    for g in &s.grantees {
        let all = kind.map(|k| {
            let mut one = s.clone();
            one.privileges.clear();
            one.grantees = vec![g.clone()];
            (
                deparse(&NodeEnum::GrantStmt(one), false).unwrap_or_default(),
                k.len(),
            )
        });
        for (p, from_all) in &privileges {
            let mut one = s.clone();
            one.privileges = p.iter().cloned().collect();
            one.grantees = vec![g.clone()];
            let sql = deparse(&NodeEnum::GrantStmt(one), false).unwrap_or_default();
            let plain = matches!(p.as_ref().and_then(|p| p.node.as_ref()),
                Some(NodeEnum::AccessPriv(a)) if a.cols.is_empty()
                    && kind.is_some_and(|k| k.contains(&a.priv_name.as_str())));
            out.push(Atom {
                grant: s.is_grant,
                privilege: p.as_ref().map_or_else(|| "ALL".to_owned(), privilege_name),
                grantee: grantee_name(g),
                sql,
                all: if plain { all.clone() } else { None },
                from_all: *from_all,
            });
        }
    }
    out
}

/// A `GRANT` / `REVOKE` on several objects as one statement per object.
pub(crate) fn per_object(s: &GrantStmt) -> Vec<GrantStmt> {
    if s.objects.len() <= 1 {
        return vec![s.clone()];
    }
    s.objects
        .iter()
        .map(|o| GrantStmt {
            objects: vec![o.clone()],
            ..s.clone()
        })
        .collect()
}

/// Applies `new` (the atoms of one statement) to the atoms an object has so far. A revoke
/// that takes nothing away is kept (it revokes a built-in default); of a `REVOKE ALL`,
/// none is kept when one took something away.
pub(crate) fn apply(have: &mut Vec<Atom>, new: Vec<Atom>) {
    let mut kept_revokes = Vec::new();
    let mut revoked_some = std::collections::HashSet::new();
    for a in new {
        if a.grant {
            have.retain(|h| !(h.grantee == a.grantee && h.privilege == a.privilege && !h.grant));
            // (one privilege granted twice, once by ALL: one atom)
            if !have.iter().any(|h| h.sql == a.sql) {
                have.push(a);
            }
        } else {
            let before = have.len();
            let columns = format!("{} (", a.privilege);
            have.retain(|h| {
                !(h.grant
                    && h.grantee == a.grantee
                    && (a.privilege == "ALL"
                        || h.privilege == a.privilege
                        || a.from_all && h.privilege.starts_with(&columns)))
            });
            if have.len() != before {
                revoked_some.insert(a.grantee.clone());
            } else {
                kept_revokes.push(a);
            }
        }
    }
    for a in kept_revokes {
        let redundant = a.from_all && revoked_some.contains(&a.grantee);
        if !redundant && !have.iter().any(|h| h.sql == a.sql) {
            have.push(a);
        }
    }
    have.sort();
}

/// The statements that print `atoms`: those that are all the privileges of their kind for
/// one grantee as one `ALL` statement, the others one each.
pub(crate) fn printed(atoms: &[Atom]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for a in atoms {
        let sql = match &a.all {
            Some((all, n))
                if atoms
                    .iter()
                    .filter(|b| b.all.as_ref() == a.all.as_ref())
                    .map(|b| &b.privilege)
                    .collect::<std::collections::BTreeSet<_>>()
                    .len()
                    == *n =>
            {
                all
            }
            _ => &a.sql,
        };
        if !out.contains(sql) {
            out.push(sql.clone());
        }
    }
    out
}

/// `ALTER DEFAULT PRIVILEGES ... GRANT` with every privilege of its kind listed = `GRANT
/// ALL`, as pg_dump prints it; the privileges of a partial list in the kind's order.
pub(crate) fn default_privileges(s: &mut GrantStmt) {
    let Some(all) = all_privileges(s.objtype) else {
        return;
    };
    let mut names: Vec<String> = Vec::new();
    for p in &s.privileges {
        match &p.node {
            Some(NodeEnum::AccessPriv(a)) if a.cols.is_empty() => {
                names.push(canonical_name(&a.priv_name))
            }
            _ => return,
        }
    }
    if names.is_empty() {
        return;
    }
    if all.iter().all(|p| names.iter().any(|n| n == p)) {
        s.privileges.clear();
        return;
    }
    let rank = |n: &str| all.iter().position(|p| *p == n).unwrap_or(all.len());
    names.sort_by_key(|n| rank(n));
    names.dedup();
    s.privileges = names.iter().map(|n| access_priv(n)).collect();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(sql: &str) -> Vec<String> {
        let tree = crate::classify::parse(sql, 0).unwrap();
        let mut have = Vec::new();
        for s in &tree.stmts {
            if let Some(NodeEnum::GrantStmt(g)) = s.stmt.as_ref().and_then(|n| n.node.as_ref()) {
                for one in per_object(g) {
                    apply(&mut have, atoms(&one));
                }
            }
        }
        printed(&have)
    }

    #[test]
    fn grants_are_sets() {
        assert_eq!(
            run("GRANT SELECT, INSERT ON t TO a, b"),
            run("GRANT INSERT ON t TO b; GRANT SELECT ON TABLE t TO b; GRANT insert, select ON t TO a; GRANT SELECT ON t TO a")
        );
        insta::assert_debug_snapshot!(run("GRANT SELECT, INSERT ON t TO a, PUBLIC"), @r#"
        [
            "GRANT insert ON t TO public",
            "GRANT insert ON t TO a",
            "GRANT select ON t TO public",
            "GRANT select ON t TO a",
        ]
        "#);
    }

    #[test]
    fn revoke_cancels_and_is_kept_when_it_takes_a_default_away() {
        assert_eq!(
            run("GRANT SELECT ON t TO a; REVOKE SELECT ON t FROM a"),
            Vec::<String>::new()
        );
        assert_eq!(
            run("GRANT SELECT, UPDATE ON t TO a; REVOKE ALL ON t FROM a"),
            Vec::<String>::new()
        );
        insta::assert_debug_snapshot!(run("REVOKE ALL ON FUNCTION f() FROM PUBLIC; GRANT EXECUTE ON FUNCTION f() TO app"), @r#"
        [
            "REVOKE ALL ON FUNCTION f() FROM public",
            "GRANT ALL ON FUNCTION f() TO app",
        ]
        "#);
    }

    #[test]
    fn different_grants_differ() {
        assert_ne!(run("GRANT SELECT ON t TO a"), run("GRANT SELECT ON t TO b"));
        assert_ne!(
            run("GRANT SELECT ON t TO a"),
            run("GRANT SELECT ON t TO a WITH GRANT OPTION")
        );
        assert_ne!(
            run("GRANT SELECT (x) ON t TO a"),
            run("GRANT SELECT (y) ON t TO a")
        );
    }

    #[test]
    fn every_privilege_of_a_kind_is_all() {
        // as pg_dump prints them (checked against the server)
        assert_eq!(
            run("GRANT EXECUTE ON FUNCTION f() TO a"),
            ["GRANT ALL ON FUNCTION f() TO a"]
        );
        assert_eq!(
            run("GRANT SELECT, INSERT, UPDATE, DELETE ON t TO a; GRANT truncate, references, trigger ON TABLE t TO a"),
            run("GRANT ALL PRIVILEGES ON t TO a")
        );
        assert_eq!(
            run("GRANT USAGE, CREATE ON SCHEMA s TO a"),
            ["GRANT ALL ON SCHEMA s TO a"]
        );
        assert_eq!(
            run("GRANT CONNECT, TEMP, CREATE ON DATABASE d TO a"),
            run("GRANT ALL ON DATABASE d TO a")
        );
        // not all of them: each is printed
        assert_eq!(
            run("GRANT USAGE ON SEQUENCE s TO a"),
            ["GRANT usage ON SEQUENCE s TO a"]
        );
        // REVOKE ALL takes column privileges too; one privilege of ALL leaves the others
        assert_eq!(
            run("GRANT SELECT (x), UPDATE ON t TO a; REVOKE ALL ON t FROM a"),
            Vec::<String>::new()
        );
        assert_eq!(
            run("GRANT ALL ON FUNCTION f() TO a; REVOKE EXECUTE ON FUNCTION f() FROM a"),
            Vec::<String>::new()
        );
        assert_eq!(
            run("GRANT ALL ON SCHEMA s TO a; REVOKE CREATE ON SCHEMA s FROM a"),
            ["GRANT usage ON SCHEMA s TO a"]
        );
    }

    #[test]
    fn several_objects_are_split() {
        assert_eq!(
            run("GRANT SELECT ON t, u TO a"),
            run("GRANT SELECT ON u TO a; GRANT SELECT ON t TO a")
        );
    }
}
