
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

CREATE USER MAPPING FOR postgres SERVER s OPTIONS (
    password 'changed',
    "user" 'app'
);

CREATE USER MAPPING FOR public SERVER s;

