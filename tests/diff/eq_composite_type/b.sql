CREATE TYPE public.pair AS (
	x integer,
	y character varying(10)
);

CREATE TABLE public.t (
    id integer,
    p public.pair
);
