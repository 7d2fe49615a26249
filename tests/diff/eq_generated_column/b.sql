CREATE TABLE public.t (
    id integer,
    price numeric,
    qty integer,
    total numeric GENERATED ALWAYS AS ((price * (qty)::numeric)) STORED
);
