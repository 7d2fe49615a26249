CREATE TABLE t (
    id integer,
    qty integer
);

CREATE VIEW v AS SELECT id, qty FROM t WHERE qty > 0;
