SELECT 1 AS "--x", 2 AS "/*"; SELECT '--;'; SELECT 3;
