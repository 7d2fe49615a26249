CREATE AGGREGATE public.mysum(integer) (
    SFUNC = int4pl,
    STYPE = integer,
    INITCOND = '0'
);
