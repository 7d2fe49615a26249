CREATE TABLE public.t (
    a integer,
    b integer NOT NULL
);

ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_c1 UNIQUE (a);

COMMENT ON CONSTRAINT t_c1 ON public.t IS 'the constraint';

ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_pk PRIMARY KEY (b);

COMMENT ON INDEX public.t_c1 IS 'the index';

COMMENT ON INDEX public.t_pk IS 'pk index';
