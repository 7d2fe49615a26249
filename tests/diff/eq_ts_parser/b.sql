
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

CREATE TEXT SEARCH PARSER public.my_parser (
    START = prsd_start,
    GETTOKEN = prsd_nexttoken,
    END = prsd_end,
    LEXTYPES = prsd_lextype );

CREATE TEXT SEARCH CONFIGURATION public.my_cfg (
    PARSER = public.my_parser );

ALTER TEXT SEARCH CONFIGURATION public.my_cfg
    ADD MAPPING FOR asciiword WITH simple;

