create table audit (id int, note text);

create procedure add_pair(a int, b int)
language sql
begin atomic
  insert into audit (id, note) values (a, 'first');
  insert into audit (id, note) values (b, 'second');
end;
