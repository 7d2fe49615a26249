-- psql-eof-open-quote.sql: the file ends inside an unterminated string;
-- psql sends what it has at end of file (the server rejects it).
-- pgsplit corpus: hand-written.

SELECT 1 AS fine;
SELECT 'this string never ends;
SELECT 2;
