CREATE TABLE t (
    id integer GENERATED ALWAYS AS IDENTITY,
    name text
);
