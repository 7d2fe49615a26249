CREATE TABLE t (
    id integer NOT NULL,
    qty integer,
    note text
);
