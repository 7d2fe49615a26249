CREATE TABLE p (
    id integer PRIMARY KEY
);

CREATE TABLE c (
    id integer,
    p_id integer REFERENCES p ON DELETE CASCADE INITIALLY DEFERRED
);
