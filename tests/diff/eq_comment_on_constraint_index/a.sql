CREATE TABLE t (
    a integer,
    b integer,
    CONSTRAINT t_c1 UNIQUE (a),
    CONSTRAINT t_pk PRIMARY KEY (b)
);
COMMENT ON INDEX t_c1 IS 'the index';
COMMENT ON INDEX t_pk IS 'pk index';
COMMENT ON CONSTRAINT t_c1 ON t IS 'the constraint';
