--
-- PostgreSQL database dump
--

\restrict ZwZB9QpQQK7sbEgKkIhcGNTSZEsEM2SCUit9n40kjmpiuCgBX3fb3wtWMDHJK9V

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
-- Name: 424242; Type: BLOB; Schema: -; Owner: postgres
--

SELECT pg_catalog.lo_create('424242');


ALTER LARGE OBJECT 424242 OWNER TO postgres;

--
-- Name: LARGE OBJECT 424242; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON LARGE OBJECT 424242 IS 'a large object; commented';


--
-- Data for Name: bulk; Type: TABLE DATA; Schema: data; Owner: postgres
--

INSERT INTO data.bulk VALUES (1, 'c4ca4238a0b923820dcc509a6f75849b', 'c''d', 0.70, false, '2024-01-02');
INSERT INTO data.bulk VALUES (2, 'c81e728d9d4c2f636f067f89cc14862c', 'e\f', 1.40, false, '2024-01-03');
INSERT INTO data.bulk VALUES (3, 'eccbc87e4b5ce2fe28308fd9f2a7baf3', 'g	h', 2.10, true, '2024-01-04');
INSERT INTO data.bulk VALUES (4, 'a87ff679a2f3e71d9181a67b7542122c', 'i
j', 2.80, false, '2024-01-05');
INSERT INTO data.bulk VALUES (5, 'e4da3b7fbbce2345d7772b0674a318d5', '$$k$$', 3.50, false, '2024-01-06');
INSERT INTO data.bulk VALUES (6, '1679091c5a880faf6fb5e6087eb1b2dc', '-- l', 4.20, true, '2024-01-07');
INSERT INTO data.bulk VALUES (7, '8f14e45fceea167a5a36dedd4bea2543', '/* m */', 4.90, false, '2024-01-08');
INSERT INTO data.bulk VALUES (8, 'c9f0f895fb98ab9159f51fd0297e236d', 'plain', 5.60, false, '2024-01-09');
INSERT INTO data.bulk VALUES (9, '45c48cce2e2d7fbdea1afc51c7c6ad26', NULL, 6.30, true, '2024-01-10');
INSERT INTO data.bulk VALUES (10, 'd3d9446802a44259755d38e6d163e820', 'a;b', 7.00, false, '2024-01-11');
INSERT INTO data.bulk VALUES (11, '6512bd43d9caa6e02c990b0a82652dca', 'c''d', 7.70, false, '2024-01-12');
INSERT INTO data.bulk VALUES (12, 'c20ad4d76fe97759aa27a0c99bff6710', 'e\f', 8.40, true, '2024-01-13');
INSERT INTO data.bulk VALUES (13, 'c51ce410c124a10e0db5e4b97fc2af39', 'g	h', 9.10, false, '2024-01-14');
INSERT INTO data.bulk VALUES (14, 'aab3238922bcc25a6f606eb525ffdc56', 'i
j', 9.80, false, '2024-01-15');
INSERT INTO data.bulk VALUES (15, '9bf31c7ff062936a96d3c8bd1f8f2ff3', '$$k$$', 10.50, true, '2024-01-16');
INSERT INTO data.bulk VALUES (16, 'c74d97b01eae257e44aa9d5bade97baf', '-- l', 11.20, false, '2024-01-17');
INSERT INTO data.bulk VALUES (17, '70efdf2ec9b086079795c442636b55fb', '/* m */', 11.90, false, '2024-01-18');
INSERT INTO data.bulk VALUES (18, '6f4922f45568161a8cdf4ad2299f6d23', 'plain', 12.60, true, '2024-01-19');
INSERT INTO data.bulk VALUES (19, '1f0e3dad99908345f7439f8ffabdffc4', NULL, 13.30, false, '2024-01-20');
INSERT INTO data.bulk VALUES (20, '98f13708210194c475687be6106a3b84', 'a;b', 14.00, false, '2024-01-21');
INSERT INTO data.bulk VALUES (21, '3c59dc048e8850243be8079a5c74d079', 'c''d', 14.70, true, '2024-01-22');
INSERT INTO data.bulk VALUES (22, 'b6d767d2f8ed5d21a44b0e5886680cb9', 'e\f', 15.40, false, '2024-01-23');
INSERT INTO data.bulk VALUES (23, '37693cfc748049e45d87b8c7d8b9aacd', 'g	h', 16.10, false, '2024-01-24');
INSERT INTO data.bulk VALUES (24, '1ff1de774005f8da13f42943881c655f', 'i
j', 16.80, true, '2024-01-25');
INSERT INTO data.bulk VALUES (25, '8e296a067a37563370ded05f5a3bf3ec', '$$k$$', 17.50, false, '2024-01-26');
INSERT INTO data.bulk VALUES (26, '4e732ced3463d06de0ca9a15b6153677', '-- l', 18.20, false, '2024-01-27');
INSERT INTO data.bulk VALUES (27, '02e74f10e0327ad868d138f2b4fdd6f0', '/* m */', 18.90, true, '2024-01-28');
INSERT INTO data.bulk VALUES (28, '33e75ff09dd601bbe69f351039152189', 'plain', 19.60, false, '2024-01-29');
INSERT INTO data.bulk VALUES (29, '6ea9ab1baa0efb9e19094440c317e21b', NULL, 20.30, false, '2024-01-30');
INSERT INTO data.bulk VALUES (30, '34173cb38f07f89ddbebc2ac9128303f', 'a;b', 21.00, true, '2024-01-31');
INSERT INTO data.bulk VALUES (31, 'c16a5320fa475530d9583c34fd356ef5', 'c''d', 21.70, false, '2024-02-01');
INSERT INTO data.bulk VALUES (32, '6364d3f0f495b6ab9dcf8d3b5c6e0b01', 'e\f', 22.40, false, '2024-02-02');
INSERT INTO data.bulk VALUES (33, '182be0c5cdcd5072bb1864cdee4d3d6e', 'g	h', 23.10, true, '2024-02-03');
INSERT INTO data.bulk VALUES (34, 'e369853df766fa44e1ed0ff613f563bd', 'i
j', 23.80, false, '2024-02-04');
INSERT INTO data.bulk VALUES (35, '1c383cd30b7c298ab50293adfecb7b18', '$$k$$', 24.50, false, '2024-02-05');
INSERT INTO data.bulk VALUES (36, '19ca14e7ea6328a42e0eb13d585e4c22', '-- l', 25.20, true, '2024-02-06');
INSERT INTO data.bulk VALUES (37, 'a5bfc9e07964f8dddeb95fc584cd965d', '/* m */', 25.90, false, '2024-02-07');
INSERT INTO data.bulk VALUES (38, 'a5771bce93e200c36f7cd9dfd0e5deaa', 'plain', 26.60, false, '2024-02-08');
INSERT INTO data.bulk VALUES (39, 'd67d8ab4f4c10bf22aa353e27879133c', NULL, 27.30, true, '2024-02-09');
INSERT INTO data.bulk VALUES (40, 'd645920e395fedad7bbbed0eca3fe2e0', 'a;b', 28.00, false, '2024-02-10');
INSERT INTO data.bulk VALUES (41, '3416a75f4cea9109507cacd8e2f2aefc', 'c''d', 28.70, false, '2024-02-11');
INSERT INTO data.bulk VALUES (42, 'a1d0c6e83f027327d8461063f4ac58a6', 'e\f', 29.40, true, '2024-02-12');
INSERT INTO data.bulk VALUES (43, '17e62166fc8586dfa4d1bc0e1742c08b', 'g	h', 30.10, false, '2024-02-13');
INSERT INTO data.bulk VALUES (44, 'f7177163c833dff4b38fc8d2872f1ec6', 'i
j', 30.80, false, '2024-02-14');
INSERT INTO data.bulk VALUES (45, '6c8349cc7260ae62e3b1396831a8398f', '$$k$$', 31.50, true, '2024-02-15');
INSERT INTO data.bulk VALUES (46, 'd9d4f495e875a2e075a1a4a6e1b9770f', '-- l', 32.20, false, '2024-02-16');
INSERT INTO data.bulk VALUES (47, '67c6a1e7ce56d3d6fa748ab6d9af3fd7', '/* m */', 32.90, false, '2024-02-17');
INSERT INTO data.bulk VALUES (48, '642e92efb79421734881b53e1e1b18b6', 'plain', 33.60, true, '2024-02-18');
INSERT INTO data.bulk VALUES (49, 'f457c545a9ded88f18ecee47145a72c0', NULL, 34.30, false, '2024-02-19');
INSERT INTO data.bulk VALUES (50, 'c0c7c76d30bd3dcaefc96f40275bdc0a', 'a;b', 35.00, false, '2024-02-20');
INSERT INTO data.bulk VALUES (51, '2838023a778dfaecdc212708f721b788', 'c''d', 35.70, true, '2024-02-21');
INSERT INTO data.bulk VALUES (52, '9a1158154dfa42caddbd0694a4e9bdc8', 'e\f', 36.40, false, '2024-02-22');
INSERT INTO data.bulk VALUES (53, 'd82c8d1619ad8176d665453cfb2e55f0', 'g	h', 37.10, false, '2024-02-23');
INSERT INTO data.bulk VALUES (54, 'a684eceee76fc522773286a895bc8436', 'i
j', 37.80, true, '2024-02-24');
INSERT INTO data.bulk VALUES (55, 'b53b3a3d6ab90ce0268229151c9bde11', '$$k$$', 38.50, false, '2024-02-25');
INSERT INTO data.bulk VALUES (56, '9f61408e3afb633e50cdf1b20de6f466', '-- l', 39.20, false, '2024-02-26');
INSERT INTO data.bulk VALUES (57, '72b32a1f754ba1c09b3695e0cb6cde7f', '/* m */', 39.90, true, '2024-02-27');
INSERT INTO data.bulk VALUES (58, '66f041e16a60928b05a7e228a89c3799', 'plain', 40.60, false, '2024-02-28');
INSERT INTO data.bulk VALUES (59, '093f65e080a295f8076b1c5722a46aa2', NULL, 41.30, false, '2024-02-29');
INSERT INTO data.bulk VALUES (60, '072b030ba126b2f4b2374f342be9ed44', 'a;b', 42.00, true, '2024-03-01');
INSERT INTO data.bulk VALUES (61, '7f39f8317fbdb1988ef4c628eba02591', 'c''d', 42.70, false, '2024-03-02');
INSERT INTO data.bulk VALUES (62, '44f683a84163b3523afe57c2e008bc8c', 'e\f', 43.40, false, '2024-03-03');
INSERT INTO data.bulk VALUES (63, '03afdbd66e7929b125f8597834fa83a4', 'g	h', 44.10, true, '2024-03-04');
INSERT INTO data.bulk VALUES (64, 'ea5d2f1c4608232e07d3aa3d998e5135', 'i
j', 44.80, false, '2024-03-05');
INSERT INTO data.bulk VALUES (65, 'fc490ca45c00b1249bbe3554a4fdf6fb', '$$k$$', 45.50, false, '2024-03-06');
INSERT INTO data.bulk VALUES (66, '3295c76acbf4caaed33c36b1b5fc2cb1', '-- l', 46.20, true, '2024-03-07');
INSERT INTO data.bulk VALUES (67, '735b90b4568125ed6c3f678819b6e058', '/* m */', 46.90, false, '2024-03-08');
INSERT INTO data.bulk VALUES (68, 'a3f390d88e4c41f2747bfa2f1b5f87db', 'plain', 47.60, false, '2024-03-09');
INSERT INTO data.bulk VALUES (69, '14bfa6bb14875e45bba028a21ed38046', NULL, 48.30, true, '2024-03-10');
INSERT INTO data.bulk VALUES (70, '7cbbc409ec990f19c78c75bd1e06f215', 'a;b', 49.00, false, '2024-03-11');
INSERT INTO data.bulk VALUES (71, 'e2c420d928d4bf8ce0ff2ec19b371514', 'c''d', 49.70, false, '2024-03-12');
INSERT INTO data.bulk VALUES (72, '32bb90e8976aab5298d5da10fe66f21d', 'e\f', 50.40, true, '2024-03-13');
INSERT INTO data.bulk VALUES (73, 'd2ddea18f00665ce8623e36bd4e3c7c5', 'g	h', 51.10, false, '2024-03-14');
INSERT INTO data.bulk VALUES (74, 'ad61ab143223efbc24c7d2583be69251', 'i
j', 51.80, false, '2024-03-15');
INSERT INTO data.bulk VALUES (75, 'd09bf41544a3365a46c9077ebb5e35c3', '$$k$$', 52.50, true, '2024-03-16');
INSERT INTO data.bulk VALUES (76, 'fbd7939d674997cdb4692d34de8633c4', '-- l', 53.20, false, '2024-03-17');
INSERT INTO data.bulk VALUES (77, '28dd2c7955ce926456240b2ff0100bde', '/* m */', 53.90, false, '2024-03-18');
INSERT INTO data.bulk VALUES (78, '35f4a8d465e6e1edc05f3d8ab658c551', 'plain', 54.60, true, '2024-03-19');
INSERT INTO data.bulk VALUES (79, 'd1fe173d08e959397adf34b1d77e88d7', NULL, 55.30, false, '2024-03-20');
INSERT INTO data.bulk VALUES (80, 'f033ab37c30201f73f142449d037028d', 'a;b', 56.00, false, '2024-03-21');
INSERT INTO data.bulk VALUES (81, '43ec517d68b6edd3015b3edc9a11367b', 'c''d', 56.70, true, '2024-03-22');
INSERT INTO data.bulk VALUES (82, '9778d5d219c5080b9a6a17bef029331c', 'e\f', 57.40, false, '2024-03-23');
INSERT INTO data.bulk VALUES (83, 'fe9fc289c3ff0af142b6d3bead98a923', 'g	h', 58.10, false, '2024-03-24');
INSERT INTO data.bulk VALUES (84, '68d30a9594728bc39aa24be94b319d21', 'i
j', 58.80, true, '2024-03-25');
INSERT INTO data.bulk VALUES (85, '3ef815416f775098fe977004015c6193', '$$k$$', 59.50, false, '2024-03-26');
INSERT INTO data.bulk VALUES (86, '93db85ed909c13838ff95ccfa94cebd9', '-- l', 60.20, false, '2024-03-27');
INSERT INTO data.bulk VALUES (87, 'c7e1249ffc03eb9ded908c236bd1996d', '/* m */', 60.90, true, '2024-03-28');
INSERT INTO data.bulk VALUES (88, '2a38a4a9316c49e5a833517c45d31070', 'plain', 61.60, false, '2024-03-29');
INSERT INTO data.bulk VALUES (89, '7647966b7343c29048673252e490f736', NULL, 62.30, false, '2024-03-30');
INSERT INTO data.bulk VALUES (90, '8613985ec49eb8f757ae6439e879bb2a', 'a;b', 63.00, true, '2024-03-31');
INSERT INTO data.bulk VALUES (91, '54229abfcfa5649e7003b83dd4755294', 'c''d', 63.70, false, '2024-04-01');
INSERT INTO data.bulk VALUES (92, '92cc227532d17e56e07902b254dfad10', 'e\f', 64.40, false, '2024-04-02');
INSERT INTO data.bulk VALUES (93, '98dce83da57b0395e163467c9dae521b', 'g	h', 65.10, true, '2024-04-03');
INSERT INTO data.bulk VALUES (94, 'f4b9ec30ad9f68f89b29639786cb62ef', 'i
j', 65.80, false, '2024-04-04');
INSERT INTO data.bulk VALUES (95, '812b4ba287f5ee0bc9d43bbf5bbe87fb', '$$k$$', 66.50, false, '2024-04-05');
INSERT INTO data.bulk VALUES (96, '26657d5ff9020d2abefe558796b99584', '-- l', 67.20, true, '2024-04-06');
INSERT INTO data.bulk VALUES (97, 'e2ef524fbf3d9fe611d5a8e90fefdc9c', '/* m */', 67.90, false, '2024-04-07');
INSERT INTO data.bulk VALUES (98, 'ed3d2c21991e3bef5e069713af9fa6ca', 'plain', 68.60, false, '2024-04-08');
INSERT INTO data.bulk VALUES (99, 'ac627ab1ccbdb62ec96e702f07f6425b', NULL, 69.30, true, '2024-04-09');
INSERT INTO data.bulk VALUES (100, 'f899139df5e1059396431415e770c6dd', 'a;b', 70.00, false, '2024-04-10');
INSERT INTO data.bulk VALUES (101, '38b3eff8baf56627478ec76a704e9b52', 'c''d', 70.70, false, '2024-04-11');
INSERT INTO data.bulk VALUES (102, 'ec8956637a99787bd197eacd77acce5e', 'e\f', 71.40, true, '2024-04-12');
INSERT INTO data.bulk VALUES (103, '6974ce5ac660610b44d9b9fed0ff9548', 'g	h', 72.10, false, '2024-04-13');
INSERT INTO data.bulk VALUES (104, 'c9e1074f5b3f9fc8ea15d152add07294', 'i
j', 72.80, false, '2024-04-14');
INSERT INTO data.bulk VALUES (105, '65b9eea6e1cc6bb9f0cd2a47751a186f', '$$k$$', 73.50, true, '2024-04-15');
INSERT INTO data.bulk VALUES (106, 'f0935e4cd5920aa6c7c996a5ee53a70f', '-- l', 74.20, false, '2024-04-16');
INSERT INTO data.bulk VALUES (107, 'a97da629b098b75c294dffdc3e463904', '/* m */', 74.90, false, '2024-04-17');
INSERT INTO data.bulk VALUES (108, 'a3c65c2974270fd093ee8a9bf8ae7d0b', 'plain', 75.60, true, '2024-04-18');
INSERT INTO data.bulk VALUES (109, '2723d092b63885e0d7c260cc007e8b9d', NULL, 76.30, false, '2024-04-19');
INSERT INTO data.bulk VALUES (110, '5f93f983524def3dca464469d2cf9f3e', 'a;b', 77.00, false, '2024-04-20');
INSERT INTO data.bulk VALUES (111, '698d51a19d8a121ce581499d7b701668', 'c''d', 77.70, true, '2024-04-21');
INSERT INTO data.bulk VALUES (112, '7f6ffaa6bb0b408017b62254211691b5', 'e\f', 78.40, false, '2024-04-22');
INSERT INTO data.bulk VALUES (113, '73278a4a86960eeb576a8fd4c9ec6997', 'g	h', 79.10, false, '2024-04-23');
INSERT INTO data.bulk VALUES (114, '5fd0b37cd7dbbb00f97ba6ce92bf5add', 'i
j', 79.80, true, '2024-04-24');
INSERT INTO data.bulk VALUES (115, '2b44928ae11fb9384c4cf38708677c48', '$$k$$', 80.50, false, '2024-04-25');
INSERT INTO data.bulk VALUES (116, 'c45147dee729311ef5b5c3003946c48f', '-- l', 81.20, false, '2024-04-26');
INSERT INTO data.bulk VALUES (117, 'eb160de1de89d9058fcb0b968dbbbd68', '/* m */', 81.90, true, '2024-04-27');
INSERT INTO data.bulk VALUES (118, '5ef059938ba799aaa845e1c2e8a762bd', 'plain', 82.60, false, '2024-04-28');
INSERT INTO data.bulk VALUES (119, '07e1cd7dca89a1678042477183b7ac3f', NULL, 83.30, false, '2024-04-29');
INSERT INTO data.bulk VALUES (120, 'da4fb5c6e93e74d3df8527599fa62642', 'a;b', 84.00, true, '2024-04-30');
INSERT INTO data.bulk VALUES (121, '4c56ff4ce4aaf9573aa5dff913df997a', 'c''d', 84.70, false, '2024-05-01');
INSERT INTO data.bulk VALUES (122, 'a0a080f42e6f13b3a2df133f073095dd', 'e\f', 85.40, false, '2024-05-02');
INSERT INTO data.bulk VALUES (123, '202cb962ac59075b964b07152d234b70', 'g	h', 86.10, true, '2024-05-03');
INSERT INTO data.bulk VALUES (124, 'c8ffe9a587b126f152ed3d89a146b445', 'i
j', 86.80, false, '2024-05-04');
INSERT INTO data.bulk VALUES (125, '3def184ad8f4755ff269862ea77393dd', '$$k$$', 87.50, false, '2024-05-05');
INSERT INTO data.bulk VALUES (126, '069059b7ef840f0c74a814ec9237b6ec', '-- l', 88.20, true, '2024-05-06');
INSERT INTO data.bulk VALUES (127, 'ec5decca5ed3d6b8079e2e7e7bacc9f2', '/* m */', 88.90, false, '2024-05-07');
INSERT INTO data.bulk VALUES (128, '76dc611d6ebaafc66cc0879c71b5db5c', 'plain', 89.60, false, '2024-05-08');
INSERT INTO data.bulk VALUES (129, 'd1f491a404d6854880943e5c3cd9ca25', NULL, 90.30, true, '2024-05-09');
INSERT INTO data.bulk VALUES (130, '9b8619251a19057cff70779273e95aa6', 'a;b', 91.00, false, '2024-05-10');
INSERT INTO data.bulk VALUES (131, '1afa34a7f984eeabdbb0a7d494132ee5', 'c''d', 91.70, false, '2024-05-11');
INSERT INTO data.bulk VALUES (132, '65ded5353c5ee48d0b7d48c591b8f430', 'e\f', 92.40, true, '2024-05-12');
INSERT INTO data.bulk VALUES (133, '9fc3d7152ba9336a670e36d0ed79bc43', 'g	h', 93.10, false, '2024-05-13');
INSERT INTO data.bulk VALUES (134, '02522a2b2726fb0a03bb19f2d8d9524d', 'i
j', 93.80, false, '2024-05-14');
INSERT INTO data.bulk VALUES (135, '7f1de29e6da19d22b51c68001e7e0e54', '$$k$$', 94.50, true, '2024-05-15');
INSERT INTO data.bulk VALUES (136, '42a0e188f5033bc65bf8d78622277c4e', '-- l', 95.20, false, '2024-05-16');
INSERT INTO data.bulk VALUES (137, '3988c7f88ebcb58c6ce932b957b6f332', '/* m */', 95.90, false, '2024-05-17');
INSERT INTO data.bulk VALUES (138, '013d407166ec4fa56eb1e1f8cbe183b9', 'plain', 96.60, true, '2024-05-18');
INSERT INTO data.bulk VALUES (139, 'e00da03b685a0dd18fb6a08af0923de0', NULL, 97.30, false, '2024-05-19');
INSERT INTO data.bulk VALUES (140, '1385974ed5904a438616ff7bdb3f7439', 'a;b', 98.00, false, '2024-05-20');
INSERT INTO data.bulk VALUES (141, '0f28b5d49b3020afeecd95b4009adf4c', 'c''d', 98.70, true, '2024-05-21');
INSERT INTO data.bulk VALUES (142, 'a8baa56554f96369ab93e4f3bb068c22', 'e\f', 99.40, false, '2024-05-22');
INSERT INTO data.bulk VALUES (143, '903ce9225fca3e988c2af215d4e544d3', 'g	h', 0.10, false, '2024-05-23');
INSERT INTO data.bulk VALUES (144, '0a09c8844ba8f0936c20bd791130d6b6', 'i
j', 0.80, true, '2024-05-24');
INSERT INTO data.bulk VALUES (145, '2b24d495052a8ce66358eb576b8912c8', '$$k$$', 1.50, false, '2024-05-25');
INSERT INTO data.bulk VALUES (146, 'a5e00132373a7031000fd987a3c9f87b', '-- l', 2.20, false, '2024-05-26');
INSERT INTO data.bulk VALUES (147, '8d5e957f297893487bd98fa830fa6413', '/* m */', 2.90, true, '2024-05-27');
INSERT INTO data.bulk VALUES (148, '47d1e990583c9c67424d369f3414728e', 'plain', 3.60, false, '2024-05-28');
INSERT INTO data.bulk VALUES (149, 'f2217062e9a397a1dca429e7d70bc6ca', NULL, 4.30, false, '2024-05-29');
INSERT INTO data.bulk VALUES (150, '7ef605fc8dba5425d6965fbd4c8fbe1f', 'a;b', 5.00, true, '2024-05-30');
INSERT INTO data.bulk VALUES (151, 'a8f15eda80c50adb0e71943adc8015cf', 'c''d', 5.70, false, '2024-05-31');
INSERT INTO data.bulk VALUES (152, '37a749d808e46495a8da1e5352d03cae', 'e\f', 6.40, false, '2024-06-01');
INSERT INTO data.bulk VALUES (153, 'b3e3e393c77e35a4a3f3cbd1e429b5dc', 'g	h', 7.10, true, '2024-06-02');
INSERT INTO data.bulk VALUES (154, '1d7f7abc18fcb43975065399b0d1e48e', 'i
j', 7.80, false, '2024-06-03');
INSERT INTO data.bulk VALUES (155, '2a79ea27c279e471f4d180b08d62b00a', '$$k$$', 8.50, false, '2024-06-04');
INSERT INTO data.bulk VALUES (156, '1c9ac0159c94d8d0cbedc973445af2da', '-- l', 9.20, true, '2024-06-05');
INSERT INTO data.bulk VALUES (157, '6c4b761a28b734fe93831e3fb400ce87', '/* m */', 9.90, false, '2024-06-06');
INSERT INTO data.bulk VALUES (158, '06409663226af2f3114485aa4e0a23b4', 'plain', 10.60, false, '2024-06-07');
INSERT INTO data.bulk VALUES (159, '140f6969d5213fd0ece03148e62e461e', NULL, 11.30, true, '2024-06-08');
INSERT INTO data.bulk VALUES (160, 'b73ce398c39f506af761d2277d853a92', 'a;b', 12.00, false, '2024-06-09');
INSERT INTO data.bulk VALUES (161, 'bd4c9ab730f5513206b999ec0d90d1fb', 'c''d', 12.70, false, '2024-06-10');
INSERT INTO data.bulk VALUES (162, '82aa4b0af34c2313a562076992e50aa3', 'e\f', 13.40, true, '2024-06-11');
INSERT INTO data.bulk VALUES (163, '0777d5c17d4066b82ab86dff8a46af6f', 'g	h', 14.10, false, '2024-06-12');
INSERT INTO data.bulk VALUES (164, 'fa7cdfad1a5aaf8370ebeda47a1ff1c3', 'i
j', 14.80, false, '2024-06-13');
INSERT INTO data.bulk VALUES (165, '9766527f2b5d3e95d4a733fcfb77bd7e', '$$k$$', 15.50, true, '2024-06-14');
INSERT INTO data.bulk VALUES (166, '7e7757b1e12abcb736ab9a754ffb617a', '-- l', 16.20, false, '2024-06-15');
INSERT INTO data.bulk VALUES (167, '5878a7ab84fb43402106c575658472fa', '/* m */', 16.90, false, '2024-06-16');
INSERT INTO data.bulk VALUES (168, '006f52e9102a8d3be2fe5614f42ba989', 'plain', 17.60, true, '2024-06-17');
INSERT INTO data.bulk VALUES (169, '3636638817772e42b59d74cff571fbb3', NULL, 18.30, false, '2024-06-18');
INSERT INTO data.bulk VALUES (170, '149e9677a5989fd342ae44213df68868', 'a;b', 19.00, false, '2024-06-19');
INSERT INTO data.bulk VALUES (171, 'a4a042cf4fd6bfb47701cbc8a1653ada', 'c''d', 19.70, true, '2024-06-20');
INSERT INTO data.bulk VALUES (172, '1ff8a7b5dc7a7d1f0ed65aaa29c04b1e', 'e\f', 20.40, false, '2024-06-21');
INSERT INTO data.bulk VALUES (173, 'f7e6c85504ce6e82442c770f7c8606f0', 'g	h', 21.10, false, '2024-06-22');
INSERT INTO data.bulk VALUES (174, 'bf8229696f7a3bb4700cfddef19fa23f', 'i
j', 21.80, true, '2024-06-23');
INSERT INTO data.bulk VALUES (175, '82161242827b703e6acf9c726942a1e4', '$$k$$', 22.50, false, '2024-06-24');
INSERT INTO data.bulk VALUES (176, '38af86134b65d0f10fe33d30dd76442e', '-- l', 23.20, false, '2024-06-25');
INSERT INTO data.bulk VALUES (177, '96da2f590cd7246bbde0051047b0d6f7', '/* m */', 23.90, true, '2024-06-26');
INSERT INTO data.bulk VALUES (178, '8f85517967795eeef66c225f7883bdcb', 'plain', 24.60, false, '2024-06-27');
INSERT INTO data.bulk VALUES (179, '8f53295a73878494e9bc8dd6c3c7104f', NULL, 25.30, false, '2024-06-28');
INSERT INTO data.bulk VALUES (180, '045117b0e0a11a242b9765e79cbf113f', 'a;b', 26.00, true, '2024-06-29');
INSERT INTO data.bulk VALUES (181, 'fc221309746013ac554571fbd180e1c8', 'c''d', 26.70, false, '2024-06-30');
INSERT INTO data.bulk VALUES (182, '4c5bde74a8f110656874902f07378009', 'e\f', 27.40, false, '2024-07-01');
INSERT INTO data.bulk VALUES (183, 'cedebb6e872f539bef8c3f919874e9d7', 'g	h', 28.10, true, '2024-07-02');
INSERT INTO data.bulk VALUES (184, '6cdd60ea0045eb7a6ec44c54d29ed402', 'i
j', 28.80, false, '2024-07-03');
INSERT INTO data.bulk VALUES (185, 'eecca5b6365d9607ee5a9d336962c534', '$$k$$', 29.50, false, '2024-07-04');
INSERT INTO data.bulk VALUES (186, '9872ed9fc22fc182d371c3e9ed316094', '-- l', 30.20, true, '2024-07-05');
INSERT INTO data.bulk VALUES (187, '31fefc0e570cb3860f2a6d4b38c6490d', '/* m */', 30.90, false, '2024-07-06');
INSERT INTO data.bulk VALUES (188, '9dcb88e0137649590b755372b040afad', 'plain', 31.60, false, '2024-07-07');
INSERT INTO data.bulk VALUES (189, 'a2557a7b2e94197ff767970b67041697', NULL, 32.30, true, '2024-07-08');
INSERT INTO data.bulk VALUES (190, 'cfecdb276f634854f3ef915e2e980c31', 'a;b', 33.00, false, '2024-07-09');
INSERT INTO data.bulk VALUES (191, '0aa1883c6411f7873cb83dacb17b0afc', 'c''d', 33.70, false, '2024-07-10');
INSERT INTO data.bulk VALUES (192, '58a2fc6ed39fd083f55d4182bf88826d', 'e\f', 34.40, true, '2024-07-11');
INSERT INTO data.bulk VALUES (193, 'bd686fd640be98efaae0091fa301e613', 'g	h', 35.10, false, '2024-07-12');
INSERT INTO data.bulk VALUES (194, 'a597e50502f5ff68e3e25b9114205d4a', 'i
j', 35.80, false, '2024-07-13');
INSERT INTO data.bulk VALUES (195, '0336dcbab05b9d5ad24f4333c7658a0e', '$$k$$', 36.50, true, '2024-07-14');
INSERT INTO data.bulk VALUES (196, '084b6fbb10729ed4da8c3d3f5a3ae7c9', '-- l', 37.20, false, '2024-07-15');
INSERT INTO data.bulk VALUES (197, '85d8ce590ad8981ca2c8286f79f59954', '/* m */', 37.90, false, '2024-07-16');
INSERT INTO data.bulk VALUES (198, '0e65972dce68dad4d52d063967f0a705', 'plain', 38.60, true, '2024-07-17');
INSERT INTO data.bulk VALUES (199, '84d9ee44e457ddef7f2c4f25dc8fa865', NULL, 39.30, false, '2024-07-18');
INSERT INTO data.bulk VALUES (200, '3644a684f98ea8fe223c713b77189a77', 'a;b', 40.00, false, '2024-07-19');
INSERT INTO data.bulk VALUES (201, '757b505cfd34c64c85ca5b5690ee5293', 'c''d', 40.70, true, '2024-07-20');
INSERT INTO data.bulk VALUES (202, '854d6fae5ee42911677c739ee1734486', 'e\f', 41.40, false, '2024-07-21');
INSERT INTO data.bulk VALUES (203, 'e2c0be24560d78c5e599c2a9c9d0bbd2', 'g	h', 42.10, false, '2024-07-22');
INSERT INTO data.bulk VALUES (204, '274ad4786c3abca69fa097b85867d9a4', 'i
j', 42.80, true, '2024-07-23');
INSERT INTO data.bulk VALUES (205, 'eae27d77ca20db309e056e3d2dcd7d69', '$$k$$', 43.50, false, '2024-07-24');
INSERT INTO data.bulk VALUES (206, '7eabe3a1649ffa2b3ff8c02ebfd5659f', '-- l', 44.20, false, '2024-07-25');
INSERT INTO data.bulk VALUES (207, '69adc1e107f7f7d035d7baf04342e1ca', '/* m */', 44.90, true, '2024-07-26');
INSERT INTO data.bulk VALUES (208, '091d584fced301b442654dd8c23b3fc9', 'plain', 45.60, false, '2024-07-27');
INSERT INTO data.bulk VALUES (209, 'b1d10e7bafa4421218a51b1e1f1b0ba2', NULL, 46.30, false, '2024-07-28');
INSERT INTO data.bulk VALUES (210, '6f3ef77ac0e3619e98159e9b6febf557', 'a;b', 47.00, true, '2024-07-29');
INSERT INTO data.bulk VALUES (211, 'eb163727917cbba1eea208541a643e74', 'c''d', 47.70, false, '2024-07-30');
INSERT INTO data.bulk VALUES (212, '1534b76d325a8f591b52d302e7181331', 'e\f', 48.40, false, '2024-07-31');
INSERT INTO data.bulk VALUES (213, '979d472a84804b9f647bc185a877a8b5', 'g	h', 49.10, true, '2024-08-01');
INSERT INTO data.bulk VALUES (214, 'ca46c1b9512a7a8315fa3c5a946e8265', 'i
j', 49.80, false, '2024-08-02');
INSERT INTO data.bulk VALUES (215, '3b8a614226a953a8cd9526fca6fe9ba5', '$$k$$', 50.50, false, '2024-08-03');
INSERT INTO data.bulk VALUES (216, '45fbc6d3e05ebd93369ce542e8f2322d', '-- l', 51.20, true, '2024-08-04');
INSERT INTO data.bulk VALUES (217, '63dc7ed1010d3c3b8269faf0ba7491d4', '/* m */', 51.90, false, '2024-08-05');
INSERT INTO data.bulk VALUES (218, 'e96ed478dab8595a7dbda4cbcbee168f', 'plain', 52.60, false, '2024-08-06');
INSERT INTO data.bulk VALUES (219, 'c0e190d8267e36708f955d7ab048990d', NULL, 53.30, true, '2024-08-07');
INSERT INTO data.bulk VALUES (220, 'ec8ce6abb3e952a85b8551ba726a1227', 'a;b', 54.00, false, '2024-08-08');
INSERT INTO data.bulk VALUES (221, '060ad92489947d410d897474079c1477', 'c''d', 54.70, false, '2024-08-09');
INSERT INTO data.bulk VALUES (222, 'bcbe3365e6ac95ea2c0343a2395834dd', 'e\f', 55.40, true, '2024-08-10');
INSERT INTO data.bulk VALUES (223, '115f89503138416a242f40fb7d7f338e', 'g	h', 56.10, false, '2024-08-11');
INSERT INTO data.bulk VALUES (224, '13fe9d84310e77f13a6d184dbf1232f3', 'i
j', 56.80, false, '2024-08-12');
INSERT INTO data.bulk VALUES (225, 'd1c38a09acc34845c6be3a127a5aacaf', '$$k$$', 57.50, true, '2024-08-13');
INSERT INTO data.bulk VALUES (226, '9cfdf10e8fc047a44b08ed031e1f0ed1', '-- l', 58.20, false, '2024-08-14');
INSERT INTO data.bulk VALUES (227, '705f2172834666788607efbfca35afb3', '/* m */', 58.90, false, '2024-08-15');
INSERT INTO data.bulk VALUES (228, '74db120f0a8e5646ef5a30154e9f6deb', 'plain', 59.60, true, '2024-08-16');
INSERT INTO data.bulk VALUES (229, '57aeee35c98205091e18d1140e9f38cf', NULL, 60.30, false, '2024-08-17');
INSERT INTO data.bulk VALUES (230, '6da9003b743b65f4c0ccd295cc484e57', 'a;b', 61.00, false, '2024-08-18');
INSERT INTO data.bulk VALUES (231, '9b04d152845ec0a378394003c96da594', 'c''d', 61.70, true, '2024-08-19');
INSERT INTO data.bulk VALUES (232, 'be83ab3ecd0db773eb2dc1b0a17836a1', 'e\f', 62.40, false, '2024-08-20');
INSERT INTO data.bulk VALUES (233, 'e165421110ba03099a1c0393373c5b43', 'g	h', 63.10, false, '2024-08-21');
INSERT INTO data.bulk VALUES (234, '289dff07669d7a23de0ef88d2f7129e7', 'i
j', 63.80, true, '2024-08-22');
INSERT INTO data.bulk VALUES (235, '577ef1154f3240ad5b9b413aa7346a1e', '$$k$$', 64.50, false, '2024-08-23');
INSERT INTO data.bulk VALUES (236, '01161aaa0b6d1345dd8fe4e481144d84', '-- l', 65.20, false, '2024-08-24');
INSERT INTO data.bulk VALUES (237, '539fd53b59e3bb12d203f45a912eeaf2', '/* m */', 65.90, true, '2024-08-25');
INSERT INTO data.bulk VALUES (238, 'ac1dd209cbcc5e5d1c6e28598e8cbbe8', 'plain', 66.60, false, '2024-08-26');
INSERT INTO data.bulk VALUES (239, '555d6702c950ecb729a966504af0a635', NULL, 67.30, false, '2024-08-27');
INSERT INTO data.bulk VALUES (240, '335f5352088d7d9bf74191e006d8e24c', 'a;b', 68.00, true, '2024-08-28');
INSERT INTO data.bulk VALUES (241, 'f340f1b1f65b6df5b5e3f94d95b11daf', 'c''d', 68.70, false, '2024-08-29');
INSERT INTO data.bulk VALUES (242, 'e4a6222cdb5b34375400904f03d8e6a5', 'e\f', 69.40, false, '2024-08-30');
INSERT INTO data.bulk VALUES (243, 'cb70ab375662576bd1ac5aaf16b3fca4', 'g	h', 70.10, true, '2024-08-31');
INSERT INTO data.bulk VALUES (244, '9188905e74c28e489b44e954ec0b9bca', 'i
j', 70.80, false, '2024-09-01');
INSERT INTO data.bulk VALUES (245, '0266e33d3f546cb5436a10798e657d97', '$$k$$', 71.50, false, '2024-09-02');
INSERT INTO data.bulk VALUES (246, '38db3aed920cf82ab059bfccbd02be6a', '-- l', 72.20, true, '2024-09-03');
INSERT INTO data.bulk VALUES (247, '3cec07e9ba5f5bb252d13f5f431e4bbb', '/* m */', 72.90, false, '2024-09-04');
INSERT INTO data.bulk VALUES (248, '621bf66ddb7c962aa0d22ac97d69b793', 'plain', 73.60, false, '2024-09-05');
INSERT INTO data.bulk VALUES (249, '077e29b11be80ab57e1a2ecabb7da330', NULL, 74.30, true, '2024-09-06');
INSERT INTO data.bulk VALUES (250, '6c9882bbac1c7093bd25041881277658', 'a;b', 75.00, false, '2024-09-07');
INSERT INTO data.bulk VALUES (251, '19f3cd308f1455b3fa09a282e0d496f4', 'c''d', 75.70, false, '2024-09-08');
INSERT INTO data.bulk VALUES (252, '03c6b06952c750899bb03d998e631860', 'e\f', 76.40, true, '2024-09-09');
INSERT INTO data.bulk VALUES (253, 'c24cd76e1ce41366a4bbe8a49b02a028', 'g	h', 77.10, false, '2024-09-10');
INSERT INTO data.bulk VALUES (254, 'c52f1bd66cc19d05628bd8bf27af3ad6', 'i
j', 77.80, false, '2024-09-11');
INSERT INTO data.bulk VALUES (255, 'fe131d7f5a6b38b23cc967316c13dae2', '$$k$$', 78.50, true, '2024-09-12');
INSERT INTO data.bulk VALUES (256, 'f718499c1c8cef6730f9fd03c8125cab', '-- l', 79.20, false, '2024-09-13');
INSERT INTO data.bulk VALUES (257, 'd96409bf894217686ba124d7356686c9', '/* m */', 79.90, false, '2024-09-14');
INSERT INTO data.bulk VALUES (258, '502e4a16930e414107ee22b6198c578f', 'plain', 80.60, true, '2024-09-15');
INSERT INTO data.bulk VALUES (259, 'cfa0860e83a4c3a763a7e62d825349f7', NULL, 81.30, false, '2024-09-16');
INSERT INTO data.bulk VALUES (260, 'a4f23670e1833f3fdb077ca70bbd5d66', 'a;b', 82.00, false, '2024-09-17');
INSERT INTO data.bulk VALUES (261, 'b1a59b315fc9a3002ce38bbe070ec3f5', 'c''d', 82.70, true, '2024-09-18');
INSERT INTO data.bulk VALUES (262, '36660e59856b4de58a219bcf4e27eba3', 'e\f', 83.40, false, '2024-09-19');
INSERT INTO data.bulk VALUES (263, '8c19f571e251e61cb8dd3612f26d5ecf', 'g	h', 84.10, false, '2024-09-20');
INSERT INTO data.bulk VALUES (264, 'd6baf65e0b240ce177cf70da146c8dc8', 'i
j', 84.80, true, '2024-09-21');
INSERT INTO data.bulk VALUES (265, 'e56954b4f6347e897f954495eab16a88', '$$k$$', 85.50, false, '2024-09-22');
INSERT INTO data.bulk VALUES (266, 'f7664060cc52bc6f3d620bcedc94a4b6', '-- l', 86.20, false, '2024-09-23');
INSERT INTO data.bulk VALUES (267, 'eda80a3d5b344bc40f3bc04f65b7a357', '/* m */', 86.90, true, '2024-09-24');
INSERT INTO data.bulk VALUES (268, '8f121ce07d74717e0b1f21d122e04521', 'plain', 87.60, false, '2024-09-25');
INSERT INTO data.bulk VALUES (269, '06138bc5af6023646ede0e1f7c1eac75', NULL, 88.30, false, '2024-09-26');
INSERT INTO data.bulk VALUES (270, '39059724f73a9969845dfe4146c5660e', 'a;b', 89.00, true, '2024-09-27');
INSERT INTO data.bulk VALUES (271, '7f100b7b36092fb9b06dfb4fac360931', 'c''d', 89.70, false, '2024-09-28');
INSERT INTO data.bulk VALUES (272, '7a614fd06c325499f1680b9896beedeb', 'e\f', 90.40, false, '2024-09-29');
INSERT INTO data.bulk VALUES (273, '4734ba6f3de83d861c3176a6273cac6d', 'g	h', 91.10, true, '2024-09-30');
INSERT INTO data.bulk VALUES (274, 'd947bf06a885db0d477d707121934ff8', 'i
j', 91.80, false, '2024-10-01');
INSERT INTO data.bulk VALUES (275, '63923f49e5241343aa7acb6a06a751e7', '$$k$$', 92.50, false, '2024-10-02');
INSERT INTO data.bulk VALUES (276, 'db8e1af0cb3aca1ae2d0018624204529', '-- l', 93.20, true, '2024-10-03');
INSERT INTO data.bulk VALUES (277, '20f07591c6fcb220ffe637cda29bb3f6', '/* m */', 93.90, false, '2024-10-04');
INSERT INTO data.bulk VALUES (278, '07cdfd23373b17c6b337251c22b7ea57', 'plain', 94.60, false, '2024-10-05');
INSERT INTO data.bulk VALUES (279, 'd395771085aab05244a4fb8fd91bf4ee', NULL, 95.30, true, '2024-10-06');
INSERT INTO data.bulk VALUES (280, '92c8c96e4c37100777c7190b76d28233', 'a;b', 96.00, false, '2024-10-07');
INSERT INTO data.bulk VALUES (281, 'e3796ae838835da0b6f6ea37bcf8bcb7', 'c''d', 96.70, false, '2024-10-08');
INSERT INTO data.bulk VALUES (282, '6a9aeddfc689c1d0e3b9ccc3ab651bc5', 'e\f', 97.40, true, '2024-10-09');
INSERT INTO data.bulk VALUES (283, '0f49c89d1e7298bb9930789c8ed59d48', 'g	h', 98.10, false, '2024-10-10');
INSERT INTO data.bulk VALUES (284, '46ba9f2a6976570b0353203ec4474217', 'i
j', 98.80, false, '2024-10-11');
INSERT INTO data.bulk VALUES (285, '0e01938fc48a2cfb5f2217fbfb00722d', '$$k$$', 99.50, true, '2024-10-12');
INSERT INTO data.bulk VALUES (286, '16a5cdae362b8d27a1d8f8c7b78b4330', '-- l', 0.20, false, '2024-10-13');
INSERT INTO data.bulk VALUES (287, '918317b57931b6b7a7d29490fe5ec9f9', '/* m */', 0.90, false, '2024-10-14');
INSERT INTO data.bulk VALUES (288, '48aedb8880cab8c45637abc7493ecddd', 'plain', 1.60, true, '2024-10-15');
INSERT INTO data.bulk VALUES (289, '839ab46820b524afda05122893c2fe8e', NULL, 2.30, false, '2024-10-16');
INSERT INTO data.bulk VALUES (290, 'f90f2aca5c640289d0a29417bcb63a37', 'a;b', 3.00, false, '2024-10-17');
INSERT INTO data.bulk VALUES (291, '9c838d2e45b2ad1094d42f4ef36764f6', 'c''d', 3.70, true, '2024-10-18');
INSERT INTO data.bulk VALUES (292, '1700002963a49da13542e0726b7bb758', 'e\f', 4.40, false, '2024-10-19');
INSERT INTO data.bulk VALUES (293, '53c3bce66e43be4f209556518c2fcb54', 'g	h', 5.10, false, '2024-10-20');
INSERT INTO data.bulk VALUES (294, '6883966fd8f918a4aa29be29d2c386fb', 'i
j', 5.80, true, '2024-10-21');
INSERT INTO data.bulk VALUES (295, '49182f81e6a13cf5eaa496d51fea6406', '$$k$$', 6.50, false, '2024-10-22');
INSERT INTO data.bulk VALUES (296, 'd296c101daa88a51f6ca8cfc1ac79b50', '-- l', 7.20, false, '2024-10-23');
INSERT INTO data.bulk VALUES (297, '9fd81843ad7f202f26c1a174c7357585', '/* m */', 7.90, true, '2024-10-24');
INSERT INTO data.bulk VALUES (298, '26e359e83860db1d11b6acca57d8ea88', 'plain', 8.60, false, '2024-10-25');
INSERT INTO data.bulk VALUES (299, 'ef0d3930a7b6c95bd2b32ed45989c61f', NULL, 9.30, false, '2024-10-26');
INSERT INTO data.bulk VALUES (300, '94f6d7e04a4d452035300f18b984988c', 'a;b', 10.00, true, '2024-10-27');


--
-- Data for Name: csvish; Type: TABLE DATA; Schema: data; Owner: postgres
--

INSERT INTO data.csvish VALUES (1, 'multi
line; with "quotes"', 'x');
INSERT INTO data.csvish VALUES (2, 'plain', NULL);
INSERT INTO data.csvish VALUES (3, 'a;b', ';');
INSERT INTO data.csvish VALUES (4, '-- not a comment', '/* nor this */');


--
-- Data for Name: lines; Type: TABLE DATA; Schema: data; Owner: postgres
--

INSERT INTO data.lines VALUES (1, '\.');
INSERT INTO data.lines VALUES (2, '\\.');
INSERT INTO data.lines VALUES (3, '.');
INSERT INTO data.lines VALUES (4, '\');
INSERT INTO data.lines VALUES (5, ';');
INSERT INTO data.lines VALUES (6, '--');
INSERT INTO data.lines VALUES (7, '\q');
INSERT INTO data.lines VALUES (8, '/*');
INSERT INTO data.lines VALUES (9, '$$');
INSERT INTO data.lines VALUES (10, '\.
');
INSERT INTO data.lines VALUES (11, '\N');
INSERT INTO data.lines VALUES (12, NULL);
INSERT INTO data.lines VALUES (100, 'a line with ; semicolon');
INSERT INTO data.lines VALUES (101, '\.');
INSERT INTO data.lines VALUES (102, '-- looks like a comment');
INSERT INTO data.lines VALUES (103, '/* looks like an open comment');
INSERT INTO data.lines VALUES (104, '''unbalanced quote');
INSERT INTO data.lines VALUES (105, '$$ unbalanced dollar');
INSERT INTO data.lines VALUES (106, 'tab	inside and newline
inside');
INSERT INTO data.lines VALUES (107, NULL);
INSERT INTO data.lines VALUES (108, ';');


--
-- Data for Name: one_col; Type: TABLE DATA; Schema: data; Owner: postgres
--

INSERT INTO data.one_col VALUES ('\.');
INSERT INTO data.one_col VALUES (';');
INSERT INTO data.one_col VALUES ('--');
INSERT INTO data.one_col VALUES ('/*');
INSERT INTO data.one_col VALUES ('*/');
INSERT INTO data.one_col VALUES ('$$');
INSERT INTO data.one_col VALUES ('$a$');
INSERT INTO data.one_col VALUES ('\');
INSERT INTO data.one_col VALUES ('');
INSERT INTO data.one_col VALUES ('.');
INSERT INTO data.one_col VALUES ('\N');
INSERT INTO data.one_col VALUES (NULL);
INSERT INTO data.one_col VALUES ('\.');
INSERT INTO data.one_col VALUES ('\q');
INSERT INTO data.one_col VALUES ('COMMIT;');
INSERT INTO data.one_col VALUES ('\.
\.');
INSERT INTO data.one_col VALUES ('\.');
INSERT INTO data.one_col VALUES (';');
INSERT INTO data.one_col VALUES ('-- not a comment: a row');
INSERT INTO data.one_col VALUES ('END;');


--
-- Data for Name: tricky; Type: TABLE DATA; Schema: data; Owner: postgres
--

INSERT INTO data.tricky VALUES (1, 'semicolons', 'a;b;c;', '\x3b3b', '{x;y,z}', '{"k": "v;w"}');
INSERT INTO data.tricky VALUES (2, 'quotes', 'it''s "double" and ''single''', '\x2722', '{'',"\""}', '{"q": "\"x\" and ''y''"}');
INSERT INTO data.tricky VALUES (3, 'dollars', '$$ not a quote $$ and $tag$ neither', '\x2424', '{$$,$1}', '{"$": "$$"}');
INSERT INTO data.tricky VALUES (4, 'dash comment', '-- not a comment', NULL, '{--}', NULL);
INSERT INTO data.tricky VALUES (5, 'block comment', '/* not a comment */ and /* unterminated', NULL, '{/*,*/}', NULL);
INSERT INTO data.tricky VALUES (6, 'backslashes', 'C:\temp\new\file and \\server\share', '\x5c5c', '{"\\","\\\\"}', '{"path": "C:\\\\temp"}');
INSERT INTO data.tricky VALUES (7, 'escaped quotes', 'O''Brien''s ''pub''; cheers', NULL, NULL, NULL);
INSERT INTO data.tricky VALUES (8, 'tabs', 'col1	col2		col4', NULL, '{"	"}', NULL);
INSERT INTO data.tricky VALUES (9, 'newlines', 'line one
line two;

line four
', NULL, '{"a
b"}', '{"nl": "a\nb"}');
INSERT INTO data.tricky VALUES (10, 'backslash dot', 'before
\.
after', '\x5c2e0a', NULL, NULL);
INSERT INTO data.tricky VALUES (11, 'only \.', '\.', '\x5c2e', '{"\\."}', NULL);
INSERT INTO data.tricky VALUES (12, 'psql commands', '\connect nowhere
\q
\! echo never
\i /nonexistent
\set x 1', NULL, NULL, NULL);
INSERT INTO data.tricky VALUES (13, 'carriage return', 'windows
lineold mac', NULL, NULL, NULL);
INSERT INTO data.tricky VALUES (14, 'unicode', 'Grüße, café, naïve, 表, 😀', NULL, '{é,表}', '{"ü": "表"}');
INSERT INTO data.tricky VALUES (15, 'empty', '', '\x', '{}', '{}');
INSERT INTO data.tricky VALUES (16, 'nulls', 'NULL', NULL, '{NULL,"NULL"}', 'null');
INSERT INTO data.tricky VALUES (17, 'copy-like', '1	2	3
\.
\N
', NULL, NULL, NULL);
INSERT INTO data.tricky VALUES (18, 'semicolon lines', ';
;
', NULL, NULL, NULL);
INSERT INTO data.tricky VALUES (19, 'all bytes', 'see raw', '\x00010203090a0d1b22273b3c3e5c7f80ff', NULL, NULL);
INSERT INTO data.tricky VALUES (20, 'backslash N', '\N', NULL, '{"\\N"}', NULL);


--
-- Data for Name: entry; Type: TABLE DATA; Schema: ledger; Owner: postgres
--

INSERT INTO ledger.entry VALUES (2, -2.50, 'refund; partial', '2024-02-01 00:00:00+00', 'EUR', '{}', NULL);
INSERT INTO ledger.entry VALUES (1, 10.00, 'first', '2024-02-01 00:00:00+00', 'EUR', '{a;b}', NULL);
INSERT INTO ledger.entry VALUES (3, 99.50, 'serializable; locked', '2024-02-01 00:00:00+00', 'USD', '{}', NULL);


--
-- Data for Name: made_by_do; Type: TABLE DATA; Schema: logic; Owner: postgres
--



--
-- Data for Name: measure; Type: TABLE DATA; Schema: misc; Owner: postgres
--

INSERT INTO misc.measure VALUES (1, 1, ';');
INSERT INTO misc.measure VALUES (2, 2, ';;');
INSERT INTO misc.measure VALUES (3, 3, ';;;');
INSERT INTO misc.measure VALUES (4, 4, '');
INSERT INTO misc.measure VALUES (5, 0, ';');
INSERT INTO misc.measure VALUES (6, 1, ';;');
INSERT INTO misc.measure VALUES (7, 2, ';;;');
INSERT INTO misc.measure VALUES (8, 3, '');
INSERT INTO misc.measure VALUES (9, 4, ';');
INSERT INTO misc.measure VALUES (0, 0, ';;');
INSERT INTO misc.measure VALUES (1, 1, ';;;');
INSERT INTO misc.measure VALUES (2, 2, '');
INSERT INTO misc.measure VALUES (3, 3, ';');
INSERT INTO misc.measure VALUES (4, 4, ';;');
INSERT INTO misc.measure VALUES (5, 0, ';;;');
INSERT INTO misc.measure VALUES (6, 1, '');
INSERT INTO misc.measure VALUES (7, 2, ';');
INSERT INTO misc.measure VALUES (8, 3, ';;');
INSERT INTO misc.measure VALUES (9, 4, ';;;');
INSERT INTO misc.measure VALUES (0, 0, '');
INSERT INTO misc.measure VALUES (1, 1, ';');
INSERT INTO misc.measure VALUES (2, 2, ';;');
INSERT INTO misc.measure VALUES (3, 3, ';;;');
INSERT INTO misc.measure VALUES (4, 4, '');
INSERT INTO misc.measure VALUES (5, 0, ';');
INSERT INTO misc.measure VALUES (6, 1, ';;');
INSERT INTO misc.measure VALUES (7, 2, ';;;');
INSERT INTO misc.measure VALUES (8, 3, '');
INSERT INTO misc.measure VALUES (9, 4, ';');
INSERT INTO misc.measure VALUES (0, 0, ';;');
INSERT INTO misc.measure VALUES (1, 1, ';;;');
INSERT INTO misc.measure VALUES (2, 2, '');
INSERT INTO misc.measure VALUES (3, 3, ';');
INSERT INTO misc.measure VALUES (4, 4, ';;');
INSERT INTO misc.measure VALUES (5, 0, ';;;');
INSERT INTO misc.measure VALUES (6, 1, '');
INSERT INTO misc.measure VALUES (7, 2, ';');
INSERT INTO misc.measure VALUES (8, 3, ';;');
INSERT INTO misc.measure VALUES (9, 4, ';;;');
INSERT INTO misc.measure VALUES (0, 0, '');
INSERT INTO misc.measure VALUES (1, 1, ';');
INSERT INTO misc.measure VALUES (2, 2, ';;');
INSERT INTO misc.measure VALUES (3, 3, ';;;');
INSERT INTO misc.measure VALUES (4, 4, '');
INSERT INTO misc.measure VALUES (5, 0, ';');
INSERT INTO misc.measure VALUES (6, 1, ';;');
INSERT INTO misc.measure VALUES (7, 2, ';;;');
INSERT INTO misc.measure VALUES (8, 3, '');
INSERT INTO misc.measure VALUES (9, 4, ';');
INSERT INTO misc.measure VALUES (0, 0, ';;');


--
-- Data for Name: ticket; Type: TABLE DATA; Schema: ops; Owner: postgres
--

INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (1, 'ticket #1', 'open', 1, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (2, 'ticket #2; even', 'open', 2, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (3, 'ticket #3', 'open', 3, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (4, 'ticket #4; even', 'open', 4, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (5, 'ticket #5', 'closed', 0, '2024-03-01 00:00:00+00');
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (6, 'ticket #6; even', 'open', 1, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (7, 'ticket #7', 'open', 2, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (8, 'ticket #8; even', 'open', 3, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (9, 'ticket #9', 'open', 4, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (10, 'ticket #10; even', 'closed', 0, '2024-03-01 00:00:00+00');
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (11, 'ticket #11', 'open', 1, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (12, 'ticket #12; even', 'open', 2, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (13, 'ticket #13', 'open', 3, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (14, 'ticket #14; even', 'open', 4, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (15, 'ticket #15', 'closed', 0, '2024-03-01 00:00:00+00');
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (16, 'ticket #16; even', 'open', 1, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (17, 'ticket #17', 'open', 2, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (18, 'ticket #18; even', 'open', 3, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (19, 'ticket #19', 'open', 4, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (20, 'ticket #20; even', 'closed', 0, '2024-03-01 00:00:00+00');
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (21, 'ticket #21', 'open', 1, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (22, 'ticket #22; even', 'open', 2, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (23, 'ticket #23', 'open', 3, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (24, 'ticket #24; even', 'open', 4, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (25, 'ticket #25', 'closed', 0, '2024-03-01 00:00:00+00');
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (26, 'ticket #26; even', 'open', 1, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (27, 'ticket #27', 'open', 2, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (28, 'ticket #28; even', 'open', 3, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (29, 'ticket #29', 'open', 4, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (30, 'ticket #30; even', 'closed', 0, '2024-03-01 00:00:00+00');
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (31, 'ticket #31', 'open', 1, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (32, 'ticket #32; even', 'open', 2, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (33, 'ticket #33', 'open', 3, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (34, 'ticket #34; even', 'open', 4, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (35, 'ticket #35', 'closed', 0, '2024-03-01 00:00:00+00');
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (36, 'ticket #36; even', 'open', 1, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (37, 'ticket #37', 'open', 2, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (38, 'ticket #38; even', 'open', 3, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (39, 'ticket #39', 'open', 4, NULL);
INSERT INTO ops.ticket OVERRIDING SYSTEM VALUE VALUES (40, 'ticket #40; even', 'closed', 0, '2024-03-01 00:00:00+00');


--
-- Data for Name: ticket_archive; Type: TABLE DATA; Schema: ops; Owner: postgres
--



--
-- Data for Name: audit; Type: TABLE DATA; Schema: reporting; Owner: postgres
--

INSERT INTO reporting.audit OVERRIDING SYSTEM VALUE VALUES (1, 'insert', 'id=1;');
INSERT INTO reporting.audit OVERRIDING SYSTEM VALUE VALUES (2, 'insert', 'id=2;');
INSERT INTO reporting.audit OVERRIDING SYSTEM VALUE VALUES (3, 'insert', 'id=3;');
INSERT INTO reporting.audit OVERRIDING SYSTEM VALUE VALUES (4, 'insert', 'id=4;');
INSERT INTO reporting.audit OVERRIDING SYSTEM VALUE VALUES (5, 'insert-note', 'first; sale');
INSERT INTO reporting.audit OVERRIDING SYSTEM VALUE VALUES (6, 'insert-note', '--none--');
INSERT INTO reporting.audit OVERRIDING SYSTEM VALUE VALUES (7, 'insert-note', 'it''s big');
INSERT INTO reporting.audit OVERRIDING SYSTEM VALUE VALUES (8, 'insert-note', '/* not a comment */');
INSERT INTO reporting.audit OVERRIDING SYSTEM VALUE VALUES (9, 'amount', '99.99 -> 100.99; /* changed */');
INSERT INTO reporting.audit OVERRIDING SYSTEM VALUE VALUES (10, 'amount-old', '99.99');
INSERT INTO reporting.audit OVERRIDING SYSTEM VALUE VALUES (11, 'manual-note', 'via rule; instead');


--
-- Data for Name: sale; Type: TABLE DATA; Schema: reporting; Owner: postgres
--

INSERT INTO reporting.sale VALUES (1, 'de', 120.50, 'first; sale');
INSERT INTO reporting.sale VALUES (3, 'it;es', 300.00, 'it''s big');
INSERT INTO reporting.sale VALUES (4, 'us', 10.00, '/* not a comment */');
INSERT INTO reporting.sale VALUES (2, 'fr', 100.99, NULL);


--
-- Data for Name: document; Type: TABLE DATA; Schema: secure; Owner: postgres
--

INSERT INTO secure.document VALUES (1, 'postgres', 'public; first', false);
INSERT INTO secure.document VALUES (2, 'postgres', 'private -- second', false);


--
-- Data for Name: booking; Type: TABLE DATA; Schema: shop; Owner: postgres
--



--
-- Data for Name: customer; Type: TABLE DATA; Schema: shop; Owner: postgres
--



--
-- Data for Name: event_log_p0; Type: TABLE DATA; Schema: shop; Owner: postgres
--



--
-- Data for Name: event_log_p1; Type: TABLE DATA; Schema: shop; Owner: postgres
--



--
-- Data for Name: event_log_p2; Type: TABLE DATA; Schema: shop; Owner: postgres
--



--
-- Data for Name: größe; Type: TABLE DATA; Schema: shop; Owner: postgres
--



--
-- Data for Name: order; line; Type: TABLE DATA; Schema: shop; Owner: postgres
--



--
-- Data for Name: orders_2023; Type: TABLE DATA; Schema: shop; Owner: postgres
--



--
-- Data for Name: orders_2024_h1; Type: TABLE DATA; Schema: shop; Owner: postgres
--



--
-- Data for Name: orders_2024_h2; Type: TABLE DATA; Schema: shop; Owner: postgres
--



--
-- Data for Name: orders_default; Type: TABLE DATA; Schema: shop; Owner: postgres
--



--
-- Data for Name: product; Type: TABLE DATA; Schema: shop; Owner: postgres
--



--
-- Data for Name: shipment_dach; Type: TABLE DATA; Schema: shop; Owner: postgres
--



--
-- Data for Name: shipment_odd; Type: TABLE DATA; Schema: shop; Owner: postgres
--



--
-- Data for Name: unlogged_cache; Type: TABLE DATA; Schema: shop; Owner: postgres
--



--
-- Data for Name: shift; Type: TABLE DATA; Schema: std; Owner: postgres
--

INSERT INTO std.shift VALUES (1, 8, 16, 'morning', 'day; early');
INSERT INTO std.shift VALUES (2, 16, 24, 'evening', 'late');
INSERT INTO std.shift VALUES (11, 20, 24, NULL, 'late; night (checked)');
INSERT INTO std.shift VALUES (10, 0, 8, NULL, 'relabelled; ok');


--
-- Data for Name: account; Type: TABLE DATA; Schema: trig; Owner: postgres
--

INSERT INTO trig.account VALUES (1, 'ann', 11.00, '2024-06-01 00:00:00+00', '[{"op": "INSERT", "note": "changed; ''twice''?"}, {"op": "UPDATE", "note": "changed; ''twice''?"}]');
INSERT INTO trig.account VALUES (2, 'bob; jr.', 21.00, '2024-06-01 00:00:00+00', '[{"op": "INSERT", "note": "changed; ''twice''?"}, {"op": "UPDATE", "note": "changed; ''twice''?"}]');


--
-- Data for Name: movement_new; Type: TABLE DATA; Schema: trig; Owner: postgres
--

INSERT INTO trig.movement_new VALUES (1, 1, 5.00, '2024-02-01');


--
-- Data for Name: movement_old; Type: TABLE DATA; Schema: trig; Owner: postgres
--

INSERT INTO trig.movement_old VALUES (2, 2, -5.00, '2023-12-31');


--
-- Data for Name: summary; Type: TABLE DATA; Schema: trig; Owner: postgres
--

INSERT INTO trig.summary VALUES ('2 rows; total delta 2.00');


--
-- Name: ticket_seq; Type: SEQUENCE SET; Schema: kinds; Owner: postgres
--

SELECT pg_catalog.setval('kinds.ticket_seq', 1021, true);


--
-- Name: entry_id_seq; Type: SEQUENCE SET; Schema: ledger; Owner: postgres
--

SELECT pg_catalog.setval('ledger.entry_id_seq', 3, true);


--
-- Name: ticket_archive_id_seq; Type: SEQUENCE SET; Schema: ops; Owner: postgres
--

SELECT pg_catalog.setval('ops.ticket_archive_id_seq', 1, false);


--
-- Name: ticket_id_seq; Type: SEQUENCE SET; Schema: ops; Owner: postgres
--

SELECT pg_catalog.setval('ops.ticket_id_seq', 40, true);


--
-- Name: audit_seq_seq; Type: SEQUENCE SET; Schema: reporting; Owner: postgres
--

SELECT pg_catalog.setval('reporting.audit_seq_seq', 11, true);


--
-- Name: doc_seq; Type: SEQUENCE SET; Schema: secure; Owner: postgres
--

SELECT pg_catalog.setval('secure.doc_seq', 2, true);


--
-- Name: customer_id_seq; Type: SEQUENCE SET; Schema: shop; Owner: postgres
--

SELECT pg_catalog.setval('shop.customer_id_seq', 100, false);


--
-- Name: order; line_id_seq; Type: SEQUENCE SET; Schema: shop; Owner: postgres
--

SELECT pg_catalog.setval('shop."order; line_id_seq"', 1, false);


--
-- Name: orders_id_seq; Type: SEQUENCE SET; Schema: shop; Owner: postgres
--

SELECT pg_catalog.setval('shop.orders_id_seq', 1, false);


--
-- Name: movement_id_seq; Type: SEQUENCE SET; Schema: trig; Owner: postgres
--

SELECT pg_catalog.setval('trig.movement_id_seq', 2, true);


--
-- Data for Name: BLOBS; Type: BLOBS; Schema: -; Owner: -
--

BEGIN;

SELECT pg_catalog.lo_open('424242', 131072);
SELECT pg_catalog.lowrite(0, '\x6c61726765206f626a6563743b2077697468202771756f7465732720616e6420610a6e65776c696e65');
SELECT pg_catalog.lo_close(0);

COMMIT;

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
-- Name: totals; Type: MATERIALIZED VIEW DATA; Schema: reporting; Owner: postgres
--

REFRESH MATERIALIZED VIEW reporting.totals;


--
-- PostgreSQL database dump complete
--

\unrestrict ZwZB9QpQQK7sbEgKkIhcGNTSZEsEM2SCUit9n40kjmpiuCgBX3fb3wtWMDHJK9V

