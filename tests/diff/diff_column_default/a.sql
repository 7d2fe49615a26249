CREATE TABLE t (
    id integer NOT NULL,
    qty integer DEFAULT 0,
    note text
);
