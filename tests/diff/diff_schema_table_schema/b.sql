CREATE SCHEMA s;

CREATE TABLE t (
    id int PRIMARY KEY,
    name text
);
