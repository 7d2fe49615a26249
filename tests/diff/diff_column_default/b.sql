CREATE TABLE t (
    id integer NOT NULL,
    qty integer DEFAULT 1,
    note text
);
