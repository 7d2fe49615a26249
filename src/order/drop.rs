//! `DROP` statements for defined objects: what undoes a `CREATE` (the downgrade of a
//! generated migration).
//!
//! Every statement says `IF EXISTS`: dropping a table drops its indexes, triggers, owned
//! sequences and partitions with it, so a later explicit drop of one of them finds nothing.
//! None says `CASCADE`: what the input did not create is never dropped with what it did.

use crate::model::{ObjectId, ObjectKind};

/// Appends `name` as SQL reads it back: double-quoted unless it is a plain lower-case
/// identifier that is not a keyword (or only an unreserved one), as PostgreSQL's
/// `quote_ident` decides (keywords from libpg_query's own scanner).
///
/// ```
/// let mut s = String::new();
/// pgsplit::order::push_sql_ident(&mut s, "end");
/// s.push(' ');
/// pgsplit::order::push_sql_ident(&mut s, "name");
/// s.push(' ');
/// pgsplit::order::push_sql_ident(&mut s, "Mixed");
/// assert_eq!(s, r#""end" name "Mixed""#);
/// ```
pub fn push_sql_ident(out: &mut String, name: &str) {
    use pg_query::protobuf::KeywordKind as K;
    let plain = crate::model::is_plain_ident(name);
    let keyword = plain
        && pg_query::scan(name).map_or(true, |r| {
            r.tokens.len() != 1
                || !matches!(
                    K::try_from(r.tokens[0].keyword_kind),
                    Ok(K::NoKeyword | K::UnreservedKeyword)
                )
        });
    if plain && !keyword {
        out.push_str(name);
    } else {
        out.push('"');
        out.push_str(&name.replace('"', "\"\""));
        out.push('"');
    }
}

use push_sql_ident as push_ident;

/// `schema.name`, each part quoted where needed.
fn qualified(schema: Option<&str>, name: &str) -> String {
    let mut s = String::new();
    if let Some(sc) = schema {
        push_ident(&mut s, sc);
        s.push('.');
    }
    push_ident(&mut s, name);
    s
}

/// What follows the object's `kind:schema.name` in its identity: a routine's argument list,
/// an operator class's ` USING method`, a user mapping's ` SERVER name`.
fn suffix(o: &ObjectId) -> &str {
    let base = ObjectId::new(o.kind, o.schema.as_deref(), &o.name).identity;
    o.identity.strip_prefix(base.as_str()).unwrap_or("")
}

/// The statement that drops `o`, or `None` for what is not dropped on its own (columns,
/// constraints, shell types, default privileges, large objects, databases, tablespaces) and
/// for `plpgsql`, which every database has from its template.
///
/// ```
/// use pgsplit::model::{ObjectId, ObjectKind};
/// use pgsplit::order::drop_statement;
/// let t = ObjectId::in_parent(ObjectKind::Trigger, Some("app"), "Orders", "touch");
/// assert_eq!(drop_statement(&t).unwrap(), r#"DROP TRIGGER IF EXISTS touch ON app."Orders";"#);
/// let f = ObjectId::with_suffix(ObjectKind::Function, Some("app"), "f", "(integer, text)");
/// assert_eq!(drop_statement(&f).unwrap(), "DROP FUNCTION IF EXISTS app.f(integer, text);");
/// ```
pub fn drop_statement(o: &ObjectId) -> Option<String> {
    use ObjectKind as K;
    let schema = o.schema.as_deref();
    let name = || qualified(schema, &o.name);
    let on_parent = |what: &str| {
        let parent = o.parent.as_deref()?;
        let mut n = String::new();
        push_ident(&mut n, &o.name);
        Some(format!(
            "DROP {what} IF EXISTS {n} ON {};",
            qualified(schema, parent)
        ))
    };
    let sql = match o.kind {
        K::Schema => format!("DROP SCHEMA IF EXISTS {};", name()),
        K::Extension if o.name == "plpgsql" => return None,
        K::Extension => format!("DROP EXTENSION IF EXISTS {};", name()),
        K::Language if o.name == "plpgsql" => return None,
        K::Language => format!("DROP LANGUAGE IF EXISTS {};", name()),
        K::Collation => format!("DROP COLLATION IF EXISTS {};", name()),
        K::Type | K::Enum | K::Composite | K::Range => {
            format!("DROP TYPE IF EXISTS {};", name())
        }
        K::Domain => format!("DROP DOMAIN IF EXISTS {};", name()),
        K::Cast => format!("DROP CAST IF EXISTS {};", o.name),
        K::Transform => {
            let lang = suffix(o).strip_prefix(" LANGUAGE ")?;
            let mut l = String::new();
            push_ident(&mut l, lang);
            format!("DROP TRANSFORM IF EXISTS FOR {} LANGUAGE {l};", o.name)
        }
        K::Function => format!("DROP FUNCTION IF EXISTS {}{};", name(), suffix(o)),
        K::Procedure => format!("DROP PROCEDURE IF EXISTS {}{};", name(), suffix(o)),
        K::Aggregate => format!("DROP AGGREGATE IF EXISTS {}{};", name(), suffix(o)),
        K::Operator => {
            // an operator's name is its symbol, never quoted
            let mut n = String::new();
            if let Some(sc) = schema {
                push_ident(&mut n, sc);
                n.push('.');
            }
            n.push_str(&o.name);
            format!("DROP OPERATOR IF EXISTS {n} {};", suffix(o))
        }
        K::OperatorClass => format!("DROP OPERATOR CLASS IF EXISTS {}{};", name(), suffix(o)),
        K::OperatorFamily => {
            format!("DROP OPERATOR FAMILY IF EXISTS {}{};", name(), suffix(o))
        }
        K::AccessMethod => format!("DROP ACCESS METHOD IF EXISTS {};", name()),
        K::Conversion => format!("DROP CONVERSION IF EXISTS {};", name()),
        K::TextSearchParser => format!("DROP TEXT SEARCH PARSER IF EXISTS {};", name()),
        K::TextSearchTemplate => format!("DROP TEXT SEARCH TEMPLATE IF EXISTS {};", name()),
        K::TextSearchDictionary => {
            format!("DROP TEXT SEARCH DICTIONARY IF EXISTS {};", name())
        }
        K::TextSearchConfiguration => {
            format!("DROP TEXT SEARCH CONFIGURATION IF EXISTS {};", name())
        }
        K::ForeignDataWrapper => format!("DROP FOREIGN DATA WRAPPER IF EXISTS {};", name()),
        K::Server => format!("DROP SERVER IF EXISTS {};", name()),
        K::UserMapping => {
            let server = suffix(o).strip_prefix(" SERVER ")?;
            let mut s = String::new();
            push_ident(&mut s, server);
            // PUBLIC and CURRENT_USER are keywords here (a role cannot have those names)
            let user = if matches!(
                o.name.as_str(),
                "public" | "current_user" | "session_user" | "current_role"
            ) {
                o.name.clone()
            } else {
                name()
            };
            format!("DROP USER MAPPING IF EXISTS FOR {user} SERVER {s};")
        }
        K::Sequence => format!("DROP SEQUENCE IF EXISTS {};", name()),
        K::Table | K::Partition => format!("DROP TABLE IF EXISTS {};", name()),
        K::ForeignTable => format!("DROP FOREIGN TABLE IF EXISTS {};", name()),
        K::View => format!("DROP VIEW IF EXISTS {};", name()),
        K::MaterializedView => format!("DROP MATERIALIZED VIEW IF EXISTS {};", name()),
        K::Index => format!("DROP INDEX IF EXISTS {};", name()),
        K::Trigger => on_parent("TRIGGER")?,
        K::Rule => on_parent("RULE")?,
        K::Policy => on_parent("POLICY")?,
        K::Statistics => format!("DROP STATISTICS IF EXISTS {};", name()),
        K::Publication => format!("DROP PUBLICATION IF EXISTS {};", name()),
        K::Subscription => format!("DROP SUBSCRIPTION IF EXISTS {};", name()),
        K::EventTrigger => format!("DROP EVENT TRIGGER IF EXISTS {};", name()),
        K::Role => format!("DROP ROLE IF EXISTS {};", name()),
        K::ShellType
        | K::Column
        | K::Constraint
        | K::DefaultPrivileges
        | K::Database
        | K::Tablespace
        | K::LargeObject => return None,
    };
    Some(sql)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::{classify, Context};

    /// The drop of what `create` defines (classified as the CLI classifies it).
    fn drop_of(create: &str) -> Option<String> {
        let c = classify(create, &Context::default());
        drop_statement(c.object.as_ref().expect("a definition"))
    }

    #[test]
    fn every_kind_a_schema_dump_defines() {
        let cases = [
            (
                "CREATE SCHEMA \"Sales\"",
                Some("DROP SCHEMA IF EXISTS \"Sales\";"),
            ),
            (
                "CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public",
                Some("DROP EXTENSION IF EXISTS citext;"),
            ),
            (
                "CREATE EXTENSION IF NOT EXISTS plpgsql WITH SCHEMA pg_catalog",
                None,
            ),
            (
                "CREATE TABLE public.t (a int)",
                Some("DROP TABLE IF EXISTS public.t;"),
            ),
            (
                "CREATE TABLE public.p1 PARTITION OF public.p FOR VALUES IN (1)",
                Some("DROP TABLE IF EXISTS public.p1;"),
            ),
            (
                "CREATE SEQUENCE s.t_id_seq",
                Some("DROP SEQUENCE IF EXISTS s.t_id_seq;"),
            ),
            (
                "CREATE VIEW s.v AS SELECT 1",
                Some("DROP VIEW IF EXISTS s.v;"),
            ),
            (
                "CREATE MATERIALIZED VIEW s.m AS SELECT 1",
                Some("DROP MATERIALIZED VIEW IF EXISTS s.m;"),
            ),
            (
                "CREATE INDEX i ON s.t (a)",
                Some("DROP INDEX IF EXISTS s.i;"),
            ),
            (
                "CREATE FUNCTION s.f(a integer, b text) RETURNS int LANGUAGE sql AS 'select 1'",
                Some("DROP FUNCTION IF EXISTS s.f(integer, text);"),
            ),
            (
                "CREATE PROCEDURE s.p() LANGUAGE sql AS 'select 1'",
                Some("DROP PROCEDURE IF EXISTS s.p();"),
            ),
            (
                "CREATE AGGREGATE s.agg(integer) (SFUNC = int4pl, STYPE = integer)",
                Some("DROP AGGREGATE IF EXISTS s.agg(integer);"),
            ),
            (
                "CREATE TYPE s.mood AS ENUM ('a')",
                Some("DROP TYPE IF EXISTS s.mood;"),
            ),
            (
                "CREATE TYPE s.pair AS (a int, b int)",
                Some("DROP TYPE IF EXISTS s.pair;"),
            ),
            (
                "CREATE DOMAIN s.d AS int",
                Some("DROP DOMAIN IF EXISTS s.d;"),
            ),
            (
                "CREATE TRIGGER trg BEFORE INSERT ON s.t FOR EACH ROW EXECUTE FUNCTION s.f()",
                Some("DROP TRIGGER IF EXISTS trg ON s.t;"),
            ),
            (
                "CREATE POLICY p ON s.t USING (true)",
                Some("DROP POLICY IF EXISTS p ON s.t;"),
            ),
            (
                "CREATE RULE r AS ON INSERT TO s.t DO INSTEAD NOTHING",
                Some("DROP RULE IF EXISTS r ON s.t;"),
            ),
            (
                "CREATE OPERATOR s.=== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = int4eq)",
                Some("DROP OPERATOR IF EXISTS s.=== (integer, integer);"),
            ),
            (
                "CREATE COLLATION s.c (provider = icu, locale = 'und')",
                Some("DROP COLLATION IF EXISTS s.c;"),
            ),
            (
                "CREATE STATISTICS s.st ON a, b FROM s.t",
                Some("DROP STATISTICS IF EXISTS s.st;"),
            ),
            (
                "CREATE EVENT TRIGGER et ON ddl_command_end EXECUTE FUNCTION s.f()",
                Some("DROP EVENT TRIGGER IF EXISTS et;"),
            ),
            (
                "CREATE TEXT SEARCH CONFIGURATION s.cfg (COPY = english)",
                Some("DROP TEXT SEARCH CONFIGURATION IF EXISTS s.cfg;"),
            ),
            (
                "CREATE CAST (s.a AS s.b) WITHOUT FUNCTION",
                Some("DROP CAST IF EXISTS (s.a AS s.b);"),
            ),
            (
                "CREATE TABLE \"user\".\"order\" (a int)",
                Some("DROP TABLE IF EXISTS \"user\".\"order\";"),
            ),
            (
                "CREATE USER MAPPING FOR public SERVER \"remote; one\"",
                Some("DROP USER MAPPING IF EXISTS FOR public SERVER \"remote; one\";"),
            ),
            (
                "CREATE USER MAPPING FOR CURRENT_USER SERVER s",
                Some("DROP USER MAPPING IF EXISTS FOR current_user SERVER s;"),
            ),
            (
                "CREATE USER MAPPING FOR \"App\" SERVER s",
                Some("DROP USER MAPPING IF EXISTS FOR \"App\" SERVER s;"),
            ),
        ];
        for (create, expected) in cases {
            assert_eq!(drop_of(create).as_deref(), expected, "{create}");
        }
    }

    #[test]
    fn drops_parse() {
        for create in [
            "CREATE TABLE \"we\"\"ird\".\"T\" (a int)",
            "CREATE FUNCTION s.\"F\"(integer[]) RETURNS int LANGUAGE sql AS 'select 1'",
            "CREATE TRIGGER \"Trg\" BEFORE INSERT ON \"S\".\"T\" FOR EACH ROW EXECUTE FUNCTION s.f()",
        ] {
            let d = drop_of(create).unwrap();
            crate::classify::parse(&d, 0).unwrap_or_else(|e| panic!("{d}: {e}"));
        }
    }
}
