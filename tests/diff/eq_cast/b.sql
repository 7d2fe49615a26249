CREATE TYPE public.pair AS (
	x integer,
	y integer
);

CREATE FUNCTION public.pair_to_text(public.pair) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $_$ SELECT $1.x || ',' || $1.y $_$;

CREATE CAST (public.pair AS text) WITH FUNCTION public.pair_to_text(public.pair) AS ASSIGNMENT;
