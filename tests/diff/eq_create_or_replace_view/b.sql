CREATE TABLE t (
    id integer,
    a text,
    b integer
);

CREATE VIEW v AS SELECT id, a FROM t WHERE b > 10;
