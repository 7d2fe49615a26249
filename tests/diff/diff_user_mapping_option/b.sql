create foreign data wrapper w;
create server s foreign data wrapper w;

create user mapping for postgres server s options (user 'reader', password 'secret');
