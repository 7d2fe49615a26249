CREATE TABLE t (
    a text,
    CONSTRAINT t_a_check CHECK ((a = ANY (ARRAY['x'::text, 'y'::text])))
);
