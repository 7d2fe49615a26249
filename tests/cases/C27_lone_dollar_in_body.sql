CREATE FUNCTION price(x numeric) RETURNS text LANGUAGE sql AS $$ SELECT '$' || x; $$;
SELECT 2;
