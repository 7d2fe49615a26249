create text search parser my_parser (
    start = prsd_start,
    gettoken = prsd_nexttoken,
    end = prsd_end,
    lextypes = prsd_lextype,
    headline = prsd_headline
);
