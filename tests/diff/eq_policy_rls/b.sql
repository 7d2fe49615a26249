CREATE TABLE public.t (
    id integer,
    owner_name text
);

ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;

CREATE POLICY t_own ON public.t FOR SELECT USING ((owner_name = CURRENT_USER));
