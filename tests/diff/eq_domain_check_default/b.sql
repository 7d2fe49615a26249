CREATE DOMAIN public.posint AS integer DEFAULT 1
	CONSTRAINT posint_check CHECK ((VALUE > 0));

CREATE TABLE public.t (
    id integer,
    qty public.posint
);
