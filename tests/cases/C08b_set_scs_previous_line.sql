SET standard_conforming_strings = off;
SELECT 'x\';' ;
SELECT 2;
