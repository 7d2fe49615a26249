CREATE TABLE t (
    id integer NOT NULL,
    qty integer NOT NULL,
    note text
);
