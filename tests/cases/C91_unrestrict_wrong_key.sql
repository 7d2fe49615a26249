\restrict abc
SELECT 1;
\unrestrict xyz
\if false
SELECT 'sent: psql refused the if';
\endif
\unrestrict abc
\if false
SELECT 'not sent';
\endif
SELECT 'end';
