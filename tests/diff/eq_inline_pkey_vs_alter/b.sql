CREATE TABLE t (
    id integer NOT NULL,
    name text
);

ALTER TABLE ONLY t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);
