CREATE TABLE t (a text, b int);
CREATE VIEW v AS SELECT a::timestamp AS d, b FROM t;
