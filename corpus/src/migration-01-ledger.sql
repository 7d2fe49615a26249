-- migration-01-ledger.sql: a migration in the usual hand-written style:
-- transaction blocks, a series of ALTER TABLEs, savepoints, DO blocks, and
-- several statements on one line.
-- pgsplit corpus: hand-written; runs cleanly on an empty UTF8 database.

BEGIN;

CREATE SCHEMA IF NOT EXISTS ledger;

CREATE TABLE ledger.entry (
    id     serial PRIMARY KEY,
    amount numeric(12,2) NOT NULL,
    memo   text
);

ALTER TABLE ledger.entry ADD COLUMN booked_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00:00+00';
ALTER TABLE ledger.entry ALTER COLUMN memo SET DEFAULT 'n/a; none';
ALTER TABLE ledger.entry ADD CONSTRAINT memo_not_semicolon CHECK (memo NOT LIKE ';%');
ALTER TABLE ledger.entry RENAME COLUMN memo TO "memo; text";
ALTER TABLE ledger.entry ALTER COLUMN amount TYPE numeric(14,2) USING amount::numeric(14,2);
ALTER TABLE ledger.entry
    ADD COLUMN currency char(3) NOT NULL DEFAULT 'EUR',
    ADD COLUMN tags text[] NOT NULL DEFAULT '{}',
    ALTER COLUMN booked_at SET DEFAULT '2024-02-01 00:00:00+00';

INSERT INTO ledger.entry (amount, "memo; text") VALUES (10, 'first'), (-2.5, 'refund; partial');

SAVEPOINT before_experiment;
UPDATE ledger.entry SET amount = 0;
ROLLBACK TO SAVEPOINT before_experiment;
RELEASE SAVEPOINT before_experiment;

COMMIT;

-- idempotent index creation in a DO block
DO $migrate$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM pg_indexes
         WHERE schemaname = 'ledger' AND indexname = 'entry_booked_idx'
    ) THEN
        EXECUTE 'CREATE INDEX entry_booked_idx ON ledger.entry (booked_at)';
        RAISE NOTICE 'created index; ok';
    END IF;
END
$migrate$;

-- a whole transaction on one line
BEGIN; UPDATE ledger.entry SET tags = '{"a;b"}' WHERE id = 1; COMMIT;

START TRANSACTION ISOLATION LEVEL SERIALIZABLE;
LOCK TABLE ledger.entry IN SHARE ROW EXCLUSIVE MODE;
INSERT INTO ledger.entry (amount, "memo; text", currency) VALUES (99.5, 'serializable; locked', 'USD');
END;

BEGIN WORK;
DELETE FROM ledger.entry WHERE amount = 99.5;
ROLLBACK;

BEGIN TRANSACTION READ WRITE;
ALTER TABLE ledger.entry ADD COLUMN note text;
COMMENT ON COLUMN ledger.entry.note IS 'added in migration 01; may be NULL';
COMMIT AND NO CHAIN;

-- a function used by the next migration
CREATE OR REPLACE FUNCTION ledger.balance() RETURNS numeric
    LANGUAGE sql STABLE
    BEGIN ATOMIC
        SELECT coalesce(sum(amount), 0) FROM ledger.entry;
    END;
