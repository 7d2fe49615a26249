\restrict k1
\unrestrict k1 \\ SELECT 1;
SELECT 2;
