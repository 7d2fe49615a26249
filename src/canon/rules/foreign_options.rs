//! Rule `foreign-options`: the generic options of foreign-data wrappers, servers, user
//! mappings, foreign tables and their columns (`OPTIONS (host 'db1', port '5432')`) are a
//! set, by name: pg_dump prints them sorted. `ALTER ... OPTIONS (ADD x 'v', SET x 'v', DROP
//! x)` after the definition is applied to it, as are `ALTER SERVER ... VERSION` and `ALTER
//! FOREIGN DATA WRAPPER ... HANDLER / VALIDATOR`; a foreign table's column options written
//! in `CREATE FOREIGN TABLE` = the same set by `ALTER FOREIGN TABLE ... ALTER COLUMN ...
//! OPTIONS` (pg_dump's form). A change the server refuses (`ADD` of an option that is there,
//! `SET` or `DROP` of one that is not) is not applied: it stays a statement of its own.

use pg_query::protobuf::{AlterTableType, DefElem, DefElemAction, Node};
use pg_query::NodeEnum;

fn def(n: &Node) -> Option<&DefElem> {
    match &n.node {
        Some(NodeEnum::DefElem(d)) => Some(d),
        _ => None,
    }
}

/// Sorts options by name (the order they are printed in).
pub(crate) fn sort(options: &mut [Node]) {
    options.sort_by(|a, b| def(a).map(|d| &d.defname).cmp(&def(b).map(|d| &d.defname)));
}

/// Applies the definition part of the rule to one node: its options sorted.
pub(crate) fn node(n: &mut NodeEnum) {
    match n {
        NodeEnum::CreateFdwStmt(s) => sort(&mut s.options),
        NodeEnum::CreateForeignServerStmt(s) => sort(&mut s.options),
        NodeEnum::CreateUserMappingStmt(s) => sort(&mut s.options),
        NodeEnum::CreateForeignTableStmt(s) => sort(&mut s.options),
        NodeEnum::ColumnDef(c) => sort(&mut c.fdwoptions),
        _ => {}
    }
}

/// `changes` (`ADD`, `SET`, `DROP`, or none: `ADD`) applied to `options`, sorted; `false`,
/// and `options` as they were, when the server would refuse one.
fn alter(options: &mut Vec<Node>, changes: &[Node]) -> bool {
    let mut out = options.clone();
    for c in changes {
        let Some(d) = def(c) else { return false };
        let at = out
            .iter()
            .position(|o| def(o).is_some_and(|o| o.defname == d.defname));
        let action = DefElemAction::try_from(d.defaction).unwrap_or(DefElemAction::DefelemUnspec);
        let mut plain = d.clone();
        plain.defaction = DefElemAction::DefelemUnspec as i32;
        plain.location = -1;
        let plain = Node {
            node: Some(NodeEnum::DefElem(Box::new(plain))),
        };
        match (action, at) {
            (DefElemAction::DefelemSet, Some(i)) => out[i] = plain,
            (DefElemAction::DefelemDrop, Some(i)) => {
                out.remove(i);
            }
            (DefElemAction::DefelemAdd | DefElemAction::DefelemUnspec, None) => out.push(plain),
            _ => return false,
        }
    }
    sort(&mut out);
    *options = out;
    true
}

/// Applies `change` (an `ALTER` of a foreign-data object) to its definition `def`: whether
/// it was applied (`false`: the server would refuse it, and `def` is as it was), `None` when
/// it is not one the rule knows.
pub(crate) fn apply(def: &mut NodeEnum, change: &NodeEnum) -> Option<bool> {
    Some(match (def, change) {
        (NodeEnum::CreateFdwStmt(d), NodeEnum::AlterFdwStmt(a)) => {
            let mut functions = d.func_options.clone();
            for f in &a.func_options {
                let name = self::def(f).map(|x| x.defname.clone())?;
                functions.retain(|o| self::def(o).is_none_or(|o| o.defname != name));
                // `NO HANDLER` / `NO VALIDATOR`: no argument
                if self::def(f).is_some_and(|x| x.arg.is_some()) {
                    functions.push(f.clone());
                }
            }
            sort(&mut functions);
            if !alter(&mut d.options, &a.options) {
                return Some(false);
            }
            d.func_options = functions;
            true
        }
        (NodeEnum::CreateForeignServerStmt(d), NodeEnum::AlterForeignServerStmt(a)) => {
            if !alter(&mut d.options, &a.options) {
                return Some(false);
            }
            if a.has_version {
                d.version.clone_from(&a.version);
            }
            true
        }
        (NodeEnum::CreateUserMappingStmt(d), NodeEnum::AlterUserMappingStmt(a)) => {
            alter(&mut d.options, &a.options)
        }
        (NodeEnum::CreateForeignTableStmt(d), NodeEnum::AlterTableStmt(a)) => {
            let [one] = a.cmds.as_slice() else {
                return None;
            };
            let Some(NodeEnum::AlterTableCmd(c)) = &one.node else {
                return None;
            };
            let changes = match c.def.as_deref().and_then(|n| n.node.as_ref()) {
                Some(NodeEnum::List(l)) => &l.items[..],
                _ => return None,
            };
            match AlterTableType::try_from(c.subtype) {
                Ok(AlterTableType::AtGenericOptions) => alter(&mut d.options, changes),
                Ok(AlterTableType::AtAlterColumnGenericOptions) => {
                    let column = d.base_stmt.as_mut().and_then(|b| {
                        b.table_elts.iter_mut().find_map(|e| match e.node.as_mut() {
                            Some(NodeEnum::ColumnDef(col)) if col.colname == c.name => Some(col),
                            _ => None,
                        })
                    });
                    match column {
                        Some(col) => alter(&mut col.fdwoptions, changes),
                        // the server: column does not exist
                        None => false,
                    }
                }
                _ => return None,
            }
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use crate::canon::{Policy, Schema};

    fn canon(sql: &str) -> String {
        Schema::from_sql(sql).unwrap().render(&Policy::everything())
    }

    #[test]
    fn options_are_a_set_with_their_alters_applied() {
        // the b sides are pg_dump's form (fixtures eq_foreign_*, checked on the server)
        assert_eq!(
            canon(
                "CREATE FOREIGN DATA WRAPPER w OPTIONS (debug 'true', mode 'fast');
                 ALTER FOREIGN DATA WRAPPER w OPTIONS (SET mode 'slow', ADD level '2');
                 CREATE SERVER s VERSION '15' FOREIGN DATA WRAPPER w OPTIONS (port '5432', host 'db1');
                 ALTER SERVER s OPTIONS (SET port '6432', ADD dbname 'app', DROP host);
                 ALTER SERVER s VERSION '16';
                 CREATE USER MAPPING FOR postgres SERVER s OPTIONS (user 'app', password 'x');
                 ALTER USER MAPPING FOR postgres SERVER s OPTIONS (SET password 'y');
                 CREATE FOREIGN TABLE f (id int OPTIONS (column_name 'ID') NOT NULL) SERVER s;
                 ALTER FOREIGN TABLE f OPTIONS (ADD updatable 'false');"
            ),
            canon(
                "CREATE FOREIGN DATA WRAPPER w OPTIONS (debug 'true', level '2', mode 'slow');
                 CREATE SERVER s VERSION '16' FOREIGN DATA WRAPPER w OPTIONS (dbname 'app', port '6432');
                 CREATE USER MAPPING FOR postgres SERVER s OPTIONS (password 'y', \"user\" 'app');
                 CREATE FOREIGN TABLE public.f (id integer NOT NULL) SERVER s OPTIONS (updatable 'false');
                 ALTER FOREIGN TABLE public.f ALTER COLUMN id OPTIONS (column_name 'ID');"
            )
        );
    }

    #[test]
    fn a_change_the_server_refuses_is_left_out_and_reported() {
        // ADD of an option that is there, DROP and SET of one that is not (the server
        // refuses each, and the options stay as they were)
        let sql = "CREATE SERVER s FOREIGN DATA WRAPPER w OPTIONS (host 'a');
                   ALTER SERVER s OPTIONS (ADD host 'b');
                   ALTER SERVER s OPTIONS (DROP port);
                   ALTER SERVER s OPTIONS (SET port '1', ADD dbname 'x');";
        let s = Schema::from_sql(sql).unwrap();
        assert_eq!(
            s.render(&Policy::everything()),
            canon("CREATE SERVER s FOREIGN DATA WRAPPER w OPTIONS (host 'a');")
        );
        let refused: Vec<usize> = s
            .notes
            .iter()
            .filter(|n| n.code == "not-applied" && n.warning)
            .map(|n| n.statement)
            .collect();
        assert_eq!(refused, [1, 2, 3]);
    }
}
