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

SET default_tablespace = '';

SET default_table_access_method = heap;

CREATE TABLE public.t (
    a integer,
    b text,
    c character varying(10)
);

CREATE VIEW public.v AS
 SELECT
        CASE
            WHEN (t.a > 0) THEN t.b
            ELSE NULL::text
        END AS x,
    ((t.c)::text || t.b) AS y
   FROM public.t
  WHERE ((t.c)::text = 'x'::text);

CREATE INDEX t_case_idx ON public.t USING btree ((
CASE
    WHEN (a > 0) THEN a
    ELSE NULL::integer
END));

