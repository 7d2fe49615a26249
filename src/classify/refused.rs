//! Statements the grammar accepts but the server refuses when it runs them, for reasons
//! visible in the statement alone (no catalog needed). Such a statement builds nothing, so
//! it is kept as unsupported, as written, rather than folded into a schema it never
//! changes: folded, its conflicting clauses would be printed one way and read back another
//! (found by fuzzing `normalize`).
//!
//! The messages are the server's (PostgreSQL 15, `sequence.c`, `parse_utilcmd.c` and
//! `parse_type.c`).

use pg_query::protobuf::{ColumnDef, ConstrType, Node};
use pg_query::NodeEnum;

/// What every reason given here starts with, so that a report can say "the server refuses
/// it" instead of "the grammar rejects it".
pub(crate) const PREFIX: &str = "the server refuses it: ";

/// Why the server refuses `stmt` (whose text is `sql`), if it does for a reason in the
/// statement itself.
pub(crate) fn refused(stmt: &NodeEnum, sql: &str) -> Option<String> {
    // (the text first: a tree walk for what is almost never there would cost every statement)
    if sql.contains("$0") && has_parameter_zero(stmt) {
        return Some(format!("{PREFIX}there is no parameter $0"));
    }
    let why = match stmt {
        NodeEnum::CreateSeqStmt(s) => repeated_option(&s.options),
        NodeEnum::AlterSeqStmt(s) => repeated_option(&s.options),
        NodeEnum::CreateStmt(s) => s
            .table_elts
            .iter()
            .find_map(|e| match &e.node {
                Some(NodeEnum::ColumnDef(c)) => conflicting_column(c),
                _ => None,
            })
            .or_else(|| repeated_column(&s.table_elts)),
        // one subcommand refused refuses the whole statement
        NodeEnum::AlterTableStmt(s) => s.cmds.iter().find_map(|c| match &c.node {
            Some(NodeEnum::AlterTableCmd(c)) => {
                match c.def.as_deref().and_then(|d| d.node.as_ref()) {
                    Some(NodeEnum::ColumnDef(d)) => conflicting_column(d),
                    _ => None,
                }
            }
            _ => None,
        }),
        NodeEnum::GrantStmt(s) => invalid_privilege(s),
        _ => None,
    }?;
    Some(format!("{PREFIX}{why}"))
}

/// Whether `$0` stands anywhere in the tree: parameters count from 1, and the deparser
/// prints number 0 as `?`, which does not parse.
fn has_parameter_zero(stmt: &NodeEnum) -> bool {
    struct Find(bool);
    impl super::walk::Visit for Find {
        fn enter(&mut self, node: pg_query::NodeRef<'_>) -> bool {
            if matches!(node, pg_query::NodeRef::ParamRef(p) if p.number == 0) {
                self.0 = true;
            }
            !self.0
        }
    }
    let mut f = Find(false);
    super::walk::walk_enum(&mut f, stmt);
    f.0
}

/// Sequence options: each may be given once.
fn repeated_option(options: &[Node]) -> Option<String> {
    let mut seen: Vec<&str> = Vec::new();
    for o in options {
        if let Some(NodeEnum::DefElem(d)) = &o.node {
            if seen.contains(&d.defname.as_str()) {
                return Some(format!(
                    "conflicting or redundant options ({} given twice)",
                    d.defname.replace('_', " ")
                ));
            }
            seen.push(&d.defname);
        }
    }
    None
}

/// Whether a column's type is one of the `serial` pseudo-types (a default and `NOT NULL`).
fn serial(c: &ColumnDef) -> bool {
    let Some(t) = &c.type_name else { return false };
    let names: Vec<&str> = t
        .names
        .iter()
        .filter_map(|n| match &n.node {
            Some(NodeEnum::String(s)) => Some(s.sval.as_str()),
            _ => None,
        })
        .collect();
    // only the bare name (the server looks `pg_catalog.serial` up as a type: there is none)
    let [name] = names.as_slice() else {
        return false;
    };
    !t.pct_type && super::table::is_serial_name(name)
}

/// A column's constraints that contradict each other (or its `serial` type).
fn conflicting_column(c: &ColumnDef) -> Option<String> {
    // `numeric(1 + 1)`: the deparser prints `numeric()`, which does not parse (found by
    // fuzzing)
    let typmods = c.type_name.as_ref().map_or(&[][..], |t| &t.typmods[..]);
    if typmods
        .iter()
        .any(|m| !matches!(&m.node, Some(NodeEnum::AConst(_) | NodeEnum::ColumnRef(_))))
    {
        return Some("type modifiers must be simple constants or identifiers".to_owned());
    }
    let serial = serial(c);
    let (mut null, mut not_null, mut default, mut identity) = (false, serial, serial, false);
    for k in &c.constraints {
        let Some(NodeEnum::Constraint(k)) = &k.node else {
            continue;
        };
        match ConstrType::try_from(k.contype) {
            Ok(ConstrType::ConstrNull) => null = true,
            Ok(ConstrType::ConstrNotnull) => not_null = true,
            Ok(ConstrType::ConstrDefault) if default => {
                return Some(format!(
                    "multiple default values specified for column \"{}\"",
                    c.colname
                ));
            }
            Ok(ConstrType::ConstrDefault) => default = true,
            Ok(ConstrType::ConstrIdentity) => identity = true,
            _ => {}
        }
    }
    if null && (not_null || identity) {
        return Some(format!(
            "conflicting NULL/NOT NULL declarations for column \"{}\"",
            c.colname
        ));
    }
    // (a default and an identity are refused too, but the table model can make such a
    // column from a migration's `SET DEFAULT` on an identity column, and prints it:
    // refused here, the printed table would not read back)
    None
}

/// A privilege the object's kind does not have (`GRANT INSERT ON LARGE OBJECT`). Tables are
/// left alone: `GRANT USAGE ON s` names a sequence with the table syntax.
fn invalid_privilege(s: &pg_query::protobuf::GrantStmt) -> Option<String> {
    use pg_query::protobuf::ObjectType as T;
    if s.objtype == T::ObjectTable as i32 {
        return None;
    }
    let all = super::acl::all_privileges(s.objtype)?;
    s.privileges.iter().find_map(|p| match &p.node {
        Some(NodeEnum::AccessPriv(a)) => {
            let name = super::acl::canonical_privilege(&a.priv_name);
            (!all.contains(&name.as_str())).then(|| {
                let kind = T::try_from(s.objtype)
                    .map(|t| {
                        t.as_str_name()
                            .trim_start_matches("OBJECT_")
                            .replace('_', " ")
                    })
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                format!(
                    "invalid privilege type {} for {kind}",
                    name.to_ascii_uppercase()
                )
            })
        }
        _ => None,
    })
}

/// A column defined twice in one `CREATE TABLE`.
fn repeated_column(elements: &[Node]) -> Option<String> {
    let mut seen: Vec<&str> = Vec::new();
    for e in elements {
        if let Some(NodeEnum::ColumnDef(c)) = &e.node {
            if seen.contains(&c.colname.as_str()) {
                return Some(format!("column \"{}\" specified more than once", c.colname));
            }
            seen.push(&c.colname);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn why(sql: &str) -> Option<String> {
        let tree = crate::classify::parse(sql, 0).unwrap();
        let n = tree.stmts[0].stmt.as_ref()?.node.as_ref()?;
        refused(n, sql)
    }

    #[test]
    fn what_the_server_refuses() {
        let refused = [
            "ALTER SEQUENCE s OWNED BY t.a OWNED BY t.b",
            "CREATE SEQUENCE s INCREMENT 1 INCREMENT 2",
            "CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY NULL)",
            "CREATE TABLE t (id int NULL NOT NULL)",
            "CREATE TABLE t (id int DEFAULT 1 DEFAULT 2)",
            "CREATE TABLE t (id bigserial DEFAULT 1)",
            "CREATE TABLE t (id serial4 NULL)",
            "ALTER TABLE t ADD COLUMN b int, ADD COLUMN id int NULL NOT NULL",
            "SELECT $0::int AS col",
            "PREPARE p (int) AS SELECT $1 + $0",
            "CREATE FUNCTION f(int) RETURNS int RETURN $0",
            "CREATE TABLE t (a numeric(1 + 1))",
            "CREATE TABLE t (a inte (b >= 0))",
            "ALTER TABLE t ADD COLUMN a numeric(f(1))",
            "CREATE TABLE t (a int, b text, a text)",
            "GRANT SELECT, INSERT ON LARGE OBJECT 1001 TO PUBLIC",
            "GRANT SELECT ON FUNCTION f() TO a",
        ];
        for sql in refused {
            let w = why(sql).unwrap_or_else(|| panic!("{sql}: accepted"));
            assert!(w.starts_with(PREFIX), "{w}");
        }
        assert_eq!(
            why("ALTER SEQUENCE s OWNED BY t.a OWNED BY t.b").unwrap(),
            "the server refuses it: conflicting or redundant options (owned by given twice)"
        );
        let accepted = [
            "ALTER SEQUENCE s OWNED BY t.a INCREMENT 2",
            "CREATE TABLE t (id int NOT NULL NOT NULL, b int NULL NULL DEFAULT 1)",
            "CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY NOT NULL)",
            "CREATE TABLE t (id serial)",
            "CREATE TABLE t (id serial NOT NULL PRIMARY KEY)",
            "CREATE TABLE t (id public.serial DEFAULT 1)",
            // refused by the server because no such type exists (only the bare name is
            // serial), not for its constraints
            "CREATE TABLE t (id pg_catalog.serial4 NULL)",
            "ALTER TABLE t ADD COLUMN id int NOT NULL DEFAULT 1",
            "PREPARE p (int) AS SELECT $1, '$0'",
            "CREATE FUNCTION f(int) RETURNS int AS $$ SELECT $0 $$ LANGUAGE sql",
            // refused by the server, not here (see `conflicting_column`)
            "CREATE TABLE t (id int DEFAULT 1 GENERATED BY DEFAULT AS IDENTITY)",
            "CREATE TABLE t (a numeric(10, 2), b varchar(20), c interval(3))",
            "GRANT USAGE ON s TO a",
            "GRANT EXECUTE ON FUNCTION f() TO a",
            "GRANT TEMP, CONNECT ON DATABASE d TO a",
        ];
        for sql in accepted {
            assert_eq!(why(sql), None, "{sql}");
        }
    }
}
