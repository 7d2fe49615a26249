BEGIN;

SELECT pg_catalog.lo_open('16385', 131072);
SELECT pg_catalog.lowrite(0, '\x3b3b');
SELECT pg_catalog.lo_close(0);

COMMIT;
