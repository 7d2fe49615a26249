CREATE TABLE t (
    id integer NOT NULL,
    a text
);

ALTER TABLE t ADD COLUMN b integer DEFAULT 0 NOT NULL;
