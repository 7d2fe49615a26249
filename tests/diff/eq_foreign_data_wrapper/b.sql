
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

CREATE FOREIGN DATA WRAPPER checked_fdw VALIDATOR postgresql_fdw_validator;

CREATE FOREIGN DATA WRAPPER opt_fdw OPTIONS (
    debug 'true',
    level '2',
    mode 'slow'
);

CREATE FOREIGN DATA WRAPPER plain_fdw;

