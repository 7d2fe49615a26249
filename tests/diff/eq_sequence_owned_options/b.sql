CREATE TABLE public.t (
    id bigint NOT NULL,
    name text
);

CREATE SEQUENCE public.t_id_seq
    START WITH 100
    INCREMENT BY 5
    NO MINVALUE
    NO MAXVALUE
    CACHE 10;

ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;

ALTER TABLE ONLY public.t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass);
