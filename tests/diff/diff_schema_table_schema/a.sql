CREATE SCHEMA s;

CREATE TABLE s.t (
    id int PRIMARY KEY,
    name text
);
