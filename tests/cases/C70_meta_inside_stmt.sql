SELECT
\echo in the middle
1;
