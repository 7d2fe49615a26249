create foreign data wrapper w;

create server remote_a foreign data wrapper w options (host 'db1', port '5432');

create server remote_b type 'pg' version '15' foreign data wrapper w;

alter server remote_a options (set port '6432', add dbname 'app');
alter server remote_b version '16';
