SELECT 1 AS a \gx
SELECT 1 AS r, 2 AS c, 3 AS v \crosstabview
