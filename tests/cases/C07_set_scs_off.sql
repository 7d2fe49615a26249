SET standard_conforming_strings = off;
SELECT 'a\'b;c';
SET standard_conforming_strings = on;
SELECT 'd\'; SELECT 3;
