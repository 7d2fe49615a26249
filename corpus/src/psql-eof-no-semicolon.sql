-- psql-eof-no-semicolon.sql: the last statement has no semicolon; psql
-- sends it at end of file, with the line comment that follows it (the
-- comment is inside the statement once the statement has begun) but
-- without the final newline.
-- pgsplit corpus: hand-written.

SELECT 1 AS first;
SELECT 'no semicolon'
     , 2 AS second
-- trailing comment
