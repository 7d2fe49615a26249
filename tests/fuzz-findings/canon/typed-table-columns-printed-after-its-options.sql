create type ty as (a int, b text);
create table t1 of ty (a with options not null) with (fillfactor=70);
create table t2 of ty;
