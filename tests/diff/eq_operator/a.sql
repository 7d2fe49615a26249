CREATE FUNCTION approx_eq(a float8, b float8) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT abs(a - b) < 0.001 $$;

CREATE OPERATOR ~= (
    leftarg = float8,
    rightarg = float8,
    function = approx_eq,
    commutator = ~=
);
