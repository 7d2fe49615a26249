create foreign data wrapper plain_fdw;

create foreign data wrapper checked_fdw
    validator postgresql_fdw_validator;

create foreign data wrapper opt_fdw options (debug 'true', mode 'fast');

alter foreign data wrapper opt_fdw options (set mode 'slow', add level '2');
