create text search template my_template (
    init = dsimple_init,
    lexize = dsimple_lexize
);
