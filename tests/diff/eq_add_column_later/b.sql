CREATE TABLE t (
    id integer NOT NULL,
    a text,
    b integer DEFAULT 0 NOT NULL
);
