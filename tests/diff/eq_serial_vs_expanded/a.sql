CREATE TABLE t (
    id serial,
    name text
);
