DO $$ BEGIN CREATE ROLE pgsplit_fixture_r; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgsplit_fixture_r2; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE TABLE t (
    id integer
);

CREATE TABLE u (
    id integer
);

GRANT INSERT ON u TO pgsplit_fixture_r;
GRANT DELETE ON t TO pgsplit_fixture_r;
GRANT UPDATE ON u TO pgsplit_fixture_r2;
GRANT SELECT ON t TO pgsplit_fixture_r;
