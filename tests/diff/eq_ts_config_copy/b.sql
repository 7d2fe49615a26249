CREATE TEXT SEARCH CONFIGURATION public.mycfg (COPY = pg_catalog.english);
