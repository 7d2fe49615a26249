CREATE TABLE public.t (
    id integer,
    a text
);

CREATE TABLE public.t_log (
    id integer,
    a text
);

CREATE RULE t_log_ins AS
    ON INSERT TO public.t DO  INSERT INTO public.t_log (id, a)
  VALUES (new.id, new.a);
