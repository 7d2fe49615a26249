CREATE TABLE audit (id integer, what text, at timestamptz DEFAULT now());
CREATE PROCEDURE note(IN x text) LANGUAGE sql
BEGIN ATOMIC
  INSERT INTO audit VALUES (3, note.x, now());
  INSERT INTO audit SELECT 4, note.x;
END;
CREATE RULE audit_copy AS ON UPDATE TO audit DO ALSO INSERT INTO audit VALUES (NEW.id + 1000, NEW.what);
