DO $$ BEGIN CREATE ROLE pgsplit_fixture_r; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE TABLE t (
    id integer
);

GRANT INSERT ON t TO pgsplit_fixture_r;
GRANT SELECT ON t TO pgsplit_fixture_r;
