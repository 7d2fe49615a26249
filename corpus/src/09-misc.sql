-- 09-misc.sql: aggregates, operators, casts, text search, extended
-- statistics, comments written with dollar quotes, and database-level
-- settings made through a DO block (the database name is not known in
-- advance).
-- pgsplit corpus: hand-written; runs cleanly on an empty UTF8 database.

CREATE SCHEMA misc;

CREATE FUNCTION misc.concat_semi(state text, next text) RETURNS text
    LANGUAGE sql IMMUTABLE
    RETURN CASE WHEN state = '' THEN next ELSE state || ';' || next END;

CREATE AGGREGATE misc.semi_join(text) (
    SFUNC    = misc.concat_semi,
    STYPE    = text,
    INITCOND = ''
);
CREATE AGGREGATE misc.semi_join_init(text) (
    SFUNC    = misc.concat_semi,
    STYPE    = text,
    INITCOND = 'start; ''here'''
);

-- an operator made of characters that also appear in comments: #-# and <~~>
CREATE OPERATOR misc.#-# (
    LEFTARG  = text,
    RIGHTARG = text,
    FUNCTION = misc.concat_semi
);
CREATE OPERATOR misc.<~~> (LEFTARG = int, RIGHTARG = int, FUNCTION = int4pl, COMMUTATOR = OPERATOR(misc.<~~>));
SELECT 'a' OPERATOR(misc.#-#) 'b', 1 OPERATOR(misc.<~~>) 2;

CREATE TYPE misc.celsius AS (deg numeric);
CREATE TYPE misc.fahrenheit AS (deg numeric);
CREATE FUNCTION misc.c_to_f(misc.celsius) RETURNS misc.fahrenheit
    LANGUAGE sql IMMUTABLE
    RETURN ROW($1.deg * 9 / 5 + 32)::misc.fahrenheit;
CREATE CAST (misc.celsius AS misc.fahrenheit) WITH FUNCTION misc.c_to_f(misc.celsius) AS ASSIGNMENT;

CREATE TEXT SEARCH CONFIGURATION misc.simple_semi (COPY = pg_catalog.simple);
CREATE TEXT SEARCH DICTIONARY misc.simple_dict (TEMPLATE = pg_catalog.simple, STOPWORDS = english);

CREATE TABLE misc.measure (a int, b int, c text);
CREATE STATISTICS misc."stats; a b" (dependencies, ndistinct) ON a, b FROM misc.measure;
INSERT INTO misc.measure SELECT g % 10, g % 5, repeat(';', g % 4) FROM generate_series(1, 50) g;
ANALYZE misc.measure;

COMMENT ON AGGREGATE misc.semi_join(text) IS $$Joins with ';' -- it's "simple"$$;
COMMENT ON OPERATOR misc.#-# (text, text) IS $op$#-# is not a comment; /* nor */$op$;
COMMENT ON CAST (misc.celsius AS misc.fahrenheit) IS 'C -> F; approximately exact';

-- database-level settings and comment, for pg_dump -C
DO $db$
BEGIN
    EXECUTE format('COMMENT ON DATABASE %I IS %L', current_database(),
                   'pgsplit corpus; "main" database, it''s fine');
    EXECUTE format('ALTER DATABASE %I SET search_path = public, kinds', current_database());
    EXECUTE format('ALTER DATABASE %I SET statement_timeout = %L', current_database(), '5min');
END
$db$;
