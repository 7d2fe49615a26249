-- 04-sql-standard.sql: SQL-standard function bodies (BEGIN ATOMIC ... END)
-- for functions and procedures, with CASE ... END inside, a column named
-- "end", and one-line RETURN functions. psql must not end these statements
-- at the semicolons inside BEGIN ATOMIC.
-- pgsplit corpus: hand-written; runs cleanly on an empty UTF8 database.

CREATE SCHEMA std;

CREATE TABLE std.shift (
    id     int PRIMARY KEY,
    start  int NOT NULL,
    "end"  int NOT NULL,
    "begin" text,
    label  text
);
INSERT INTO std.shift (id, start, "end", "begin", label) VALUES
    (1, 8, 16, 'morning', 'day; early'),
    (2, 16, 24, 'evening', 'late');

-- one-line RETURN functions
CREATE FUNCTION std.add(a int, b int) RETURNS int
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN a + b;

CREATE FUNCTION std.label_for(h int) RETURNS text LANGUAGE sql STABLE
RETURN CASE WHEN h < 12 THEN 'morning; before noon' ELSE 'afternoon' END;

CREATE FUNCTION std.semi() RETURNS text LANGUAGE sql RETURN ';';

-- BEGIN ATOMIC with a quoted "end" column
CREATE FUNCTION std.shift_length(s_id int) RETURNS int
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT t."end" - t.start FROM std.shift AS t WHERE t.id = s_id;
END;

-- CASE ... END at the top level of a BEGIN ATOMIC body
CREATE OR REPLACE FUNCTION std.classify(s_id int) RETURNS text
LANGUAGE sql
BEGIN ATOMIC
    SELECT CASE
             WHEN t."end" - t.start > 8 THEN 'long; tiring'
             WHEN t."end" - t.start = 8 THEN 'regular'
             ELSE 'short'
           END
    FROM std.shift t
    WHERE t.id = s_id;
END;

-- nested CASE, lower case keywords, and END; on the same line
create function std.nested_case(x int) returns text language sql
begin atomic
  select case when x > 0 then case when x > 100 then 'big' else 'small' end else 'none' end; end;

-- strings and comments that mention end; must not count
CREATE FUNCTION std.tricky_words() RETURNS text
LANGUAGE sql
BEGIN ATOMIC
    -- end; (a comment)
    /* end; case; begin; (another) */
    SELECT 'end; case begin' || $$ end; $$ || "begin" FROM std.shift WHERE id = 1;
END;

-- several statements in one body; the last one gives the result
CREATE FUNCTION std.bump_and_count() RETURNS bigint
LANGUAGE sql
BEGIN ATOMIC
    UPDATE std.shift SET label = label || ';' WHERE label NOT LIKE '%;';
    INSERT INTO std.shift (id, start, "end", label)
        SELECT max(id) + 1, 0, 8, 'night; added' FROM std.shift;
    SELECT count(*) FROM std.shift;
END;

-- RETURNS TABLE with BEGIN ATOMIC
CREATE FUNCTION std.shifts_between(lo int, hi int)
RETURNS TABLE (id int, span int)
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT s.id, s."end" - s.start FROM std.shift s WHERE s.start >= lo AND s."end" <= hi ORDER BY s.id;
END;

-- procedures
CREATE PROCEDURE std.add_shift(p_id int, p_start int, p_end int)
LANGUAGE sql
BEGIN ATOMIC
    INSERT INTO std.shift (id, start, "end", label)
        VALUES (p_id, p_start, p_end,
                CASE WHEN p_end > 20 THEN 'late; night' ELSE 'day' END);
    UPDATE std.shift SET label = label || ' (checked)' WHERE id = p_id;
END;

CREATE PROCEDURE std.noop()
LANGUAGE sql
BEGIN ATOMIC
END;

CREATE OR REPLACE PROCEDURE std.relabel(p_id int, p_label text DEFAULT 'x;y')
LANGUAGE sql
BEGIN ATOMIC
    UPDATE std.shift
       SET label = CASE WHEN p_label IS NULL THEN label ELSE p_label END
     WHERE id = p_id;
END;

CALL std.add_shift(10, 0, 8);
CALL std.add_shift(11, 20, 24);
CALL std.noop();
CALL std.relabel(10, 'relabelled; ok');
SELECT std.add(1, 2), std.label_for(9), std.shift_length(1), std.classify(2),
       std.nested_case(500), std.tricky_words(), std.semi();
SELECT * FROM std.shifts_between(0, 24);

COMMENT ON FUNCTION std.classify(int) IS 'CASE ... END; inside BEGIN ATOMIC';
COMMENT ON PROCEDURE std.noop() IS 'an empty BEGIN ATOMIC END body';
