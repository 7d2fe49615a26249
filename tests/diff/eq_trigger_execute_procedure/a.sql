CREATE TABLE t (
    a integer,
    changed timestamptz
);

CREATE FUNCTION touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$BEGIN NEW.changed := now(); RETURN NEW; END$$;

CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE PROCEDURE touch();
