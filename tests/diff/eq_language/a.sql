create function plx_call_handler() returns language_handler
    language c as '$libdir/plpgsql', 'plpgsql_call_handler';

create function plx_inline_handler(internal) returns void
    language c strict as '$libdir/plpgsql', 'plpgsql_inline_handler';

create function plx_validator(oid) returns void
    language c strict as '$libdir/plpgsql', 'plpgsql_validator';

create trusted language plx
    handler plx_call_handler
    inline plx_inline_handler
    validator plx_validator;

create function plx_add(a int, b int) returns int
    language plx immutable
    as $$ begin return a + b; end $$;
