CREATE TABLE t (x text);
\copy t from pstdin
x;y
\.
SELECT 2;
