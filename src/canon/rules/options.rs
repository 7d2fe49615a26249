//! Rule `omitted-defaults`: options that say what PostgreSQL assumes anyway are dropped, the
//! others sorted (their order never matters), and `IF NOT EXISTS` / `OR REPLACE` cleared.
//!
//! * Sequences (also the options of an identity column): `AS bigint`, `START 1` (with a
//!   positive increment and no `MINVALUE`), `INCREMENT 1`, `NO MINVALUE`, `NO MAXVALUE`,
//!   `CACHE 1`, `NO CYCLE`.
//! * Functions and procedures: `VOLATILE`, `CALLED ON NULL INPUT`, `SECURITY INVOKER`,
//!   `PARALLEL UNSAFE`, `NOT LEAKPROOF`, `COST 100` (`COST 1` for `LANGUAGE c` and
//!   `internal`), `ROWS 1000` (for set-returning functions).
//!
//! What the parser already makes equal is not repeated here: `USING btree`, `MATCH SIMPLE`,
//! `ON DELETE NO ACTION`, `NOT DEFERRABLE INITIALLY IMMEDIATE`, `EXECUTE PROCEDURE`.

use pg_query::protobuf::{a_const, DefElem, Node};
use pg_query::NodeEnum;

fn def(n: &Node) -> Option<&DefElem> {
    match &n.node {
        Some(NodeEnum::DefElem(d)) => Some(d),
        _ => None,
    }
}

/// The value of an option as an integer, when it is one.
fn int(d: &DefElem) -> Option<i64> {
    match d.arg.as_deref().and_then(|a| a.node.as_ref()) {
        Some(NodeEnum::Integer(i)) => Some(i64::from(i.ival)),
        Some(NodeEnum::Float(f)) => f.fval.parse().ok(),
        Some(NodeEnum::AConst(c)) => match &c.val {
            Some(a_const::Val::Ival(i)) => Some(i64::from(i.ival)),
            _ => None,
        },
        _ => None,
    }
}

fn text(d: &DefElem) -> Option<&str> {
    match d.arg.as_deref().and_then(|a| a.node.as_ref()) {
        Some(NodeEnum::String(s)) => Some(&s.sval),
        _ => None,
    }
}

fn boolean(d: &DefElem) -> Option<bool> {
    match d.arg.as_deref().and_then(|a| a.node.as_ref()) {
        Some(NodeEnum::Boolean(b)) => Some(b.boolval),
        Some(NodeEnum::Integer(i)) => Some(i.ival != 0),
        _ => None,
    }
}

fn is_bigint(d: &DefElem) -> bool {
    match d.arg.as_deref().and_then(|a| a.node.as_ref()) {
        Some(NodeEnum::TypeName(t)) => {
            let names: Vec<&str> = t
                .names
                .iter()
                .filter_map(crate::classify::names::string)
                .collect();
            matches!(names.as_slice(), ["pg_catalog", "int8"] | ["int8"]) && t.typmods.is_empty()
        }
        _ => false,
    }
}

fn sort(options: &mut [Node]) {
    options.sort_by(|a, b| {
        let ka = def(a).map(|d| d.defname.as_str());
        let kb = def(b).map(|d| d.defname.as_str());
        ka.cmp(&kb)
    });
}

/// Drops the default sequence options from `options` (of `CREATE SEQUENCE` or an identity
/// column) and sorts the rest.
pub(crate) fn sequence_options(options: &mut Vec<Node>) {
    let increment = options
        .iter()
        .filter_map(def)
        .find(|d| d.defname == "increment")
        .and_then(int)
        .unwrap_or(1);
    let has_min = options
        .iter()
        .filter_map(def)
        .any(|d| d.defname == "minvalue" && d.arg.is_some());
    options.retain(|n| {
        let Some(d) = def(n) else { return true };
        let default = match d.defname.as_str() {
            "as" => is_bigint(d),
            "increment" => int(d) == Some(1),
            "start" => increment > 0 && !has_min && int(d) == Some(1),
            "minvalue" | "maxvalue" => d.arg.is_none(),
            "cache" => int(d) == Some(1),
            "cycle" => boolean(d) == Some(false),
            _ => false,
        };
        !default
    });
    sort(options);
}

/// Drops the default options of `CREATE FUNCTION` / `PROCEDURE` and sorts the rest.
pub(crate) fn function_options(options: &mut Vec<Node>, returns_set: bool) {
    let language = options
        .iter()
        .filter_map(def)
        .find(|d| d.defname == "language")
        .and_then(text)
        .unwrap_or("sql")
        .to_ascii_lowercase();
    let default_cost = if matches!(language.as_str(), "c" | "internal") {
        1
    } else {
        100
    };
    options.retain(|n| {
        let Some(d) = def(n) else { return true };
        let default = match d.defname.as_str() {
            "volatility" => text(d) == Some("volatile"),
            "strict" | "security" | "leakproof" => boolean(d) == Some(false),
            "parallel" => text(d) == Some("unsafe"),
            "cost" => int(d) == Some(default_cost),
            "rows" => returns_set && int(d) == Some(1000),
            _ => false,
        };
        !default
    });
    sort(options);
}

/// Drops `multirange_type_name` when it is the name PostgreSQL gives: `multi` before the
/// first `range` of the range's name, else the name and `_multirange`.
fn multirange_default(r: &mut pg_query::protobuf::CreateRangeStmt) {
    let Some(name) = r.type_name.last().and_then(crate::classify::names::string) else {
        return;
    };
    let default = match name.find("range") {
        Some(at) => format!("{}multi{}", &name[..at], &name[at..]),
        None => format!("{name}_multirange"),
    };
    r.params.retain(|p| match &p.node {
        Some(NodeEnum::DefElem(d)) if d.defname == "multirange_type_name" => {
            let given = match d.arg.as_deref().and_then(|a| a.node.as_ref()) {
                Some(NodeEnum::TypeName(t)) => {
                    t.names.last().and_then(crate::classify::names::string)
                }
                _ => None,
            };
            given != Some(default.as_str())
        }
        _ => true,
    });
}

/// The options of `CREATE TEXT SEARCH CONFIGURATION` (`PARSER`, `COPY`) and `DICTIONARY`
/// (`TEMPLATE`) name objects; a name written as a keyword or a string (`PARSER = default`,
/// `PARSER = 'default'`) is the same name as an identifier (pg_dump: `PARSER =
/// pg_catalog."default"`). A dictionary's other options are strings to its template: a
/// word written bare is the string (`STOPWORDS = english` = `stopwords = 'english'`, as the
/// server keeps and pg_dump prints it).
fn name_options(d: &mut pg_query::protobuf::DefineStmt) {
    if d.kind == pg_query::protobuf::ObjectType::ObjectTsdictionary as i32 {
        for o in &mut d.definition {
            let Some(NodeEnum::DefElem(e)) = o.node.as_mut() else {
                continue;
            };
            if e.defname == "template" {
                continue;
            }
            let Some(arg) = e.arg.as_deref_mut() else {
                continue;
            };
            if let Some(NodeEnum::TypeName(t)) = &arg.node {
                if let ([one], true, true) = (
                    t.names.as_slice(),
                    t.typmods.is_empty(),
                    t.array_bounds.is_empty(),
                ) {
                    if let Some(NodeEnum::String(s)) = &one.node {
                        arg.node = Some(NodeEnum::String(s.clone()));
                    }
                }
            }
        }
    }
    use pg_query::protobuf::{ObjectType as T, TypeName};
    let names: &[&str] = match T::try_from(d.kind) {
        Ok(T::ObjectTsconfiguration) => &["parser", "copy"],
        Ok(T::ObjectTsdictionary) => &["template"],
        _ => return,
    };
    for o in &mut d.definition {
        let Some(NodeEnum::DefElem(e)) = o.node.as_mut() else {
            continue;
        };
        if !names.contains(&e.defname.as_str()) {
            continue;
        }
        let Some(arg) = e.arg.as_deref_mut() else {
            continue;
        };
        if let Some(NodeEnum::String(s)) = &arg.node {
            let name = Node {
                node: Some(NodeEnum::String(s.clone())),
            };
            arg.node = Some(NodeEnum::TypeName(TypeName {
                names: vec![name],
                typemod: -1,
                location: -1,
                ..TypeName::default()
            }));
        }
    }
}

/// Applies the rule to one node.
pub(crate) fn node(n: &mut NodeEnum) {
    match n {
        NodeEnum::CreateSeqStmt(s) => {
            s.if_not_exists = false;
            sequence_options(&mut s.options);
        }
        NodeEnum::CreateFunctionStmt(f) => {
            f.replace = false;
            let set = f.return_type.as_ref().is_some_and(|t| t.setof)
                || f.parameters.iter().any(|p| {
                    matches!(&p.node, Some(NodeEnum::FunctionParameter(fp))
                        if fp.mode == pg_query::protobuf::FunctionParameterMode::FuncParamTable as i32)
                });
            function_options(&mut f.options, set);
        }
        NodeEnum::Constraint(c) if !c.generated_when.is_empty() => {
            // an identity column's sequence options
            sequence_options(&mut c.options);
        }
        // `IN` is what a parameter with no mode is (pg_dump writes it for procedures)
        NodeEnum::FunctionParameter(p)
            if p.mode == pg_query::protobuf::FunctionParameterMode::FuncParamIn as i32 =>
        {
            p.mode = pg_query::protobuf::FunctionParameterMode::FuncParamDefault as i32;
        }
        NodeEnum::ViewStmt(v) => v.replace = false,
        // the options of CREATE AGGREGATE / OPERATOR / COLLATION / TEXT SEARCH ...: any order
        NodeEnum::DefineStmt(d) => {
            name_options(d);
            sort(&mut d.definition);
        }
        NodeEnum::CreateRangeStmt(r) => {
            multirange_default(r);
            sort(&mut r.params);
        }
        // a schema's materialized view is the same whether its data was loaded or not
        NodeEnum::CreateTableAsStmt(s) => {
            s.if_not_exists = false;
            if let Some(into) = s.into.as_mut() {
                into.skip_data = false;
            }
        }
        // the three kinds are what no list means
        NodeEnum::CreateStatsStmt(s) => {
            let kinds: Vec<&str> = s
                .stat_types
                .iter()
                .filter_map(crate::classify::names::string)
                .collect();
            if ["ndistinct", "dependencies", "mcv"]
                .iter()
                .all(|k| kinds.contains(k))
            {
                s.stat_types.clear();
            }
        }
        // an unnamed domain check is named `domain_check`
        NodeEnum::CreateDomainStmt(d) => {
            let name = d
                .domainname
                .last()
                .and_then(crate::classify::names::string)
                .unwrap_or("")
                .to_owned();
            for c in &mut d.constraints {
                if let Some(NodeEnum::Constraint(c)) = c.node.as_mut() {
                    if c.conname.is_empty()
                        && c.contype == pg_query::protobuf::ConstrType::ConstrCheck as i32
                    {
                        c.conname = crate::classify::table::object_name(&name, None, "check");
                    }
                }
            }
        }
        NodeEnum::CreateTrigStmt(t) => t.replace = false,
        NodeEnum::CreatePublicationStmt(p) => super::publication::options(&mut p.options, true),
        NodeEnum::CreateSubscriptionStmt(s) => super::subscription::canonical(s),
        NodeEnum::AlterPublicationStmt(p) => super::publication::options(&mut p.options, false),
        // every privilege of the kind is ALL (rule `acl-sets`)
        NodeEnum::AlterDefaultPrivilegesStmt(d) => {
            if let Some(a) = d.action.as_mut() {
                crate::canon::acl::default_privileges(a);
            }
        }
        NodeEnum::CreateStmt(s) => s.if_not_exists = false,
        NodeEnum::IndexStmt(s) => s.if_not_exists = false,
        NodeEnum::CreateExtensionStmt(s) => s.if_not_exists = false,
        NodeEnum::CreateSchemaStmt(s) => s.if_not_exists = false,
        NodeEnum::CreateEnumStmt(_) | NodeEnum::CompositeTypeStmt(_) => {}
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use crate::canon::rules::testing::canon;

    #[test]
    fn sequence_defaults_are_dropped() {
        insta::assert_snapshot!(
            canon("CREATE SEQUENCE public.s AS bigint START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1 NO CYCLE"),
            @"CREATE SEQUENCE public.s"
        );
        assert_eq!(
            canon("CREATE SEQUENCE s AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1"),
            canon("CREATE SEQUENCE IF NOT EXISTS s AS int4")
        );
    }

    #[test]
    fn sequence_values_that_matter_stay() {
        insta::assert_snapshot!(
            canon("CREATE SEQUENCE s START WITH 5 INCREMENT BY -1 MAXVALUE 10 CACHE 20 CYCLE"),
            @"CREATE SEQUENCE public.s CACHE 20 CYCLE INCREMENT -1 MAXVALUE 10 START 5"
        );
        // START 1 is not the default of a descending sequence
        assert_ne!(
            canon("CREATE SEQUENCE s INCREMENT BY -1 START WITH 1"),
            canon("CREATE SEQUENCE s INCREMENT BY -1")
        );
    }

    #[test]
    fn function_defaults_are_dropped_and_options_sorted() {
        let dumped = canon("CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql VOLATILE SECURITY INVOKER PARALLEL UNSAFE COST 100 AS $_$select 1$_$");
        let written =
            canon("create or replace function public.f() returns int4 as 'select 1' language sql");
        assert_eq!(dumped, written);
        insta::assert_snapshot!(dumped, @"CREATE FUNCTION public.f() RETURNS int AS $$select 1$$ LANGUAGE sql");
        assert_eq!(
            canon("CREATE FUNCTION f() RETURNS int LANGUAGE sql IMMUTABLE STRICT AS 'select 1'"),
            canon("CREATE FUNCTION f() RETURNS int LANGUAGE sql STRICT IMMUTABLE AS 'select 1'")
        );
    }

    #[test]
    fn function_options_that_matter_stay() {
        assert_ne!(
            canon("CREATE FUNCTION f() RETURNS int LANGUAGE sql STABLE AS 'select 1'"),
            canon("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'select 1'")
        );
        assert_ne!(
            canon("CREATE FUNCTION f() RETURNS int LANGUAGE c COST 100 AS 'x', 'y'"),
            canon("CREATE FUNCTION f() RETURNS int LANGUAGE c AS 'x', 'y'")
        );
        assert_eq!(
            canon("CREATE FUNCTION f() RETURNS SETOF int LANGUAGE sql ROWS 1000 AS 'select 1'"),
            canon("CREATE FUNCTION f() RETURNS SETOF int LANGUAGE sql AS 'select 1'")
        );
    }

    #[test]
    fn parser_defaults_and_replace_flags() {
        assert_eq!(
            canon("CREATE INDEX i ON t (a)"),
            canon("CREATE INDEX i ON t USING btree (a)")
        );
        assert_eq!(
            canon("CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE PROCEDURE f()"),
            canon(
                "CREATE OR REPLACE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()"
            )
        );
        assert_eq!(
            canon("CREATE OR REPLACE VIEW v AS SELECT 1"),
            canon("CREATE VIEW v AS SELECT 1")
        );
        assert_eq!(
            canon("ALTER TABLE t ADD CONSTRAINT c FOREIGN KEY (a) REFERENCES u (b) MATCH SIMPLE ON UPDATE NO ACTION ON DELETE NO ACTION NOT DEFERRABLE INITIALLY IMMEDIATE"),
            canon("ALTER TABLE t ADD CONSTRAINT c FOREIGN KEY (a) REFERENCES u (b)")
        );
    }
}
