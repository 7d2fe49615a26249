CREATE TABLE t (
    id integer NOT NULL,
    a varchar(10),
    b integer
);

ALTER TABLE t ALTER COLUMN a TYPE varchar(50);
ALTER TABLE t ALTER COLUMN b TYPE bigint;
