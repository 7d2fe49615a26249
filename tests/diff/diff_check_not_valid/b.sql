CREATE TABLE t (
    id integer,
    qty integer
);

ALTER TABLE t ADD CONSTRAINT t_qty_check CHECK (qty > 0) NOT VALID;
