create text search template my_template (
    lexize = dsimple_lexize,
    init = dsimple_init
);

create text search dictionary my_dict (template = my_template, accept = false);
