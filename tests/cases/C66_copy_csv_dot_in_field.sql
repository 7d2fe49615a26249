CREATE TABLE t (x text);
COPY t FROM stdin (FORMAT csv);
"a
\.
b"
\.
SELECT 2;
