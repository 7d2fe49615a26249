CREATE TABLE t (
    a integer,
    b text
);

CREATE INDEX ON t (a);
