CREATE FUNCTION add_one(x integer) RETURNS integer
    LANGUAGE sql
    AS $$SELECT x + 1$$;
