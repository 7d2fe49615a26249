create foreign data wrapper w;
create server s foreign data wrapper w;

create foreign table remote_things (
    id int options (column_name 'ID') not null,
    name text,
    qty int default 0
) server s options (schema_name 'inv', table_name 'things');

alter foreign table remote_things options (add updatable 'false');
