SELECT 'it''s; fine'; SELECT 2;
