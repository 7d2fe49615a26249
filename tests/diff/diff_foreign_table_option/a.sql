create foreign data wrapper w;
create server s foreign data wrapper w;

create foreign table remote_things (
    id int not null,
    name text
) server s options (schema_name 'inv', table_name 'things');
