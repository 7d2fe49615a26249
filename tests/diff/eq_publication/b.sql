
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
    id integer NOT NULL,
    note text
);

CREATE TABLE public.u (
    id integer NOT NULL,
    name text,
    secret text
);

ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.u
    ADD CONSTRAINT u_pkey PRIMARY KEY (id);

CREATE PUBLICATION pub_all FOR ALL TABLES WITH (publish = 'insert');

CREATE PUBLICATION pub_late WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = true);

CREATE PUBLICATION pub_schema WITH (publish = 'insert, update, delete, truncate');

CREATE PUBLICATION pub_t WITH (publish = 'insert, update');

ALTER PUBLICATION pub_late ADD TABLE ONLY public.t;

ALTER PUBLICATION pub_t ADD TABLE ONLY public.t;

ALTER PUBLICATION pub_t ADD TABLE ONLY public.u (id, name) WHERE ((id > 0));

ALTER PUBLICATION pub_schema ADD TABLES IN SCHEMA public;

