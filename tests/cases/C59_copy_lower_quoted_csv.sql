CREATE TABLE "My Table" (a text);
copy "My Table" (a) from stdin with (format csv);
"a;
b"
\.
SELECT 2;
