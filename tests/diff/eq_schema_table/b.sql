CREATE SCHEMA s;

CREATE TABLE s.t (
    id integer NOT NULL,
    name text
);

ALTER TABLE ONLY s.t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);
