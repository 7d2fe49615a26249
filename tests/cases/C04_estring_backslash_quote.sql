SELECT E'it\'s; fine'; SELECT 2;
