-- psql-eof-comment.sql: the file ends with a block comment after the last
-- statement and no newline; psql sends the comment on its own.
-- pgsplit corpus: hand-written.

SELECT 1 AS only; /* a trailing comment; with a ';' */