create foreign data wrapper w;

create server remote_a foreign data wrapper w options (host 'db1', port '6432');
