CREATE TABLE t (
    id integer,
    a text
);

COMMENT ON COLUMN t.a IS 'draft';
COMMENT ON TABLE t IS 'things';
COMMENT ON COLUMN t.a IS 'the a column';
