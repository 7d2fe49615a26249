CREATE COLLATION public.mycoll (provider = libc, locale = 'C');

CREATE TABLE public.t (
    id integer,
    name text COLLATE public.mycoll
);
