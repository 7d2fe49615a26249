CREATE TABLE t (a int, b text, c varchar(10));
CREATE VIEW v AS SELECT CASE WHEN a > 0 THEN b END AS x, c || b AS y FROM t WHERE c = $$x$$;
CREATE INDEX t_case_idx ON t ((CASE WHEN a > 0 THEN a END));
