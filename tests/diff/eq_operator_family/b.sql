
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

CREATE FUNCTION public.int_bigint_rev_cmp(a integer, b bigint) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ select case when a < b then 1 when a > b then -1 else 0 end $$;

CREATE FUNCTION public.int_rev_cmp(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ select case when a < b then 1 when a > b then -1 else 0 end $$;

CREATE OPERATOR FAMILY public.rev_ops USING btree;
ALTER OPERATOR FAMILY public.rev_ops USING btree ADD
    OPERATOR 1 >(integer,bigint) ,
    OPERATOR 1 >(integer,integer) ,
    OPERATOR 3 =(integer,integer) ,
    OPERATOR 5 <(integer,integer) ,
    FUNCTION 1 (integer, integer) public.int_rev_cmp(integer,integer) ,
    FUNCTION 1 (integer, bigint) public.int_bigint_rev_cmp(integer,bigint);

