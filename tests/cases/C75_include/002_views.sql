CREATE VIEW v AS SELECT 1 AS x;
SELECT 'no semicolon at end of included file'
