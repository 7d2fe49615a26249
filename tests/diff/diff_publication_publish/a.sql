create table t (id int primary key, note text);

create publication pub_t for table t with (publish = 'insert, update');
