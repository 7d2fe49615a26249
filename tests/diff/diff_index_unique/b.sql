CREATE TABLE t (
    a integer,
    b integer
);

CREATE UNIQUE INDEX t_a_idx ON t (a);
