CREATE TABLE t (
    id integer,
    a integer,
    b integer
);

CREATE STATISTICS t_ab_stats (ndistinct, dependencies, mcv) ON a, b FROM t;
