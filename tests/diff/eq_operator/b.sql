CREATE FUNCTION public.approx_eq(a double precision, b double precision) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT abs(a - b) < 0.001 $$;

CREATE OPERATOR public.~= (
    FUNCTION = public.approx_eq,
    LEFTARG = double precision,
    RIGHTARG = double precision,
    COMMUTATOR = OPERATOR(public.~=)
);
