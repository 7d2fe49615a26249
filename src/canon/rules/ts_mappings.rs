//! Rule `ts-mappings`: a text search configuration's mappings are a set of (token type,
//! dictionaries). pg_dump prints one `ALTER TEXT SEARCH CONFIGURATION c ADD MAPPING FOR
//! token WITH dictionaries` per token type; a migration writes several token types in one
//! statement, changes them (`ALTER MAPPING`, `REPLACE`), drops them, or copies a built-in
//! configuration (`COPY = english`), whose mappings pg_dump then prints one by one. The
//! folding (`canon::build`) keeps one part per token type, printed by [`statement`]; this
//! file has the printing and the mappings of PostgreSQL's own configurations.

use crate::canon::deparse::deparse;
use crate::classify::names::string;
use pg_query::protobuf::{
    AlterTsConfigType, AlterTsConfigurationStmt, DefineStmt, Node, ObjectType,
};
use pg_query::NodeEnum;

/// The mappings of the configurations in `pg_catalog` (PostgreSQL 15; the server test
/// `the_builtin_name_lists_match_the_catalog` checks it): `config \t token \t dict,dict`,
/// by configuration then token number.
const BUILTIN: &str = include_str!("builtin_ts_mappings.txt");

/// The mappings of the built-in configuration `config`, in token order.
///
/// Every built-in configuration uses the parser `pg_catalog."default"`.
pub(crate) fn builtin(config: &str) -> Option<Vec<(&'static str, Vec<&'static str>)>> {
    let maps: Vec<(&str, Vec<&str>)> = BUILTIN
        .lines()
        .filter_map(|l| {
            let mut f = l.split('\t');
            let (c, t, d) = (f.next()?, f.next()?, f.next()?);
            (c == config).then(|| (t, d.split(',').collect()))
        })
        .collect();
    (!maps.is_empty()).then_some(maps)
}

fn name(s: &str) -> Node {
    Node {
        node: Some(NodeEnum::String(pg_query::protobuf::String {
            sval: s.to_owned(),
        })),
    }
}

/// A dictionary list of built-in dictionaries, as the parser holds `WITH a, b`.
pub(crate) fn dictionaries(names: &[&str]) -> Vec<Node> {
    names
        .iter()
        .map(|d| Node {
            node: Some(NodeEnum::List(pg_query::protobuf::List {
                items: vec![name(d)],
            })),
        })
        .collect()
}

/// `ALTER TEXT SEARCH CONFIGURATION cfgname ADD MAPPING FOR token WITH dicts`, and its
/// value (the dictionaries, as printed).
pub(crate) fn statement(cfgname: &[Node], token: &str, dicts: Vec<Node>) -> (String, String) {
    let stmt = AlterTsConfigurationStmt {
        kind: AlterTsConfigType::AlterTsconfigAddMapping as i32,
        cfgname: cfgname.to_vec(),
        tokentype: vec![name(token)],
        dicts,
        r#override: false,
        replace: false,
        missing_ok: false,
    };
    let sql = deparse(&NodeEnum::AlterTsconfigurationStmt(stmt), false).unwrap_or_default();
    let value = sql
        .split_once(" WITH ")
        .map_or_else(|| sql.clone(), |(_, d)| d.to_owned());
    (value, sql)
}

/// For `CREATE TEXT SEARCH CONFIGURATION c (COPY = x)` where `x` is a built-in
/// configuration (`pg_catalog.x`, or unqualified and not one the input defines on the
/// search path, as `is_defined` says): `x`'s name. The statement then becomes `(PARSER =
/// "default")` and the copied mappings parts of `c`.
pub(crate) fn copied_builtin(d: &DefineStmt, is_defined: impl Fn(&str) -> bool) -> Option<&str> {
    if d.kind != ObjectType::ObjectTsconfiguration as i32 {
        return None;
    }
    let [only] = d.definition.as_slice() else {
        return None;
    };
    let Some(NodeEnum::DefElem(e)) = only.node.as_ref() else {
        return None;
    };
    if e.defname != "copy" {
        return None;
    }
    let names: Vec<&str> = match e.arg.as_deref()?.node.as_ref()? {
        NodeEnum::TypeName(t) => t.names.iter().filter_map(string).collect(),
        NodeEnum::String(s) => vec![s.sval.as_str()],
        _ => return None,
    };
    let config = match names.as_slice() {
        ["pg_catalog", c] => *c,
        [c] if !is_defined(c) => *c,
        _ => return None,
    };
    builtin(config).map(|_| config)
}

/// `d` with its `COPY = x` replaced by the built-in parser every built-in configuration has.
pub(crate) fn with_default_parser(d: &mut DefineStmt) {
    let parser = pg_query::protobuf::DefElem {
        defname: "parser".to_owned(),
        arg: Some(Box::new(Node {
            node: Some(NodeEnum::TypeName(pg_query::protobuf::TypeName {
                names: vec![name("default")],
                typemod: -1,
                location: -1,
                ..Default::default()
            })),
        })),
        defaction: pg_query::protobuf::DefElemAction::DefelemUnspec as i32,
        location: -1,
        ..Default::default()
    };
    d.definition = vec![Node {
        node: Some(NodeEnum::DefElem(Box::new(parser))),
    }];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_has_its_nineteen_token_types() {
        let maps = builtin("english").unwrap();
        assert_eq!(maps.len(), 19);
        assert!(maps.contains(&("asciiword", vec!["english_stem"])));
        assert!(maps.contains(&("url", vec!["simple"])));
        assert!(builtin("klingon").is_none());
    }

    #[test]
    fn one_statement_per_token() {
        let cfg = vec![name("app"), name("docs")];
        let (value, sql) = statement(&cfg, "word", dictionaries(&["english_stem", "simple"]));
        assert_eq!(
            sql,
            "ALTER TEXT SEARCH CONFIGURATION app.docs ADD MAPPING FOR word WITH english_stem, simple"
        );
        assert_eq!(value, "english_stem, simple");
    }

    fn define(sql: &str) -> DefineStmt {
        let tree = crate::classify::parse(sql, 0).unwrap();
        match tree.stmts[0].stmt.as_ref().unwrap().node.as_ref().unwrap() {
            NodeEnum::DefineStmt(d) => d.clone(),
            n => panic!("{n:?}"),
        }
    }

    #[test]
    fn a_copy_of_a_builtin_configuration_is_seen() {
        let none = |_: &str| false;
        let c = define("CREATE TEXT SEARCH CONFIGURATION d (COPY = english)");
        assert_eq!(copied_builtin(&c, none), Some("english"));
        let c = define("CREATE TEXT SEARCH CONFIGURATION d (COPY = pg_catalog.french)");
        assert_eq!(copied_builtin(&c, none), Some("french"));
        // one the input defines, another schema's, or a parser: not a built-in copy
        let c = define("CREATE TEXT SEARCH CONFIGURATION d (COPY = english)");
        assert_eq!(copied_builtin(&c, |n| n == "english"), None);
        let c = define("CREATE TEXT SEARCH CONFIGURATION d (COPY = app.english)");
        assert_eq!(copied_builtin(&c, none), None);
        let c = define("CREATE TEXT SEARCH CONFIGURATION d (PARSER = default)");
        assert_eq!(copied_builtin(&c, none), None);
    }
}
