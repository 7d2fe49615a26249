-- psql-meta.sql: psql meta-commands mixed with SQL. Meta-commands are not
-- sent to the server, but some of them end a statement (\g, \gset, \gx), one
-- joins statements (\;), \if/\elif/\else/\endif decide what is sent, and
-- \copy sends a COPY statement that psql builds itself.
-- pgsplit corpus: hand-written; runs cleanly on an empty UTF8 database.

\set ON_ERROR_STOP on
\echo 'starting; this text is not sent to the server'
\pset format unaligned
\pset tuples_only on

CREATE TABLE meta_t (id int, note text);

-- \g ends a statement without a semicolon
SELECT 'sent by \g' AS how \g
SELECT 'two lines'
     , 'then \g on its own line'
\g

-- \gset ends a statement and stores the result in variables
SELECT 42 AS answer, 'x;y' AS pair \gset
\echo :answer :pair

-- \; joins statements into one query string sent at the next ;
SELECT 'first' \; SELECT 'second' \; SELECT 'third';
INSERT INTO meta_t VALUES (1, 'a') \; INSERT INTO meta_t VALUES (2, 'b;c');

-- \if with constant conditions: the false branches are not sent
\if true
SELECT 'in the true branch';
\elif true
SELECT 'never sent (elif)';
\else
SELECT 'never sent (else)';
\endif
\if false
SELECT 'never sent either';
INSERT INTO meta_t VALUES (-1, 'never');
\endif

-- a statement spanning lines with a meta-command in the middle: the
-- meta-command runs when it is read, the statement goes on
SELECT 'before'
\echo 'this echo runs in the middle of a statement'
     , 'after';

-- backslashes inside quotes, comments and dollar quotes are not meta-commands
SELECT 'a backslash inside a string: \q' AS s;
SELECT $$
\q
$$ AS dollar;
/*
\echo inside a block comment
*/
SELECT 'after the comment';

-- \copy ... from stdin reads the rows from this file
\copy meta_t (id, note) from stdin
10	copied; one
11	copied \\ two
\.
\copy meta_t from stdin with (format csv)
12,"csv; with ""quotes"""
\.

-- -- comment lines and blank lines between statements are dropped

SELECT count(*) FROM meta_t;
\unset answer
\echo done
