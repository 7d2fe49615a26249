CREATE TABLE t (
    id integer NOT NULL,
    qty integer,
    CONSTRAINT t_qty_check CHECK (qty >= 0)
);
