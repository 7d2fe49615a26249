CREATE TABLE p (
    id integer NOT NULL
);

CREATE TABLE t (
    a integer,
    b integer,
    c integer
);

ALTER TABLE ONLY p
    ADD CONSTRAINT p_pkey PRIMARY KEY (id);

ALTER TABLE t
    ADD CONSTRAINT t_b_check CHECK ((b > 0));

ALTER TABLE ONLY t
    ADD CONSTRAINT t_a_key UNIQUE (a);

ALTER TABLE ONLY t
    ADD CONSTRAINT t_c_fkey FOREIGN KEY (c) REFERENCES p(id);
