CREATE TABLE t (
    a int4,
    b varchar(20),
    c timestamptz,
    d bool,
    e float8,
    f _int4,
    g int8,
    h int2,
    i float4,
    j bpchar(3)
);
