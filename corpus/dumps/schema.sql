--
-- PostgreSQL database dump
--

\restrict 0pOffTUajFVgkUfDB4D4Ym9IjEblJHrKu81mN8CYegIioOWGXjOxeEf0p5mO28u

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: data; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA data;


ALTER SCHEMA data OWNER TO postgres;

--
-- Name: kinds; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA kinds;


ALTER SCHEMA kinds OWNER TO postgres;

--
-- Name: SCHEMA kinds; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA kinds IS 'Types; enums, domains -- and friends /* not a comment */';


--
-- Name: ledger; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA ledger;


ALTER SCHEMA ledger OWNER TO postgres;

--
-- Name: logic; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA logic;


ALTER SCHEMA logic OWNER TO postgres;

--
-- Name: misc; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA misc;


ALTER SCHEMA misc OWNER TO postgres;

--
-- Name: ops; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA ops;


ALTER SCHEMA ops OWNER TO postgres;

--
-- Name: reporting; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA reporting;


ALTER SCHEMA reporting OWNER TO postgres;

--
-- Name: secure; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA secure;


ALTER SCHEMA secure OWNER TO postgres;

--
-- Name: shop; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA shop;


ALTER SCHEMA shop OWNER TO postgres;

--
-- Name: std; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA std;


ALTER SCHEMA std OWNER TO postgres;

--
-- Name: trig; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA trig;


ALTER SCHEMA trig OWNER TO postgres;

--
-- Name: c_ordering; Type: COLLATION; Schema: kinds; Owner: postgres
--

CREATE COLLATION kinds.c_ordering (provider = libc, locale = 'C');


ALTER COLLATION kinds.c_ordering OWNER TO postgres;

--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA kinds;


--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';


--
-- Name: Status; Code; Type: TYPE; Schema: kinds; Owner: postgres
--

CREATE TYPE kinds."Status; Code" AS ENUM (
    'new',
    'paid',
    'done'
);


ALTER TYPE kinds."Status; Code" OWNER TO postgres;

--
-- Name: TYPE "Status; Code"; Type: COMMENT; Schema: kinds; Owner: postgres
--

COMMENT ON TYPE kinds."Status; Code" IS 'Order status; "new" -> "paid" -> "done"';


--
-- Name: address; Type: TYPE; Schema: kinds; Owner: postgres
--

CREATE TYPE kinds.address AS (
	street text,
	city text,
	"zip;code" character varying(10)
);


ALTER TYPE kinds.address OWNER TO postgres;

--
-- Name: email; Type: DOMAIN; Schema: kinds; Owner: postgres
--

CREATE DOMAIN kinds.email AS kinds.citext
	CONSTRAINT email_shape CHECK (((VALUE)::text ~ '^[^@;\s]+@[^@;\s]+$'::text));


ALTER DOMAIN kinds.email OWNER TO postgres;

--
-- Name: DOMAIN email; Type: COMMENT; Schema: kinds; Owner: postgres
--

COMMENT ON DOMAIN kinds.email IS 'An e-mail address.
Must not contain '';'' or white space; "\s" in the regex.';


--
-- Name: floatrange; Type: TYPE; Schema: kinds; Owner: postgres
--

CREATE TYPE kinds.floatrange AS RANGE (
    subtype = double precision,
    multirange_type_name = kinds.floatmultirange,
    subtype_diff = float8mi
);


ALTER TYPE kinds.floatrange OWNER TO postgres;

--
-- Name: mood; Type: TYPE; Schema: kinds; Owner: postgres
--

CREATE TYPE kinds.mood AS ENUM (
    'sad',
    'ok',
    'ecstatic',
    'it''s fine',
    'semi;colon',
    '--dash',
    '/*star*/',
    '$$',
    'back\slash',
    'ünïcödé'
);


ALTER TYPE kinds.mood OWNER TO postgres;

--
-- Name: positive_money; Type: DOMAIN; Schema: kinds; Owner: postgres
--

CREATE DOMAIN kinds.positive_money AS numeric(12,2) NOT NULL DEFAULT 0
	CONSTRAINT positive_money_check CHECK ((VALUE >= (0)::numeric));


ALTER DOMAIN kinds.positive_money OWNER TO postgres;

--
-- Name: priority; Type: TYPE; Schema: kinds; Owner: postgres
--

CREATE TYPE kinds.priority AS ENUM (
    'low',
    'normal',
    'high'
);


ALTER TYPE kinds.priority OWNER TO postgres;

--
-- Name: short_text; Type: DOMAIN; Schema: kinds; Owner: postgres
--

CREATE DOMAIN kinds.short_text AS text COLLATE pg_catalog."C"
	CONSTRAINT short_text_check CHECK (((length(VALUE) <= 80) AND (VALUE <> ';'::text) AND (VALUE !~ '\\'::text)));


ALTER DOMAIN kinds.short_text OWNER TO postgres;

--
-- Name: celsius; Type: TYPE; Schema: misc; Owner: postgres
--

CREATE TYPE misc.celsius AS (
	deg numeric
);


ALTER TYPE misc.celsius OWNER TO postgres;

--
-- Name: fahrenheit; Type: TYPE; Schema: misc; Owner: postgres
--

CREATE TYPE misc.fahrenheit AS (
	deg numeric
);


ALTER TYPE misc.fahrenheit OWNER TO postgres;

--
-- Name: state; Type: TYPE; Schema: ops; Owner: postgres
--

CREATE TYPE ops.state AS ENUM (
    'open',
    'blocked; waiting',
    'closed'
);


ALTER TYPE ops.state OWNER TO postgres;

--
-- Name: c_to_f(misc.celsius); Type: FUNCTION; Schema: misc; Owner: postgres
--

CREATE FUNCTION misc.c_to_f(misc.celsius) RETURNS misc.fahrenheit
    LANGUAGE sql IMMUTABLE
    RETURN ROW((((($1).deg * (9)::numeric) / (5)::numeric) + (32)::numeric))::misc.fahrenheit;


ALTER FUNCTION misc.c_to_f(misc.celsius) OWNER TO postgres;

--
-- Name: CAST (misc.celsius AS misc.fahrenheit); Type: CAST; Schema: -; Owner: -
--

CREATE CAST (misc.celsius AS misc.fahrenheit) WITH FUNCTION misc.c_to_f(misc.celsius) AS ASSIGNMENT;


--
-- Name: CAST (misc.celsius AS misc.fahrenheit); Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON CAST (misc.celsius AS misc.fahrenheit) IS 'C -> F; approximately exact';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: entry; Type: TABLE; Schema: ledger; Owner: postgres
--

CREATE TABLE ledger.entry (
    id integer NOT NULL,
    amount numeric(14,2) NOT NULL,
    "memo; text" text DEFAULT 'n/a; none'::text,
    booked_at timestamp with time zone DEFAULT '2024-02-01 00:00:00+00'::timestamp with time zone NOT NULL,
    currency character(3) DEFAULT 'EUR'::bpchar NOT NULL,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    note text,
    CONSTRAINT memo_not_semicolon CHECK (("memo; text" !~~ ';%'::text))
);


ALTER TABLE ledger.entry OWNER TO postgres;

--
-- Name: COLUMN entry.note; Type: COMMENT; Schema: ledger; Owner: postgres
--

COMMENT ON COLUMN ledger.entry.note IS 'added in migration 01; may be NULL';


--
-- Name: balance(); Type: FUNCTION; Schema: ledger; Owner: postgres
--

CREATE FUNCTION ledger.balance() RETURNS numeric
    LANGUAGE sql STABLE
    BEGIN ATOMIC
 SELECT COALESCE(sum(entry.amount), (0)::numeric) AS "coalesce"
    FROM ledger.entry;
END;


ALTER FUNCTION ledger.balance() OWNER TO postgres;

--
-- Name: audit_row(); Type: FUNCTION; Schema: logic; Owner: postgres
--

CREATE FUNCTION logic.audit_row() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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
$$;


ALTER FUNCTION logic.audit_row() OWNER TO postgres;

--
-- Name: backslash_lines(); Type: FUNCTION; Schema: logic; Owner: postgres
--

CREATE FUNCTION logic.backslash_lines() RETURNS text
    LANGUAGE plpgsql
    AS $$
BEGIN
    RETURN '
\.
\q
\connect elsewhere
';
END;
$$;


ALTER FUNCTION logic.backslash_lines() OWNER TO postgres;

--
-- Name: configured(text, text); Type: FUNCTION; Schema: logic; Owner: postgres
--

CREATE FUNCTION logic.configured(sep text DEFAULT ';'::text, quote text DEFAULT ''''::text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'pg_temp'
    SET work_mem TO '8MB'
    AS $$ BEGIN RETURN sep || "quote"; END $$;


ALTER FUNCTION logic.configured(sep text, quote text) OWNER TO postgres;

--
-- Name: escapes(); Type: FUNCTION; Schema: logic; Owner: postgres
--

CREATE FUNCTION logic.escapes() RETURNS text
    LANGUAGE plpgsql
    AS $$
DECLARE
    v text := E'tab\there\\ back \'quote\' ; done';
    w text := 'standard \ backslash; ''doubled''';
BEGIN
    RETURN v || w;
END;
$$;


ALTER FUNCTION logic.escapes() OWNER TO postgres;

--
-- Name: greet(text); Type: FUNCTION; Schema: logic; Owner: postgres
--

CREATE FUNCTION logic.greet(who text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $_$
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
$_$;


ALTER FUNCTION logic.greet(who text) OWNER TO postgres;

--
-- Name: make_view(text); Type: FUNCTION; Schema: logic; Owner: postgres
--

CREATE FUNCTION logic.make_view(view_name text) RETURNS void
    LANGUAGE plpgsql
    AS $_$
BEGIN
    -- build a view whose text itself contains a dollar quote and semicolons
    EXECUTE format(
        $q$CREATE OR REPLACE VIEW logic.%I AS
             SELECT $$it's; "quoted"$$::text AS msg, 'x;y' AS pair, E'tab\there' AS esc$q$,
        view_name);
    RAISE NOTICE 'created %; done', view_name;
END;
$_$;


ALTER FUNCTION logic.make_view(view_name text) OWNER TO postgres;

--
-- Name: old_style(integer); Type: FUNCTION; Schema: logic; Owner: postgres
--

CREATE FUNCTION logic.old_style(n integer) RETURNS text
    LANGUAGE plpgsql
    AS $$
DECLARE
    s text := 'n = ';
BEGIN
    -- a comment inside a quoted body; 'with quotes'
    RETURN s || n || ';';
END;
$$;


ALTER FUNCTION logic.old_style(n integer) OWNER TO postgres;

--
-- Name: split_semicolons(text); Type: FUNCTION; Schema: logic; Owner: postgres
--

CREATE FUNCTION logic.split_semicolons(input text, OUT pos integer, OUT part text) RETURNS SETOF record
    LANGUAGE plpgsql STRICT
    AS $$
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


ALTER FUNCTION logic.split_semicolons(input text, OUT pos integer, OUT part text) OWNER TO postgres;

--
-- Name: tag_case(); Type: FUNCTION; Schema: logic; Owner: postgres
--

CREATE FUNCTION logic.tag_case() RETURNS text
    LANGUAGE plpgsql
    AS $_$
BEGIN
    RETURN 'lower $q$ inside upper; still open';
END
$_$;


ALTER FUNCTION logic.tag_case() OWNER TO postgres;

--
-- Name: tags_2(); Type: FUNCTION; Schema: logic; Owner: postgres
--

CREATE FUNCTION logic.tags_2() RETURNS text
    LANGUAGE plpgsql
    AS $_X$
DECLARE
    a text := $_$;$_$;
    b text := $x1$--$x1$;
    c text := $$/*$$;
BEGIN
    RETURN a || b || c;
END
$_X$;


ALTER FUNCTION logic.tags_2() OWNER TO postgres;

--
-- Name: concat_semi(text, text); Type: FUNCTION; Schema: misc; Owner: postgres
--

CREATE FUNCTION misc.concat_semi(state text, next text) RETURNS text
    LANGUAGE sql IMMUTABLE
    RETURN CASE WHEN (state = ''::text) THEN next ELSE ((state || ';'::text) || next) END;


ALTER FUNCTION misc.concat_semi(state text, next text) OWNER TO postgres;

--
-- Name: whoami(); Type: FUNCTION; Schema: secure; Owner: postgres
--

CREATE FUNCTION secure.whoami() RETURNS text
    LANGUAGE sql STABLE
    RETURN ((CURRENT_USER)::text || '; hi'::text);


ALTER FUNCTION secure.whoami() OWNER TO postgres;

--
-- Name: add(integer, integer); Type: FUNCTION; Schema: std; Owner: postgres
--

CREATE FUNCTION std.add(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (a + b);


ALTER FUNCTION std.add(a integer, b integer) OWNER TO postgres;

--
-- Name: shift; Type: TABLE; Schema: std; Owner: postgres
--

CREATE TABLE std.shift (
    id integer NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    begin text,
    label text
);


ALTER TABLE std.shift OWNER TO postgres;

--
-- Name: add_shift(integer, integer, integer); Type: PROCEDURE; Schema: std; Owner: postgres
--

CREATE PROCEDURE std.add_shift(IN p_id integer, IN p_start integer, IN p_end integer)
    LANGUAGE sql
    BEGIN ATOMIC
 INSERT INTO std.shift (id, start, "end", label)
   VALUES (add_shift.p_id, add_shift.p_start, add_shift.p_end,
         CASE
             WHEN (add_shift.p_end > 20) THEN 'late; night'::text
             ELSE 'day'::text
         END);
 UPDATE std.shift SET label = (shift.label || ' (checked)'::text)
   WHERE (shift.id = add_shift.p_id);
END;


ALTER PROCEDURE std.add_shift(IN p_id integer, IN p_start integer, IN p_end integer) OWNER TO postgres;

--
-- Name: bump_and_count(); Type: FUNCTION; Schema: std; Owner: postgres
--

CREATE FUNCTION std.bump_and_count() RETURNS bigint
    LANGUAGE sql
    BEGIN ATOMIC
 UPDATE std.shift SET label = (shift.label || ';'::text)
   WHERE (shift.label !~~ '%;'::text);
 INSERT INTO std.shift (id, start, "end", label)  SELECT (max(shift_1.id) + 1),
             0,
             8,
             'night; added'
            FROM std.shift shift_1;
 SELECT count(*) AS count
    FROM std.shift;
END;


ALTER FUNCTION std.bump_and_count() OWNER TO postgres;

--
-- Name: classify(integer); Type: FUNCTION; Schema: std; Owner: postgres
--

CREATE FUNCTION std.classify(s_id integer) RETURNS text
    LANGUAGE sql
    BEGIN ATOMIC
 SELECT
         CASE
             WHEN ((t."end" - t.start) > 8) THEN 'long; tiring'::text
             WHEN ((t."end" - t.start) = 8) THEN 'regular'::text
             ELSE 'short'::text
         END AS "case"
    FROM std.shift t
   WHERE (t.id = classify.s_id);
END;


ALTER FUNCTION std.classify(s_id integer) OWNER TO postgres;

--
-- Name: FUNCTION classify(s_id integer); Type: COMMENT; Schema: std; Owner: postgres
--

COMMENT ON FUNCTION std.classify(s_id integer) IS 'CASE ... END; inside BEGIN ATOMIC';


--
-- Name: label_for(integer); Type: FUNCTION; Schema: std; Owner: postgres
--

CREATE FUNCTION std.label_for(h integer) RETURNS text
    LANGUAGE sql STABLE
    RETURN CASE WHEN (h < 12) THEN 'morning; before noon'::text ELSE 'afternoon'::text END;


ALTER FUNCTION std.label_for(h integer) OWNER TO postgres;

--
-- Name: nested_case(integer); Type: FUNCTION; Schema: std; Owner: postgres
--

CREATE FUNCTION std.nested_case(x integer) RETURNS text
    LANGUAGE sql
    BEGIN ATOMIC
 SELECT
         CASE
             WHEN (x > 0) THEN
             CASE
                 WHEN (x > 100) THEN 'big'::text
                 ELSE 'small'::text
             END
             ELSE 'none'::text
         END AS "case";
END;


ALTER FUNCTION std.nested_case(x integer) OWNER TO postgres;

--
-- Name: noop(); Type: PROCEDURE; Schema: std; Owner: postgres
--

CREATE PROCEDURE std.noop()
    LANGUAGE sql
    BEGIN ATOMIC
END;


ALTER PROCEDURE std.noop() OWNER TO postgres;

--
-- Name: PROCEDURE noop(); Type: COMMENT; Schema: std; Owner: postgres
--

COMMENT ON PROCEDURE std.noop() IS 'an empty BEGIN ATOMIC END body';


--
-- Name: relabel(integer, text); Type: PROCEDURE; Schema: std; Owner: postgres
--

CREATE PROCEDURE std.relabel(IN p_id integer, IN p_label text DEFAULT 'x;y'::text)
    LANGUAGE sql
    BEGIN ATOMIC
 UPDATE std.shift SET label =
         CASE
             WHEN (relabel.p_label IS NULL) THEN shift.label
             ELSE relabel.p_label
         END
   WHERE (shift.id = relabel.p_id);
END;


ALTER PROCEDURE std.relabel(IN p_id integer, IN p_label text) OWNER TO postgres;

--
-- Name: semi(); Type: FUNCTION; Schema: std; Owner: postgres
--

CREATE FUNCTION std.semi() RETURNS text
    LANGUAGE sql
    RETURN ';'::text;


ALTER FUNCTION std.semi() OWNER TO postgres;

--
-- Name: shift_length(integer); Type: FUNCTION; Schema: std; Owner: postgres
--

CREATE FUNCTION std.shift_length(s_id integer) RETURNS integer
    LANGUAGE sql STABLE
    BEGIN ATOMIC
 SELECT (t."end" - t.start)
    FROM std.shift t
   WHERE (t.id = shift_length.s_id);
END;


ALTER FUNCTION std.shift_length(s_id integer) OWNER TO postgres;

--
-- Name: shifts_between(integer, integer); Type: FUNCTION; Schema: std; Owner: postgres
--

CREATE FUNCTION std.shifts_between(lo integer, hi integer) RETURNS TABLE(id integer, span integer)
    LANGUAGE sql STABLE
    BEGIN ATOMIC
 SELECT s.id,
     (s."end" - s.start)
    FROM std.shift s
   WHERE ((s.start >= shifts_between.lo) AND (s."end" <= shifts_between.hi))
   ORDER BY s.id;
END;


ALTER FUNCTION std.shifts_between(lo integer, hi integer) OWNER TO postgres;

--
-- Name: tricky_words(); Type: FUNCTION; Schema: std; Owner: postgres
--

CREATE FUNCTION std.tricky_words() RETURNS text
    LANGUAGE sql
    BEGIN ATOMIC
 SELECT (('end; case begin'::text || ' end; '::text) || shift.begin)
    FROM std.shift
   WHERE (shift.id = 1);
END;


ALTER FUNCTION std.tricky_words() OWNER TO postgres;

--
-- Name: check_movement(); Type: FUNCTION; Schema: trig; Owner: postgres
--

CREATE FUNCTION trig.check_movement() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM trig.account WHERE id = NEW.account_id) THEN
        RAISE EXCEPTION 'no account %; movement %', NEW.account_id, NEW.id
            USING HINT = 'create the account first; then book';
    END IF;
    RETURN NULL;
END;
$$;


ALTER FUNCTION trig.check_movement() OWNER TO postgres;

--
-- Name: ddl_note(); Type: FUNCTION; Schema: trig; Owner: postgres
--

CREATE FUNCTION trig.ddl_note() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE NOTICE 'ddl: %; tag=%', tg_event, tg_tag;
END
$$;


ALTER FUNCTION trig.ddl_note() OWNER TO postgres;

--
-- Name: summarise(); Type: FUNCTION; Schema: trig; Owner: postgres
--

CREATE FUNCTION trig.summarise() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO trig.summary (note)
    SELECT format('%s rows; total delta %s', count(*), coalesce(sum(n.balance - o.balance), 0))
      FROM new_rows n JOIN old_rows o USING (id);
    RETURN NULL;
END;
$$;


ALTER FUNCTION trig.summarise() OWNER TO postgres;

--
-- Name: touch(); Type: FUNCTION; Schema: trig; Owner: postgres
--

CREATE FUNCTION trig.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := '2024-06-01 00:00:00+00';
    NEW.history := NEW.history || jsonb_build_object('op', TG_OP, 'note', 'changed; ''twice''?');
    RETURN NEW;
END
$$;


ALTER FUNCTION trig.touch() OWNER TO postgres;

--
-- Name: semi_join(text); Type: AGGREGATE; Schema: misc; Owner: postgres
--

CREATE AGGREGATE misc.semi_join(text) (
    SFUNC = misc.concat_semi,
    STYPE = text,
    INITCOND = ''
);


ALTER AGGREGATE misc.semi_join(text) OWNER TO postgres;

--
-- Name: AGGREGATE semi_join(text); Type: COMMENT; Schema: misc; Owner: postgres
--

COMMENT ON AGGREGATE misc.semi_join(text) IS 'Joins with '';'' -- it''s "simple"';


--
-- Name: semi_join_init(text); Type: AGGREGATE; Schema: misc; Owner: postgres
--

CREATE AGGREGATE misc.semi_join_init(text) (
    SFUNC = misc.concat_semi,
    STYPE = text,
    INITCOND = 'start; ''here'''
);


ALTER AGGREGATE misc.semi_join_init(text) OWNER TO postgres;

--
-- Name: #-#; Type: OPERATOR; Schema: misc; Owner: postgres
--

CREATE OPERATOR misc.#-# (
    FUNCTION = misc.concat_semi,
    LEFTARG = text,
    RIGHTARG = text
);


ALTER OPERATOR misc.#-# (text, text) OWNER TO postgres;

--
-- Name: OPERATOR #-# (text, text); Type: COMMENT; Schema: misc; Owner: postgres
--

COMMENT ON OPERATOR misc.#-# (text, text) IS '#-# is not a comment; /* nor */';


--
-- Name: <~~>; Type: OPERATOR; Schema: misc; Owner: postgres
--

CREATE OPERATOR misc.<~~> (
    FUNCTION = int4pl,
    LEFTARG = integer,
    RIGHTARG = integer,
    COMMUTATOR = OPERATOR(misc.<~~>)
);


ALTER OPERATOR misc.<~~> (integer, integer) OWNER TO postgres;

--
-- Name: simple_dict; Type: TEXT SEARCH DICTIONARY; Schema: misc; Owner: postgres
--

CREATE TEXT SEARCH DICTIONARY misc.simple_dict (
    TEMPLATE = pg_catalog.simple,
    stopwords = 'english' );


ALTER TEXT SEARCH DICTIONARY misc.simple_dict OWNER TO postgres;

--
-- Name: simple_semi; Type: TEXT SEARCH CONFIGURATION; Schema: misc; Owner: postgres
--

CREATE TEXT SEARCH CONFIGURATION misc.simple_semi (
    PARSER = pg_catalog."default" );

ALTER TEXT SEARCH CONFIGURATION misc.simple_semi
    ADD MAPPING FOR asciiword WITH simple;

ALTER TEXT SEARCH CONFIGURATION misc.simple_semi
    ADD MAPPING FOR word WITH simple;

ALTER TEXT SEARCH CONFIGURATION misc.simple_semi
    ADD MAPPING FOR numword WITH simple;

ALTER TEXT SEARCH CONFIGURATION misc.simple_semi
    ADD MAPPING FOR email WITH simple;

ALTER TEXT SEARCH CONFIGURATION misc.simple_semi
    ADD MAPPING FOR url WITH simple;

ALTER TEXT SEARCH CONFIGURATION misc.simple_semi
    ADD MAPPING FOR host WITH simple;

ALTER TEXT SEARCH CONFIGURATION misc.simple_semi
    ADD MAPPING FOR sfloat WITH simple;

ALTER TEXT SEARCH CONFIGURATION misc.simple_semi
    ADD MAPPING FOR version WITH simple;

ALTER TEXT SEARCH CONFIGURATION misc.simple_semi
    ADD MAPPING FOR hword_numpart WITH simple;

ALTER TEXT SEARCH CONFIGURATION misc.simple_semi
    ADD MAPPING FOR hword_part WITH simple;

ALTER TEXT SEARCH CONFIGURATION misc.simple_semi
    ADD MAPPING FOR hword_asciipart WITH simple;

ALTER TEXT SEARCH CONFIGURATION misc.simple_semi
    ADD MAPPING FOR numhword WITH simple;

ALTER TEXT SEARCH CONFIGURATION misc.simple_semi
    ADD MAPPING FOR asciihword WITH simple;

ALTER TEXT SEARCH CONFIGURATION misc.simple_semi
    ADD MAPPING FOR hword WITH simple;

ALTER TEXT SEARCH CONFIGURATION misc.simple_semi
    ADD MAPPING FOR url_path WITH simple;

ALTER TEXT SEARCH CONFIGURATION misc.simple_semi
    ADD MAPPING FOR file WITH simple;

ALTER TEXT SEARCH CONFIGURATION misc.simple_semi
    ADD MAPPING FOR "float" WITH simple;

ALTER TEXT SEARCH CONFIGURATION misc.simple_semi
    ADD MAPPING FOR "int" WITH simple;

ALTER TEXT SEARCH CONFIGURATION misc.simple_semi
    ADD MAPPING FOR uint WITH simple;


ALTER TEXT SEARCH CONFIGURATION misc.simple_semi OWNER TO postgres;

--
-- Name: pgsplit_dummy_fdw; Type: FOREIGN DATA WRAPPER; Schema: -; Owner: postgres
--

CREATE FOREIGN DATA WRAPPER pgsplit_dummy_fdw;


ALTER FOREIGN DATA WRAPPER pgsplit_dummy_fdw OWNER TO postgres;

--
-- Name: remote; one; Type: SERVER; Schema: -; Owner: postgres
--

CREATE SERVER "remote; one" FOREIGN DATA WRAPPER pgsplit_dummy_fdw OPTIONS (
    host 'db.invalid;port=1',
    note 'it''s -- not /* real */'
);


ALTER SERVER "remote; one" OWNER TO postgres;

--
-- Name: SERVER "remote; one"; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SERVER "remote; one" IS 'not reachable; by design';


--
-- Name: USER MAPPING public SERVER remote; one; Type: USER MAPPING; Schema: -; Owner: postgres
--

CREATE USER MAPPING FOR public SERVER "remote; one" OPTIONS (
    password 'p;w''d$$'
);


--
-- Name: bulk; Type: TABLE; Schema: data; Owner: postgres
--

CREATE TABLE data.bulk (
    id integer NOT NULL,
    digest text NOT NULL,
    snippet text,
    amount numeric(10,2),
    flag boolean,
    day date
);


ALTER TABLE data.bulk OWNER TO postgres;

--
-- Name: csvish; Type: TABLE; Schema: data; Owner: postgres
--

CREATE TABLE data.csvish (
    id integer,
    txt text,
    extra text
);


ALTER TABLE data.csvish OWNER TO postgres;

--
-- Name: lines; Type: TABLE; Schema: data; Owner: postgres
--

CREATE TABLE data.lines (
    n integer NOT NULL,
    line text
);


ALTER TABLE data.lines OWNER TO postgres;

--
-- Name: COLUMN lines.line; Type: COMMENT; Schema: data; Owner: postgres
--

COMMENT ON COLUMN data.lines.line IS 'one line of text; maybe "\."';


--
-- Name: one_col; Type: TABLE; Schema: data; Owner: postgres
--

CREATE TABLE data.one_col (
    line text
);


ALTER TABLE data.one_col OWNER TO postgres;

--
-- Name: tricky; Type: TABLE; Schema: data; Owner: postgres
--

CREATE TABLE data.tricky (
    id integer NOT NULL,
    label text NOT NULL,
    body text,
    raw bytea,
    tags text[],
    doc jsonb
);


ALTER TABLE data.tricky OWNER TO postgres;

--
-- Name: TABLE tricky; Type: COMMENT; Schema: data; Owner: postgres
--

COMMENT ON TABLE data.tricky IS 'Rows with ; '' " $$ -- /* \ and friends';


--
-- Name: ticket_seq; Type: SEQUENCE; Schema: kinds; Owner: postgres
--

CREATE SEQUENCE kinds.ticket_seq
    START WITH 1000
    INCREMENT BY 7
    NO MINVALUE
    MAXVALUE 999999
    CACHE 1
    CYCLE;


ALTER TABLE kinds.ticket_seq OWNER TO postgres;

--
-- Name: entry_id_seq; Type: SEQUENCE; Schema: ledger; Owner: postgres
--

CREATE SEQUENCE ledger.entry_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE ledger.entry_id_seq OWNER TO postgres;

--
-- Name: entry_id_seq; Type: SEQUENCE OWNED BY; Schema: ledger; Owner: postgres
--

ALTER SEQUENCE ledger.entry_id_seq OWNED BY ledger.entry.id;


--
-- Name: generated; view; Type: VIEW; Schema: logic; Owner: postgres
--

CREATE VIEW logic."generated; view" AS
 SELECT 'it''s; "quoted"'::text AS msg,
    'x;y'::text AS pair,
    'tab	here'::text AS esc;


ALTER TABLE logic."generated; view" OWNER TO postgres;

--
-- Name: made_by_do; Type: TABLE; Schema: logic; Owner: postgres
--

CREATE TABLE logic.made_by_do (
    "a;b" integer,
    note text DEFAULT 'x'::text
);


ALTER TABLE logic.made_by_do OWNER TO postgres;

--
-- Name: measure; Type: TABLE; Schema: misc; Owner: postgres
--

CREATE TABLE misc.measure (
    a integer,
    b integer,
    c text
);


ALTER TABLE misc.measure OWNER TO postgres;

--
-- Name: ticket; Type: TABLE; Schema: ops; Owner: postgres
--

CREATE TABLE ops.ticket (
    id bigint NOT NULL,
    title text NOT NULL,
    state ops.state DEFAULT 'open'::ops.state NOT NULL,
    priority integer DEFAULT 3 NOT NULL,
    closed_at timestamp with time zone,
    CONSTRAINT ticket_priority_range CHECK (((priority >= 0) AND (priority <= 9)))
);


ALTER TABLE ops.ticket OWNER TO postgres;

--
-- Name: ticket_archive; Type: TABLE; Schema: ops; Owner: postgres
--

CREATE TABLE ops.ticket_archive (
    id bigint NOT NULL,
    title text NOT NULL,
    state text DEFAULT 'open'::text NOT NULL,
    priority integer DEFAULT 3 NOT NULL,
    closed_at timestamp with time zone,
    CONSTRAINT ticket_priority_range CHECK (((priority >= 0) AND (priority <= 9)))
);


ALTER TABLE ops.ticket_archive OWNER TO postgres;

--
-- Name: ticket_archive_id_seq; Type: SEQUENCE; Schema: ops; Owner: postgres
--

ALTER TABLE ops.ticket_archive ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME ops.ticket_archive_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ticket_id_seq; Type: SEQUENCE; Schema: ops; Owner: postgres
--

ALTER TABLE ops.ticket ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME ops.ticket_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audit; Type: TABLE; Schema: reporting; Owner: postgres
--

CREATE TABLE reporting.audit (
    seq integer NOT NULL,
    what text NOT NULL,
    detail text
);


ALTER TABLE reporting.audit OWNER TO postgres;

--
-- Name: audit_notes; Type: VIEW; Schema: reporting; Owner: postgres
--

CREATE VIEW reporting.audit_notes AS
 SELECT audit.what,
    audit.detail
   FROM reporting.audit
  WHERE (audit.what ~~ '%note%'::text);


ALTER TABLE reporting.audit_notes OWNER TO postgres;

--
-- Name: audit_seq_seq; Type: SEQUENCE; Schema: reporting; Owner: postgres
--

ALTER TABLE reporting.audit ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME reporting.audit_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: countdown; Type: VIEW; Schema: reporting; Owner: postgres
--

CREATE VIEW reporting.countdown WITH (security_barrier='true') AS
 WITH RECURSIVE c(n) AS (
         SELECT 5 AS "?column?"
        UNION ALL
         SELECT (c_1.n - 1)
           FROM c c_1
          WHERE (c_1.n > 1)
        )
 SELECT c.n,
        CASE
            WHEN (c.n = 1) THEN 'lift-off; go'::text
            ELSE ((c.n)::text || '...'::text)
        END AS label
   FROM c;


ALTER TABLE reporting.countdown OWNER TO postgres;

--
-- Name: sale; Type: TABLE; Schema: reporting; Owner: postgres
--

CREATE TABLE reporting.sale (
    id integer NOT NULL,
    region text NOT NULL,
    amount numeric(12,2) NOT NULL,
    note text
);


ALTER TABLE reporting.sale OWNER TO postgres;

--
-- Name: sale_eu; Type: VIEW; Schema: reporting; Owner: postgres
--

CREATE VIEW reporting.sale_eu AS
 SELECT sale.id,
    sale.region,
    sale.amount,
    sale.note
   FROM reporting.sale
  WHERE (sale.region = ANY (ARRAY['de'::text, 'fr'::text, 'it;es'::text]));


ALTER TABLE reporting.sale_eu OWNER TO postgres;

--
-- Name: sale_eu_big; Type: VIEW; Schema: reporting; Owner: postgres
--

CREATE VIEW reporting.sale_eu_big AS
 SELECT sale_eu.id,
    sale_eu.region,
    sale_eu.amount,
    sale_eu.note
   FROM reporting.sale_eu
  WHERE (sale_eu.amount > (100)::numeric)
  WITH CASCADED CHECK OPTION;


ALTER TABLE reporting.sale_eu_big OWNER TO postgres;

--
-- Name: summary; by region; Type: VIEW; Schema: reporting; Owner: postgres
--

CREATE VIEW reporting."summary; by region" AS
 SELECT sale_eu_big.region,
    count(*) AS n,
    sum(sale_eu_big.amount) AS total,
    string_agg(COALESCE(sale_eu_big.note, '--'::text), '; '::text ORDER BY sale_eu_big.id) AS notes
   FROM reporting.sale_eu_big
  GROUP BY sale_eu_big.region;


ALTER TABLE reporting."summary; by region" OWNER TO postgres;

--
-- Name: VIEW "summary; by region"; Type: COMMENT; Schema: reporting; Owner: postgres
--

COMMENT ON VIEW reporting."summary; by region" IS 'View on a view on a view; see sale_eu_big';


--
-- Name: totals; Type: MATERIALIZED VIEW; Schema: reporting; Owner: postgres
--

CREATE MATERIALIZED VIEW reporting.totals AS
 SELECT sale.region,
    sum(sale.amount) AS total,
    count(*) AS n
   FROM reporting.sale
  GROUP BY sale.region
  WITH NO DATA;


ALTER TABLE reporting.totals OWNER TO postgres;

--
-- Name: MATERIALIZED VIEW totals; Type: COMMENT; Schema: reporting; Owner: postgres
--

COMMENT ON MATERIALIZED VIEW reporting.totals IS 'Refreshed; twice';


--
-- Name: totals_ranked; Type: VIEW; Schema: reporting; Owner: postgres
--

CREATE VIEW reporting.totals_ranked AS
 SELECT totals.region,
    totals.total,
    rank() OVER (ORDER BY totals.total DESC) AS rnk
   FROM reporting.totals;


ALTER TABLE reporting.totals_ranked OWNER TO postgres;

--
-- Name: document; Type: TABLE; Schema: secure; Owner: postgres
--

CREATE TABLE secure.document (
    id integer NOT NULL,
    owner name DEFAULT CURRENT_USER NOT NULL,
    title text NOT NULL,
    classified boolean DEFAULT false NOT NULL
);

ALTER TABLE ONLY secure.document FORCE ROW LEVEL SECURITY;


ALTER TABLE secure.document OWNER TO postgres;

--
-- Name: doc_seq; Type: SEQUENCE; Schema: secure; Owner: postgres
--

CREATE SEQUENCE secure.doc_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE secure.doc_seq OWNER TO postgres;

--
-- Name: doc_seq; Type: SEQUENCE OWNED BY; Schema: secure; Owner: postgres
--

ALTER SEQUENCE secure.doc_seq OWNED BY secure.document.id;


--
-- Name: remote_thing; Type: FOREIGN TABLE; Schema: secure; Owner: postgres
--

CREATE FOREIGN TABLE secure.remote_thing (
    id integer,
    note text
)
SERVER "remote; one"
OPTIONS (
    table_name 'thing; really'
);
ALTER FOREIGN TABLE secure.remote_thing ALTER COLUMN id OPTIONS (
    column_name 'ID;'
);


ALTER FOREIGN TABLE secure.remote_thing OWNER TO postgres;

--
-- Name: booking; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.booking (
    room integer NOT NULL,
    during tstzrange NOT NULL
);


ALTER TABLE shop.booking OWNER TO postgres;

--
-- Name: customer; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.customer (
    id bigint NOT NULL,
    email text NOT NULL,
    name text DEFAULT 'anonymous; unknown'::text NOT NULL,
    nickname text DEFAULT 'it''s me'::text,
    mood text DEFAULT '--not a comment'::text,
    created_at timestamp with time zone DEFAULT '2024-01-01 12:00:00+00'::timestamp with time zone NOT NULL,
    CONSTRAINT customer_email_check CHECK ((email ~~ '%@%'::text))
);
ALTER TABLE ONLY shop.customer ALTER COLUMN name SET STORAGE EXTERNAL;


ALTER TABLE shop.customer OWNER TO postgres;

--
-- Name: TABLE customer; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON TABLE shop.customer IS 'Customers; the people who buy -- mostly /* real */ people';


--
-- Name: customer_id_seq; Type: SEQUENCE; Schema: shop; Owner: postgres
--

ALTER TABLE shop.customer ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME shop.customer_id_seq
    START WITH 100
    INCREMENT BY 10
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: event_log; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.event_log (
    id bigint NOT NULL,
    payload jsonb DEFAULT '{"kind": "none; really"}'::jsonb NOT NULL
)
PARTITION BY HASH (id);


ALTER TABLE shop.event_log OWNER TO postgres;

--
-- Name: event_log_p0; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.event_log_p0 (
    id bigint NOT NULL,
    payload jsonb DEFAULT '{"kind": "none; really"}'::jsonb NOT NULL
);


ALTER TABLE shop.event_log_p0 OWNER TO postgres;

--
-- Name: event_log_p1; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.event_log_p1 (
    id bigint NOT NULL,
    payload jsonb DEFAULT '{"kind": "none; really"}'::jsonb NOT NULL
);


ALTER TABLE shop.event_log_p1 OWNER TO postgres;

--
-- Name: event_log_p2; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.event_log_p2 (
    id bigint NOT NULL,
    payload jsonb DEFAULT '{"kind": "none; really"}'::jsonb NOT NULL
);


ALTER TABLE shop.event_log_p2 OWNER TO postgres;

--
-- Name: größe; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop."größe" (
    "maß" numeric,
    "café" text,
    "Ünïcode Spalte" text,
    "数量" integer,
    "🐘" text DEFAULT '🐘; elephant'::text
);


ALTER TABLE shop."größe" OWNER TO postgres;

--
-- Name: TABLE "größe"; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON TABLE shop."größe" IS 'Größe	mit Tab;
und Zeilenumbruch';


--
-- Name: order; line; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop."order; line" (
    id integer NOT NULL,
    "qty""x" integer DEFAULT 1 NOT NULL,
    "note -- not comment" text,
    "/* nope */" integer,
    "semi;colon" text DEFAULT ';'::text,
    sku text
);


ALTER TABLE shop."order; line" OWNER TO postgres;

--
-- Name: COLUMN "order; line"."qty""x"; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON COLUMN shop."order; line"."qty""x" IS 'Quantity; "x" is ''odd''';


--
-- Name: order; line_id_seq; Type: SEQUENCE; Schema: shop; Owner: postgres
--

ALTER TABLE shop."order; line" ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME shop."order; line_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: orders; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.orders (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    placed_on date NOT NULL,
    status text DEFAULT 'new'::text NOT NULL,
    total numeric(12,2) DEFAULT 0 NOT NULL,
    CONSTRAINT orders_status_check CHECK ((status = ANY (ARRAY['new'::text, 'paid'::text, 'done'::text])))
)
PARTITION BY RANGE (placed_on);


ALTER TABLE shop.orders OWNER TO postgres;

--
-- Name: orders_2023; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.orders_2023 (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    placed_on date NOT NULL,
    status text DEFAULT 'new'::text NOT NULL,
    total numeric(12,2) DEFAULT 0 NOT NULL,
    CONSTRAINT orders_status_check CHECK ((status = ANY (ARRAY['new'::text, 'paid'::text, 'done'::text])))
);


ALTER TABLE shop.orders_2023 OWNER TO postgres;

--
-- Name: orders_2024; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.orders_2024 (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    placed_on date NOT NULL,
    status text DEFAULT 'new'::text NOT NULL,
    total numeric(12,2) DEFAULT 0 NOT NULL,
    CONSTRAINT orders_status_check CHECK ((status = ANY (ARRAY['new'::text, 'paid'::text, 'done'::text])))
)
PARTITION BY RANGE (placed_on);


ALTER TABLE shop.orders_2024 OWNER TO postgres;

--
-- Name: orders_2024_h1; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.orders_2024_h1 (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    placed_on date NOT NULL,
    status text DEFAULT 'new'::text NOT NULL,
    total numeric(12,2) DEFAULT 0 NOT NULL,
    CONSTRAINT orders_status_check CHECK ((status = ANY (ARRAY['new'::text, 'paid'::text, 'done'::text])))
);


ALTER TABLE shop.orders_2024_h1 OWNER TO postgres;

--
-- Name: orders_2024_h2; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.orders_2024_h2 (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    placed_on date NOT NULL,
    status text DEFAULT 'new'::text NOT NULL,
    total numeric(12,2) DEFAULT 0 NOT NULL,
    CONSTRAINT orders_status_check CHECK ((status = ANY (ARRAY['new'::text, 'paid'::text, 'done'::text])))
);


ALTER TABLE shop.orders_2024_h2 OWNER TO postgres;

--
-- Name: orders_default; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.orders_default (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    placed_on date NOT NULL,
    status text DEFAULT 'new'::text NOT NULL,
    total numeric(12,2) DEFAULT 0 NOT NULL,
    CONSTRAINT orders_status_check CHECK ((status = ANY (ARRAY['new'::text, 'paid'::text, 'done'::text])))
);


ALTER TABLE shop.orders_default OWNER TO postgres;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: shop; Owner: postgres
--

ALTER TABLE shop.orders ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME shop.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: product; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.product (
    sku text NOT NULL,
    title text NOT NULL,
    price numeric(12,2) DEFAULT 0 NOT NULL,
    vat_rate numeric(4,3) DEFAULT 0.2 NOT NULL,
    price_gross numeric GENERATED ALWAYS AS (round((price * ((1)::numeric + vat_rate)), 2)) STORED,
    "legacy$code$" text,
    "x$" integer DEFAULT 0,
    title_search text GENERATED ALWAYS AS (((lower(title) || ';'::text) || sku)) STORED,
    CONSTRAINT product_price_check CHECK ((price >= (0)::numeric)),
    CONSTRAINT product_sku_check CHECK ((sku ~ '^[A-Z]{3}-\d{4}$'::text))
);
ALTER TABLE ONLY shop.product ALTER COLUMN title SET STATISTICS 500;


ALTER TABLE shop.product OWNER TO postgres;

--
-- Name: COLUMN product."legacy$code$"; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON COLUMN shop.product."legacy$code$" IS 'code from the old system: $code$';


--
-- Name: CONSTRAINT product_sku_check ON product; Type: COMMENT; Schema: shop; Owner: postgres
--

COMMENT ON CONSTRAINT product_sku_check ON shop.product IS 'SKU like ABC-1234; always';


--
-- Name: shipment; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.shipment (
    id integer NOT NULL,
    country text NOT NULL,
    note text
)
PARTITION BY LIST (country);


ALTER TABLE shop.shipment OWNER TO postgres;

--
-- Name: shipment_dach; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.shipment_dach (
    id integer NOT NULL,
    country text NOT NULL,
    note text
);


ALTER TABLE shop.shipment_dach OWNER TO postgres;

--
-- Name: shipment_odd; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE TABLE shop.shipment_odd (
    id integer NOT NULL,
    country text NOT NULL,
    note text
);


ALTER TABLE shop.shipment_odd OWNER TO postgres;

--
-- Name: unlogged_cache; Type: TABLE; Schema: shop; Owner: postgres
--

CREATE UNLOGGED TABLE shop.unlogged_cache (
    k text NOT NULL,
    v text
);


ALTER TABLE shop.unlogged_cache OWNER TO postgres;

--
-- Name: account; Type: TABLE; Schema: trig; Owner: postgres
--

CREATE TABLE trig.account (
    id integer NOT NULL,
    owner text NOT NULL,
    balance numeric(12,2) DEFAULT 0 NOT NULL,
    updated_at timestamp with time zone,
    history jsonb DEFAULT '[]'::jsonb NOT NULL
);


ALTER TABLE trig.account OWNER TO postgres;

--
-- Name: movement; Type: TABLE; Schema: trig; Owner: postgres
--

CREATE TABLE trig.movement (
    id integer NOT NULL,
    account_id integer NOT NULL,
    delta numeric(12,2) NOT NULL,
    booked_on date NOT NULL
)
PARTITION BY RANGE (booked_on);


ALTER TABLE trig.movement OWNER TO postgres;

--
-- Name: movement_id_seq; Type: SEQUENCE; Schema: trig; Owner: postgres
--

ALTER TABLE trig.movement ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME trig.movement_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: movement_new; Type: TABLE; Schema: trig; Owner: postgres
--

CREATE TABLE trig.movement_new (
    id integer NOT NULL,
    account_id integer NOT NULL,
    delta numeric(12,2) NOT NULL,
    booked_on date NOT NULL
);


ALTER TABLE trig.movement_new OWNER TO postgres;

--
-- Name: movement_old; Type: TABLE; Schema: trig; Owner: postgres
--

CREATE TABLE trig.movement_old (
    id integer NOT NULL,
    account_id integer NOT NULL,
    delta numeric(12,2) NOT NULL,
    booked_on date NOT NULL
);


ALTER TABLE trig.movement_old OWNER TO postgres;

--
-- Name: summary; Type: TABLE; Schema: trig; Owner: postgres
--

CREATE TABLE trig.summary (
    note text
);


ALTER TABLE trig.summary OWNER TO postgres;

--
-- Name: event_log_p0; Type: TABLE ATTACH; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.event_log ATTACH PARTITION shop.event_log_p0 FOR VALUES WITH (modulus 3, remainder 0);


--
-- Name: event_log_p1; Type: TABLE ATTACH; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.event_log ATTACH PARTITION shop.event_log_p1 FOR VALUES WITH (modulus 3, remainder 1);


--
-- Name: event_log_p2; Type: TABLE ATTACH; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.event_log ATTACH PARTITION shop.event_log_p2 FOR VALUES WITH (modulus 3, remainder 2);


--
-- Name: orders_2023; Type: TABLE ATTACH; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders ATTACH PARTITION shop.orders_2023 FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');


--
-- Name: orders_2024; Type: TABLE ATTACH; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders ATTACH PARTITION shop.orders_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');


--
-- Name: orders_2024_h1; Type: TABLE ATTACH; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders_2024 ATTACH PARTITION shop.orders_2024_h1 FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');


--
-- Name: orders_2024_h2; Type: TABLE ATTACH; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders_2024 ATTACH PARTITION shop.orders_2024_h2 FOR VALUES FROM ('2024-07-01') TO ('2025-01-01');


--
-- Name: orders_default; Type: TABLE ATTACH; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders ATTACH PARTITION shop.orders_default DEFAULT;


--
-- Name: shipment_dach; Type: TABLE ATTACH; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.shipment ATTACH PARTITION shop.shipment_dach FOR VALUES IN ('de', 'at', 'ch');


--
-- Name: shipment_odd; Type: TABLE ATTACH; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.shipment ATTACH PARTITION shop.shipment_odd FOR VALUES IN ('x;y', 'it''s', '--');


--
-- Name: movement_new; Type: TABLE ATTACH; Schema: trig; Owner: postgres
--

ALTER TABLE ONLY trig.movement ATTACH PARTITION trig.movement_new FOR VALUES FROM ('2024-01-01') TO (MAXVALUE);


--
-- Name: movement_old; Type: TABLE ATTACH; Schema: trig; Owner: postgres
--

ALTER TABLE ONLY trig.movement ATTACH PARTITION trig.movement_old FOR VALUES FROM (MINVALUE) TO ('2024-01-01');


--
-- Name: entry id; Type: DEFAULT; Schema: ledger; Owner: postgres
--

ALTER TABLE ONLY ledger.entry ALTER COLUMN id SET DEFAULT nextval('ledger.entry_id_seq'::regclass);


--
-- Name: document id; Type: DEFAULT; Schema: secure; Owner: postgres
--

ALTER TABLE ONLY secure.document ALTER COLUMN id SET DEFAULT nextval('secure.doc_seq'::regclass);


--
-- Name: bulk bulk_pkey; Type: CONSTRAINT; Schema: data; Owner: postgres
--

ALTER TABLE ONLY data.bulk
    ADD CONSTRAINT bulk_pkey PRIMARY KEY (id);


--
-- Name: lines lines_pkey; Type: CONSTRAINT; Schema: data; Owner: postgres
--

ALTER TABLE ONLY data.lines
    ADD CONSTRAINT lines_pkey PRIMARY KEY (n);


--
-- Name: tricky tricky_pkey; Type: CONSTRAINT; Schema: data; Owner: postgres
--

ALTER TABLE ONLY data.tricky
    ADD CONSTRAINT tricky_pkey PRIMARY KEY (id);


--
-- Name: entry entry_pkey; Type: CONSTRAINT; Schema: ledger; Owner: postgres
--

ALTER TABLE ONLY ledger.entry
    ADD CONSTRAINT entry_pkey PRIMARY KEY (id);


--
-- Name: ticket_archive ticket_archive_pkey; Type: CONSTRAINT; Schema: ops; Owner: postgres
--

ALTER TABLE ONLY ops.ticket_archive
    ADD CONSTRAINT ticket_archive_pkey PRIMARY KEY (id);


--
-- Name: ticket ticket_pkey; Type: CONSTRAINT; Schema: ops; Owner: postgres
--

ALTER TABLE ONLY ops.ticket
    ADD CONSTRAINT ticket_pkey PRIMARY KEY (id);

ALTER TABLE ops.ticket CLUSTER ON ticket_pkey;


--
-- Name: sale sale_pkey; Type: CONSTRAINT; Schema: reporting; Owner: postgres
--

ALTER TABLE ONLY reporting.sale
    ADD CONSTRAINT sale_pkey PRIMARY KEY (id);


--
-- Name: document document_pkey; Type: CONSTRAINT; Schema: secure; Owner: postgres
--

ALTER TABLE ONLY secure.document
    ADD CONSTRAINT document_pkey PRIMARY KEY (id);


--
-- Name: booking booking_during_excl; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.booking
    ADD CONSTRAINT booking_during_excl EXCLUDE USING gist (during WITH &&);


--
-- Name: customer customer_email_key; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.customer
    ADD CONSTRAINT customer_email_key UNIQUE (email);


--
-- Name: customer customer_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.customer
    ADD CONSTRAINT customer_pkey PRIMARY KEY (id);


--
-- Name: order; line order; line_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop."order; line"
    ADD CONSTRAINT "order; line_pkey" PRIMARY KEY (id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id, placed_on);


--
-- Name: orders_2023 orders_2023_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders_2023
    ADD CONSTRAINT orders_2023_pkey PRIMARY KEY (id, placed_on);


--
-- Name: orders_2024 orders_2024_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders_2024
    ADD CONSTRAINT orders_2024_pkey PRIMARY KEY (id, placed_on);


--
-- Name: orders_2024_h1 orders_2024_h1_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders_2024_h1
    ADD CONSTRAINT orders_2024_h1_pkey PRIMARY KEY (id, placed_on);


--
-- Name: orders_2024_h2 orders_2024_h2_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders_2024_h2
    ADD CONSTRAINT orders_2024_h2_pkey PRIMARY KEY (id, placed_on);


--
-- Name: orders_default orders_default_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.orders_default
    ADD CONSTRAINT orders_default_pkey PRIMARY KEY (id, placed_on);


--
-- Name: orders orders_total_check; Type: CHECK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE shop.orders
    ADD CONSTRAINT orders_total_check CHECK ((total >= (0)::numeric)) NOT VALID;


--
-- Name: product product_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.product
    ADD CONSTRAINT product_pkey PRIMARY KEY (sku);


--
-- Name: unlogged_cache unlogged_cache_pkey; Type: CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop.unlogged_cache
    ADD CONSTRAINT unlogged_cache_pkey PRIMARY KEY (k);


--
-- Name: shift shift_pkey; Type: CONSTRAINT; Schema: std; Owner: postgres
--

ALTER TABLE ONLY std.shift
    ADD CONSTRAINT shift_pkey PRIMARY KEY (id);


--
-- Name: account account_pkey; Type: CONSTRAINT; Schema: trig; Owner: postgres
--

ALTER TABLE ONLY trig.account
    ADD CONSTRAINT account_pkey PRIMARY KEY (id);


--
-- Name: entry_booked_idx; Type: INDEX; Schema: ledger; Owner: postgres
--

CREATE INDEX entry_booked_idx ON ledger.entry USING btree (booked_at);


--
-- Name: ticket_archive_lower_idx; Type: INDEX; Schema: ops; Owner: postgres
--

CREATE INDEX ticket_archive_lower_idx ON ops.ticket_archive USING btree (lower(title));


--
-- Name: ticket_archive_title_state_idx; Type: INDEX; Schema: ops; Owner: postgres
--

CREATE UNIQUE INDEX ticket_archive_title_state_idx ON ops.ticket_archive USING btree (title, state) WHERE ((priority > 0) AND (title <> 'closed;'::text));


--
-- Name: ticket_title_idx; Type: INDEX; Schema: ops; Owner: postgres
--

CREATE INDEX ticket_title_idx ON ops.ticket USING btree (lower(title));


--
-- Name: ticket_title_state_idx; Type: INDEX; Schema: ops; Owner: postgres
--

CREATE UNIQUE INDEX ticket_title_state_idx ON ops.ticket USING btree (title, state) WHERE ((priority > 0) AND (title <> 'closed;'::text));


--
-- Name: totals_region_idx; Type: INDEX; Schema: reporting; Owner: postgres
--

CREATE UNIQUE INDEX totals_region_idx ON reporting.totals USING btree (region);


--
-- Name: customer_email_lower_idx; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE UNIQUE INDEX customer_email_lower_idx ON shop.customer USING btree (lower(email)) INCLUDE (name);


--
-- Name: idx; odd name; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX "idx; odd name" ON shop."order; line" USING btree ("qty""x" DESC NULLS LAST);


--
-- Name: orders_customer_idx; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX orders_customer_idx ON ONLY shop.orders USING btree (customer_id);


--
-- Name: orders_2023_customer_id_idx; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX orders_2023_customer_id_idx ON shop.orders_2023 USING btree (customer_id);


--
-- Name: orders_2024_customer_id_idx; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX orders_2024_customer_id_idx ON ONLY shop.orders_2024 USING btree (customer_id);


--
-- Name: orders_2024_h1_customer_id_idx; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX orders_2024_h1_customer_id_idx ON shop.orders_2024_h1 USING btree (customer_id);


--
-- Name: orders_2024_h2_customer_id_idx; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX orders_2024_h2_customer_id_idx ON shop.orders_2024_h2 USING btree (customer_id);


--
-- Name: orders_default_customer_id_idx; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX orders_default_customer_id_idx ON shop.orders_default USING btree (customer_id);


--
-- Name: product_title_idx; Type: INDEX; Schema: shop; Owner: postgres
--

CREATE INDEX product_title_idx ON shop.product USING btree (lower(title)) WHERE (title <> ';'::text);


--
-- Name: orders_2023_customer_id_idx; Type: INDEX ATTACH; Schema: shop; Owner: postgres
--

ALTER INDEX shop.orders_customer_idx ATTACH PARTITION shop.orders_2023_customer_id_idx;


--
-- Name: orders_2023_pkey; Type: INDEX ATTACH; Schema: shop; Owner: postgres
--

ALTER INDEX shop.orders_pkey ATTACH PARTITION shop.orders_2023_pkey;


--
-- Name: orders_2024_customer_id_idx; Type: INDEX ATTACH; Schema: shop; Owner: postgres
--

ALTER INDEX shop.orders_customer_idx ATTACH PARTITION shop.orders_2024_customer_id_idx;


--
-- Name: orders_2024_h1_customer_id_idx; Type: INDEX ATTACH; Schema: shop; Owner: postgres
--

ALTER INDEX shop.orders_2024_customer_id_idx ATTACH PARTITION shop.orders_2024_h1_customer_id_idx;


--
-- Name: orders_2024_h1_pkey; Type: INDEX ATTACH; Schema: shop; Owner: postgres
--

ALTER INDEX shop.orders_2024_pkey ATTACH PARTITION shop.orders_2024_h1_pkey;


--
-- Name: orders_2024_h2_customer_id_idx; Type: INDEX ATTACH; Schema: shop; Owner: postgres
--

ALTER INDEX shop.orders_2024_customer_id_idx ATTACH PARTITION shop.orders_2024_h2_customer_id_idx;


--
-- Name: orders_2024_h2_pkey; Type: INDEX ATTACH; Schema: shop; Owner: postgres
--

ALTER INDEX shop.orders_2024_pkey ATTACH PARTITION shop.orders_2024_h2_pkey;


--
-- Name: orders_2024_pkey; Type: INDEX ATTACH; Schema: shop; Owner: postgres
--

ALTER INDEX shop.orders_pkey ATTACH PARTITION shop.orders_2024_pkey;


--
-- Name: orders_default_customer_id_idx; Type: INDEX ATTACH; Schema: shop; Owner: postgres
--

ALTER INDEX shop.orders_customer_idx ATTACH PARTITION shop.orders_default_customer_id_idx;


--
-- Name: orders_default_pkey; Type: INDEX ATTACH; Schema: shop; Owner: postgres
--

ALTER INDEX shop.orders_pkey ATTACH PARTITION shop.orders_default_pkey;


--
-- Name: stats; a b; Type: STATISTICS; Schema: misc; Owner: postgres
--

CREATE STATISTICS misc."stats; a b" (ndistinct, dependencies) ON a, b FROM misc.measure;


ALTER STATISTICS misc."stats; a b" OWNER TO postgres;

--
-- Name: audit_notes audit_notes_ins; Type: RULE; Schema: reporting; Owner: postgres
--

CREATE RULE audit_notes_ins AS
    ON INSERT TO reporting.audit_notes DO INSTEAD  INSERT INTO reporting.audit (what, detail)
  VALUES ((new.what || '-note'::text), new.detail);


--
-- Name: sale log_amount_change; Type: RULE; Schema: reporting; Owner: postgres
--

CREATE RULE log_amount_change AS
    ON UPDATE TO reporting.sale
   WHERE (old.amount IS DISTINCT FROM new.amount) DO ( INSERT INTO reporting.audit (what, detail)
  VALUES ('amount'::text, (((old.amount || ' -> '::text) || new.amount) || '; /* changed */'::text));
 INSERT INTO reporting.audit (what, detail)
  VALUES ('amount-old'::text, (old.amount)::text);
);


--
-- Name: sale log_sale; Type: RULE; Schema: reporting; Owner: postgres
--

CREATE RULE log_sale AS
    ON INSERT TO reporting.sale DO ( INSERT INTO reporting.audit (what, detail)
  VALUES ('insert'::text, (('id='::text || new.id) || ';'::text));
 INSERT INTO reporting.audit (what, detail)
  VALUES ('insert-note'::text, COALESCE(new.note, '--none--'::text));
);


--
-- Name: RULE log_sale ON sale; Type: COMMENT; Schema: reporting; Owner: postgres
--

COMMENT ON RULE log_sale ON reporting.sale IS 'DO ALSO (...; ...)';


--
-- Name: sale no delete; ever; Type: RULE; Schema: reporting; Owner: postgres
--

CREATE RULE "no delete; ever" AS
    ON DELETE TO reporting.sale DO INSTEAD NOTHING;


--
-- Name: sale notify_change; Type: RULE; Schema: reporting; Owner: postgres
--

CREATE RULE notify_change AS
    ON UPDATE TO reporting.sale DO (
 NOTIFY sale_changed;

 NOTIFY "sale; changed";
);


--
-- Name: movement_new movement_account_exists; Type: TRIGGER; Schema: trig; Owner: postgres
--

CREATE CONSTRAINT TRIGGER movement_account_exists AFTER INSERT ON trig.movement_new DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION trig.check_movement();


--
-- Name: movement movement_audit; Type: TRIGGER; Schema: trig; Owner: postgres
--

CREATE TRIGGER movement_audit AFTER INSERT OR DELETE ON trig.movement FOR EACH ROW EXECUTE FUNCTION trig.check_movement();


--
-- Name: account summarise_updates; Type: TRIGGER; Schema: trig; Owner: postgres
--

CREATE TRIGGER summarise_updates AFTER UPDATE ON trig.account REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION trig.summarise();


--
-- Name: account touch; me; Type: TRIGGER; Schema: trig; Owner: postgres
--

CREATE TRIGGER "touch; me" BEFORE INSERT OR UPDATE OF balance ON trig.account FOR EACH ROW WHEN ((pg_trigger_depth() < 1)) EXECUTE FUNCTION trig.touch();


--
-- Name: TRIGGER "touch; me" ON account; Type: COMMENT; Schema: trig; Owner: postgres
--

COMMENT ON TRIGGER "touch; me" ON trig.account IS 'BEFORE INSERT OR UPDATE; sets updated_at';


--
-- Name: order; line order; line_sku_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE ONLY shop."order; line"
    ADD CONSTRAINT "order; line_sku_fkey" FOREIGN KEY (sku) REFERENCES shop.product(sku) ON DELETE SET NULL;


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: shop; Owner: postgres
--

ALTER TABLE shop.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customer(id);


--
-- Name: document; Type: ROW SECURITY; Schema: secure; Owner: postgres
--

ALTER TABLE secure.document ENABLE ROW LEVEL SECURITY;

--
-- Name: document everything; Type: POLICY; Schema: secure; Owner: postgres
--

CREATE POLICY everything ON secure.document USING (true) WITH CHECK (true);


--
-- Name: document no_classified_inserts; Type: POLICY; Schema: secure; Owner: postgres
--

CREATE POLICY no_classified_inserts ON secure.document AS RESTRICTIVE FOR INSERT WITH CHECK (((NOT classified) AND (title !~~ '%--%'::text)));


--
-- Name: document owner sees own; others don't; Type: POLICY; Schema: secure; Owner: postgres
--

CREATE POLICY "owner sees own; others don't" ON secure.document FOR SELECT USING (((owner = CURRENT_USER) OR (title ~ '^public;'::text)));


--
-- Name: POLICY "owner sees own; others don't" ON document; Type: COMMENT; Schema: secure; Owner: postgres
--

COMMENT ON POLICY "owner sees own; others don't" ON secure.document IS 'It''s a policy; really';


--
-- Name: pub; documents; Type: PUBLICATION; Schema: -; Owner: postgres
--

CREATE PUBLICATION "pub; documents" WITH (publish = 'insert, update');


ALTER PUBLICATION "pub; documents" OWNER TO postgres;

--
-- Name: pub; documents document; Type: PUBLICATION TABLE; Schema: secure; Owner: postgres
--

ALTER PUBLICATION "pub; documents" ADD TABLE ONLY secure.document;


--
-- Name: SCHEMA secure; Type: ACL; Schema: -; Owner: postgres
--

GRANT USAGE ON SCHEMA secure TO PUBLIC;


--
-- Name: FUNCTION whoami(); Type: ACL; Schema: secure; Owner: postgres
--

REVOKE ALL ON FUNCTION secure.whoami() FROM PUBLIC;
GRANT ALL ON FUNCTION secure.whoami() TO pg_monitor;


--
-- Name: FOREIGN SERVER "remote; one"; Type: ACL; Schema: -; Owner: postgres
--

GRANT ALL ON FOREIGN SERVER "remote; one" TO pg_monitor;


--
-- Name: TABLE document; Type: ACL; Schema: secure; Owner: postgres
--

GRANT SELECT,INSERT ON TABLE secure.document TO pg_read_all_stats;


--
-- Name: COLUMN document.id; Type: ACL; Schema: secure; Owner: postgres
--

GRANT SELECT(id) ON TABLE secure.document TO pg_monitor;


--
-- Name: COLUMN document.title; Type: ACL; Schema: secure; Owner: postgres
--

GRANT SELECT(title),UPDATE(title) ON TABLE secure.document TO pg_monitor;


--
-- Name: SEQUENCE doc_seq; Type: ACL; Schema: secure; Owner: postgres
--

GRANT SELECT,USAGE ON SEQUENCE secure.doc_seq TO pg_monitor WITH GRANT OPTION;


--
-- Name: TABLE remote_thing; Type: ACL; Schema: secure; Owner: postgres
--

GRANT SELECT ON TABLE secure.remote_thing TO pg_read_all_stats;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: secure; Owner: postgres
--

ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA secure GRANT SELECT ON TABLES  TO pg_read_all_stats;


--
-- Name: pgsplit_ddl_note; Type: EVENT TRIGGER; Schema: -; Owner: postgres
--

CREATE EVENT TRIGGER pgsplit_ddl_note ON ddl_command_end
         WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
   EXECUTE FUNCTION trig.ddl_note();

ALTER EVENT TRIGGER pgsplit_ddl_note DISABLE;


ALTER EVENT TRIGGER pgsplit_ddl_note OWNER TO postgres;

--
-- Name: EVENT TRIGGER pgsplit_ddl_note; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON EVENT TRIGGER pgsplit_ddl_note IS 'Disabled; it would only RAISE NOTICE';


--
-- PostgreSQL database dump complete
--

\unrestrict 0pOffTUajFVgkUfDB4D4Ym9IjEblJHrKu81mN8CYegIioOWGXjOxeEf0p5mO28u

