
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

CREATE FUNCTION public.int_from_sql(internal) RETURNS internal
    LANGUAGE internal IMMUTABLE STRICT
    AS $$int8inc_support$$;

CREATE FUNCTION public.int_to_sql(internal) RETURNS integer
    LANGUAGE internal IMMUTABLE STRICT
    AS $$int4recv$$;

CREATE TRANSFORM FOR integer LANGUAGE plpgsql (FROM SQL WITH FUNCTION public.int_from_sql(internal), TO SQL WITH FUNCTION public.int_to_sql(internal));

CREATE FUNCTION public.bigint_to_sql(internal) RETURNS bigint
    LANGUAGE internal IMMUTABLE STRICT
    AS $$int8recv$$;

CREATE TRANSFORM FOR bigint LANGUAGE plpgsql (TO SQL WITH FUNCTION public.bigint_to_sql(internal));

