CREATE TABLE public.t (
    id integer,
    qty integer,
    CONSTRAINT t_qty_check CHECK ((qty > 0))
);
