CREATE TABLE t (
    id integer,
    price numeric,
    qty integer,
    total numeric GENERATED ALWAYS AS (price * qty) STORED
);
