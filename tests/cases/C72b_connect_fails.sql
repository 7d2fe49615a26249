SELECT 0;
\unrestrict k1
\encoding SQL_ASCII
\connect -reuse-previous=on "dbname='my;db'"
\restrict k1
SELECT 1;
