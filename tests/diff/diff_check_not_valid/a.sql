CREATE TABLE t (
    id integer,
    qty integer CHECK (qty > 0)
);
