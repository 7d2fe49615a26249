CREATE TABLE public.parted (
    a text,
    b integer,
    c integer
)
PARTITION BY LIST (a);

CREATE TABLE public.part_c (
    a text,
    b integer DEFAULT 0 NOT NULL,
    c integer DEFAULT 7
);

ALTER TABLE ONLY public.parted ATTACH PARTITION public.part_c FOR VALUES IN ('c');
