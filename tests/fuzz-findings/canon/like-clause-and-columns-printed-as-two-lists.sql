create table t (x int, like p1, y int);
create table u (like p1);
alter table u add a int;
