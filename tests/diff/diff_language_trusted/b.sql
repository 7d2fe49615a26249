create function plx_call_handler() returns language_handler
    language c as '$libdir/plpgsql', 'plpgsql_call_handler';

create language plx handler plx_call_handler;
