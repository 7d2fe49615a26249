CREATE TABLE t (
    a integer,
    b character varying(20),
    c timestamp with time zone,
    d boolean,
    e double precision,
    f int[],
    g bigint,
    h smallint,
    i real,
    j character(3)
);
