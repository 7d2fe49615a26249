create function int_from_sql(internal) returns internal
    language internal immutable strict as 'int8inc_support';

create function int_to_sql(internal) returns int
    language internal immutable strict as 'int4recv';

create function int_to_sql2(internal) returns int
    language internal immutable strict as 'int4recv';

create transform for int language plpgsql (
    from sql with function int_from_sql(internal),
    to sql with function int_to_sql(internal)
);
