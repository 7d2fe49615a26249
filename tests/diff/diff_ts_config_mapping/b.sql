CREATE TEXT SEARCH DICTIONARY public.my_simple (
    TEMPLATE = pg_catalog.simple,
    stopwords = 'english' );

CREATE TEXT SEARCH CONFIGURATION public.docs (
    PARSER = pg_catalog."default" );

ALTER TEXT SEARCH CONFIGURATION public.docs
    ADD MAPPING FOR asciiword WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION public.docs
    ADD MAPPING FOR word WITH public.my_simple, english_stem;

ALTER TEXT SEARCH CONFIGURATION public.docs
    ADD MAPPING FOR email WITH public.my_simple;

ALTER TEXT SEARCH CONFIGURATION public.docs
    ADD MAPPING FOR url WITH english_stem;

