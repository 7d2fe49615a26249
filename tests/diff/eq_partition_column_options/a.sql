CREATE TABLE parted (
    a text,
    b integer,
    c integer
) PARTITION BY LIST (a);

CREATE TABLE part_c PARTITION OF parted (
    b WITH OPTIONS NOT NULL DEFAULT 0,
    c DEFAULT 7
) FOR VALUES IN ('c');
