
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

CREATE FOREIGN DATA WRAPPER w;

CREATE SERVER s FOREIGN DATA WRAPPER w;

CREATE FOREIGN TABLE public.remote_things (
    id integer NOT NULL,
    name text,
    qty integer DEFAULT 0
)
SERVER s
OPTIONS (
    schema_name 'inv',
    table_name 'things',
    updatable 'false'
);
ALTER FOREIGN TABLE public.remote_things ALTER COLUMN id OPTIONS (
    column_name 'ID'
);

