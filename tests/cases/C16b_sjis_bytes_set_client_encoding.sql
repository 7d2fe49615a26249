SET client_encoding = 'SJIS';
SELECT E'•\'; SELECT 2;
