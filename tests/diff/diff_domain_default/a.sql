CREATE DOMAIN posint AS int DEFAULT 1 CHECK (VALUE > 0);

CREATE TABLE t (
    id integer,
    qty posint
);
