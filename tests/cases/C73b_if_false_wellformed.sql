\if false
DROP TABLE t;
\endif
SELECT 2;
