CREATE TABLE t (x int);
\i 001_tables.sql
\ir C75_include/002_views.sql
SELECT format('ANALYZE %I;', relname) FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace \gexec
