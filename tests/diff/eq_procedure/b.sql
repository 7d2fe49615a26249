
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

CREATE PROCEDURE public.add_note(IN n text, IN i integer DEFAULT 0)
    LANGUAGE sql SECURITY DEFINER
    AS $$ insert into audit values (i, n) $$;

SET default_tablespace = '';

SET default_table_access_method = heap;

CREATE TABLE public.audit (
    id integer,
    note text
);

CREATE PROCEDURE public.add_pair(IN a integer, IN b integer)
    LANGUAGE sql
    BEGIN ATOMIC
 INSERT INTO public.audit (id, note)
   VALUES (add_pair.a, 'first'::text);
 INSERT INTO public.audit (id, note)
   VALUES (add_pair.b, 'second'::text);
END;

