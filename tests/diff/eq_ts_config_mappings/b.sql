CREATE TEXT SEARCH CONFIGURATION public.mycfg (
    PARSER = pg_catalog."default" );

ALTER TEXT SEARCH CONFIGURATION public.mycfg
    ADD MAPPING FOR asciiword WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION public.mycfg
    ADD MAPPING FOR word WITH english_stem;
