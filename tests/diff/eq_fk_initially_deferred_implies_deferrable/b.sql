CREATE TABLE public.c (
    id integer,
    p_id integer
);

CREATE TABLE public.p (
    id integer NOT NULL
);

ALTER TABLE ONLY public.p
    ADD CONSTRAINT p_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.c
    ADD CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES public.p(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
