CREATE TYPE pair AS (
    x int,
    y varchar(10)
);

CREATE TABLE t (
    id integer,
    p pair
);
