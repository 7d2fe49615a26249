
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

CREATE FUNCTION public.plx_call_handler() RETURNS language_handler
    LANGUAGE c
    AS '$libdir/plpgsql', 'plpgsql_call_handler';

CREATE FUNCTION public.plx_inline_handler(internal) RETURNS void
    LANGUAGE c STRICT
    AS '$libdir/plpgsql', 'plpgsql_inline_handler';

CREATE FUNCTION public.plx_validator(oid) RETURNS void
    LANGUAGE c STRICT
    AS '$libdir/plpgsql', 'plpgsql_validator';

CREATE TRUSTED PROCEDURAL LANGUAGE plx HANDLER public.plx_call_handler INLINE public.plx_inline_handler VALIDATOR public.plx_validator;

CREATE FUNCTION public.plx_add(a integer, b integer) RETURNS integer
    LANGUAGE plx IMMUTABLE
    AS $$ begin return a + b; end $$;

