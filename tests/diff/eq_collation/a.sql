CREATE COLLATION mycoll (provider = libc, locale = 'C');

CREATE TABLE t (
    id integer,
    name text COLLATE mycoll
);
