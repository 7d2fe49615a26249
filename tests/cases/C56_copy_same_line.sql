CREATE TABLE t (x text);
COPY t FROM stdin; SELECT 1;
row1
\.
SELECT 2;
