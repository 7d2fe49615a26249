create foreign data wrapper w;
create server s foreign data wrapper w;

create user mapping for postgres server s options (user 'app', password 'secret');
create user mapping for public server s;

alter user mapping for postgres server s options (set password 'changed');
