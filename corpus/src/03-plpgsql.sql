-- 03-plpgsql.sql: PL/pgSQL functions and DO blocks whose bodies are full of
-- things that end or start statements elsewhere: ; ' " -- /* */ and nested
-- dollar quotes ($$ inside $body$, $q$ inside $$, $Q$ vs $q$, ...).
-- pgsplit corpus: hand-written; runs cleanly on an empty UTF8 database.

CREATE SCHEMA logic;

-- outside any quote: a $$ inside a line comment is not a dollar quote
/* and neither is this $$ in a block comment, nor this ' quote */
SELECT '$$' AS "not a dollar quote;", '/*' AS "not a comment", '--' AS "nor this";

CREATE FUNCTION logic.greet(who text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    greeting text := 'Hello; ' || who || '!';   -- a comment with ; and a 'quote
    unused   text := $q$it's a "nested" quote; with $body$ inside$q$;
BEGIN
    /* block comment; with 'quote' and "ident" and a nested /* one */ */
    IF who IS NULL OR who = '' THEN
        RETURN 'Hello; nobody';
    END IF;
    RETURN greeting;
END;
$$;

CREATE OR REPLACE FUNCTION logic.make_view(view_name text) RETURNS void
LANGUAGE plpgsql AS $body$
BEGIN
    -- build a view whose text itself contains a dollar quote and semicolons
    EXECUTE format(
        $q$CREATE OR REPLACE VIEW logic.%I AS
             SELECT $$it's; "quoted"$$::text AS msg, 'x;y' AS pair, E'tab\there' AS esc$q$,
        view_name);
    RAISE NOTICE 'created %; done', view_name;
END;
$body$;

SELECT logic.make_view('generated; view');

-- tags are case sensitive: $q$ does not close $Q$
CREATE FUNCTION logic.tag_case() RETURNS text
LANGUAGE plpgsql AS $Q$
BEGIN
    RETURN 'lower $q$ inside upper; still open';
END
$Q$;

-- a tag with digits and underscores, and an empty-looking one $_$
CREATE FUNCTION logic.tags_2() RETURNS text
LANGUAGE plpgsql AS $fn_2$
DECLARE
    a text := $_$;$_$;
    b text := $x1$--$x1$;
    c text := $$/*$$;
BEGIN
    RETURN a || b || c;
END
$fn_2$;

-- E'' strings with \' and \\ inside a function body and outside
CREATE FUNCTION logic.escapes() RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    v text := E'tab\there\\ back \'quote\' ; done';
    w text := 'standard \ backslash; ''doubled''';
BEGIN
    RETURN v || w;
END;
$$;
SELECT E'outside: \'; \\; still the same string', 'plain \ backslash';

-- old style: body in single quotes with doubled quotes
CREATE FUNCTION logic.old_style(n int) RETURNS text LANGUAGE plpgsql AS '
DECLARE
    s text := ''n = '';
BEGIN
    -- a comment inside a quoted body; ''with quotes''
    RETURN s || n || '';'';
END;
';

-- a line that starts with a backslash, inside a dollar-quoted body
CREATE FUNCTION logic.backslash_lines() RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    RETURN '
\.
\q
\connect elsewhere
';
END;
$$;

-- trigger function with CASE and a dynamic statement
CREATE FUNCTION logic.audit_row() RETURNS trigger
LANGUAGE plpgsql AS $audit$
DECLARE
    msg text;
BEGIN
    msg := CASE TG_OP
               WHEN 'INSERT' THEN 'insert; new=' || row_to_json(NEW)::text
               WHEN 'UPDATE' THEN 'update; old=' || row_to_json(OLD)::text
               ELSE 'delete; ''' || TG_TABLE_NAME || ''''
           END;
    RAISE DEBUG '%', msg;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$audit$;

-- set-returning function with OUT parameters and a loop
CREATE FUNCTION logic.split_semicolons(input text, OUT pos int, OUT part text)
RETURNS SETOF record
LANGUAGE plpgsql STRICT AS $$
DECLARE
    p text;
BEGIN
    pos := 0;
    FOREACH p IN ARRAY string_to_array(input, ';') LOOP
        pos := pos + 1;
        part := p;
        RETURN NEXT;
    END LOOP;
END;
$$;

-- function with SET options, SECURITY DEFINER and a default containing ;
CREATE FUNCTION logic.configured(sep text DEFAULT ';', "quote" text DEFAULT '''')
RETURNS text
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET work_mem = '8MB'
AS $$ BEGIN RETURN sep || "quote"; END $$;

-- DO blocks
DO $$
BEGIN
    RAISE NOTICE 'do block; with "quotes" and ''doubled'' quotes';
END
$$;

DO LANGUAGE plpgsql $do$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM logic.split_semicolons('a;b;c') LOOP
        RAISE NOTICE '% -> %', r.pos, r.part;
    END LOOP;
    EXECUTE $ddl$ CREATE TABLE logic.made_by_do ("a;b" int, note text DEFAULT $$x$$) $ddl$;
END
$do$;

DO $$ BEGIN PERFORM 1; END $$ LANGUAGE plpgsql;

-- several statements on one line, and a dollar quote opening mid-line
SELECT 1 AS a; SELECT 2 AS b; SELECT $t$; not the end$t$ AS c;
SELECT logic.greet('world'), logic.tag_case(), logic.tags_2(), logic.escapes(), logic.old_style(3);
