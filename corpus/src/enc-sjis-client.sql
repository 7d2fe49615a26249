-- enc-sjis-client.sql: this file is encoded in Shift_JIS (SJIS). It is
-- ASCII up to the SET below; from the line after it, psql reads the file as
-- SJIS, where the second byte of a character can be 0x5C (a backslash):
-- 0x95 0x5C is one character and the 0x5C in it is not a backslash.
-- Read byte by byte, E'<95 5C>' would look like an escaped quote, and an
-- unquoted <95 5C>; like psql's \; meta-command.
-- pgsplit corpus: hand-written (kept as SJIS).

SET client_encoding = 'SJIS';
-- ここから Shift_JIS: 表 ソ 能 予
SELECT E'表' AS e_string_ending_in_hyou;
SELECT E'表''s' AS e_string_with_doubled_quote, E'ソ\\' AS e_string_with_backslash;
SELECT '表' AS plain_string, 'ソ\' AS standard_string_with_backslash;
CREATE TEMP TABLE 表 (ソ text, 能 int);
INSERT INTO 表 VALUES (E'表\n予', 1), ('十;申', 2);
SELECT ソ, 能 FROM 表;
SELECT 1 AS 表;
SELECT 2 AS ソ; SELECT 3 AS 能;
SELECT 4 AS 予
;
SELECT "表" FROM (SELECT 5 AS "表") AS 構;
/* 表 */ SELECT 6 AS after_comment; -- 表
SELECT $表$ 表; $表$ AS dollar_tag_with_hyou;
SET client_encoding = 'UTF8';
