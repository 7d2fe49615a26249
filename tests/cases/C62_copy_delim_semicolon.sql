CREATE TABLE files (a text, b text);
COPY files (a, b) FROM stdin with delimiter ';';
x;y
z;w
\.
SELECT 2;
