-- 01-types.sql: schemas, an extension, enums, domains, composite and range
-- types, a sequence and a collation.
-- pgsplit corpus: hand-written; runs cleanly on an empty UTF8 database.

CREATE SCHEMA kinds;
COMMENT ON SCHEMA kinds IS 'Types; enums, domains -- and friends /* not a comment */';

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA kinds;

-- enum labels that look like SQL syntax
CREATE TYPE kinds.mood AS ENUM (
    'sad',
    'ok',
    'it''s fine',
    'semi;colon',
    '--dash',
    '/*star*/',
    '$$',
    'back\slash'
);
ALTER TYPE kinds.mood ADD VALUE 'ecstatic' AFTER 'ok';
ALTER TYPE kinds.mood ADD VALUE IF NOT EXISTS 'ünïcödé';

CREATE TYPE kinds."Status; Code" AS ENUM ('new', 'paid', 'done');
COMMENT ON TYPE kinds."Status; Code" IS 'Order status; "new" -> "paid" -> "done"';

CREATE DOMAIN kinds.email AS kinds.citext
    CONSTRAINT email_shape CHECK (VALUE ~ '^[^@;\s]+@[^@;\s]+$');
CREATE DOMAIN kinds.positive_money AS numeric(12,2)
    DEFAULT 0 NOT NULL
    CHECK (VALUE >= 0);
CREATE DOMAIN kinds.short_text AS text COLLATE "C"
    CHECK (length(VALUE) <= 80 AND VALUE <> ';' AND VALUE !~ E'\\\\');
COMMENT ON DOMAIN kinds.email IS E'An e-mail address.\nMust not contain \';\' or white space; "\\s" in the regex.';

CREATE TYPE kinds.address AS (street text, city text, "zip;code" varchar(10));
CREATE TYPE kinds.floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);

CREATE SEQUENCE kinds.ticket_seq START 1000 INCREMENT 7 MAXVALUE 999999 CYCLE;
SELECT setval('kinds.ticket_seq', 1021, true);

CREATE COLLATION kinds.c_ordering (provider = libc, locale = 'C');

/* A block comment between statements; with 'quotes', "idents", $$dollars$$ and
   a nested /* inner; comment */ that psql must track to the very end ; */
CREATE TYPE kinds.priority AS ENUM ('low', 'normal', 'high');
