CREATE TYPE pair AS (
    x int,
    y varchar(20)
);

CREATE TABLE t (
    id integer,
    p pair
);
