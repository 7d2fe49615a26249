//! Rule `tablespaces`: where a table, index or materialized view is stored is a part of its
//! own (`--ignore tablespaces` leaves it out), whichever way the input says it:
//!
//! * `CREATE TABLE ... TABLESPACE x`, `CREATE INDEX ... TABLESPACE x`, `PRIMARY KEY (a)
//!   USING INDEX TABLESPACE x`;
//! * `SET default_tablespace = x` before the statement, as pg_dump writes it (also for the
//!   index of a key made by `ALTER TABLE ... ADD CONSTRAINT`);
//! * `ALTER TABLE` (`INDEX`, `MATERIALIZED VIEW`) `... SET TABLESPACE x` after it;
//! * a partition made with no tablespace is in its parent's, as the server puts it.
//!
//! `pg_default` is no tablespace: the server records the database's default tablespace as
//! none, and pgsplit takes that to be `pg_default` (a database made `WITH TABLESPACE`
//! something else is not known offline). The normalized text says it with `ALTER ... SET
//! TABLESPACE`, which reads back the same.
//!
//! The table access method goes the same way, in the definition (there is no `--ignore`
//! for it): `USING heap` = nothing = made under `SET default_table_access_method = heap`
//! (pg_dump's form), `heap` being the server's default; a partitioned table has none.

/// The tablespace the server records for `written` (a `TABLESPACE` clause, or
/// `default_tablespace`): none for an empty name and for `pg_default`.
///
/// ```ignore
/// assert_eq!(stored(Some("fast")), Some("fast"));
/// assert_eq!(stored(Some("pg_default")), None);
/// ```
pub(crate) fn stored(written: Option<&str>) -> Option<&str> {
    written.filter(|t| !t.is_empty() && *t != "pg_default")
}

/// The access method a table (or materialized view) is stored with, as written (`USING
/// am`) or else `default`: empty for `heap`, the default; `partitioned` tables have none.
pub(crate) fn access_method(written: &mut String, default: Option<&str>, partitioned: bool) {
    if partitioned {
        return;
    }
    if written.is_empty() {
        if let Some(d) = default {
            d.clone_into(written);
        }
    }
    if written == "heap" {
        written.clear();
    }
}

/// `ALTER kind name SET TABLESPACE tablespace` for the relation `identity` (`table:s.t`,
/// `index:s.i`, `materialized-view:s.v`), or for `index` of a table.
pub(crate) fn statement(
    identity: &str,
    index: Option<(Option<&str>, &str)>,
    tablespace: &str,
) -> String {
    let (kind, name) = identity.split_once(':').unwrap_or(("table", identity));
    let mut sql = String::from("ALTER ");
    match index {
        Some((schema, index)) => {
            sql.push_str("INDEX ");
            if let Some(s) = schema {
                crate::model::push_ident(&mut sql, s);
                sql.push('.');
            }
            crate::model::push_ident(&mut sql, index);
        }
        None => {
            sql.push_str(match kind {
                "index" => "INDEX",
                "materialized-view" => "MATERIALIZED VIEW",
                _ => "TABLE",
            });
            sql.push(' ');
            sql.push_str(name);
        }
    }
    sql.push_str(" SET TABLESPACE ");
    crate::model::push_ident(&mut sql, tablespace);
    sql
}

#[cfg(test)]
mod tests {
    use crate::canon::{Policy, Schema};

    fn canon(sql: &str) -> String {
        Schema::from_sql(sql).unwrap().render(&Policy::everything())
    }

    #[test]
    fn written_set_and_altered_tablespaces_are_one() {
        // the b side is pg_dump's form (checked on the server: fixture eq_tablespaces)
        let written = canon(
            "CREATE TABLE t (a int, CONSTRAINT p PRIMARY KEY (a) USING INDEX TABLESPACE fast) TABLESPACE slow;
             CREATE INDEX i ON t (a) TABLESPACE fast;
             CREATE TABLE u (a int) TABLESPACE pg_default;",
        );
        let dumped = canon(
            "SET default_tablespace = slow;
             CREATE TABLE public.t (a integer NOT NULL);
             SET default_tablespace = '';
             CREATE TABLE public.u (a integer);
             SET default_tablespace = fast;
             ALTER TABLE ONLY public.t ADD CONSTRAINT p PRIMARY KEY (a);
             CREATE INDEX i ON public.t USING btree (a);",
        );
        let altered = canon(
            "CREATE TABLE t (a int, CONSTRAINT p PRIMARY KEY (a));
             CREATE INDEX i ON t (a);
             CREATE TABLE u (a int);
             ALTER TABLE t SET TABLESPACE slow;
             ALTER INDEX i SET TABLESPACE fast;
             ALTER INDEX p SET TABLESPACE fast;",
        );
        assert_eq!(written, dumped);
        assert_eq!(written, altered);
        insta::assert_snapshot!(written, @r"
        -- table public.t
        CREATE TABLE public.t (
            a int NOT NULL
        );
        ALTER TABLE public.t
            SET TABLESPACE slow;
        ALTER TABLE ONLY public.t
            ADD CONSTRAINT p PRIMARY KEY (a);
        ALTER INDEX public.p
            SET TABLESPACE fast;

        -- table public.u
        CREATE TABLE public.u (
            a int
        );

        -- index public.i
        CREATE INDEX i
        ON public.t USING btree (a);
        ALTER INDEX public.i
            SET TABLESPACE fast;
        ");
        // and it reads back the same
        assert_eq!(canon(&written), written);
    }

    #[test]
    fn a_partition_is_in_its_parents_tablespace_unless_it_says() {
        assert_eq!(
            canon(
                "CREATE TABLE p (a int) PARTITION BY RANGE (a) TABLESPACE slow;
                 CREATE TABLE c1 PARTITION OF p FOR VALUES FROM (0) TO (10);
                 CREATE TABLE c2 PARTITION OF p FOR VALUES FROM (10) TO (20) TABLESPACE fast;"
            ),
            canon(
                "CREATE TABLE p (a int) PARTITION BY RANGE (a) TABLESPACE slow;
                 CREATE TABLE c1 PARTITION OF p FOR VALUES FROM (0) TO (10) TABLESPACE slow;
                 CREATE TABLE c2 PARTITION OF p FOR VALUES FROM (10) TO (20) TABLESPACE fast;"
            )
        );
    }

    #[test]
    fn heap_is_no_access_method() {
        assert_eq!(
            canon("CREATE TABLE t (a int) USING heap; CREATE MATERIALIZED VIEW v USING heap AS SELECT 1 AS x;"),
            canon("SET default_table_access_method = heap; CREATE TABLE t (a int); CREATE MATERIALIZED VIEW v AS SELECT 1 AS x;")
        );
        assert_eq!(
            canon("CREATE TABLE t (a int) USING columnar;"),
            canon("SET default_table_access_method = columnar; CREATE TABLE t (a int);")
        );
        assert_ne!(
            canon("CREATE TABLE t (a int) USING columnar;"),
            canon("CREATE TABLE t (a int);")
        );
    }

    #[test]
    fn ignored_tablespaces_leave_no_trace() {
        let sql = "CREATE TABLE t (a int PRIMARY KEY USING INDEX TABLESPACE fast) TABLESPACE slow;
                   CREATE INDEX i ON t (a) TABLESPACE fast;";
        let policy = Policy {
            ignore: vec![crate::canon::Aspect::Tablespace],
        };
        let text = Schema::from_sql(sql).unwrap().render(&policy);
        assert!(!text.contains("TABLESPACE"), "{text}");
    }
}
