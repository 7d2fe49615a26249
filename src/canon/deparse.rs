//! Printing trees back to SQL with libpg_query's deparser: the plain form is the comparison
//! key, the pretty form is for people.

use pg_query::protobuf::ParseResult;
use pg_query::NodeEnum;

/// One statement printed, plain (`pretty` false) or indented.
pub(crate) fn deparse(stmt: &NodeEnum, pretty: bool) -> Result<String, String> {
    stmt.deparse(options(pretty)).map_err(|e| e.to_string())
}

fn options(pretty: bool) -> pg_query::DeparseOptions {
    pg_query::DeparseOptions {
        pretty_print: pretty,
        ..Default::default()
    }
}

/// A whole parse result printed.
pub(crate) fn deparse_tree(tree: &ParseResult, pretty: bool) -> Result<String, String> {
    pg_query::deparse(tree, options(pretty)).map_err(|e| e.to_string())
}

/// SQL text printed again, pretty: for the canonical texts kept plain.
pub(crate) fn pretty(sql: &str) -> String {
    match crate::classify::parse(sql, 0) {
        Ok(tree) => deparse_tree(&tree, true).unwrap_or_else(|_| sql.to_owned()),
        Err(_) => sql.to_owned(),
    }
}
