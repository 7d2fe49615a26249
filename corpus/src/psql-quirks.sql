-- psql-quirks.sql: places where psql's splitting is surprising. Some of the
-- statements psql sends here are rejected by the server; that is the point:
-- a splitter that agrees with psql must reproduce these splits too.
-- pgsplit corpus: hand-written.

-- 1. empty statements: psql sends a lone ";" for each
;
SELECT 1 AS one;;
;  ;

-- 2. a block comment after a semicolon starts the next statement, a line
--    comment does not
SELECT 2 AS two; /* this comment is sent with the next statement */
SELECT 3 AS three; -- this comment is dropped
SELECT 4 AS four -- a comment inside a statement stays in it ; not the end
;

-- 3. standard_conforming_strings changes how psql reads '...\'...':
--    with it off, \' escapes the quote (psql follows the server's setting)
SET standard_conforming_strings = off;
SELECT 'it\'s one string; still' AS off_escape;
SELECT 'backslash at end \\' AS off_double;
SET standard_conforming_strings = on;
SELECT 'back\' AS on_plain;

-- 4. a routine named "begin" (an unreserved word): psql takes the name for
--    the BEGIN of a BEGIN ATOMIC body and does not end the statement at the
--    next semicolon; it waits for an END, which a later statement supplies
CREATE FUNCTION begin() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
SELECT 5 AS five;
SELECT 6 AS end;

-- 5. an unquoted "end" after a table alias (t.end is valid SQL) also counts
--    as END: psql ends the statement at the ; after it, inside the body, and
--    the real END; is sent on its own (where it means COMMIT)
CREATE FUNCTION quirk_end() RETURNS int LANGUAGE sql
BEGIN ATOMIC
    SELECT t.end FROM (SELECT 1 AS "end") AS t;
END;
SELECT 'after quirk_end' AS after;

-- 6. CASE inside parentheses is not counted, at the top level it is
CREATE FUNCTION quirk_case(i int) RETURNS int LANGUAGE sql
BEGIN ATOMIC
    SELECT (CASE WHEN i > 0 THEN 1 ELSE 0 END);
    SELECT CASE WHEN i > 0 THEN 1 ELSE 0 END;
END;

-- 7. an undefined psql variable is sent as written
SELECT :no_such_variable AS undefined_var;

-- 8. psql drops a line that is completely empty, even in the middle of a
--    statement, unless it is inside a string, a dollar quote or a block
--    comment; a line holding only spaces (or a CR) is kept
SELECT 'blank line below'

     , 'was dropped' AS blank;
SELECT /* inside a comment

   it stays */ 'kept', $$inside a dollar quote

it stays$$ AS dq, 'inside a string

it stays' AS s;
SELECT 'spaces-only line below'
    
     , 'is kept' AS spaces;

-- 9. a statement psql never sees the end of is sent at end of file
--    (see psql-eof-*.sql)
SELECT 'last one' AS last;
