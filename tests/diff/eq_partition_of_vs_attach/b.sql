CREATE TABLE public.m (
    id integer NOT NULL,
    logdate date NOT NULL
)
PARTITION BY RANGE (logdate);

CREATE TABLE public.m_2024 (
    id integer NOT NULL,
    logdate date NOT NULL
);

ALTER TABLE ONLY public.m ATTACH PARTITION public.m_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
