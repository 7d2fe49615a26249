SELECT 'a'
'b;c' AS x;
SELECT 2;
