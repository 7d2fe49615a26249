-- 08-security.sql: GRANT/REVOKE (only to PUBLIC and predefined roles, so
-- that no role has to be created), default privileges, row level security
-- policies, a publication and a foreign server with odd options.
-- pgsplit corpus: hand-written; runs cleanly on an empty UTF8 database.

CREATE SCHEMA secure;

CREATE TABLE secure.document (
    id         int PRIMARY KEY,
    owner      name NOT NULL DEFAULT current_user,
    title      text NOT NULL,
    classified boolean NOT NULL DEFAULT false
);
CREATE SEQUENCE secure.doc_seq OWNED BY secure.document.id;
ALTER TABLE secure.document ALTER COLUMN id SET DEFAULT nextval('secure.doc_seq');

ALTER TABLE secure.document ENABLE ROW LEVEL SECURITY;
ALTER TABLE secure.document FORCE ROW LEVEL SECURITY;

CREATE POLICY "owner sees own; others don't" ON secure.document
    FOR SELECT
    USING (owner = current_user OR title ~ '^public;');
CREATE POLICY no_classified_inserts ON secure.document
    AS RESTRICTIVE
    FOR INSERT TO PUBLIC
    WITH CHECK (NOT classified AND title NOT LIKE '%--%');
CREATE POLICY everything ON secure.document FOR ALL TO PUBLIC USING (true) WITH CHECK (true);

GRANT USAGE ON SCHEMA secure TO PUBLIC;
GRANT SELECT, INSERT ON secure.document TO pg_read_all_stats;
GRANT SELECT (id, title), UPDATE (title) ON secure.document TO pg_monitor;
GRANT USAGE, SELECT ON SEQUENCE secure.doc_seq TO pg_monitor WITH GRANT OPTION;
REVOKE TRUNCATE ON secure.document FROM PUBLIC;

CREATE FUNCTION secure.whoami() RETURNS text LANGUAGE sql STABLE RETURN current_user || '; hi';
REVOKE EXECUTE ON FUNCTION secure.whoami() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION secure.whoami() TO pg_monitor;

ALTER DEFAULT PRIVILEGES IN SCHEMA secure GRANT SELECT ON TABLES TO pg_read_all_stats;
ALTER DEFAULT PRIVILEGES IN SCHEMA secure REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

INSERT INTO secure.document (title) VALUES ('public; first'), ('private -- second');

CREATE PUBLICATION "pub; documents" FOR TABLE secure.document WITH (publish = 'insert, update');

CREATE FOREIGN DATA WRAPPER pgsplit_dummy_fdw;
CREATE SERVER "remote; one" FOREIGN DATA WRAPPER pgsplit_dummy_fdw
    OPTIONS (host 'db.invalid;port=1', note 'it''s -- not /* real */');
CREATE USER MAPPING FOR PUBLIC SERVER "remote; one" OPTIONS (password 'p;w''d$$');
CREATE FOREIGN TABLE secure.remote_thing (
    id   int OPTIONS (column_name 'ID;'),
    note text
) SERVER "remote; one" OPTIONS (table_name 'thing; really');
GRANT USAGE ON FOREIGN SERVER "remote; one" TO pg_monitor;

COMMENT ON POLICY "owner sees own; others don't" ON secure.document IS 'It''s a policy; really';
COMMENT ON SERVER "remote; one" IS 'not reachable; by design';
