CREATE TABLE t (
    a integer,
    b text
);

CREATE INDEX t_b_idx ON t (b);

DROP INDEX t_b_idx;
