CREATE TABLE public.accounts (
    id integer NOT NULL,
    email text,
    moved boolean
);

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
