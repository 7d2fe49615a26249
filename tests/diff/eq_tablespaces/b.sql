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

SET default_tablespace = pgsplit_slow;

SET default_table_access_method = heap;

CREATE MATERIALIZED VIEW public.mv AS
 SELECT 1 AS x
  WITH NO DATA;

CREATE TABLE public.pt (
    a integer
)
PARTITION BY RANGE (a);

CREATE TABLE public.pt1 (
    a integer
);

SET default_tablespace = pgsplit_fast;

CREATE TABLE public.pt2 (
    a integer
);

SET default_tablespace = pgsplit_slow;

CREATE TABLE public.t (
    a integer NOT NULL,
    b integer
);

SET default_tablespace = '';

CREATE TABLE public.u (
    a integer
);

SET default_tablespace = pgsplit_fast;

CREATE TABLE public.v (
    a integer NOT NULL
);

SET default_tablespace = '';

CREATE TABLE public.w (
    a integer NOT NULL
);

ALTER TABLE ONLY public.pt ATTACH PARTITION public.pt1 FOR VALUES FROM (0) TO (10);

ALTER TABLE ONLY public.pt ATTACH PARTITION public.pt2 FOR VALUES FROM (10) TO (20);

SET default_tablespace = pgsplit_fast;

ALTER TABLE ONLY public.t
    ADD CONSTRAINT p PRIMARY KEY (a);

SET default_tablespace = '';

ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_b_key UNIQUE (b);

SET default_tablespace = pgsplit_fast;

ALTER TABLE ONLY public.v
    ADD CONSTRAINT v_pkey PRIMARY KEY (a);

SET default_tablespace = pgsplit_slow;

ALTER TABLE ONLY public.w
    ADD CONSTRAINT w_pkey PRIMARY KEY (a);

SET default_tablespace = pgsplit_fast;

CREATE INDEX i ON public.t USING btree (a);

SET default_tablespace = '';

CREATE INDEX j ON public.t USING btree (b);

