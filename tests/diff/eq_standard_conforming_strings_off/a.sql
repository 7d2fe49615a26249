SET standard_conforming_strings = off;
CREATE TABLE t (a text DEFAULT 'x\\y', b text DEFAULT 'it\'s');
COMMENT ON TABLE t IS 'a\nb';
