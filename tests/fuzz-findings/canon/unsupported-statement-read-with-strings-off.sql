-- statements the server refuses with standard_conforming_strings off (U& strings need it
-- on): printed alone, they were read back with the setting on, where they parse
SET standard_conforming_strings TO off;
SELECT U&'d\0061t\+000061' AS U&"d\0061t\+000061";
SELECT U&'\0061' -- ends with a comment
;
SELECT 'a\'';
