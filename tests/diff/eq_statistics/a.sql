CREATE TABLE t (
    id integer,
    a integer,
    b integer
);

CREATE STATISTICS t_ab_stats (dependencies) ON a, b FROM t;
