CREATE TABLE public.kept (
    id bigint NOT NULL
);

CREATE SEQUENCE public.kept_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.kept_id_seq OWNED BY public.kept.id;

ALTER TABLE ONLY public.kept ALTER COLUMN id SET DEFAULT nextval('public.kept_id_seq'::regclass);

ALTER TABLE ONLY public.kept
    ADD CONSTRAINT kept_pkey PRIMARY KEY (id);
