CREATE TABLE t (
    a text,
    CONSTRAINT t_a_check CHECK (a IN ('x', 'y'))
);
