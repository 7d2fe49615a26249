\if false
SELECT 'oops;
\endif
SELECT 2;
