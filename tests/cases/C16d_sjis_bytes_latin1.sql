\encoding LATIN1
SELECT E'•\'; SELECT 2;
