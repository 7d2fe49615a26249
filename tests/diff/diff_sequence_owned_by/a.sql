CREATE TABLE t (
    id bigint NOT NULL,
    name text
);

CREATE SEQUENCE t_id_seq START 100 INCREMENT 5 CACHE 10 OWNED BY t.id;

ALTER TABLE t ALTER COLUMN id SET DEFAULT nextval('t_id_seq');
