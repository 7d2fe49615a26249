create table t (id int primary key, note text);
create table u (id int primary key, name text, secret text);

create publication pub_t for table t, u (id, name) where (id > 0)
    with (publish = 'insert, update');

create publication pub_all for all tables with (publish = 'insert');

create publication pub_schema for tables in schema public;

create publication pub_late;
alter publication pub_late add table t;
alter publication pub_late set (publish_via_partition_root = true);
