create function int_rev_cmp(a int, b int) returns int
    language sql immutable strict
    as $$ select case when a < b then 1 when a > b then -1 else 0 end $$;

create operator family rev_ops using btree;

alter operator family rev_ops using btree add
    operator 1 >= (int, int),
    operator 3 = (int, int),
    function 1 (int, int) int_rev_cmp(int, int);
