CREATE TABLE public.j1 (
    a integer NOT NULL
);

CREATE TABLE public.j2 (
    a integer,
    b integer
);

CREATE TABLE public.j6 (
    a integer,
    CONSTRAINT j6_a_check CHECK ((a > 0)),
    CONSTRAINT j6_a_check1 CHECK ((a > 0))
);

CREATE TABLE public.t (
    a integer NOT NULL,
    b integer,
    c integer,
    d integer,
    CONSTRAINT t_a_check CHECK ((a > 0)),
    CONSTRAINT t_a_check1 CHECK ((a < 10)),
    CONSTRAINT t_a_check2 CHECK ((a > 1)),
    CONSTRAINT t_b_check CHECK ((b > 0)),
    CONSTRAINT t_check CHECK ((a > b)),
    CONSTRAINT t_check1 CHECK (true),
    CONSTRAINT t_check2 CHECK ((a > b))
);

CREATE TABLE public.u (
    x integer NOT NULL
);

CREATE TABLE public.v (
    a integer,
    b integer
);

CREATE TABLE public.w (
    a integer NOT NULL,
    b integer NOT NULL
);

CREATE SEQUENCE public.w_a_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.w_a_seq OWNED BY public.w.a;

CREATE SEQUENCE public.w_b_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE SEQUENCE public.w_b_seq1
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.w_b_seq1 OWNED BY public.w.b;

ALTER TABLE ONLY public.w ALTER COLUMN a SET DEFAULT nextval('public.w_a_seq'::regclass);

ALTER TABLE ONLY public.w ALTER COLUMN b SET DEFAULT nextval('public.w_b_seq1'::regclass);

ALTER TABLE ONLY public.j2
    ADD CONSTRAINT j2_a_key UNIQUE (a) DEFERRABLE;

ALTER TABLE ONLY public.j6
    ADD CONSTRAINT j6_a_key UNIQUE (a);

ALTER TABLE ONLY public.j6
    ADD CONSTRAINT j6_a_key1 UNIQUE (a);

ALTER TABLE ONLY public.j1
    ADD CONSTRAINT q PRIMARY KEY (a);

ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_a_b_c_key UNIQUE (a, b) INCLUDE (c);

ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_pkey PRIMARY KEY (a);

ALTER TABLE ONLY public.u
    ADD CONSTRAINT u_pkey PRIMARY KEY (x);

ALTER TABLE ONLY public.j2
    ADD CONSTRAINT uu UNIQUE (a);

ALTER TABLE ONLY public.j2
    ADD CONSTRAINT vv UNIQUE (b);

CREATE INDEX t_a_a1_idx ON public.t USING btree (a, a);

CREATE INDEX t_a_b_idx ON public.t USING btree (a) INCLUDE (b);

CREATE INDEX t_a_expr_expr1_idx ON public.t USING btree (a, ((a + 1)), ((a + 2)));

CREATE INDEX t_a_idx ON public.t USING btree (a);

CREATE INDEX t_a_idx1 ON public.t USING btree (a) WHERE (b > 0);

CREATE INDEX t_a_idx2 ON public.t USING btree (((a)::text));

CREATE INDEX t_a_idx3 ON public.t USING btree ((
CASE
    WHEN (a > 0) THEN 1
    ELSE a
END));

CREATE INDEX t_case_idx ON public.t USING btree ((
CASE
    WHEN (a > 0) THEN b
    ELSE 0
END));

CREATE INDEX t_coalesce_idx ON public.t USING btree (COALESCE(a, b));

CREATE INDEX t_expr_idx ON public.t USING btree (((a + b)));

CREATE INDEX t_greatest_idx ON public.t USING btree (GREATEST(a, b));

CREATE INDEX t_lower_idx ON public.t USING btree (lower((a)::text));

CREATE INDEX t_lower_lower1_idx ON public.t USING btree (lower((a)::text), lower((b)::text));

CREATE INDEX v_b_idx ON public.v USING btree (b);

ALTER TABLE ONLY public.v
    ADD CONSTRAINT v_a_fkey FOREIGN KEY (a) REFERENCES public.u(x);

ALTER TABLE ONLY public.v
    ADD CONSTRAINT v_a_fkey1 FOREIGN KEY (a) REFERENCES public.u(x);

ALTER TABLE ONLY public.v
    ADD CONSTRAINT v_b_fkey FOREIGN KEY (b) REFERENCES public.u(x);

