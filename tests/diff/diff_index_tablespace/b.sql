CREATE TABLE t (a int);
CREATE INDEX i ON t (a) TABLESPACE pgsplit_slow;
