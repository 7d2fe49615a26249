CREATE TABLE p (
    id integer PRIMARY KEY
);

CREATE TABLE t (
    a integer UNIQUE,
    b integer CHECK (b > 0),
    c integer REFERENCES p (id)
);
