CREATE TABLE public.t (
    a text DEFAULT 'x\y'::text,
    b text DEFAULT 'it''s'::text
);

COMMENT ON TABLE public.t IS 'a
b';
