\if t rue
SELECT 'true branch';
\else
SELECT 'false branch';
\endif
\if 't' rue
SELECT 2;
\endif
\if 'tr'ue
SELECT 'one word';
\endif
