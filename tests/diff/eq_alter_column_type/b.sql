CREATE TABLE t (
    id integer NOT NULL,
    a varchar(50),
    b bigint
);
