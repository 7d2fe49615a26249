PREPARE p(int, int) AS SELECT $1, $2; SELECT 2;
