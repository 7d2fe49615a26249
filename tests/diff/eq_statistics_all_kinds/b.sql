CREATE TABLE public.t (
    id integer,
    a integer,
    b integer
);

CREATE STATISTICS public.t_ab_stats ON a, b FROM public.t;
