create function int_rev_cmp(a int, b int) returns int
    language sql immutable strict
    as $$ select case when a < b then 1 when a > b then -1 else 0 end $$;

create operator class int_rev_ops for type int using btree as
    operator 1 >,
    operator 2 >=,
    operator 3 =,
    operator 4 <=,
    operator 5 <,
    function 1 int_rev_cmp(int, int);

create table t (n int);
create index t_n_rev on t (n int_rev_ops);
