CREATE TYPE pair AS (
    x int,
    y int
);

CREATE FUNCTION pair_to_text(pair) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1.x || ',' || $1.y $$;

CREATE CAST (pair AS text) WITH FUNCTION pair_to_text(pair) AS ASSIGNMENT;
