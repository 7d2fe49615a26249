-- migration-02-concurrently.sql: statements that must run outside a
-- transaction block (CREATE/DROP/REINDEX ... CONCURRENTLY, ALTER TYPE ...
-- ADD VALUE, VACUUM), NOT VALID constraints validated later, and DO blocks
-- with LANGUAGE after the body.
-- pgsplit corpus: hand-written; runs cleanly on an empty UTF8 database.

CREATE SCHEMA IF NOT EXISTS ops;

CREATE TABLE IF NOT EXISTS ops.ticket (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title    text NOT NULL,
    state    text NOT NULL DEFAULT 'open',
    priority int
);
INSERT INTO ops.ticket (title, priority)
SELECT 'ticket #' || g || CASE WHEN g % 2 = 0 THEN '; even' ELSE '' END, g % 5
  FROM generate_series(1, 40) g;

CREATE INDEX CONCURRENTLY IF NOT EXISTS ticket_title_idx ON ops.ticket (lower(title));
CREATE UNIQUE INDEX CONCURRENTLY ticket_title_state_idx ON ops.ticket (title, state) WHERE priority > 0 AND title <> 'closed;';
DROP INDEX CONCURRENTLY IF EXISTS ops.ticket_never_existed_idx;
REINDEX INDEX CONCURRENTLY ops.ticket_title_idx;

ALTER TABLE ops.ticket ADD COLUMN IF NOT EXISTS closed_at timestamptz;
ALTER TABLE ops.ticket ADD CONSTRAINT ticket_priority_range CHECK (priority BETWEEN 0 AND 9) NOT VALID;
ALTER TABLE ops.ticket VALIDATE CONSTRAINT ticket_priority_range;
ALTER TABLE ops.ticket ALTER COLUMN priority SET DEFAULT 3, ALTER COLUMN priority SET NOT NULL;

CREATE TYPE ops.state AS ENUM ('open', 'closed');
ALTER TYPE ops.state ADD VALUE IF NOT EXISTS 'blocked; waiting' BEFORE 'closed';

VACUUM (ANALYZE) ops.ticket;

DO $$
DECLARE
    n int;
BEGIN
    UPDATE ops.ticket SET state = 'closed', closed_at = '2024-03-01 00:00:00+00' WHERE priority = 0;
    GET DIAGNOSTICS n = ROW_COUNT;
    RAISE NOTICE 'closed % tickets; done', n;
END
$$ LANGUAGE plpgsql;

DO $$BEGIN
    IF to_regclass('ops.ticket_archive') IS NULL THEN
        CREATE TABLE ops.ticket_archive (LIKE ops.ticket INCLUDING ALL);
    END IF;
END$$;

ALTER TABLE ops.ticket
    ALTER COLUMN state DROP DEFAULT,
    ALTER COLUMN state TYPE ops.state USING state::ops.state,
    ALTER COLUMN state SET DEFAULT 'open';
CLUSTER ops.ticket USING ticket_pkey;
ANALYZE ops.ticket;
