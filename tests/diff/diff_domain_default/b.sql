CREATE DOMAIN posint AS int DEFAULT 2 CHECK (VALUE > 0);

CREATE TABLE t (
    id integer,
    qty posint
);
