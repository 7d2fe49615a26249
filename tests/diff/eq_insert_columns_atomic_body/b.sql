CREATE TABLE public.audit (
    id integer,
    what text,
    at timestamp with time zone DEFAULT now()
);

CREATE PROCEDURE public.note(IN x text)
    LANGUAGE sql
    BEGIN ATOMIC
 INSERT INTO public.audit (id, what, at)
   VALUES (3, note.x, now());
 INSERT INTO public.audit (id, what)  SELECT 4,
             note.x AS x;
END;

CREATE RULE audit_copy AS
    ON UPDATE TO public.audit DO  INSERT INTO public.audit (id, what)
  VALUES ((new.id + 1000), new.what);

