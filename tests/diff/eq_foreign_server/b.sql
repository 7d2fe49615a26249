
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

CREATE SERVER remote_a FOREIGN DATA WRAPPER w OPTIONS (
    dbname 'app',
    host 'db1',
    port '6432'
);

CREATE SERVER remote_b TYPE 'pg' VERSION '16' FOREIGN DATA WRAPPER w;

