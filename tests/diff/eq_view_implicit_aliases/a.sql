CREATE TABLE t (a int, b text, c varchar(10));
CREATE VIEW v AS SELECT t.a AS a, upper(t.b), coalesce(t.b, 'none') AS coalesce, t.c::text AS c, t.b AS label FROM t;
