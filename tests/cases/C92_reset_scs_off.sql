SET standard_conforming_strings = on;
SELECT 'a\';
RESET standard_conforming_strings;
SELECT 'b\'; SELECT 'still in the string';
SELECT 'c';
