CREATE FUNCTION double_it(x integer) RETURNS integer
    LANGUAGE sql
    AS $$SELECT x * 2$$;

CREATE SEQUENCE s;

CREATE TABLE p (
    id integer PRIMARY KEY,
    label text
);

COMMENT ON TABLE p IS 'parents';

CREATE TABLE t (
    id integer PRIMARY KEY,
    pid integer REFERENCES p (id),
    qty integer
);

CREATE VIEW v AS SELECT id, qty FROM t WHERE qty > 0;

CREATE INDEX t_qty_idx ON t (qty);
