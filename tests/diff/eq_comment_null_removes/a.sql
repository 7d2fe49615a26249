CREATE TABLE t (
    id integer,
    a text
);

COMMENT ON TABLE t IS 'temporary note';
COMMENT ON COLUMN t.a IS 'temporary note';
COMMENT ON TABLE t IS NULL;
COMMENT ON COLUMN t.a IS NULL;
