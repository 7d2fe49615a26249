-- enc-latin1.sql: non-ASCII text that LATIN1 can hold (é, ü, ß, ñ, ç, ...)
-- in identifiers, string data, comments and a function body. make.sh loads
-- it into a LATIN1 database and dumps it with -E LATIN1.
-- pgsplit corpus: hand-written (this file itself is UTF-8).

CREATE SCHEMA "société";
COMMENT ON SCHEMA "société" IS 'Schéma für Bücher; ça marche';

CREATE TYPE "société".état AS ENUM ('neuf', 'usé', 'abîmé; très');

CREATE TABLE "société"."Bücher" (
    id        int PRIMARY KEY,
    titel     text NOT NULL,
    "Straße"  text,
    prix      numeric(8,2) CHECK (prix >= 0),
    état      "société".état DEFAULT 'neuf',
    année     int GENERATED ALWAYS AS IDENTITY
);

INSERT INTO "société"."Bücher" (id, titel, "Straße", prix, état) VALUES
    (1, 'Über Äpfel; und Öl', 'Hauptstraße 5', 12.50, 'neuf'),
    (2, 'Crème brûlée à la française', 'Rue de l''Église', 8, 'usé'),
    (3, E'Señor \'Niño\'; año ¿qué?', E'Calle\tMayor\nNº 3', 20, 'abîmé; très'),
    (4, 'Smørrebrød -- «pas un commentaire»', '/* Ærø */', 5.55, NULL),
    (5, E'Backslash \\ und µ, ±, ½, ©, ¶, §', NULL, 0, 'neuf');

CREATE FUNCTION "société".grüß(name text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $ç$
BEGIN
    -- Grüße; à bientôt
    RETURN 'Grüß Gott, ' || name || '; à bientôt!';
END;
$ç$;

CREATE VIEW "société".günstig AS
    SELECT titel, prix FROM "société"."Bücher" WHERE prix < 10 AND titel <> 'Übel';

COMMENT ON TABLE "société"."Bücher" IS 'Bücher für die Bibliothèque; «ça marche»';
COMMENT ON COLUMN "société"."Bücher"."Straße" IS 'Straße und Hausnummer';
SELECT "société".grüß('Zoë');
