CREATE TABLE t (
    id integer,
    a text
);

COMMENT ON COLUMN t.a IS 'the A column';
