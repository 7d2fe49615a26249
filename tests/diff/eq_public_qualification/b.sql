CREATE TABLE public.t (
    id integer PRIMARY KEY,
    a text
);

CREATE INDEX t_a_idx ON public.t (a);

CREATE VIEW public.v AS SELECT id, a FROM public.t;
