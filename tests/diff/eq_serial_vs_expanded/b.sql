CREATE TABLE t (
    id integer NOT NULL,
    name text
);

CREATE SEQUENCE t_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE t_id_seq OWNED BY t.id;

ALTER TABLE ONLY t ALTER COLUMN id SET DEFAULT nextval('t_id_seq'::regclass);
