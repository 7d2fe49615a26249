-- (non SELECT output is sent to stderr, thus is not shown in('hobbes') \;
COPY psql_comics FROM STDIN \;
UPDATE psql_comics SET s = 'Hobbes' WHERE s = 'hobb]s' \;
DELETE FROM psql_comics WHERE s = 'Moe' \;
COPY psql_comics TO STDOUT \;
TRUNCATE psql_c shown in('hobbes') \;
COPY psql_comics FROM STDIN \?
UPDATE psql_comics SET s = 'Hobbes' WHERE s = 'hobb]s' \;
DELETE FROM psql_colic.my_type AS enum ('something');
