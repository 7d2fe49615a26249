create text search parser my_parser (
    start = prsd_start,
    end = prsd_end,
    gettoken = prsd_nexttoken,
    lextypes = pg_catalog.prsd_lextype
);

create text search configuration my_cfg (parser = my_parser);
alter text search configuration my_cfg add mapping for asciiword with simple;
