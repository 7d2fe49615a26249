//! `SET` and `RESET`: session settings, moved to the front by ordering.

use crate::model::{Class, Classified};
use pg_query::protobuf::{a_const, VariableSetKind, VariableSetStmt};
use pg_query::NodeEnum;

/// `SET name = value`, `SET LOCAL`, `RESET`.
pub(crate) fn set(s: &VariableSetStmt) -> Classified {
    let mut c = Classified::new(Class::Setting);
    c.action = Some(if s.name == "client_encoding" {
        "client_encoding"
    } else {
        "set"
    });
    if let Some(name) = ["default_tablespace", "default_table_access_method"]
        .into_iter()
        .find(|n| s.name == *n)
    {
        let kind = VariableSetKind::try_from(s.kind).unwrap_or(VariableSetKind::Undefined);
        let value = match kind {
            VariableSetKind::VarSetValue => s.args.first().and_then(|a| match &a.node {
                Some(NodeEnum::AConst(k)) => match &k.val {
                    Some(a_const::Val::Sval(v)) => Some(v.sval.clone()),
                    _ => None,
                },
                _ => None,
            }),
            _ => None,
        };
        c.table_setting = Some((name, value.filter(|v| !v.is_empty())));
    }
    if s.name == "search_path" {
        let kind = VariableSetKind::try_from(s.kind).unwrap_or(VariableSetKind::Undefined);
        c.search_path = Some(match kind {
            VariableSetKind::VarSetValue => s
                .args
                .iter()
                .filter_map(|a| match &a.node {
                    Some(NodeEnum::AConst(k)) => match &k.val {
                        Some(a_const::Val::Sval(v)) => Some(v.sval.clone()),
                        _ => None,
                    },
                    _ => None,
                })
                .filter(|s| !s.is_empty())
                .collect(),
            _ => vec!["public".to_owned()],
        });
    }
    c
}

/// The schemas of a `search_path` value given as one string (`'app, "My", public'`);
/// `$user` is left out (pgsplit does not know who runs the script).
pub(crate) fn parse_search_path(v: &str) -> Vec<String> {
    v.split(',')
        .filter_map(|p| {
            let p = p.trim();
            if p.is_empty() || p == "$user" || p == "\"$user\"" {
                return None;
            }
            if let Some(q) = p.strip_prefix('"').and_then(|p| p.strip_suffix('"')) {
                return Some(q.replace("\"\"", "\""));
            }
            Some(p.to_lowercase())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::parse_search_path;
    use crate::classify::{classify, Context};

    #[test]
    fn search_path_settings_are_understood() {
        let ctx = Context::default();
        let c = classify("SET search_path = app, \"My\", public;", &ctx);
        assert_eq!(
            c.search_path,
            Some(vec!["app".into(), "My".into(), "public".into()])
        );
        let c = classify("SET search_path TO DEFAULT", &ctx);
        assert_eq!(c.search_path, Some(vec!["public".into()]));
        let c = classify("SET statement_timeout = 0;", &ctx);
        assert_eq!(c.search_path, None);
        assert_eq!(c.class, crate::model::Class::Setting);
        assert_eq!(
            parse_search_path("\"$user\", App, \"x\"\"y\""),
            vec!["app", "x\"y"]
        );
        assert!(parse_search_path("").is_empty());
    }

    #[test]
    fn table_settings_are_understood() {
        let ctx = Context::default();
        let value = |sql: &str| classify(sql, &ctx).table_setting;
        assert_eq!(
            value("SET default_tablespace = fast;"),
            Some(("default_tablespace", Some("fast".into())))
        );
        assert_eq!(
            value("SET default_tablespace = '';"),
            Some(("default_tablespace", None))
        );
        assert_eq!(
            value("RESET default_tablespace"),
            Some(("default_tablespace", None))
        );
        assert_eq!(
            value("SET default_table_access_method TO \"Columnar\""),
            Some(("default_table_access_method", Some("Columnar".into())))
        );
        assert_eq!(value("SET search_path = app"), None);
    }

    #[test]
    fn unqualified_definitions_go_to_the_first_schema_of_the_path() {
        let mut ctx = Context::default();
        ctx.apply(&classify("SET search_path = app, public", &ctx));
        let c = classify("CREATE TABLE t (a int)", &ctx);
        assert_eq!(c.object.unwrap().identity, "table:app.t");
    }
}
