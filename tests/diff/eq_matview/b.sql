CREATE TABLE public.t (
    id integer,
    qty integer
);

CREATE MATERIALIZED VIEW public.mv AS
 SELECT t.id,
    t.qty
   FROM public.t
  WHERE (t.qty > 0)
  WITH NO DATA;
