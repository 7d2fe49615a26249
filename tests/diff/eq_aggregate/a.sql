CREATE AGGREGATE mysum (int) (
    sfunc = int4pl,
    stype = int,
    initcond = '0'
);
