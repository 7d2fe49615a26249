CREATE TABLE t (x text);
\copy t from stdin
x;y
\.
SELECT 2;
