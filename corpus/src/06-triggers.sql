-- 06-triggers.sql: row and statement triggers (with WHEN and transition
-- tables), a constraint trigger, a trigger on a partitioned table and a
-- (disabled) event trigger.
-- pgsplit corpus: hand-written; runs cleanly on an empty UTF8 database.

CREATE SCHEMA trig;

CREATE TABLE trig.account (
    id         int PRIMARY KEY,
    owner      text NOT NULL,
    balance    numeric(12,2) NOT NULL DEFAULT 0,
    updated_at timestamptz,
    history    jsonb NOT NULL DEFAULT '[]'
);

CREATE TABLE trig.movement (
    id         int GENERATED ALWAYS AS IDENTITY,
    account_id int NOT NULL,
    delta      numeric(12,2) NOT NULL,
    booked_on  date NOT NULL
) PARTITION BY RANGE (booked_on);
CREATE TABLE trig.movement_old PARTITION OF trig.movement FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
CREATE TABLE trig.movement_new PARTITION OF trig.movement FOR VALUES FROM ('2024-01-01') TO (MAXVALUE);

CREATE TABLE trig.summary (note text);

CREATE FUNCTION trig.touch() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    NEW.updated_at := '2024-06-01 00:00:00+00';
    NEW.history := NEW.history || jsonb_build_object('op', TG_OP, 'note', 'changed; ''twice''?');
    RETURN NEW;
END
$fn$;

CREATE TRIGGER "touch; me"
    BEFORE INSERT OR UPDATE OF balance ON trig.account
    FOR EACH ROW
    WHEN (pg_trigger_depth() < 1)
    EXECUTE FUNCTION trig.touch();

CREATE FUNCTION trig.summarise() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO trig.summary (note)
    SELECT format('%s rows; total delta %s', count(*), coalesce(sum(n.balance - o.balance), 0))
      FROM new_rows n JOIN old_rows o USING (id);
    RETURN NULL;
END;
$$;

CREATE TRIGGER summarise_updates
    AFTER UPDATE ON trig.account
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT
    EXECUTE FUNCTION trig.summarise();

CREATE FUNCTION trig.check_movement() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM trig.account WHERE id = NEW.account_id) THEN
        RAISE EXCEPTION 'no account %; movement %', NEW.account_id, NEW.id
            USING HINT = 'create the account first; then book';
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER movement_account_exists
    AFTER INSERT ON trig.movement_new
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION trig.check_movement();

-- a row trigger on the partitioned parent (cloned to each partition)
CREATE TRIGGER movement_audit
    AFTER INSERT OR DELETE ON trig.movement
    FOR EACH ROW EXECUTE FUNCTION trig.check_movement();

ALTER TABLE trig.account DISABLE TRIGGER summarise_updates;
ALTER TABLE trig.account ENABLE TRIGGER summarise_updates;

CREATE FUNCTION trig.ddl_note() RETURNS event_trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'ddl: %; tag=%', tg_event, tg_tag;
END
$$;
CREATE EVENT TRIGGER pgsplit_ddl_note ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
    EXECUTE FUNCTION trig.ddl_note();
ALTER EVENT TRIGGER pgsplit_ddl_note DISABLE;
COMMENT ON EVENT TRIGGER pgsplit_ddl_note IS 'Disabled; it would only RAISE NOTICE';

INSERT INTO trig.account (id, owner, balance) VALUES (1, 'ann', 10), (2, 'bob; jr.', 20);
BEGIN;
INSERT INTO trig.movement (account_id, delta, booked_on) VALUES (1, 5, '2024-02-01'), (2, -5, '2023-12-31');
COMMIT;
UPDATE trig.account SET balance = balance + 1;
COMMENT ON TRIGGER "touch; me" ON trig.account IS 'BEFORE INSERT OR UPDATE; sets updated_at';
