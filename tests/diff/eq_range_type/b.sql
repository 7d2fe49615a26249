CREATE TYPE public.floatrange AS RANGE (
    subtype = double precision,
    multirange_type_name = public.floatmultirange,
    subtype_diff = float8mi
);
