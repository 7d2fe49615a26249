DO $outer$ BEGIN EXECUTE $$SELECT 1;$$; END $outer$; SELECT 2;
