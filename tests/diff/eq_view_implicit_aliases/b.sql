CREATE TABLE public.t (
    a integer,
    b text,
    c character varying(10)
);

CREATE VIEW public.v AS
 SELECT t.a,
    upper(t.b) AS upper,
    COALESCE(t.b, 'none'::text) AS "coalesce",
    (t.c)::text AS c,
    t.b AS label
   FROM public.t;

