-- psql-crlf.sql: a small script with CRLF line ends (every line ends in
-- \r\n). psql keeps the \r inside statements, drops it before the next one,
-- keeps a "blank" line that holds only \r, reads meta-commands and their
-- arguments without the \r, and accepts \.\r\n as the end of COPY data.
-- pgsplit corpus: hand-written (kept with CRLF line ends).

\set ON_ERROR_STOP on
CREATE TABLE crlf_t (id int, note text);
SELECT 'one line' AS a;
SELECT 'a CR-only line below'

     , 'is kept' AS b;
COPY crlf_t (id, note) FROM stdin;
1	first; row
2	second -- row
\.
CREATE FUNCTION crlf_f() RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    RETURN 'line; one' || E'\r\n' || 'two';
END;
$$;
\echo 'echo; with CRLF'
SELECT count(*) AS n FROM crlf_t \g
SELECT crlf_f() AS f; -- trailing comment
