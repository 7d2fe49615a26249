COPY missing_table FROM stdin;
1	x
\N	y
\.
SELECT 2;
