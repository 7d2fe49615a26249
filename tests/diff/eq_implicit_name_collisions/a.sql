CREATE TABLE u (x int PRIMARY KEY);
-- two checks on one column, a column check naming another column, checks on no column and on two
CREATE TABLE t (
    a int CHECK (a > 0) CHECK (a < 10),
    b int CHECK (a > b),
    c int CHECK (b > 0),
    d int CHECK (true),
    CHECK (a > 1),
    CHECK (a > b),
    UNIQUE (a),
    UNIQUE (a, b) INCLUDE (c),
    PRIMARY KEY (a)
);
-- two foreign keys on one column
CREATE TABLE v (a int REFERENCES u, b int REFERENCES u (x), FOREIGN KEY (a) REFERENCES u);
-- a repeated index constraint is made once; an unnamed one takes the later one's name
CREATE TABLE j1 (a int PRIMARY KEY, CONSTRAINT q UNIQUE (a));
CREATE TABLE j2 (a int UNIQUE, b int, CONSTRAINT uu UNIQUE (a), UNIQUE (a) DEFERRABLE, CONSTRAINT vv UNIQUE (b), CONSTRAINT ww UNIQUE (b) WITH (fillfactor = 50));
-- in ALTER TABLE, two are two
CREATE TABLE j6 (a int);
ALTER TABLE j6 ADD UNIQUE (a), ADD UNIQUE (a);
ALTER TABLE j6 ADD CHECK (a > 0);
ALTER TABLE j6 ADD CHECK (a > 0);
-- unnamed indexes: numbered when taken, named after expressions and INCLUDE columns
CREATE INDEX ON t (a);
CREATE INDEX ON t (a) WHERE b > 0;
CREATE INDEX ON t (lower(a::text));
CREATE INDEX ON t ((a + b));
CREATE INDEX ON t ((a::text));
CREATE INDEX ON t (a, a);
CREATE INDEX ON t (lower(a::text), lower(b::text));
CREATE INDEX ON t (a) INCLUDE (b);
CREATE INDEX ON t (coalesce(a, b));
CREATE INDEX ON t ((CASE WHEN a > 0 THEN b ELSE 0 END));
CREATE INDEX ON t ((CASE WHEN a > 0 THEN 1 ELSE a END));
CREATE INDEX ON t (greatest(a, b));
CREATE INDEX ON t (a, (a + 1), (a + 2));
-- a dropped index frees its name
CREATE INDEX ON v (b);
DROP INDEX v_b_idx;
CREATE INDEX ON v (b);
-- a serial's sequence name taken by a sequence made before
CREATE TABLE w (a serial);
CREATE SEQUENCE w_b_seq;
ALTER TABLE w ADD COLUMN b serial;
