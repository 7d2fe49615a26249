CREATE TABLE t (
    id integer NOT NULL,
    name varchar(250),
    note text
);
