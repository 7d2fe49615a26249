create foreign data wrapper opt_fdw options (debug 'true', mode 'slow');
