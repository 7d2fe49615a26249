\unrestrict k1
\encoding SQL_ASCII
\connect -reuse-previous=on "fallback_application_name='my;db'"
\restrict k1
SELECT 1;
