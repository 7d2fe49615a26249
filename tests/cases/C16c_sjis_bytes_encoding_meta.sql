\encoding SJIS
SELECT E'•\'; SELECT 2;
