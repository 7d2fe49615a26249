CREATE TABLE t (x int);
COPY t FROM stdin;
1
\. 
2
\.
SELECT 2;
