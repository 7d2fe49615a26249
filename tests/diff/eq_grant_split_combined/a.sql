DO $$ BEGIN CREATE ROLE pgsplit_fixture_r; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE TABLE t (
    id integer
);

GRANT SELECT, INSERT ON t TO pgsplit_fixture_r;
