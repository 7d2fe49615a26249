CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text
);

-- a data migration's scratch tables: gone when the session ends
CREATE TEMPORARY TABLE moved (
    n serial PRIMARY KEY,
    account_id integer
);
CREATE INDEX moved_account_idx ON moved (account_id);
COMMENT ON TABLE moved IS 'scratch';
CREATE TEMP VIEW moved_view AS SELECT account_id FROM moved;
CREATE TEMP TABLE counts AS SELECT count(*) AS n FROM accounts;
CREATE TABLE pg_temp.more (a integer);
CREATE TEMPORARY SEQUENCE scratch_seq;

ALTER TABLE accounts ADD COLUMN moved boolean;
