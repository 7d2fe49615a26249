CREATE TABLE t (
    id integer NOT NULL,
    a text
);

CREATE TABLE u (
    id integer NOT NULL
);
