-- where tables and indexes are stored, written as a migration writes it
CREATE TABLE t (
    a int,
    b int,
    CONSTRAINT p PRIMARY KEY (a) USING INDEX TABLESPACE pgsplit_fast,
    UNIQUE (b)
) TABLESPACE pgsplit_slow;
CREATE INDEX i ON t (a) TABLESPACE pgsplit_fast;
CREATE INDEX j ON t (b);
CREATE TABLE u (a int) TABLESPACE pg_default;
CREATE MATERIALIZED VIEW mv TABLESPACE pgsplit_slow AS SELECT 1 AS x;
CREATE TABLE pt (a int) PARTITION BY RANGE (a) TABLESPACE pgsplit_slow;
CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10);
CREATE TABLE pt2 PARTITION OF pt FOR VALUES FROM (10) TO (20) TABLESPACE pgsplit_fast;
CREATE TABLE v (a int PRIMARY KEY) USING heap;
ALTER TABLE v SET TABLESPACE pgsplit_fast;
ALTER INDEX v_pkey SET TABLESPACE pgsplit_fast;
CREATE TABLE w (a int);
ALTER TABLE w ADD PRIMARY KEY (a) USING INDEX TABLESPACE pgsplit_slow;
