SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE public.t (a text DEFAULT g ''::text, b mytype);
CREATE VIEW public.v AS SELECT * FROM other;
