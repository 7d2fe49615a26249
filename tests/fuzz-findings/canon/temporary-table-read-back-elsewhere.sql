-- a temporary table was named in the search path's schema by the classification and
-- printed unqualified (as it must be): read again, it and its serial column's sequence
-- landed elsewhere. Temporary relations are now left out, as the server drops them.
CREATE SCHEMA s;
SET search_path = s;
CREATE FUNCTION fn_x_after() RETURNS trigger AS $$
  BEGIN
    UPDATE x SET e = 'after trigger fired' WHERE c = 'stuff';
    RETURN NULL;
  END;
$$ LANGUAGE plpgsql;
CREATE TEMP TABLE x (a serial, c text DEFAULT 'stuff', e text);
CREATE TRIGGER trg_x_after AFTER INSERT ON x FOR EACH ROW EXECUTE PROCEDURE fn_x_after();
CREATE TABLE u (b int);
