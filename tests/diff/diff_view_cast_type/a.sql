CREATE TABLE t (a text, b int);
CREATE VIEW v AS SELECT a::date AS d, b FROM t;
