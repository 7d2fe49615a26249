-- psql-vars.sql: psql variable interpolation. What psql sends differs from
-- the text of the file: :name, :'name' and :"name" are replaced outside
-- quotes, and a variable's value is lexed again (a ; inside it ends a
-- statement). Inside quotes, dollar quotes, comments and after :: nothing
-- is replaced.
-- pgsplit corpus: hand-written; runs cleanly on an empty UTF8 database.

\set tbl 'my table; really'
\set val 'it''s'
\set n 42
\set two_statements 'SELECT 1 AS one; SELECT 2 AS two'
\set cols 'id, note'

CREATE TABLE :"tbl" (id int, note text);
INSERT INTO :"tbl" (:cols) VALUES (:n, :'val');
SELECT :n + 1 AS n_plus_one, :'val' AS quoted, length(:'tbl')::text AS len;
SELECT ':n stays' AS in_string, $$:n stays$$ AS in_dollar, 1::int AS double_colon /* :n stays */;
SELECT :{?n} AS n_defined, :{?no_such_var} AS other_defined;
:two_statements;
SELECT (array[1,2,3])[1:2] AS slice, 'x' AS "a:b";
\set n 43
SELECT :n AS changed;
DROP TABLE :"tbl";
