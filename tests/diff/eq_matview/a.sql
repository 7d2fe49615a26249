CREATE TABLE t (
    id integer,
    qty integer
);

CREATE MATERIALIZED VIEW mv AS SELECT id, qty FROM t WHERE qty > 0;
