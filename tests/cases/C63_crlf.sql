CREATE TABLE t (x int);
SELECT 1;
COPY t FROM stdin;
1
\.
SELECT 2;
