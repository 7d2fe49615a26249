//! Rule `operator-classes`: operator classes and families spelled as pg_dump prints them
//! (checked against the server):
//!
//! * a class or family is made in the creation schema (`public.int_rev_ops`); a class with
//!   no `FAMILY` is in the family of its own name, which the server makes with it (the fold
//!   makes that family too);
//! * an operator is named with its argument types, the class's type twice when it gives
//!   none (`OPERATOR 1 >` in a class `FOR TYPE int` = `OPERATOR 1 >(int, int)`); a
//!   built-in operator name is `pg_catalog`'s (an extension's operator of the same name in
//!   another schema is not told apart: a known gap), any other the one the search path
//!   finds;
//! * a support function's types (`FUNCTION 1 (int, int) f(int, int)`) are the function's
//!   argument types when not given, for `btree` and `hash` (a one-argument function's type
//!   twice), and the class's type twice for the other methods;
//! * a family's members (`ALTER OPERATOR FAMILY ... ADD`) are a set, one part each, printed
//!   as one `ALTER OPERATOR FAMILY ... ADD` per member; `DROP` takes them away.

use pg_query::protobuf::{CreateOpClassItem, Node, ObjectWithArgs, String as PgString, TypeName};
use pg_query::NodeEnum;

/// PostgreSQL's own operator names (`pg_catalog`, PostgreSQL 15; the server test
/// `the_builtin_name_lists_match_the_catalog` checks it).
const BUILTIN_OPERATORS: &str = include_str!("builtin_operators.txt");

fn builtin_operator(name: &str) -> bool {
    BUILTIN_OPERATORS.lines().any(|l| l == name)
}

fn pg_string(s: &str) -> Node {
    Node {
        node: Some(NodeEnum::String(PgString { sval: s.to_owned() })),
    }
}

fn type_node(t: &TypeName) -> Node {
    Node {
        node: Some(NodeEnum::TypeName(t.clone())),
    }
}

/// Qualifies an operator name: a built-in one with `pg_catalog`, another with the schema the
/// search path finds it in among what the input defines, or the creation schema.
fn operator_name(o: &mut ObjectWithArgs, ctx: &super::Ctx<'_>) {
    let [one] = o.objname.as_slice() else { return };
    let Some(name) = crate::classify::names::string(one).map(str::to_owned) else {
        return;
    };
    let schema = if builtin_operator(&name) {
        Some("pg_catalog".to_owned())
    } else {
        super::qualify::Defined::find(&ctx.defined.functions, ctx.search_path, &name)
            .or_else(|| ctx.search_path.iter().find(|s| !s.starts_with('$')))
            .cloned()
    };
    if let Some(s) = schema {
        o.objname.insert(0, pg_string(&s));
    }
}

/// The items of a class (`datatype`: its type) or of a family's `ADD` (none) made explicit.
fn items(items: &mut [Node], method: &str, datatype: Option<&TypeName>, ctx: &super::Ctx<'_>) {
    for i in items {
        let Some(NodeEnum::CreateOpClassItem(item)) = i.node.as_mut() else {
            continue;
        };
        let item: &mut CreateOpClassItem = item;
        match item.itemtype {
            // OPERATOR
            1 => {
                if let Some(o) = item.name.as_mut() {
                    operator_name(o, ctx);
                    if o.objargs.is_empty() {
                        if let Some(t) = datatype {
                            o.objargs = vec![type_node(t), type_node(t)];
                            o.args_unspecified = false;
                        }
                    }
                }
            }
            // FUNCTION
            2 if item.class_args.is_empty() => {
                let args: Vec<Node> = item
                    .name
                    .as_ref()
                    .map_or_else(Vec::new, |f| f.objargs.clone());
                item.class_args = match (method, args.as_slice()) {
                    ("btree" | "hash", [a, b]) => vec![a.clone(), b.clone()],
                    ("btree" | "hash", [a]) => vec![a.clone(), a.clone()],
                    _ => match datatype {
                        Some(t) => vec![type_node(t), type_node(t)],
                        None => Vec::new(),
                    },
                };
            }
            _ => {}
        }
    }
}

fn created(names: &mut Vec<Node>, ctx: &super::Ctx<'_>) {
    if names.len() == 1 {
        if let Some(s) = ctx.search_path.iter().find(|s| !s.starts_with('$')) {
            names.insert(0, pg_string(s));
        }
    }
}

/// Applies the statement part of the rule to one node.
pub(crate) fn node(n: &mut NodeEnum, ctx: &super::Ctx<'_>) {
    match n {
        NodeEnum::CreateOpClassStmt(s) => {
            created(&mut s.opclassname, ctx);
            created(&mut s.opfamilyname, ctx);
            let datatype = s.datatype.clone();
            items(&mut s.items, &s.amname, datatype.as_ref(), ctx);
        }
        NodeEnum::CreateOpFamilyStmt(s) => created(&mut s.opfamilyname, ctx),
        NodeEnum::AlterOpFamilyStmt(s) => {
            created(&mut s.opfamilyname, ctx);
            if !s.is_drop {
                items(&mut s.items, &s.amname, None, ctx);
            } else {
                for i in &mut s.items {
                    if let Some(NodeEnum::CreateOpClassItem(item)) = i.node.as_mut() {
                        if item.itemtype == 1 {
                            if let Some(o) = item.name.as_mut() {
                                operator_name(o, ctx);
                            }
                        }
                    }
                }
            }
        }
        _ => {}
    }
}

/// The key of a family's member: `operator 1 (integer, bigint)`, `function 1 (integer,
/// integer)` (its kind, number and types: what `DROP` names it by).
pub(crate) fn member_key(item: &CreateOpClassItem) -> Option<String> {
    let kind = match item.itemtype {
        1 => "operator",
        2 => "function",
        _ => return None,
    };
    let types = if item.itemtype == 1 && item.class_args.is_empty() {
        item.name.as_ref().map_or(&[][..], |o| &o.objargs[..])
    } else {
        &item.class_args[..]
    };
    let types: Vec<String> = types
        .iter()
        .filter_map(crate::classify::names::type_name)
        .map(crate::classify::names::type_display)
        .collect();
    Some(format!("{kind} {} ({})", item.number, types.join(", ")))
}

#[cfg(test)]
mod tests {
    use crate::canon::{Policy, Schema};

    fn canon(sql: &str) -> String {
        Schema::from_sql(sql).unwrap().render(&Policy::everything())
    }

    #[test]
    fn classes_as_pg_dump_prints_them() {
        let written = canon(
            "CREATE FUNCTION cmp(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT 0';
             CREATE OPERATOR CLASS rev FOR TYPE int USING btree AS
                 OPERATOR 1 >, OPERATOR 3 =, FUNCTION 1 cmp(int, int);",
        );
        let dumped = canon(
            "CREATE FUNCTION public.cmp(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 0';
             CREATE OPERATOR FAMILY public.rev USING btree;
             CREATE OPERATOR CLASS public.rev FOR TYPE integer USING btree FAMILY public.rev AS
                 OPERATOR 1 >(integer,integer), OPERATOR 3 =(integer,integer),
                 FUNCTION 1 (integer, integer) public.cmp(integer,integer);",
        );
        assert_eq!(written, dumped);
        assert_eq!(canon(&written), written);
    }

    #[test]
    fn family_members_are_a_set() {
        let written = canon(
            "CREATE FUNCTION c1(a int, b int) RETURNS int LANGUAGE sql AS 'SELECT 0';
             CREATE FUNCTION c2(a int, b bigint) RETURNS int LANGUAGE sql AS 'SELECT 0';
             CREATE OPERATOR FAMILY f USING btree;
             ALTER OPERATOR FAMILY f USING btree ADD OPERATOR 1 > (int, int), FUNCTION 1 c1(int, int);
             ALTER OPERATOR FAMILY f USING btree ADD OPERATOR 1 > (int, bigint), FUNCTION 1 c2(int, bigint);",
        );
        let dumped = canon(
            "CREATE FUNCTION public.c1(a integer, b integer) RETURNS integer LANGUAGE sql AS 'SELECT 0';
             CREATE FUNCTION public.c2(a integer, b bigint) RETURNS integer LANGUAGE sql AS 'SELECT 0';
             CREATE OPERATOR FAMILY public.f USING btree;
             ALTER OPERATOR FAMILY public.f USING btree ADD
                 OPERATOR 1 >(integer,bigint), OPERATOR 1 >(integer,integer),
                 FUNCTION 1 (integer, integer) public.c1(integer,integer),
                 FUNCTION 1 (integer, bigint) public.c2(integer,bigint);",
        );
        assert_eq!(written, dumped);
        assert_eq!(canon(&written), written);
        // DROP takes a member away
        assert_eq!(
            canon(
                "CREATE OPERATOR FAMILY f USING btree;
                 ALTER OPERATOR FAMILY f USING btree ADD OPERATOR 1 > (int, int), OPERATOR 2 >= (int, int);
                 ALTER OPERATOR FAMILY f USING btree DROP OPERATOR 2 (int, int);"
            ),
            canon(
                "CREATE OPERATOR FAMILY f USING btree;
                 ALTER OPERATOR FAMILY f USING btree ADD OPERATOR 1 > (int, int);"
            )
        );
    }
}
