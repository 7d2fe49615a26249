//! The equivalence rules: rewrites of a parse tree that make two spellings of one schema
//! print the same. Each rule is a small function in its own file, with its tests beside it;
//! [`RULES`] lists them (the README's table is made from the same list).
//!
//! Rules that need no knowledge of the rest of the schema run on every statement through
//! [`apply`]. The rules about tables (implicit names, `serial`, identity columns, constraints
//! written inline or apart) work on the folded table model in `canon::table`; the ACL rule in
//! `canon::acl`.

use super::walk_mut::{self, VisitMut};
use pg_query::protobuf::{Node, TypeName};
use pg_query::NodeEnum;

pub(crate) mod case_else;
pub(crate) mod casts;
pub(crate) mod extension_version;
pub(crate) mod foreign_options;
pub(crate) mod implicit_alias;
pub(crate) mod in_list;
pub(crate) mod insert_columns;
pub(crate) mod opclass;
pub(crate) mod options;
pub(crate) mod publication;
pub(crate) mod qualify;
pub(crate) mod roles;
pub(crate) mod subscription;
pub(crate) mod tablespace;
pub(crate) mod ts_mappings;
pub(crate) mod type_alias;

/// One equivalence rule: its name (as `--explain` and the README show it) and what it makes
/// equal.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// Short name.
    pub name: &'static str,
    /// What it makes equal, with an example.
    pub equal: &'static str,
}

/// Every rule, in the order they apply.
///
/// ```
/// assert!(pgsplit::canon::RULES.iter().any(|r| r.name == "type-aliases"));
/// ```
pub const RULES: &[Rule] = &[
    Rule {
        name: "lexical",
        equal: "whitespace, case of keywords and unquoted names, comments, quoting that changes nothing, dollar-quote tags, redundant parentheses (`CHECK ((a > 0))` = `CHECK (a>0)`): every statement is printed from its parse tree",
    },
    Rule {
        name: "type-aliases",
        equal: "`int4` = `int` = `integer`, `int8` = `bigint`, `bool` = `boolean`, `float8` = `double precision`, `varchar` = `character varying`, `timestamptz` = `timestamp with time zone`, `_int4` = `int4[]`, `pg_catalog.text` = `text`; `bpchar` without a length stays `bpchar` (`char` is `char(1)`)",
    },
    Rule {
        name: "schema-qualification",
        equal: "an unqualified name = the name qualified with the schema the search path in effect finds it in (tables, views, sequences, types, functions defined in the input)",
    },
    Rule {
        name: "omitted-defaults",
        equal: "what PostgreSQL assumes when it is not written: sequence `AS bigint`, `START 1`, `INCREMENT 1`, `NO MINVALUE`, `NO MAXVALUE`, `CACHE 1`, `NO CYCLE`; a parameter's `IN` mode; function `VOLATILE`, `CALLED ON NULL INPUT`, `SECURITY INVOKER`, `PARALLEL UNSAFE`, `NOT LEAKPROOF`, `COST 100` (1 for C and internal), `ROWS 1000`; `IF NOT EXISTS`, `OR REPLACE`; index `USING btree`, foreign key `MATCH SIMPLE`, `NO ACTION`, `NOT DEFERRABLE`, trigger `EXECUTE PROCEDURE` = `EXECUTE FUNCTION` (the last four by the parser)",
    },
    Rule {
        name: "definition-options",
        equal: "the options of `CREATE AGGREGATE`, `OPERATOR`, `COLLATION`, `TEXT SEARCH ...` and `TYPE ... AS RANGE` in any order; a range's `multirange_type_name` when it is the default one; `CREATE STATISTICS` listing all three kinds = listing none; a materialized view `WITH NO DATA` = with data (the data is not the schema); an operator's unqualified commutator and negator = in the operator's schema",
    },
    Rule {
        name: "ts-mappings",
        equal: "a text search configuration's mappings as a set of (token type, dictionaries): `ADD MAPPING FOR a, b WITH d` = `ADD MAPPING FOR a WITH d` + `ADD MAPPING FOR b WITH d` (pg_dump's form), with `ALTER MAPPING`, `REPLACE` and `DROP MAPPING` applied; `COPY = english` (a built-in configuration) = its parser and its mappings one by one; `PARSER = default` = `PARSER = pg_catalog.\"default\"`; a dictionary's `STOPWORDS = english` = `stopwords = 'english'`",
    },
    Rule {
        name: "in-list",
        equal: "`a IN (x, y)` = `a = ANY (ARRAY[x, y])`, `a NOT IN (x, y)` = `a <> ALL (ARRAY[x, y])` (how the server stores them)",
    },
    Rule {
        name: "implicit-aliases",
        equal: "a `SELECT` column whose `AS` says the name it would get anyway = the column without it (`upper(t.b) AS upper` = `upper(t.b)`, `t.a AS a` = `t.a`), as `pg_get_viewdef` prints views",
    },
    Rule {
        name: "insert-columns",
        equal: "in a rule or a `BEGIN ATOMIC` function body, `INSERT INTO t VALUES (...)` without a column list = the same with `t`'s first columns listed, as the server stores it (when the input defines `t`)",
    },
    Rule {
        name: "case-else-null",
        equal: "`CASE ... ELSE NULL END` = `CASE ... END` (no `ELSE` gives `NULL`); with the `NULL` cast (`ELSE NULL::integer`, how the server prints a `CASE` without `ELSE`), probably equal",
    },
    Rule {
        name: "literal-casts",
        equal: "a string literal cast to `text` (or `varchar`, `bpchar`) in an expression = the bare literal; in a column default, a literal cast to the column's own type = the bare literal (`DEFAULT 'x'::text` on a text column)",
    },
    Rule {
        name: "implicit-names",
        equal: "an unnamed constraint, index or sequence = one named as PostgreSQL would name it (`t_pkey`, `t_a_key`, `t_a_fkey`, `t_a_check`, `t_a_excl`, `t_a_idx`, `t_id_seq`, `domain_check`, each cut to 63 bytes): a check after the one column it uses, an index after its columns, `INCLUDE` columns and expressions (`lower(email)`: `t_lower_idx`), a taken name numbered (`t_a_check1`, `t_a_idx1`, `t_id_seq1`); an index constraint one `CREATE TABLE` repeats is made once; `REFERENCES t` = `REFERENCES t (its primary key columns)`",
    },
    Rule {
        name: "table-folding",
        equal: "a column or table constraint written inside `CREATE TABLE` = the same added by `ALTER TABLE [ONLY] ... ADD CONSTRAINT`, `ALTER COLUMN ... SET DEFAULT`, `SET NOT NULL`, `ADD COLUMN`, `ALTER COLUMN ... TYPE`; columns and constraints dropped later are gone",
    },
    Rule {
        name: "partitions",
        equal: "`CREATE TABLE p PARTITION OF t FOR VALUES ...` = `CREATE TABLE p (t's columns)` + `ALTER TABLE ONLY t ATTACH PARTITION p FOR VALUES ...` (pg_dump's form); a partition goes with its parent when that is dropped",
    },
    Rule {
        name: "tablespaces",
        equal: "`CREATE TABLE` (`INDEX`, `MATERIALIZED VIEW`) `... TABLESPACE x` = the same under `SET default_tablespace = x` (pg_dump's form, also for the index of a key added by `ALTER TABLE`) = `ALTER ... SET TABLESPACE x` after it; `USING INDEX TABLESPACE x` likewise; `pg_default` = none; a partition without one = in its parent's; a table `USING heap` = none = under `SET default_table_access_method = heap`",
    },
    Rule {
        name: "extension-versions",
        equal: "`CREATE EXTENSION x VERSION 'v'` = `CREATE EXTENSION x` then `ALTER EXTENSION x UPDATE TO 'v'`; an `UPDATE` without `TO` = the extension's default version (none said)",
    },
    Rule {
        name: "foreign-options",
        equal: "the `OPTIONS (...)` of foreign-data wrappers, servers, user mappings, foreign tables and their columns in any order (pg_dump sorts them), with `ALTER ... OPTIONS (ADD / SET / DROP ...)`, `ALTER SERVER ... VERSION` and `ALTER FOREIGN DATA WRAPPER ... HANDLER / VALIDATOR` applied; a foreign table column's `OPTIONS` in `CREATE FOREIGN TABLE` = `ALTER FOREIGN TABLE ... ALTER COLUMN ... OPTIONS` (pg_dump's form)",
    },
    Rule {
        name: "publications",
        equal: "a publication's members (tables, with their columns and row filters, and `TABLES IN SCHEMA`) as a set: `CREATE PUBLICATION p FOR TABLE t, u` = `CREATE PUBLICATION p` + `ALTER PUBLICATION p ADD TABLE ONLY t` + ... (pg_dump's form), `ALTER PUBLICATION ... ADD / DROP / SET` and `SET (...)` applied; `publish` in any order and spacing, and the default options (`publish = 'insert, update, delete, truncate'`, `publish_via_partition_root = false`) = none",
    },
    Rule {
        name: "operator-classes",
        equal: "an operator class without `FAMILY` = in the family of its name, which it makes; `OPERATOR 1 >` in a class `FOR TYPE t` = `OPERATOR 1 pg_catalog.>(t, t)`; a support function's types, when not given = its argument types (`btree`, `hash`) or the class's type twice; a family's `ALTER OPERATOR FAMILY ... ADD` members as a set, `DROP` applied (pg_dump's forms)",
    },
    Rule {
        name: "subscriptions",
        equal: "a subscription without what only acts when it runs (`connect`, `create_slot`, `enabled`, `copy_data`: pg_dump writes `connect = false` for all), without options at their defaults (`slot_name` its own name, `binary = false`, `streaming = off` ...), booleans spelled one way, in any order",
    },
    Rule {
        name: "current-role",
        equal: "with `--role NAME` (the role the scripts run as): `CURRENT_USER`, `CURRENT_ROLE`, `SESSION_USER` = `NAME`, and `ALTER DEFAULT PRIVILEGES` without `FOR ROLE` = `FOR ROLE NAME` (pg_dump names the role)",
    },
    Rule {
        name: "extension-comments",
        equal: "`COMMENT ON EXTENSION` is left out: pg_dump prints every extension's comment, which comes from the extension itself",
    },
    Rule {
        name: "serial",
        equal: "`serial` (`bigserial`, `smallserial`) = an integer column, `NOT NULL`, `DEFAULT nextval('t_c_seq'::regclass)`, and the sequence `t_c_seq` `OWNED BY` the column",
    },
    Rule {
        name: "identity",
        equal: "`GENERATED ... AS IDENTITY` written in the column = `ALTER TABLE ... ALTER COLUMN ... ADD GENERATED ... AS IDENTITY (SEQUENCE NAME t_c_seq ...)` as pg_dump writes it; the sequence name and options that are PostgreSQL's defaults are dropped",
    },
    Rule {
        name: "acl-sets",
        equal: "privileges compared as sets of (object, privilege, grantee, grant option): `GRANT SELECT, INSERT` = `GRANT INSERT` + `GRANT SELECT`, in any order; a `REVOKE` cancels what was granted before",
    },
    Rule {
        name: "replaced-definitions",
        equal: "`CREATE OR REPLACE` (views, functions, triggers) and a `DROP` followed by `CREATE`: the last definition is the object",
    },
    Rule {
        name: "probably-equal",
        equal: "not a rule of equality: two forms that differ only in casts the server adds or drops (where both forms cast the same expression, to the same type), or in the qualification of column references (a view written by hand against `pg_get_viewdef`'s output; the same for rules, policies and `BEGIN ATOMIC` routine bodies, whose parameters the server prints qualified) are reported as \"probably equal\", not as equal and not as changed",
    },
];

/// What the rules that qualify names need to know: the search path in effect and what the
/// input defines.
pub(crate) struct Ctx<'a> {
    pub search_path: &'a [String],
    pub defined: &'a qualify::Defined,
    /// The names of the statement's common table expressions: a `FROM x` naming one is
    /// not a table.
    pub ctes: std::collections::HashSet<String>,
}

/// The names of every `WITH` query in `stmt`.
fn cte_names(stmt: &Node) -> std::collections::HashSet<String> {
    use crate::classify::walk::{walk_node, Visit};
    use pg_query::NodeRef;
    struct Ctes(std::collections::HashSet<String>);
    impl Visit for Ctes {
        fn enter(&mut self, node: NodeRef<'_>) -> bool {
            if let NodeRef::CommonTableExpr(c) = node {
                self.0.insert(c.ctename.clone());
            }
            true
        }
    }
    let mut v = Ctes(Default::default());
    walk_node(&mut v, stmt);
    v.0
}

/// Applies every statement-level rule to `stmt`, in place.
pub(crate) fn apply(stmt: &mut Node, search_path: &[String], defined: &qualify::Defined) {
    // With no schema on the search path (pg_dump's `set_config('search_path', '', false)`),
    // an unqualified name is looked up in `pg_catalog` alone: it is qualified so, or the
    // canonical text (read back with the default path) would name another object.
    let catalog = ["pg_catalog".to_owned()];
    let search_path = if search_path.iter().all(|s| s.starts_with('$')) {
        &catalog[..]
    } else {
        search_path
    };
    let ctx = &Ctx {
        search_path,
        defined,
        ctes: cte_names(stmt),
    };
    struct All<'c, 'a> {
        ctx: &'c Ctx<'a>,
    }
    impl VisitMut for All<'_, '_> {
        fn node(&mut self, node: &mut NodeEnum) {
            options::node(node);
            in_list::node(node);
            implicit_alias::node(node);
            case_else::node(node);
            foreign_options::node(node);
            casts::node(node);
            opclass::node(node, self.ctx);
            roles::node(node, self.ctx.defined.role.as_deref());
            qualify::node(node, self.ctx);
        }
        fn type_name(&mut self, t: &mut TypeName) {
            type_alias::type_name(t);
            qualify::type_name(t, self.ctx);
        }
        fn range_var(&mut self, r: &mut pg_query::protobuf::RangeVar) {
            qualify::range_var(r, self.ctx);
        }
        fn object_with_args(&mut self, o: &mut pg_query::protobuf::ObjectWithArgs) {
            qualify::object_with_args(o, self.ctx);
        }
        fn collate_clause(&mut self, c: &mut pg_query::protobuf::CollateClause) {
            qualify::collate_clause(c, self.ctx);
        }
    }
    walk_mut::walk_node(&mut All { ctx }, stmt);
}

#[cfg(test)]
pub(crate) mod testing {
    //! Runs the rules on SQL text and prints the result.
    use super::*;

    /// `sql` through every rule (search path `public`, nothing defined), deparsed.
    pub fn canon(sql: &str) -> String {
        canon_with(sql, &qualify::Defined::default())
    }

    /// `sql` through every rule with `defined`, deparsed.
    pub fn canon_with(sql: &str, defined: &qualify::Defined) -> String {
        let mut tree = crate::classify::parse(sql, 0).expect("parses");
        let path = vec!["public".to_owned()];
        for s in &mut tree.stmts {
            if let Some(n) = s.stmt.as_deref_mut() {
                apply(n, &path, defined);
            }
        }
        pg_query::deparse(&tree, Default::default()).expect("deparses")
    }
}
