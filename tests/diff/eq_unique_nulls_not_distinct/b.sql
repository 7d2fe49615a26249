CREATE TABLE public.t (
    id integer,
    a text
);

ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_a_key UNIQUE NULLS NOT DISTINCT (a);
