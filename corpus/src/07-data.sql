-- 07-data.sql: rows whose text contains ; ' " $$ -- /* backslashes, tabs,
-- newlines, carriage returns and lines that are exactly "\." or look like
-- psql meta-commands; bytea; arrays; jsonb; COPY ... FROM stdin blocks
-- inside the script (text and CSV); a large object.
-- pgsplit corpus: hand-written; runs cleanly on an empty UTF8 database.

CREATE SCHEMA data;

CREATE TABLE data.tricky (
    id    int PRIMARY KEY,
    label text NOT NULL,
    body  text,
    raw   bytea,
    tags  text[],
    doc   jsonb
);

INSERT INTO data.tricky VALUES
    (1,  'semicolons',     'a;b;c;', '\x3b3b', ARRAY['x;y', 'z'], '{"k": "v;w"}'),
    (2,  'quotes',         'it''s "double" and ''single''', '\x2722', ARRAY['''', '"'], '{"q": "\"x\" and ''y''"}'),
    (3,  'dollars',        '$$ not a quote $$ and $tag$ neither', '\x2424', ARRAY['$$', '$1'], '{"$": "$$"}'),
    (4,  'dash comment',   '-- not a comment', NULL, ARRAY['--'], NULL),
    (5,  'block comment',  '/* not a comment */ and /* unterminated', NULL, ARRAY['/*', '*/'], NULL),
    (6,  'backslashes',    E'C:\\temp\\new\\file and \\\\server\\share', '\x5c5c', ARRAY[E'\\', E'\\\\'], '{"path": "C:\\\\temp"}'),
    (7,  'escaped quotes', E'O\'Brien\'s \'pub\'; cheers', NULL, NULL, NULL),
    (8,  'tabs',           E'col1\tcol2\t\tcol4', NULL, ARRAY[E'\t'], NULL),
    (9,  'newlines',       E'line one\nline two;\n\nline four\n', NULL, ARRAY[E'a\nb'], '{"nl": "a\nb"}'),
    (10, 'backslash dot',  E'before\n\\.\nafter', '\x5c2e0a', NULL, NULL),
    (11, 'only \.',        E'\\.', '\x5c2e', ARRAY[E'\\.'], NULL),
    (12, 'psql commands',  E'\\connect nowhere\n\\q\n\\! echo never\n\\i /nonexistent\n\\set x 1', NULL, NULL, NULL),
    (13, 'carriage return',E'windows\r\nline\rold mac', NULL, NULL, NULL),
    (14, 'unicode',        'Grüße, café, naïve, 表, 😀', NULL, ARRAY['é', '表'], '{"ü": "表"}'),
    (15, 'empty',          '', '\x', '{}', '{}'),
    (16, 'nulls',          'NULL', NULL, ARRAY[NULL, 'NULL'], 'null'),
    (17, 'copy-like',      E'1\t2\t3\n\\.\n\\N\n', NULL, NULL, NULL),
    (18, 'semicolon lines',E';\n;\n', NULL, NULL, NULL),
    (19, 'all bytes',      'see raw', decode('00010203090a0d1b22273b3c3e5c7f80ff', 'hex'), NULL, NULL),
    (20, 'backslash N',    E'\\N', NULL, ARRAY[E'\\N'], NULL);

-- one line of text per row: COPY writes "\." as "\\." , "\" as "\\" and so on
CREATE TABLE data.lines (n int PRIMARY KEY, line text);
INSERT INTO data.lines VALUES
    (1, E'\\.'),
    (2, E'\\\\.'),
    (3, '.'),
    (4, E'\\'),
    (5, ';'),
    (6, '--'),
    (7, E'\\q'),
    (8, '/*'),
    (9, '$$'),
    (10, E'\\.\n'),
    (11, E'\\N'),
    (12, NULL);

-- a single-column table: its COPY rows are whole lines such as "\\." or ";"
CREATE TABLE data.one_col (line text);
INSERT INTO data.one_col VALUES
    (E'\\.'), (';'), ('--'), ('/*'), ('*/'), ('$$'), ('$a$'), (E'\\'), (''), ('.'),
    (E'\\N'), (NULL), ('\.'), ('\q'), ('COMMIT;'), (E'\\.\n\\.');

-- COPY data inside the script: psql sends the rows, not as statements
COPY data.lines (n, line) FROM stdin;
100	a line with ; semicolon
101	\\.
102	-- looks like a comment
103	/* looks like an open comment
104	'unbalanced quote
105	$$ unbalanced dollar
106	tab\tinside and newline\ninside
107	\N
108	;
\.

COPY data.one_col FROM stdin;
\\.
;
-- not a comment: a row
END;
\.

CREATE TABLE data.csvish (id int, txt text, extra text);
COPY data.csvish FROM stdin WITH (FORMAT csv, HEADER true, NULL 'NULL');
id,txt,extra
1,"multi
line; with ""quotes""",x
2,plain,NULL
3,"a;b",";"
4,"-- not a comment","/* nor this */"
\.

-- generated bulk rows so that data sections have some length
CREATE TABLE data.bulk (
    id      int PRIMARY KEY,
    digest  text NOT NULL,
    snippet text,
    amount  numeric(10,2),
    flag    boolean,
    day     date
);
INSERT INTO data.bulk
SELECT g,
       md5(g::text),
       (ARRAY['a;b', 'c''d', E'e\\f', E'g\th', E'i\nj', '$$k$$', '-- l', '/* m */', 'plain', NULL])[1 + g % 10],
       (g * 7 % 1000) / 10.0,
       g % 3 = 0,
       date '2024-01-01' + g
  FROM generate_series(1, 300) AS g;

-- a large object with a fixed OID
SELECT lo_from_bytea(424242, convert_to(E'large object; with \'quotes\' and a\nnewline', 'UTF8'));
COMMENT ON LARGE OBJECT 424242 IS 'a large object; commented';

COMMENT ON TABLE data.tricky IS E'Rows with ; \' " $$ -- /* \\ and friends';
COMMENT ON COLUMN data.lines.line IS 'one line of text; maybe "\."';
