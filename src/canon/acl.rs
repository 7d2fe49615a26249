//! Rule `acl-sets`: `GRANT` and `REVOKE` as sets of atoms, one per object, privilege and
//! grantee. `GRANT SELECT, INSERT ON t TO a, b` is four atoms; the order of statements and
//! of names in them does not matter; a `REVOKE` removes the atoms it names (`REVOKE ALL`
//! every atom of the grantee) and is kept itself only when it revokes what the input did not
//! grant (`REVOKE ALL ON FUNCTION f() FROM PUBLIC` takes away a built-in default).

use super::deparse::deparse;
use pg_query::protobuf::{GrantStmt, Node};
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
}

fn privilege_name(n: &Node) -> String {
    match &n.node {
        Some(NodeEnum::AccessPriv(p)) => {
            let mut s = p.priv_name.to_ascii_uppercase();
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

/// The atoms of one `GRANT` / `REVOKE` (one object each; the caller splits by object
/// first, see [`per_object`]).
pub(crate) fn atoms(s: &GrantStmt) -> Vec<Atom> {
    let privileges: Vec<Option<Node>> = if s.privileges.is_empty() {
        vec![None]
    } else {
        s.privileges.iter().cloned().map(Some).collect()
    };
    let mut out = Vec::new();
    for p in &privileges {
        for g in &s.grantees {
            let mut one = s.clone();
            one.privileges = p.iter().cloned().collect();
            one.grantees = vec![g.clone()];
            let sql = deparse(&NodeEnum::GrantStmt(one), false).unwrap_or_default();
            out.push(Atom {
                grant: s.is_grant,
                privilege: p.as_ref().map_or_else(|| "ALL".to_owned(), privilege_name),
                grantee: grantee_name(g),
                sql,
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

/// Applies `new` to the atoms an object has so far.
pub(crate) fn apply(have: &mut Vec<Atom>, new: Vec<Atom>) {
    for a in new {
        if a.grant {
            have.retain(|h| !(h.grantee == a.grantee && h.privilege == a.privilege && !h.grant));
            if !have.contains(&a) {
                have.push(a);
            }
        } else {
            let before = have.len();
            have.retain(|h| {
                !(h.grant
                    && h.grantee == a.grantee
                    && (a.privilege == "ALL" || h.privilege == a.privilege))
            });
            if have.len() == before && !have.contains(&a) {
                have.push(a);
            }
        }
    }
    have.sort();
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
        have.into_iter().map(|a| a.sql).collect()
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
            "GRANT execute ON FUNCTION f() TO app",
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
    fn several_objects_are_split() {
        assert_eq!(
            run("GRANT SELECT ON t, u TO a"),
            run("GRANT SELECT ON u TO a; GRANT SELECT ON t TO a")
        );
    }
}
