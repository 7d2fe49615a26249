CREATE TABLE a (x text);
CREATE TABLE b (x text);
COPY a FROM stdin \; COPY b FROM stdin;
A1
\.
B1
\.
SELECT 2;
